import { JobPostingStatus, Role } from '@steadywork/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route, type Call } from '../../../../test/fake-api';
import { formItemOf, type } from '../../../../test/form';
import { aPosting } from '../../../../test/jobs';

beforeEach(() => localStorage.clear());

const calls = (api: { calls: Call[] }, method: string, prefix: string) =>
  api.calls.filter((c) => c.method === method && c.path.startsWith(prefix));

const postings = route('GET', /^\/jobs\/postings\?/, () => pageOf([aPosting()]));

async function rowOf(title: string) {
  const link = await screen.findByText(title, { selector: 'a' }, { timeout: 45_000 });
  return link.closest('tr') as HTMLElement;
}

describe('岗位审核', () => {
  it('opens on the postings waiting for review in the scope, each linked to its page', async () => {
    const api = signedInAs([Role.REVIEWER], [postings]);
    renderAt('/jobs/review');

    const row = await rowOf('电焊工');
    expect(within(row).getByText('青海高原建设有限公司')).toBeTruthy();
    expect(within(row).getByText('4500–6500 元/月')).toBeTruthy();
    expect(within(row).getByText('待审核')).toBeTruthy();
    expect(within(row).getByText('电焊工').closest('a')?.getAttribute('href')).toBe('/jobs/postings/41');
    expect(calls(api, 'GET', '/jobs/postings?')[0].path).toBe('/jobs/postings?page=1&pageSize=20&status=PENDING');
  });

  it('approves a posting after confirming and asks for the queue again', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      [
        postings,
        route('POST', '/jobs/postings/41/approve', () => ({
          status: 200,
          body: aPosting({ status: JobPostingStatus.OPEN }),
        })),
      ],
    );
    renderAt('/jobs/review');
    const row = await rowOf('电焊工');
    const listed = calls(api, 'GET', '/jobs/postings?').length;

    fireEvent.click(within(row).getByText('通过'));
    const confirm = await screen.findByText(/通过「电焊工」后岗位即对职工公开/);
    await act(async () => {
      fireEvent.click(within(confirm.closest('.ant-popover') as HTMLElement).getByRole('button', { name: /确\s*定/ }));
    });

    await waitFor(() => expect(calls(api, 'POST', '/jobs/postings/41/approve')).toHaveLength(1));
    expect(await screen.findByText('岗位已通过审核')).toBeTruthy();
    await waitFor(() => expect(calls(api, 'GET', '/jobs/postings?').length).toBeGreaterThan(listed));
  });

  it('returns a posting with a reason; the reason is required and the API field error shows under it', async () => {
    let attempt = 0;
    const api = signedInAs(
      [Role.REVIEWER],
      [
        postings,
        route('POST', '/jobs/postings/41/return', () => {
          attempt += 1;
          return attempt === 1
            ? {
                status: 400,
                body: {
                  statusCode: 400,
                  error: 'VALIDATION_FAILED',
                  message: '请求参数有误',
                  details: [{ field: 'reason', message: '退回原因不能超过 500 个字符' }],
                },
              }
            : { status: 200, body: aPosting({ status: JobPostingStatus.RETURNED, returnReason: '月薪下限过低' }) };
        }),
      ],
    );
    renderAt('/jobs/review');
    fireEvent.click(within(await rowOf('电焊工')).getByText('退回'));
    expect(await screen.findByText('退回岗位：电焊工')).toBeTruthy();

    const footer = () => document.querySelector('.ant-modal-footer') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(footer()).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });
    expect(await within(formItemOf('return_reason')).findByText('请填写退回原因')).toBeTruthy();
    expect(calls(api, 'POST', '/jobs/postings/41/return')).toHaveLength(0);

    type('return_reason', '月薪下限过低');
    await act(async () => {
      fireEvent.click(within(footer()).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });
    expect(await within(formItemOf('return_reason')).findByText('退回原因不能超过 500 个字符')).toBeTruthy();

    await act(async () => {
      fireEvent.click(within(footer()).getByRole('button', { name: /确\s*认|确\s*定/ }));
    });
    await waitFor(() => expect(calls(api, 'POST', '/jobs/postings/41/return')).toHaveLength(2));
    expect(calls(api, 'POST', '/jobs/postings/41/return')[1].body).toEqual({ reason: '月薪下限过低' });
    expect(await screen.findByText('岗位已退回')).toBeTruthy();
  });

  it('exports the list with the filters on screen', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      [
        postings,
        route('GET', /^\/jobs\/postings\/export/, () => ({
          status: 200,
          body: new Blob(['xlsx']),
          headers: { 'Content-Disposition': "attachment; filename*=UTF-8''%E5%B2%97%E4%BD%8D.xlsx" },
        })),
      ],
    );
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    renderAt('/jobs/review');
    await rowOf('电焊工');

    fireEvent.click(screen.getByText('导出 Excel').closest('button')!);
    await waitFor(() => expect(calls(api, 'GET', '/jobs/postings/export')).toHaveLength(1));
    expect(calls(api, 'GET', '/jobs/postings/export')[0].path).toBe('/jobs/postings/export?status=PENDING');
    expect(await screen.findByText('已导出')).toBeTruthy();
  });
});
