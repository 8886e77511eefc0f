import { render, screen, waitFor } from '@testing-library/react';
import {
  ENROLMENT_STATUS_LABELS,
  TRAINING_COURSE_PHASE_LABELS,
  TRAINING_COURSE_TYPE_LABELS,
  TRAINING_SESSION_STATUS_LABELS,
} from '@steadywork/shared';
import { course } from '../../../../test/training-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import { resetTaro, setNavigationBarTitle, setRouterParams } from '../../../../test/mocks/taro';
import { chineseLeft, hasTibetan, stringsOf } from '../../../../test/tibetan';
import { setLanguage } from '@/i18n';
import { tokenStorage } from '@/services/token-storage';
import CourseDetailPage from './course';

describe('training in Tibetan', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
    setRouterParams({ id: '11', distance: '850' });
    setLanguage('bo');
  });

  afterEach(() => setLanguage('zh-CN'));

  it('shows a course with its schedule, sessions, places and distance in Tibetan', async () => {
    const shown = course({ distanceMeters: null });
    fakeApi(() => ({ statusCode: 200, data: shown }));

    const { container } = render(<CourseDetailPage />);

    await waitFor(() => expect(screen.getByTestId('course-title').textContent).toBe(shown.title));
    expect(setNavigationBarTitle).toHaveBeenCalledWith({ title: 'སློབ་ཚན་གྱི་ཞིབ་ཕྲ།' });
    expect(screen.getByTestId('course-distance').textContent).toBe('སྨི་ 850');
    expect(screen.getByTestId('course-places').textContent).toContain('ལྷག་མ་མི་ 18');
    const text = container.textContent ?? '';
    expect(text).toMatch(/ཟླ་ \d+ ཚེས་ \d+ གཟའ་/);
    expect(text).toContain('ད་ལྟ་མིང་ཐོ་འགོད།');
    expect(hasTibetan(text)).toBe(true);
    const allowed = [
      '(家政)', // a kept term beside its translation (docs/i18n-glossary.md)
      ...stringsOf(shown),
      ...Object.values(TRAINING_COURSE_TYPE_LABELS),
      ...Object.values(TRAINING_COURSE_PHASE_LABELS),
      ...Object.values(TRAINING_SESSION_STATUS_LABELS),
      ...Object.values(ENROLMENT_STATUS_LABELS),
    ];
    expect(chineseLeft(text, allowed)).toBe('');
  });
});
