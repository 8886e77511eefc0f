import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  ArchiveStatus,
  EmploymentStatus,
  ErrorCode,
  RegionLevel,
  WorkerSource,
  WorkerTag,
  type RegionNode,
  type WorkerResponse,
} from '@steadywork/shared';
import { errorBody, fakeApi, type SentRequest } from '../../../../test/fake-api';
import { reLaunch, resetTaro, showToast } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import WorkerProfilePage from './profile';

// The sub-package's own NutUI module (see ../nutui.ts), mocked like src/ui/nutui.
jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

/** Valid ID numbers (GB 11643 check digit): a woman and a man born 1990-03-07 in 城东区. */
const FEMALE_ID = '630102199003070829';
const MALE_ID = '630102199003070810';

const county = (code: string, name: string, parentCode: string): RegionNode => ({
  code,
  name,
  level: RegionLevel.COUNTY,
  parentCode,
});
const REGIONS: RegionNode = {
  code: '630000',
  name: '青海省',
  level: RegionLevel.PROVINCE,
  parentCode: null,
  children: [
    {
      code: '630100',
      name: '西宁市',
      level: RegionLevel.CITY,
      parentCode: '630000',
      children: [county('630102', '城东区', '630100'), county('630103', '城中区', '630100')],
    },
    {
      code: '630200',
      name: '海东市',
      level: RegionLevel.CITY,
      parentCode: '630000',
      children: [county('630202', '乐都区', '630200')],
    },
  ],
};

