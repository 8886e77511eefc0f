import { render, screen, waitFor } from '@testing-library/react';
import { EDUCATION_LABELS } from '@steadywork/shared';
import { posting } from '../../../../test/jobs-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import { resetTaro, setNavigationBarTitle, setRouterParams } from '../../../../test/mocks/taro';
import { chineseLeft, hasTibetan, stringsOf } from '../../../../test/tibetan';
import { setLanguage } from '@/i18n';
import { tokenStorage } from '@/services/token-storage';
import JobDetailPage from './detail';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

describe('jobs in Tibetan', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
    setLanguage('bo');
  });

  afterEach(() => setLanguage('zh-CN'));

  it('shows a posting with its labels, wage, age range and title in Tibetan', async () => {
    const job = posting({ ageMin: 20, ageMax: 45 });
    fakeApi(() => ({ statusCode: 200, data: job }));
    setRouterParams({ id: String(job.id) });

    const { container } = render(<JobDetailPage />);

    await waitFor(() => expect(screen.getByTestId('job-detail')).toBeTruthy());
    expect(setNavigationBarTitle).toHaveBeenCalledWith({ title: 'ལས་གནས་ཀྱི་ཞིབ་ཕྲ།' });
    expect(screen.getByTestId('job-wage').textContent).toBe('ཟླ་རེར་སྒོར་ 4,500–6,500');
    const text = container.textContent ?? '';
    expect(text).toContain('ལོ་ 20–45');
    expect(text).toContain('ཞུ་ཡིག་འབུལ།');
    expect(hasTibetan(text)).toBe(true);
    expect(chineseLeft(text, [...stringsOf(job), ...Object.values(EDUCATION_LABELS)])).toBe('');
  });
});
