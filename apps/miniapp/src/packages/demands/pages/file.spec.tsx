import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DemandCategory, ErrorCode, type ErrorResponse } from '@steadywork/shared';
import { aDemand } from '../../../../test/demands-fixtures';
import { bearer, fakeApi, type SentRequest } from '../../../../test/fake-api';
import { redirectTo, resetTaro, showToast } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import FileDemandPage from './file';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

type Reply = { statusCode: number; data?: unknown } | Promise<{ statusCode: number; data?: unknown }>;

const posts = (sent: SentRequest[]) => sent.filter((r) => r.method === 'POST');
const field = (id: string) => document.getElementById(id);
const errorOf = (id: string) => field(id)?.querySelector('.demands-field-error')?.textContent;
const describe_ = (text: string) =>
  fireEvent.change(field('dm-description')!.querySelector('textarea')!, { target: { value: text } });
const submitButton = () => screen.getByTestId('dm-submit') as HTMLButtonElement;
const toasts = () => (showToast.mock.calls as unknown as [{ title: string }][]).map(([o]) => o.title);

function openForm(write: (req: SentRequest) => Reply = () => ({ statusCode: 500 })): SentRequest[] {
  const sent = fakeApi(write);
  render(<FileDemandPage />);
  return sent;
}

const validation = (details: ErrorResponse['details']): ErrorResponse => ({
  statusCode: 400,
  error: ErrorCode.VALIDATION_FAILED,
  message: '请求参数不正确',
  details,
});

describe('FileDemandPage (反映诉求)', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('asks for the category and what happened before sending anything', async () => {
    const sent = openForm();
    expect(screen.getByTestId('dm-category-NEW_FORMS_OF_WORK').textContent).toBe('新就业形态劳动者权益');

    fireEvent.click(submitButton());

    expect(errorOf('dm-category')).toBe('请选择诉求类别');
    expect(errorOf('dm-description')).toBe('请填写诉求内容');
    expect(posts(sent)).toHaveLength(0);

    describe_('   ');
    fireEvent.click(screen.getByTestId('dm-category-WAGES_OWED'));
    expect(errorOf('dm-category')).toBeUndefined();
    fireEvent.click(submitButton());
    expect(errorOf('dm-description')).toBe('请填写诉求内容');
    expect(posts(sent)).toHaveLength(0);
  });

  it('files a wages-owed demand with its Idempotency-Key, then opens it', async () => {
    const sent = openForm(() => ({ statusCode: 201, data: aDemand() }));
    fireEvent.click(screen.getByTestId('dm-category-WAGES_OWED'));
    fireEvent.change(field('dm-employerName')!.querySelector('input')!, { target: { value: ' 西宁某建筑劳务公司 ' } });
    describe_('  拖欠三个月工资  ');
    fireEvent.click(submitButton());

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/demands/pages/detail?id=31' }));
    const [post] = posts(sent);
    expect(post.url).toBe('/api/v1/me/demands');
    expect(post.data).toEqual({
      category: DemandCategory.WAGES_OWED,
      employerName: '西宁某建筑劳务公司',
      description: '拖欠三个月工资',
      attachments: [],
    });
    expect(post.header['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(bearer(post)).toBe('Bearer access-1');
    expect(toasts()).toContain('诉求已提交');
  });

  it('sends the same key again after a timeout, and one request however fast the worker taps', async () => {
    let attempts = 0;
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const sent = openForm(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('request:fail timeout');
      await answered;
      return { statusCode: 201, data: aDemand() };
    });
    fireEvent.click(screen.getByTestId('dm-category-CONTRACT'));
    describe_('单位不签劳动合同');

    fireEvent.click(submitButton());
    await waitFor(() => expect(toasts()).toContain('网络连接失败，请检查网络后重试'));
    await waitFor(() => expect(submitButton().disabled).toBe(false));
    expect((field('dm-description')!.querySelector('textarea') as HTMLTextAreaElement).value).toBe('单位不签劳动合同');

    fireEvent.click(submitButton());
    fireEvent.click(submitButton());
    await waitFor(() => expect(submitButton().disabled).toBe(true));
    answer();
    await waitFor(() => expect(redirectTo).toHaveBeenCalled());

    const [first, retry] = posts(sent);
    expect(posts(sent)).toHaveLength(2);
    expect(retry.header['Idempotency-Key']).toBe(first.header['Idempotency-Key']);
    expect(retry.data).toEqual(first.data);
  });

  it('links the demand to a registered employer the worker picks while typing', async () => {
    const sent = openForm((req) => {
      if (req.method === 'GET' && req.url === '/api/v1/jobs/employers/options') {
        return { statusCode: 200, data: [{ id: 4, name: '西宁高原物流配送有限公司', regionName: '城北区' }] };
      }
      return { statusCode: 201, data: aDemand() };
    });
    fireEvent.click(screen.getByTestId('dm-category-SOCIAL_INSURANCE'));
    fireEvent.change(field('dm-employerName')!.querySelector('input')!, { target: { value: '高原物流' } });
    const option = await screen.findByTestId('dm-employer-option', undefined, { timeout: 3000 });
    expect(sent.find((r) => r.method === 'GET')?.data).toEqual({ keyword: '高原物流' });
    fireEvent.click(option);
    expect((field('dm-employerName')!.querySelector('input') as HTMLInputElement).value).toBe(
      '西宁高原物流配送有限公司',
    );
    describe_('单位不给缴社保');
    fireEvent.click(submitButton());

    await waitFor(() => expect(posts(sent)).toHaveLength(1));
    expect(posts(sent)[0].data).toEqual({
      category: DemandCategory.SOCIAL_INSURANCE,
      employerId: 4,
      description: '单位不给缴社保',
      attachments: [],
    });
  });

  it("shows the server's field errors beside the fields", async () => {
    openForm(() => ({
      statusCode: 400,
      data: validation([
        { field: 'category', message: '诉求类别取值不正确' },
        { field: 'employerId', message: '所在单位不存在' },
      ]),
    }));
    fireEvent.click(screen.getByTestId('dm-category-OTHER'));
    describe_('咨询');
    fireEvent.click(submitButton());

    await waitFor(() => expect(errorOf('dm-category')).toBe('诉求类别取值不正确'));
    expect(errorOf('dm-employerName')).toBe('所在单位不存在');
    expect(redirectTo).not.toHaveBeenCalled();
  });
});
