import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AidApplicationStatus, AidType, ErrorCode, type ErrorResponse } from '@steadywork/shared';
import { BAD_CREDIT_CODE, CREDIT_CODE, aidApplication, aidProgram } from '../../../../test/aid-fixtures';
import { bearer, fakeApi, type SentRequest } from '../../../../test/fake-api';
import {
  chooseImage,
  navigateBack,
  redirectTo,
  resetTaro,
  setPages,
  setRouterParams,
  showModal,
  showToast,
  uploadFile,
} from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import AidApplyPage from './apply';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

type Reply = { statusCode: number; data?: unknown } | Promise<{ statusCode: number; data?: unknown }>;

const STARTUP = aidProgram();
const MATERIALS = aidProgram({
  id: 5,
  aidType: AidType.PRODUCTION_MATERIALS,
  name: '2026年“221”工程生产资料帮扶',
  requiredAttachments: [],
});

/** The API: the worker's programmes, and `write` for every other call. */
function api(write: (req: SentRequest) => Reply = () => ({ statusCode: 500 })): SentRequest[] {
  return fakeApi((req) => {
    if (req.url === '/api/v1/me/aid/programs') return { statusCode: 200, data: [STARTUP, MATERIALS] };
    return write(req);
  });
}

const writes = (sent: SentRequest[]) => sent.filter((r) => r.method !== 'GET');
const field = (id: string) => document.getElementById(id)!;
const control = (id: string) => field(id).querySelector('input, textarea') as HTMLInputElement;
const type = (id: string, value: string) => fireEvent.change(control(id), { target: { value } });
const errorOf = (id: string) => field(id).querySelector('.aid-field-error')?.textContent;
const button = (testId: string) => screen.getByTestId(testId) as HTMLButtonElement;
const toasts = () => (showToast.mock.calls as unknown as [{ title: string }][]).map(([o]) => o.title);

async function openForm(params: Record<string, string>): Promise<void> {
  setRouterParams(params);
  render(<AidApplyPage />);
  await waitFor(() => expect(screen.getByTestId('aid-submit')).toBeTruthy());
}

function fillStartup(): void {
  type('aid-businessName', '湟中区马记牛肉面馆');
  type('aid-creditCode', CREDIT_CODE);
  type('aid-expectedJobs', '3');
  type('aid-statement', '家中两人失业，想开面馆。');
}

const validation = (details: ErrorResponse['details']): ErrorResponse => ({
  statusCode: 400,
  error: ErrorCode.VALIDATION_FAILED,
  message: '请求参数不正确',
  details,
});

