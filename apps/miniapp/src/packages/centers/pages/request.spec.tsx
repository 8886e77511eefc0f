import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CenterService, DisputeType, ErrorCode, type ErrorResponse } from '@steadywork/shared';
import { center, serviceRequest } from '../../../../test/centers-fixtures';
import { bearer, fakeApi, type SentRequest } from '../../../../test/fake-api';
import {
  chooseImage,
  redirectTo,
  resetTaro,
  setRouterParams,
  showModal,
  showToast,
  uploadFile,
} from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import ServiceRequestPage from './request';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

type Reply = { statusCode: number; data?: unknown } | Promise<{ statusCode: number; data?: unknown }>;

const CENTER = center();

/** The API: the center, and `write` for every other call. */
function api(write: (req: SentRequest) => Reply = () => ({ statusCode: 500 })): SentRequest[] {
  return fakeApi((req) => {
    if (req.method === 'GET' && req.url === '/api/v1/centers/7') return { statusCode: 200, data: CENTER };
    return write(req);
  });
}

const posts = (sent: SentRequest[]) => sent.filter((r) => r.method === 'POST');
const field = (id: string) => document.getElementById(id);
const errorOf = (id: string) => field(id)?.querySelector('.centers-field-error')?.textContent;
const describe_ = (text: string) =>
  fireEvent.change(field('sr-description')!.querySelector('textarea')!, { target: { value: text } });
const submitButton = () => screen.getByTestId('sr-submit') as HTMLButtonElement;
const toasts = () => (showToast.mock.calls as unknown as [{ title: string }][]).map(([o]) => o.title);

async function openForm(params: Record<string, string> = { centerId: '7' }): Promise<void> {
  setRouterParams(params);
  render(<ServiceRequestPage />);
  await waitFor(() => expect(screen.getByTestId('sr-submit')).toBeTruthy());
}

const validation = (details: ErrorResponse['details']): ErrorResponse => ({
  statusCode: 400,
  error: ErrorCode.VALIDATION_FAILED,
  message: '请求参数不正确',
  details,
});

