import { fireEvent, render, waitFor } from '@testing-library/react';
import {
  EDUCATION_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  ErrorCode,
  RESIDENT_ID_PROBLEM_MESSAGES,
  WORKER_TAG_LABELS,
} from '@steadywork/shared';
import { errorBody, fakeApi } from '../../../../test/fake-api';
import { resetTaro, setNavigationBarTitle } from '../../../../test/mocks/taro';
import { chineseLeft, hasTibetan, stringsOf } from '../../../../test/tibetan';
import { setLanguage } from '@/i18n';
import { tokenStorage } from '@/services/token-storage';
import { workerText as workerTextZh } from '../locales/zh-CN';
import { ETHNICITY_OPTIONS } from '../profile-model';
import WorkerProfilePage from './profile';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

describe('worker registration in Tibetan', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
    setLanguage('bo');
  });

  afterEach(() => setLanguage('zh-CN'));

  it("says what is wrong with an ID number in Tibetan, and the Chinese is the shared validator's", async () => {
    expect(workerTextZh.errors.idProblems).toEqual(RESIDENT_ID_PROBLEM_MESSAGES);
    fakeApi((req) =>
      req.url === '/api/v1/me/profile'
        ? { statusCode: 404, data: errorBody(404, ErrorCode.NOT_FOUND, 'not found') }
        : { statusCode: 404 },
    );
    render(<WorkerProfilePage />);
    await waitFor(() => expect(document.querySelector('input.reg-id')).toBeTruthy());

    fireEvent.change(document.querySelector('input.reg-id')!, { target: { value: '630102199003070820' } });
    fireEvent.click(document.querySelector('.reg-submit')!);

    const errors = Array.from(document.querySelectorAll('.reg-field-error')).map((e) => e.textContent ?? '');
    expect(errors).toContain('ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ནོར་འདུག ཐོབ་ཐང་ལག་ཁྱེར་དང་བསྡུར་ནས་ཨང་རེ་རེ་བཞིན་ཞིབ་བཤེར་གནང་རོགས།');
    expect(chineseLeft(errors.join(' '), [])).toBe('');
  });

  it('names the ethnic groups in Tibetan where a settled name exists', () => {
    expect(ETHNICITY_OPTIONS.find((o) => o.value === '藏族')?.label).toBe('བོད་རིགས།');
    setLanguage('en');
    expect(ETHNICITY_OPTIONS.find((o) => o.value === '藏族')?.label).toBe('Tibetan');
    setLanguage('zh-CN');
    expect(ETHNICITY_OPTIONS.find((o) => o.value === '藏族')?.label).toBe('藏族');
  });

  it('shows the registration form, its notice and its field errors in Tibetan', async () => {
    fakeApi((req) =>
      req.url === '/api/v1/me/profile'
        ? { statusCode: 404, data: errorBody(404, ErrorCode.NOT_FOUND, 'not found') }
        : { statusCode: 404 },
    );

    const { container } = render(<WorkerProfilePage />);
    await waitFor(() => expect(document.querySelector('input.reg-name')).toBeTruthy());
    expect(setNavigationBarTitle).toHaveBeenCalledWith({ title: 'མིང་ངོ་མ་ཐོ་འགོད། (实名登记)' });

    fireEvent.click(document.querySelector('.reg-submit')!);

    const errors = Array.from(document.querySelectorAll('.reg-field-error')).map((e) => e.textContent ?? '');
    expect(errors).toContain('མིང་འབྲི་རོགས།');
    expect(errors).toContain('ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་འབྲི་རོགས།');
    const text = container.textContent ?? '';
    expect(text).toContain('མི་སྒེར་ཆ་འཕྲིན་སྲུང་སྐྱོབ་ཀྱི་བརྡ་ཐོ།');
    expect(hasTibetan(text)).toBe(true);
    const allowed = [
      '职工实名登记',
      '实名登记',
      ...Object.values(EDUCATION_LABELS),
      ...Object.values(EMPLOYMENT_STATUS_LABELS),
      ...Object.values(WORKER_TAG_LABELS),
      ...stringsOf(ETHNICITY_OPTIONS),
    ];
    expect(chineseLeft(text, allowed)).toBe('');
  });
});
