import { render, screen, waitFor } from '@testing-library/react';
import { DEFAULT_LANGUAGE, registerLabelTranslations, setLabelLanguage, SHARED_LABELS_BO } from '@steadywork/shared';
import { course } from '../../../../test/training-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import { resetTaro, setNavigationBarTitle, setRouterParams } from '../../../../test/mocks/taro';
import { chineseLeft, hasTibetan, stringsOf } from '../../../../test/tibetan';
import { getLanguage, setLanguage } from '@/i18n';
import { tokenStorage } from '@/services/token-storage';
import CourseDetailPage from './course';

describe('training in Tibetan', () => {
  // as the app's start does (src/i18n/setup.ts): the shared labels follow the language too
  beforeAll(() => {
    registerLabelTranslations('bo', SHARED_LABELS_BO);
    setLabelLanguage(getLanguage);
  });
  afterAll(() => setLabelLanguage(() => DEFAULT_LANGUAGE));

  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
    setRouterParams({ id: '11', distance: '850' });
    setLanguage('bo');
  });

  afterEach(() => setLanguage('zh-CN'));

  it('shows a course with its schedule, sessions, places, distance and statuses in Tibetan', async () => {
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
    ];
    expect(chineseLeft(text, allowed)).toBe('');
  });
});