function workerResponse(overrides: Partial<WorkerResponse> = {}): WorkerResponse {
  return {
    id: 7,
    name: '马晓兰',
    idNumberMasked: '630102********0829',
    phoneMasked: '138****5678',
    birthDate: '1990-03-07',
    sex: 'F',
    regionCode: '630102',
    regionName: '青海省西宁市城东区',
    ethnicity: '回族',
    employer: null,
    unionMember: false,
    employmentStatus: EmploymentStatus.UNEMPLOYED,
    education: null,
    skills: ['电工', '焊工'],
    employmentIntention: null,
    trainingNeeds: null,
    tags: [WorkerTag.MIGRANT_WORKER, WorkerTag.HARDSHIP],
    archiveStatus: ArchiveStatus.NONE,
    claimed: true,
    source: WorkerSource.SELF,
    lastFollowUpAt: null,
    consentAt: '2026-11-23T08:00:00.000Z',
    createdAt: '2026-11-23T08:00:00.000Z',
    updatedAt: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}

type Reply = { statusCode: number; data?: unknown } | Promise<{ statusCode: number; data?: unknown }>;

/** The API: no profile yet (or `mine`), the region tree, and `onPut` for the PUT. */
function api(onPut: (req: SentRequest) => Reply, mine: WorkerResponse | null = null): SentRequest[] {
  return fakeApi((req) => {
    if (req.url === '/api/v1/regions') return { statusCode: 200, data: REGIONS };
    if (req.url === '/api/v1/me/profile' && req.method === 'GET') {
      return mine
        ? { statusCode: 200, data: mine }
        : { statusCode: 404, data: errorBody(404, ErrorCode.NOT_FOUND, '实名登记信息不存在') };
    }
    if (req.url === '/api/v1/me/profile' && req.method === 'PUT') return onPut(req);
    return { statusCode: 404 };
  });
}

const puts = (sent: SentRequest[]) => sent.filter((r) => r.method === 'PUT');
const input = (name: string) => document.querySelector(`input.reg-${name}`) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(input(name), { target: { value } });
const submitButton = () => document.querySelector('.reg-submit') as HTMLButtonElement;
const fieldError = () => Array.from(document.querySelectorAll('.reg-field-error')).map((e) => e.textContent);
const toasts = () => (showToast.mock.calls as unknown as [{ title: string }][]).map(([options]) => options.title);

async function openForm(): Promise<void> {
  render(<WorkerProfilePage />);
  await waitFor(() => expect(input('name')).toBeTruthy());
}

async function chooseRegion(city: string, countyName: string): Promise<void> {
  // The tree loads alongside the form; a tap before it arrives only says so.
  await waitFor(() => {
    fireEvent.click(document.querySelector('.reg-region')!);
    expect(screen.getByText(city)).toBeTruthy();
  });
  fireEvent.click(screen.getByText(city));
  fireEvent.click(screen.getByText(countyName));
}

function chooseStatus(label: string): void {
  fireEvent.click(document.querySelector('.reg-employment')!);
  fireEvent.click(screen.getByText(label));
  fireEvent.click(document.querySelector('.reg-employment-sheet .option-sheet-confirm')!);
}

async function fillValidForm(): Promise<void> {
  type('name', ' 马晓兰 ');
  type('id', FEMALE_ID);
  type('phone', '13812345678');
  await chooseRegion('西宁市', '城东区');
  chooseStatus('失业');
}

describe('WorkerProfilePage (实名登记)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('sends a visitor without a session to the login page', () => {
    tokenStorage.clear();
    const sent = api(() => ({ statusCode: 500 }));

    render(<WorkerProfilePage />);

    expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
    expect(sent).toHaveLength(0);
  });

  it('shows the loading state, then the empty registration form when the API has no profile (404)', async () => {
    const sent = api(() => ({ statusCode: 500 }));

    render(<WorkerProfilePage />);

    expect(document.querySelector('.reg-loading')).toBeTruthy();
    await waitFor(() => expect(input('name')).toBeTruthy());
    expect(screen.getByText('职工实名登记')).toBeTruthy();
    expect(input('id').value).toBe('');
    expect(document.querySelector('.profile-view')).toBeNull();
    expect(sent[0]).toMatchObject({ url: '/api/v1/me/profile', method: 'GET' });
    expect(screen.getByText('个人信息保护告知')).toBeTruthy();
    // Only the self-declared tags are offered.
    const tags = Array.from(document.querySelectorAll('.reg-tag')).map((e) => e.textContent);
    expect(tags).toEqual(['农民工', '退役军人', '离校未就业高校毕业生', '残疾人', '脱贫人口']);
  });

  it('checks the ID number as typed: the check-digit message once 18 characters are in', async () => {
    api(() => ({ statusCode: 500 }));
    await openForm();

    type('id', '63010219900307081');
    expect(fieldError()).toEqual([]);

    type('id', '630102199003070811');
    expect(fieldError()).toEqual(['身份证号码有误，请对照身份证逐位核对']);
    expect(document.querySelector('.reg-id-derived')).toBeNull();
  });

  it('shows a too-short ID number on blur', async () => {
    api(() => ({ statusCode: 500 }));
    await openForm();

    type('id', '6301021990');
    expect(fieldError()).toEqual([]);
    fireEvent.blur(input('id'));

    expect(fieldError()).toEqual(['身份证号码应为18位']);
  });

  it('shows the birth date and sex a valid ID number carries', async () => {
    api(() => ({ statusCode: 500 }));
    await openForm();

    type('id', FEMALE_ID);
    expect(document.querySelector('.reg-id-derived')?.textContent).toBe('出生日期：1990-03-07　性别：女');
    expect(fieldError()).toEqual([]);

    type('id', MALE_ID);
    expect(document.querySelector('.reg-id-derived')?.textContent).toBe('出生日期：1990-03-07　性别：男');
  });

  it('checks the required fields before sending anything', async () => {
    const sent = api(() => ({ statusCode: 500 }));
    await openForm();

    fireEvent.click(submitButton());

    expect(fieldError()).toEqual([
      '请输入姓名',
      '请输入身份证号码',
      '请输入手机号码',
      '请选择县（区）级所在地区',
      '请选择就业状态',
    ]);
    expect(toasts()).toContain('请按提示修改后再提交');
    expect(puts(sent)).toHaveLength(0);

    type('phone', '12345678901');
    fireEvent.click(submitButton());
    expect(fieldError()).toContain('手机号码应为 11 位大陆手机号');
  });

  it('sends nothing until the privacy notice is agreed to', async () => {
    const sent = api(() => ({ statusCode: 200, data: workerResponse() }));
    await openForm();
    await fillValidForm();

    fireEvent.click(submitButton());

    expect(toasts()).toContain('请先阅读并勾选同意《个人信息保护告知》');
    expect(puts(sent)).toHaveLength(0);
  });

  it('registers: PUTs the form with consent true and the county code, then shows the record', async () => {
    const saved = workerResponse();
    const sent = api(() => ({ statusCode: 200, data: saved }));
    await openForm();
    await fillValidForm();
    type('employer', ' 西宁市某物流公司 ');
    type('skills', '电工，焊工、电工, 叉车 ');
    fireEvent.click(document.querySelector('.reg-union input, input.reg-union')!);
    fireEvent.click(document.querySelector('.reg-ethnicity')!);
    fireEvent.click(screen.getByText('回族'));
    fireEvent.click(document.querySelector('.reg-ethnicity-sheet .option-sheet-confirm')!);
    fireEvent.click(document.querySelector('.reg-tag-VETERAN input')!);
    fireEvent.click(document.querySelector('.reg-tag-MIGRANT_WORKER input')!);
    expect(document.querySelector('.reg-region')?.textContent).toContain('西宁市 城东区');
    fireEvent.click(document.querySelector('.reg-consent input')!);

    fireEvent.click(submitButton());

    await waitFor(() => expect(document.querySelector('.profile-view')).toBeTruthy());
    expect(puts(sent)).toHaveLength(1);
    expect(puts(sent)[0].url).toBe('/api/v1/me/profile');
    expect(puts(sent)[0].header.Authorization).toBe('Bearer access-1');
    expect(puts(sent)[0].data).toEqual({
      name: '马晓兰',
      idNumber: FEMALE_ID,
      phone: '13812345678',
      regionCode: '630102',
      consent: true,
      ethnicity: '回族',
      employer: '西宁市某物流公司',
      unionMember: true,
      employmentStatus: EmploymentStatus.UNEMPLOYED,
      skills: ['电工', '焊工', '叉车'],
      employmentIntention: '',
      trainingNeeds: '',
      tags: [WorkerTag.MIGRANT_WORKER, WorkerTag.VETERAN],
    });
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '登记成功', icon: 'success' }));
    expect(document.querySelector('.profile-view .profile-id')?.textContent).toBe('630102********0829');
    expect(document.querySelector('.profile-status')?.textContent).toBe('失业');
    expect(document.querySelector('.profile-tags')?.textContent).toBe('农民工、困难职工');
  });

  it('sends once however often the submit button is tapped while saving', async () => {
    let answer: (reply: { statusCode: number; data?: unknown }) => void = () => undefined;
    const sent = api(() => new Promise((resolve) => (answer = resolve)));
    await openForm();
    await fillValidForm();
    fireEvent.click(document.querySelector('.reg-consent input')!);

    fireEvent.click(submitButton());
    fireEvent.click(submitButton());
    await waitFor(() => expect(submitButton().disabled).toBe(true));
    fireEvent.click(submitButton());

    expect(puts(sent)).toHaveLength(1);
    answer({ statusCode: 200, data: workerResponse() });
    await waitFor(() => expect(document.querySelector('.profile-view')).toBeTruthy());
    expect(puts(sent)).toHaveLength(1);
  });

  it("shows a 400's field details under the fields", async () => {
    api(() => ({
      statusCode: 400,
      data: {
        statusCode: 400,
        error: ErrorCode.VALIDATION_FAILED,
        message: '请求参数有误',
        details: [
          { field: 'regionCode', message: '请选择县（区）级所在地区' },
          { field: 'skills[1]', message: '技能长度超出限制' },
        ],
      },
    }));
    await openForm();
    await fillValidForm();
    fireEvent.click(document.querySelector('.reg-consent input')!);

    fireEvent.click(submitButton());

    await waitFor(() => expect(fieldError()).toEqual(['请选择县（区）级所在地区', '技能长度超出限制']));
    expect(toasts()).toContain('请按提示修改后再提交');
    expect(document.querySelector('.profile-view')).toBeNull();
    expect(submitButton().disabled).toBe(false);
  });

  it("shows a 409's field detail and, in a toast, the message saying to contact the union", async () => {
    api(() => ({
      statusCode: 409,
      data: {
        statusCode: 409,
        error: ErrorCode.CONFLICT,
        message: '该身份证号码已由其他微信账号登记，如有疑问请联系所在工会',
        details: [{ field: 'idNumber', message: '该身份证号码已登记' }],
      },
    }));
    await openForm();
    await fillValidForm();
    fireEvent.click(document.querySelector('.reg-consent input')!);

    fireEvent.click(submitButton());

    await waitFor(() => expect(fieldError()).toEqual(['该身份证号码已登记']));
    expect(toasts()).toContain('该身份证号码已由其他微信账号登记，如有疑问请联系所在工会');
  });

  it('shows other failures in a toast', async () => {
    api(() => ({ statusCode: 500, data: errorBody(500, ErrorCode.INTERNAL, '服务器内部错误') }));
    await openForm();
    await fillValidForm();
    fireEvent.click(document.querySelector('.reg-consent input')!);

    fireEvent.click(submitButton());

    await waitFor(() => expect(toasts()).toContain('服务器内部错误'));
    expect(fieldError()).toEqual([]);
  });

  it('when the API sent an SMS code (202), asks for it and then shows the record', async () => {
    const saved = workerResponse({ source: WorkerSource.STAFF });
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/regions') return { statusCode: 200, data: REGIONS };
      if (req.url === '/api/v1/me/profile' && req.method === 'GET')
        return { statusCode: 404, data: errorBody(404, ErrorCode.NOT_FOUND, '实名登记信息不存在') };
      if (req.url === '/api/v1/me/profile' && req.method === 'PUT')
        return {
          statusCode: 202,
          data: {
            verification: 'SMS_CODE_SENT',
            phoneMasked: '138****5678',
            expiresAt: '2099-01-01T00:10:00.000Z',
            resendAfter: '2099-01-01T00:01:00.000Z',
          },
        };
      if (req.url === '/api/v1/me/profile/confirm') {
        return (req.data as { code: string }).code === '246810'
          ? { statusCode: 200, data: saved }
          : {
              statusCode: 400,
              data: {
                statusCode: 400,
                error: ErrorCode.VALIDATION_FAILED,
                message: '请求参数有误',
                details: [{ field: 'code', message: '验证码不正确，还可以再试 4 次' }],
              },
            };
      }
      return { statusCode: 404 };
    });
    await openForm();
    await fillValidForm();
    fireEvent.click(document.querySelector('.reg-consent input')!);

    fireEvent.click(submitButton());

    await waitFor(() => expect(document.querySelector('.reg-code-page')).toBeTruthy());
    expect(document.querySelector('.reg-code-sent')?.textContent).toBe('验证码已发送至 138****5678，10 分钟内有效。');
    expect(document.querySelector('.profile-view')).toBeNull();
    // a new code only after the wait
    expect((document.querySelector('.reg-code-resend') as HTMLButtonElement).disabled).toBe(true);
    // not six digits: nothing is sent
    type('code', '12');
    fireEvent.click(document.querySelector('.reg-code-submit')!);
    expect(fieldError()).toEqual(['请输入短信中的 6 位数字验证码']);
    expect(sent.filter((r) => r.url === '/api/v1/me/profile/confirm')).toHaveLength(0);
    // a wrong code: the API's message under the field
    type('code', '135790');
    fireEvent.click(document.querySelector('.reg-code-submit')!);
    await waitFor(() => expect(fieldError()).toEqual(['验证码不正确，还可以再试 4 次']));
    // the right one: the record
    type('code', '246810');
    fireEvent.click(document.querySelector('.reg-code-submit')!);
    await waitFor(() => expect(document.querySelector('.profile-view')).toBeTruthy());
    const confirms = sent.filter((r) => r.url === '/api/v1/me/profile/confirm');
    expect(confirms.map((r) => [r.method, r.data])).toEqual([
      ['POST', { code: '135790' }],
      ['POST', { code: '246810' }],
    ]);
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '登记成功', icon: 'success' }));
  });

  it('from the code page, goes back to the form as it was, and asks for a new code once the wait is over', async () => {
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/regions') return { statusCode: 200, data: REGIONS };
      if (req.url === '/api/v1/me/profile' && req.method === 'GET')
        return { statusCode: 404, data: errorBody(404, ErrorCode.NOT_FOUND, '实名登记信息不存在') };
      const pending = {
        verification: 'SMS_CODE_SENT',
        phoneMasked: '138****5678',
        expiresAt: '2099-01-01T00:10:00.000Z',
        // already past: a new code may be asked for at once
        resendAfter: '2000-01-01T00:00:00.000Z',
      };
      if (req.url === '/api/v1/me/profile' || req.url === '/api/v1/me/profile/code')
        return { statusCode: 202, data: pending };
      return { statusCode: 404 };
    });
    await openForm();
    await fillValidForm();
    fireEvent.click(document.querySelector('.reg-consent input')!);
    fireEvent.click(submitButton());
    await waitFor(() => expect(document.querySelector('.reg-code-page')).toBeTruthy());

    fireEvent.click(document.querySelector('.reg-code-resend')!);
    await waitFor(() => expect(toasts()).toContain('验证码已重新发送'));
    expect(sent.filter((r) => r.url === '/api/v1/me/profile/code').map((r) => r.method)).toEqual(['POST']);

    fireEvent.click(document.querySelector('.reg-code-back')!);
    await waitFor(() => expect(document.querySelector('.reg-code-page')).toBeNull());
    // as typed (trimmed only when sent)
    expect(input('name').value).toBe(' 马晓兰 ');
    expect(input('id').value).toBe(FEMALE_ID);
  });

  it('shows the registered record, and edits it without re-entering the ID number or phone', async () => {
    const mine = workerResponse();
    const sent = api(
      (req) => ({ statusCode: 200, data: { ...mine, phoneMasked: '139****0000', employer: req.data?.employer } }),
      mine,
    );
    render(<WorkerProfilePage />);

    await waitFor(() => expect(document.querySelector('.profile-view')).toBeTruthy());
    expect(document.querySelector('.profile-view .profile-id')?.textContent).toBe('630102********0829');
    expect(document.querySelector('.profile-phone')?.textContent).toBe('138****5678');
    expect(screen.getByText('1990-03-07')).toBeTruthy();
    expect(screen.getByText('青海省西宁市城东区')).toBeTruthy();
    expect(screen.getByText('电工、焊工')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '编辑' }));

    expect(input('name').value).toBe('马晓兰');
    expect(input('phone').value).toBe('');
    expect(document.querySelector('.reg-id-locked')?.textContent).toBe('630102********0829');
    expect(screen.getByText('留空则保持不变（已登记：138****5678）')).toBeTruthy();
    expect(document.querySelector('.reg-region')?.textContent).toContain('青海省西宁市城东区');
    expect(document.querySelector('.reg-employment')?.textContent).toContain('失业');
    expect((document.querySelector('.reg-tag-MIGRANT_WORKER input') as HTMLInputElement).checked).toBe(true);

    type('phone', '13900000000');
    type('employer', '青海某建筑公司');
    fireEvent.click(document.querySelector('.reg-consent input')!);
    fireEvent.click(submitButton());

    await waitFor(() => expect(document.querySelector('.profile-view')).toBeTruthy());
    expect(puts(sent)[0].data).not.toHaveProperty('idNumber');
    expect(puts(sent)[0].data).toMatchObject({
      phone: '13900000000',
      regionCode: '630102',
      employer: '青海某建筑公司',
      consent: true,
      skills: ['电工', '焊工'],
      // The staff-set HARDSHIP tag is not the worker's to send.
      tags: [WorkerTag.MIGRANT_WORKER],
    });
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '保存成功' }));
    expect(document.querySelector('.profile-phone')?.textContent).toBe('139****0000');
  });

  it('offers a retry when the profile cannot be loaded', async () => {
    let fail = true;
    fakeApi((req) => {
      if (req.url === '/api/v1/me/profile' && fail)
        return { statusCode: 500, data: errorBody(500, ErrorCode.INTERNAL, '服务器内部错误') };
      if (req.url === '/api/v1/me/profile') return { statusCode: 200, data: workerResponse() };
      return { statusCode: 200, data: REGIONS };
    });
    render(<WorkerProfilePage />);

    await waitFor(() => expect(screen.getByText('实名信息加载失败')).toBeTruthy());
    expect(toasts()).toContain('服务器内部错误');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '重新加载' }));

    await waitFor(() => expect(document.querySelector('.profile-view')).toBeTruthy());
  });
});