describe('ServiceRequestPage (申请服务)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it("offers only the center's requestable services and names what is missing", async () => {
    const sent = api();
    await openForm();

    expect(screen.getByTestId('sr-serviceType-JOB_REGISTRATION')).toBeTruthy();
    expect(screen.getByTestId('sr-serviceType-LEGAL_AID')).toBeTruthy();
    expect(screen.queryByTestId('sr-serviceType-WATER')).toBeNull();
    expect(screen.queryByTestId('sr-serviceType-JOB_REFERRAL')).toBeNull();
    expect(field('sr-disputeType')).toBeNull();

    fireEvent.click(submitButton());

    expect(errorOf('sr-serviceType')).toBe('请选择服务类型');
    expect(errorOf('sr-description')).toBe('请描述需要的帮助');
    expect(toasts()).toContain('请按提示修改后再提交');
    expect(posts(sent)).toHaveLength(0);
  });

  it('requires the dispute type for legal aid, and sends it', async () => {
    const sent = api(() => ({ statusCode: 201, data: serviceRequest({ id: 52 }) }));
    await openForm();

    fireEvent.click(screen.getByTestId('sr-serviceType-LEGAL_AID'));
    describe_('老板拖欠三个月工资');
    expect(field('sr-disputeType')).toBeTruthy();
    fireEvent.click(submitButton());

    expect(errorOf('sr-disputeType')).toBe('请选择纠纷类型');
    expect(posts(sent)).toHaveLength(0);

    fireEvent.click(screen.getByTestId('sr-disputeType-WAGES_OWED'));
    expect(errorOf('sr-disputeType')).toBeUndefined();
    fireEvent.click(submitButton());

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/centers/pages/requests?id=52' }));
    expect(posts(sent)[0].data).toEqual({
      centerId: 7,
      serviceType: CenterService.LEGAL_AID,
      description: '老板拖欠三个月工资',
      attachments: [],
      disputeType: DisputeType.WAGES_OWED,
    });
    expect(toasts()).toContain('申请已提交');
  });

  it('drops the dispute type when the worker switches away from legal aid', async () => {
    const sent = api(() => ({ statusCode: 201, data: serviceRequest() }));
    await openForm();

    fireEvent.click(screen.getByTestId('sr-serviceType-LEGAL_AID'));
    fireEvent.click(screen.getByTestId('sr-disputeType-INJURY'));
    fireEvent.click(screen.getByTestId('sr-serviceType-JOB_REGISTRATION'));
    expect(field('sr-disputeType')).toBeNull();
    describe_('想找一份电工的工作');
    fireEvent.click(submitButton());

    await waitFor(() => expect(posts(sent)).toHaveLength(1));
    expect(posts(sent)[0].data).not.toHaveProperty('disputeType');
  });

  it('reuses the Idempotency-Key of the form when the worker retries after a timeout', async () => {
    let attempts = 0;
    const sent = api(() => {
      attempts += 1;
      if (attempts === 1) throw new Error('request:fail timeout');
      return { statusCode: 201, data: serviceRequest({ id: 53 }) };
    });
    await openForm({ centerId: '7', service: 'JOB_REGISTRATION' });
    describe_('想找一份电工的工作');

    fireEvent.click(submitButton());
    await waitFor(() => expect(toasts()).toContain('网络连接失败，请检查网络后重试'));
    await waitFor(() => expect(submitButton().disabled).toBe(false));
    // Nothing typed is lost.
    expect((field('sr-description')!.querySelector('textarea') as HTMLTextAreaElement).value).toBe(
      '想找一份电工的工作',
    );

    fireEvent.click(submitButton());
    await waitFor(() => expect(redirectTo).toHaveBeenCalled());

    const [first, retry] = posts(sent);
    expect(posts(sent)).toHaveLength(2);
    expect(first.url).toBe('/api/v1/service-requests');
    expect(first.header['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(retry.header['Idempotency-Key']).toBe(first.header['Idempotency-Key']);
    expect(retry.data).toEqual(first.data);
    expect(bearer(retry)).toBe('Bearer access-1');
  });

  it('sends one request however fast the worker taps', async () => {
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const sent = api(async () => {
      await answered;
      return { statusCode: 201, data: serviceRequest() };
    });
    await openForm({ centerId: '7', service: 'JOB_REGISTRATION' });
    describe_('想找一份电工的工作');

    fireEvent.click(submitButton());
    fireEvent.click(submitButton());
    await waitFor(() => expect(submitButton().disabled).toBe(true));
    answer();

    await waitFor(() => expect(redirectTo).toHaveBeenCalled());
    expect(posts(sent)).toHaveLength(1);
  });

  it("shows the server's field errors beside the fields", async () => {
    api(() => ({
      statusCode: 400,
      data: validation([
        { field: 'disputeType', message: '纠纷类型取值不正确' },
        { field: 'description', message: '需求描述含有不允许的内容' },
      ]),
    }));
    await openForm({ centerId: '7', service: 'LEGAL_AID' });
    fireEvent.click(screen.getByTestId('sr-disputeType-OTHER'));
    describe_('其他纠纷');

    fireEvent.click(submitButton());

    await waitFor(() => expect(errorOf('sr-disputeType')).toBe('纠纷类型取值不正确'));
    expect(errorOf('sr-description')).toBe('需求描述含有不允许的内容');
    expect(redirectTo).not.toHaveBeenCalled();
  });

  it('explains a refusal the form cannot fix in a dialog', async () => {
    api(() => ({
      statusCode: 409,
      data: { statusCode: 409, error: ErrorCode.CONFLICT, message: '您在该中心已有待受理的同类请求' },
    }));
    await openForm({ centerId: '7', service: 'JOB_REGISTRATION' });
    describe_('想找一份电工的工作');

    fireEvent.click(submitButton());

    await waitFor(() =>
      expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ content: '您在该中心已有待受理的同类请求' })),
    );
  });

  it('sends the preferred time in UTC and the uploaded attachments', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-23T02:00:00.000Z'), doNotFake: ['setTimeout', 'setInterval'] });
    try {
      chooseImage.mockResolvedValue({
        tempFilePaths: ['wxfile://tmp/contract.jpg'],
        tempFiles: [{ path: 'wxfile://tmp/contract.jpg', size: 2048 }],
      });
      uploadFile.mockResolvedValue({
        statusCode: 201,
        data: JSON.stringify({ id: 'file-9', name: 'contract.jpg', mime: 'image/jpeg', size: 2048, createdAt: '' }),
      });
      const sent = api(() => ({ statusCode: 201, data: serviceRequest() }));
      await openForm({ centerId: '7', service: 'JOB_REGISTRATION' });
      describe_('想找一份电工的工作');

      const wheel = (mode: string) =>
        field('sr-preferredTime')!.querySelector(`input[data-mode="${mode}"]`) as HTMLInputElement;
      fireEvent.change(wheel('date'), { target: { value: '2026-11-25' } });
      expect(screen.getByTestId('sr-time').textContent).toBe('09:00');
      fireEvent.change(wheel('time'), { target: { value: '14:30' } });

      fireEvent.click(screen.getByTestId('sr-attachments-image'));
      await waitFor(() => expect(screen.getByText('contract.jpg')).toBeTruthy());

      fireEvent.click(submitButton());

      await waitFor(() => expect(posts(sent)).toHaveLength(1));
      expect(posts(sent)[0].data).toMatchObject({
        preferredTime: '2026-11-25T06:30:00.000Z',
        attachments: ['file-9'],
      });
    } finally {
      jest.useFakeTimers(); // back to the suite's clock (jest.config.ts)
    }
  });

  it('says so when the center offers nothing to ask for', async () => {
    fakeApi(() => ({ statusCode: 200, data: center({ services: [CenterService.WATER, CenterService.REST] }) }));
    setRouterParams({ centerId: '7' });

    render(<ServiceRequestPage />);

    await waitFor(() => expect(screen.getByTestId('sr-center-missing').textContent).toContain('没有可在线申请'));
  });
});
