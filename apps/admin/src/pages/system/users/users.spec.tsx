import { ErrorCode, Role } from '@steadywork/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { pageOf, renderAt, signedInAs } from '../../../../test/app';
import { route } from '../../../../test/fake-api';
import { pick, type } from '../../../../test/form';

const xlsx = () => ({
  status: 200,
  body: new Blob(['PK'], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  headers: { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('账号列表-2026-11-23.xlsx')}` },
});

let click: jest.SpyInstance;

beforeEach(() => {
  localStorage.clear();
  URL.createObjectURL = jest.fn(() => 'blob:export');
  URL.revokeObjectURL = jest.fn();
  click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => click.mockRestore());

const exportButton = async () =>
  (await screen.findByText('导出 Excel', undefined, { timeout: 20_000 })).closest('button') as HTMLButtonElement;

describe('accounts export', () => {
  it('downloads the export with the filters of the list on screen, without the paging', async () => {
    const api = signedInAs(
      [Role.SECADMIN],
      [route('GET', /^\/admin\/users\?/, () => pageOf([])), route('GET', /^\/admin\/users\/export/, xlsx)],
    );
    renderAt('/system/users');
    await waitFor(() => expect(api.calls.some((c) => c.path.startsWith('/admin/users?'))).toBe(true), {
      timeout: 20_000,
    });

    type('username', 'chengdong');
    await pick('roles', '市县初审');
    fireEvent.click(screen.getByText(/查\s*询/).closest('button')!);
    await waitFor(() => expect(api.calls.some((c) => c.path.includes('username=chengdong'))).toBe(true));
    const listed = new URL(api.calls.filter((c) => c.path.startsWith('/admin/users?')).at(-1)!.path, 'http://x');

    fireEvent.click(await exportButton());
    await waitFor(() => expect(click).toHaveBeenCalled());

    const exported = api.calls.find((c) => c.path.startsWith('/admin/users/export'))!;
    expect(exported.auth).toBe('Bearer access');
    const query = new URL(exported.path, 'http://x').searchParams;
    listed.searchParams.delete('page');
    listed.searchParams.delete('pageSize');
    expect(Object.fromEntries(query)).toEqual(Object.fromEntries(listed.searchParams));
    expect(Object.fromEntries(query)).toEqual({ username: 'chengdong', role: Role.REVIEWER });
    expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe('账号列表-2026-11-23.xlsx');
    expect(await screen.findByText('已导出')).toBeTruthy();
  });

  it('shows the API’s error when the export fails, and the button comes back', async () => {
    signedInAs(
      [Role.SYSADMIN],
      [
        route('GET', /^\/admin\/users\?/, () => pageOf([])),
        route('GET', /^\/admin\/users\/export/, () => ({
          status: 403,
          body: { statusCode: 403, error: ErrorCode.FORBIDDEN, message: '没有权限执行此操作' },
        })),
      ],
    );
    renderAt('/system/users');

    const button = await exportButton();
    fireEvent.click(button);
    expect(await screen.findByText('没有权限执行此操作')).toBeTruthy();
    await waitFor(() => expect(button.className).not.toContain('ant-btn-loading'));
    expect(click).not.toHaveBeenCalled();
  });
});