describe('AidApplyPage (帮扶申请)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('shows what is missing beside each field and sends nothing', async () => {
    const sent = api();
    await openForm({ programId: '3' });

    fireEvent.click(button('aid-submit'));

    expect(errorOf('aid-businessName')).toBe('请填写经营主体名称');
    expect(errorOf('aid-creditCode')).toBe('请填写统一社会信用代码或创业计划书（至少一项）');
    expect(errorOf('aid-expectedJobs')).toBe('请填写预计带动就业人数');
    expect(errorOf('aid-statement')).toBeUndefined();
    expect(errorOf('aid-attachment-licence')).toBe('请上传营业执照或创业计划书');
    expect(toasts()).toContain('请按提示修改后再提交');
    expect(writes(sent)).toHaveLength(0);
  });

  it('checks the credit code with the shared validator before sending', async () => {
    const sent = api();
    await openForm({ programId: '3' });
    fillStartup();
    type('aid-creditCode', BAD_CREDIT_CODE);

    fireEvent.click(button('aid-save'));

    expect(errorOf('aid-creditCode')).toBe('统一社会信用代码不正确，请核对营业执照');
    expect(writes(sent)).toHaveLength(0);

    // A business plan does not excuse a wrong code; clearing the code does.
    type('aid-creditCode', '');
    type('aid-businessPlan', '在湟中区开一家牛肉面馆');
    expect(errorOf('aid-creditCode')).toBeUndefined();
  });

  it('creates the draft once: a retry after a timeout reuses the Idempotency-Key, later saves update it', async () => {
    let posts = 0;
    const sent = api((req) => {
      if (req.method === 'POST' && req.url === '/api/v1/aid/applications') {
        posts += 1;
        if (posts === 1) throw new Error('request:fail timeout');
        return { statusCode: 201, data: aidApplication({ id: 41 }) };
      }
      if (req.method === 'PUT') return { statusCode: 200, data: aidApplication({ id: 41 }) };
      return { statusCode: 404 };
    });
    await openForm({ programId: '3' });
    fillStartup();

    fireEvent.click(button('aid-save'));
    await waitFor(() => expect(toasts()).toContain('网络连接失败，请检查网络后重试'));
    await waitFor(() => expect(button('aid-save').disabled).toBe(false));
    // Nothing typed is lost.
    expect(control('aid-businessName').value).toBe('湟中区马记牛肉面馆');

    fireEvent.click(button('aid-save'));
    await waitFor(() => expect(toasts()).toContain('草稿已保存'));
    await waitFor(() => expect(button('aid-save').disabled).toBe(false));

    type('aid-expectedJobs', '4');
    fireEvent.click(button('aid-save'));
    await waitFor(() => expect(writes(sent)).toHaveLength(3));

    const [first, retry, update] = writes(sent);
    expect(first.header['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(retry.header['Idempotency-Key']).toBe(first.header['Idempotency-Key']);
    expect(retry.data).toEqual({
      programId: 3,
      startup: { businessName: '湟中区马记牛肉面馆', creditCode: CREDIT_CODE, businessPlan: null, expectedJobs: 3 },
      materials: null,
      statement: '家中两人失业，想开面馆。',
      attachments: [],
    });
    expect(bearer(retry)).toBe('Bearer access-1');
    expect(update).toMatchObject({ method: 'PUT', url: '/api/v1/aid/applications/41' });
    expect(update.data).toMatchObject({ startup: { expectedJobs: 4 } });
  });

  it('sends one draft however fast the worker taps, with the buttons disabled meanwhile', async () => {
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const sent = api(async () => {
      await answered;
      return { statusCode: 201, data: aidApplication() };
    });
    await openForm({ programId: '3' });
    fillStartup();

    fireEvent.click(button('aid-save'));
    fireEvent.click(button('aid-save'));
    fireEvent.click(button('aid-submit'));
    await waitFor(() => expect(button('aid-submit').disabled).toBe(true));
    expect(button('aid-save').disabled).toBe(true);

    await act(async () => answer());
    await waitFor(() => expect(button('aid-save').disabled).toBe(false));
    expect(writes(sent)).toHaveLength(1);
  });

  it('uploads an attachment and submits: save, then POST …/submit, then 我的申请', async () => {
    chooseImage.mockResolvedValue({
      tempFilePaths: ['wxfile://tmp/licence.jpg'],
      tempFiles: [{ path: 'wxfile://tmp/licence.jpg', size: 2048 }],
    });
    uploadFile.mockResolvedValue({
      statusCode: 201,
      data: JSON.stringify({ id: 'file-7', name: 'licence.jpg', mime: 'image/jpeg', size: 2048, createdAt: '' }),
    });
    const sent = api((req) => {
      if (req.url === '/api/v1/aid/applications') return { statusCode: 201, data: aidApplication({ id: 41 }) };
      if (req.url === '/api/v1/aid/applications/41/submit') {
        return { statusCode: 200, data: aidApplication({ id: 41, status: AidApplicationStatus.SUBMITTED }) };
      }
      return { statusCode: 404 };
    });
    await openForm({ programId: '3' });
    fillStartup();

    fireEvent.click(screen.getByTestId('aid-attachment-licence-image'));
    await waitFor(() => expect(screen.getByText('licence.jpg')).toBeTruthy());
    expect(uploadFile).toHaveBeenCalledWith(
      expect.objectContaining({
        url: '/api/v1/files',
        filePath: 'wxfile://tmp/licence.jpg',
        name: 'file',
        header: expect.objectContaining({ Authorization: 'Bearer access-1' }),
      }),
    );

    fireEvent.click(button('aid-submit'));

    await waitFor(() => expect(redirectTo).toHaveBeenCalled());
    expect(writes(sent).map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/v1/aid/applications',
      'POST /api/v1/aid/applications/41/submit',
    ]);
    expect(writes(sent)[0].data).toMatchObject({ attachments: [{ key: 'licence', fileId: 'file-7' }] });
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/aid/pages/applications?id=41' });
    expect(toasts()).toContain('申请已提交');
  });

  it("shows the server's field errors beside the fields and keeps what was typed", async () => {
    chooseImage.mockResolvedValue({ tempFilePaths: ['a.jpg'], tempFiles: [{ path: 'a.jpg', size: 10 }] });
    uploadFile.mockResolvedValue({ statusCode: 201, data: { id: 'file-1', name: 'a.jpg' } });
    const sent = api((req) => {
      if (req.url === '/api/v1/aid/applications') return { statusCode: 201, data: aidApplication({ id: 41 }) };
      return {
        statusCode: 400,
        data: validation([
          { field: 'startup.creditCode', message: '该统一社会信用代码已被其他申请使用' },
          { field: 'attachments.licence', message: '营业执照照片不清晰，请重新上传' },
        ]),
      };
    });
    await openForm({ programId: '3' });
    fillStartup();
    fireEvent.click(screen.getByTestId('aid-attachment-licence-image'));
    await waitFor(() => expect(screen.getByText('a.jpg')).toBeTruthy());

    fireEvent.click(button('aid-submit'));

    await waitFor(() => expect(errorOf('aid-creditCode')).toBe('该统一社会信用代码已被其他申请使用'));
    expect(errorOf('aid-attachment-licence')).toBe('营业执照照片不清晰，请重新上传');
    expect(control('aid-creditCode').value).toBe(CREDIT_CODE);
    expect(control('aid-statement').value).toBe('家中两人失业，想开面馆。');
    expect(redirectTo).not.toHaveBeenCalled();

    // The draft exists now: the next attempt updates it rather than creating another.
    await waitFor(() => expect(button('aid-submit').disabled).toBe(false));
    fireEvent.click(button('aid-submit'));
    await waitFor(() => expect(writes(sent)).toHaveLength(3));
    expect(writes(sent).map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/v1/aid/applications',
      'POST /api/v1/aid/applications/41/submit',
      'PUT /api/v1/aid/applications/41',
    ]);
  });

  it('shows a conflict (not eligible) in a dialog', async () => {
    api(() => ({
      statusCode: 409,
      data: { statusCode: 409, error: ErrorCode.CONFLICT, message: '您在本项目已有进行中的申请' },
    }));
    await openForm({ programId: '3' });
    fillStartup();

    fireEvent.click(button('aid-save'));

    await waitFor(() =>
      expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ content: '您在本项目已有进行中的申请' })),
    );
    expect(control('aid-businessName').value).toBe('湟中区马记牛肉面馆');
  });

  it('lists materials with a running total and sends prices in fen', async () => {
    const sent = api(() => ({ statusCode: 201, data: aidApplication({ aidType: AidType.PRODUCTION_MATERIALS }) }));
    await openForm({ programId: '5' });
    expect(document.getElementById('aid-businessName')).toBeNull();

    type('aid-item-0-name', '电动三轮车');
    type('aid-item-0-quantity', '1');
    type('aid-item-0-unitPrice', '3500');
    fireEvent.click(screen.getByTestId('aid-item-add'));
    type('aid-item-1-name', '冰柜');
    type('aid-item-1-quantity', '2');
    type('aid-item-1-unitPrice', '1299.5');
    expect(screen.getByTestId('aid-items-total').textContent).toBe('合计：¥6,099.00');

    fireEvent.click(screen.getByTestId('aid-item-add'));
    type('aid-item-2-name', '货架');
    expect(screen.getByTestId('aid-item-2')).toBeTruthy();
    fireEvent.click(button('aid-save'));
    expect(errorOf('aid-item-2-quantity')).toBe('请填写数量');
    fireEvent.click(screen.getByTestId('aid-item-2-remove'));
    expect(screen.queryByTestId('aid-item-2')).toBeNull();

    type('aid-purpose', '流动售卖');
    type('aid-statement', '想摆摊卖菜。');
    fireEvent.click(button('aid-save'));

    await waitFor(() => expect(writes(sent)).toHaveLength(1));
    expect(writes(sent)[0].data).toEqual({
      programId: 5,
      startup: null,
      materials: {
        items: [
          { name: '电动三轮车', quantity: 1, unitPriceFen: 350_000 },
          { name: '冰柜', quantity: 2, unitPriceFen: 129_950 },
        ],
        purpose: '流动售卖',
      },
      statement: '想摆摊卖菜。',
      attachments: [],
    });
  });

  it('edits an application returned for amendment: shows the comment, saves with PUT, submits, goes back', async () => {
    const returned = aidApplication({
      id: 41,
      status: AidApplicationStatus.RETURNED,
      lastComment: '请补充营业执照照片',
      startup: { businessName: '马记面馆', creditCode: CREDIT_CODE, businessPlan: null, expectedJobs: 2 },
      statement: '想开面馆。',
      attachments: [{ id: 'file-3', key: 'licence', name: '执照.jpg', mime: 'image/jpeg', size: 1, createdAt: '' }],
    });
    setPages([{ route: 'packages/aid/pages/applications' }, { route: 'packages/aid/pages/apply' }]);
    const sent = api((req) => {
      if (req.url === '/api/v1/aid/applications/41' && req.method === 'GET') return { statusCode: 200, data: returned };
      if (req.method === 'PUT') return { statusCode: 200, data: returned };
      if (req.url.endsWith('/submit')) {
        return { statusCode: 200, data: { ...returned, status: AidApplicationStatus.SUBMITTED } };
      }
      return { statusCode: 404 };
    });
    await openForm({ id: '41' });

    expect(screen.getByTestId('aid-form-return-comment').textContent).toContain('请补充营业执照照片');
    expect(control('aid-businessName').value).toBe('马记面馆');
    expect(screen.getByText('执照.jpg')).toBeTruthy();
    type('aid-expectedJobs', '3');

    fireEvent.click(button('aid-submit'));

    await waitFor(() => expect(navigateBack).toHaveBeenCalled());
    expect(writes(sent).map((r) => `${r.method} ${r.url}`)).toEqual([
      'PUT /api/v1/aid/applications/41',
      'POST /api/v1/aid/applications/41/submit',
    ]);
    expect(writes(sent)[0].data).toMatchObject({
      startup: { expectedJobs: 3 },
      attachments: [{ key: 'licence', fileId: 'file-3' }],
    });
  });

  it("opens the worker's open application rather than starting a second one", async () => {
    const programs = [aidProgram({ myApplicationId: 41 })];
    fakeApi((req) => {
      if (req.url === '/api/v1/me/aid/programs') return { statusCode: 200, data: programs };
      if (req.url === '/api/v1/aid/applications/41') {
        return { statusCode: 200, data: aidApplication({ status: AidApplicationStatus.SUBMITTED }) };
      }
      return { statusCode: 404 };
    });
    setRouterParams({ programId: '3' });

    render(<AidApplyPage />);

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/aid/pages/application?id=41' }));
  });
});
