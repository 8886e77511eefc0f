import { ErrorCode, OrganizationType, Role, StaffStatus, type StaffUserResponse } from '@steadywork/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { chengdongOrg, pageOf, renderAt, signedInAs } from '../../../../test/app';
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
  (await screen.findByText('导出 Excel', undefined, { timeout: 45_000 })).closest('button') as HTMLButtonElement;

describe('accounts export', () => {
  it('downloads the export with the filters of the list on screen, without the paging', async () => {
    const api = signedInAs(
      [Role.SECADMIN],
      [route('GET', /^\/admin\/users\?/, () => pageOf([])), route('GET', /^\/admin\/users\/export/, xlsx)],
    );
    renderAt('/system/users');
    await waitFor(() => expect(api.calls.some((c) => c.path.startsWith('/admin/users?'))).toBe(true), {
      timeout: 45_000,
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

const account = (id: number, username: string, roles: Role[]): StaffUserResponse => ({
  id,
  username,
  displayName: `账号${id}`,
  phoneMasked: null,
  roles,
  organization: chengdongOrg,
  status: StaffStatus.ACTIVE,
  lockedUntil: null,
  lastLoginAt: null,
  createdAt: '2026-11-01T00:00:00.000Z',
});

const organizations = route('GET', '/organizations', () => ({
  status: 200,
  body: [
    chengdongOrg,
    { ...chengdongOrg, id: 9, name: '城中区总工会', regionCode: '630103', type: OrganizationType.COUNTY_FEDERATION },
  ],
}));

/** The row (a table row) that shows this username. */
const rowOf = async (username: string) =>
  (await screen.findByText(username, undefined, { timeout: 45_000 })).closest('tr') as HTMLElement;

/** The open modal (the list's search form has fields of the same ids). */
const modal = () => screen.getAllByRole('dialog').at(-1)!;
const inModal = (id: string) => modal().querySelector<HTMLElement>(`#${id}`);
const modalItem = (id: string) => inModal(id)!.closest('.ant-form-item') as HTMLElement;

/** Opens the modal's select `id` and picks an option (the newest dropdown's). */
async function pickInModal(id: string, label: string) {
  fireEvent.mouseDown(inModal(id)!);
  const option = await waitFor(() => {
    const hit = [...document.querySelectorAll('.ant-select-item-option')].filter((o) => o.textContent === label).at(-1);
    if (!hit) throw new Error(`no option ${label}`);
    return hit;
  });
  fireEvent.click(option);
}

const okButton = () => screen.getAllByRole('button', { name: /确\s*定/ }).at(-1)!;

/** These open modals and selects: slow on a busy machine. */
const SLOW = 150_000;

describe('三权分立 on the accounts page', () => {
  const reviewer = account(7, 'chengdong_reviewer', [Role.REVIEWER]);
  const secadminApi = () =>
    signedInAs(
      [Role.SECADMIN],
      [
        // staffMe's id is 1: the security admin's own row
        route('GET', /^\/admin\/users\?/, () => pageOf([account(1, 'secadmin', [Role.SECADMIN]), reviewer])),
        organizations,
        route('PUT', '/admin/users/7/access', (call) => ({
          status: 200,
          body: { ...reviewer, roles: (call.body as { roles: Role[] }).roles },
        })),
      ],
    );

  it(
    'the security admin assigns roles and data scope, but not their own',
    async () => {
      const api = secadminApi();
      renderAt('/system/users');

      expect(within(await rowOf('secadmin')).queryByText('分配角色')).toBeNull();
      fireEvent.click(within(await rowOf('chengdong_reviewer')).getByText('分配角色'));
      expect(await screen.findByText('分配角色与数据范围：chengdong_reviewer')).toBeTruthy();
      await pickInModal('roles', '财务（财务部）');
      await pickInModal('organizationId', '城中区总工会');
      fireEvent.click(okButton());
      await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
      expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({
        roles: [Role.REVIEWER, Role.FINANCE],
        organizationId: 9,
      });
    },
    SLOW,
  );

  it(
    'refuses an admin role together with another role before sending',
    async () => {
      const api = secadminApi();
      renderAt('/system/users');

      fireEvent.click(within(await rowOf('chengdong_reviewer')).getByText('分配角色'));
      await screen.findByText('分配角色与数据范围：chengdong_reviewer');
      await pickInModal('roles', '安全审计员');
      fireEvent.click(okButton());
      expect(
        await within(modalItem('roles')).findByText(
          '系统管理员、安全管理员、安全审计员角色须单独授予，不能与其他任何角色兼任',
        ),
      ).toBeTruthy();
      expect(api.calls.some((c) => c.method === 'PUT')).toBe(false);
    },
    SLOW,
  );

  it(
    'the system admin’s edit form has no roles nor organisation, and sends only the name',
    async () => {
      const api = signedInAs(
        [Role.SYSADMIN],
        [
          route('GET', /^\/admin\/users\?/, () => pageOf([account(7, 'chengdong_reviewer', [Role.REVIEWER])])),
          route('PATCH', '/admin/users/7', () => ({
            status: 200,
            body: account(7, 'chengdong_reviewer', [Role.REVIEWER]),
          })),
        ],
      );
      renderAt('/system/users');

      fireEvent.click(within(await rowOf('chengdong_reviewer')).getByText('编辑'));
      expect(await screen.findByText('编辑账号：chengdong_reviewer')).toBeTruthy();
      expect(inModal('displayName')).not.toBeNull();
      expect(inModal('roles')).toBeNull();
      expect(inModal('organizationId')).toBeNull();
      expect(screen.queryByText('分配角色')).toBeNull();
      fireEvent.change(inModal('displayName')!, { target: { value: '城东初审' } });
      fireEvent.click(okButton());
      await waitFor(() => expect(api.calls.some((c) => c.method === 'PATCH')).toBe(true));
      expect(api.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ displayName: '城东初审' });
    },
    SLOW,
  );

  it(
    'the system admin creates an account without roles',
    async () => {
      const api = signedInAs(
        [Role.SYSADMIN],
        [
          route('GET', /^\/admin\/users\?/, () => pageOf([])),
          organizations,
          route('POST', '/admin/users', () => ({ status: 201, body: account(8, 'new_user', []) })),
        ],
      );
      renderAt('/system/users');

      fireEvent.click(await screen.findByRole('button', { name: /新建账号/ }, { timeout: 45_000 }));
      await screen.findByText('新建账号', { selector: '.ant-modal-title' });
      expect(inModal('username')).not.toBeNull();
      expect(inModal('roles')).toBeNull();
      fireEvent.change(inModal('username')!, { target: { value: 'new_user' } });
      fireEvent.change(inModal('displayName')!, { target: { value: '新账号' } });
      fireEvent.change(inModal('password')!, { target: { value: 'Strong#Pass1' } });
      await pickInModal('organizationId', '城东区总工会');
      fireEvent.click(okButton());
      await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
      expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({
        username: 'new_user',
        displayName: '新账号',
        password: 'Strong#Pass1',
        organizationId: 3,
      });
    },
    SLOW,
  );

  it(
    'resets a password to the one-time value the server generates and shows it once',
    async () => {
      const api = signedInAs(
        [Role.SYSADMIN],
        [
          route('GET', /^\/admin\/users\?/, () => pageOf([account(7, 'chengdong_reviewer', [Role.REVIEWER])])),
          route('POST', '/admin/users/7/reset-password', () => ({
            status: 200,
            body: { temporaryPassword: 'Xk7#mPq2Rt9$' },
          })),
        ],
      );
      renderAt('/system/users');

      fireEvent.click(within(await rowOf('chengdong_reviewer')).getByText('重置密码'));
      expect(await screen.findByText(/将为账号“chengdong_reviewer”生成一次性临时密码/)).toBeTruthy();
      expect(document.querySelector('input[type="password"]')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: /生成临时密码/ }));

      expect((await screen.findByTestId('temporary-password')).textContent).toContain('Xk7#mPq2Rt9$');
      expect(screen.getByText(/只显示这一次/)).toBeTruthy();
      const reset = api.calls.find((c) => c.path === '/admin/users/7/reset-password');
      expect(reset).toMatchObject({ method: 'POST', body: undefined });
    },
    SLOW,
  );

  it(
    'offers the security admin a password reset only on a system admin’s account',
    async () => {
      signedInAs(
        [Role.SECADMIN],
        [
          route('GET', /^\/admin\/users\?/, () =>
            pageOf([account(7, 'chengdong_reviewer', [Role.REVIEWER]), account(5, 'county_sysadmin', [Role.SYSADMIN])]),
          ),
        ],
      );
      renderAt('/system/users');

      expect(within(await rowOf('county_sysadmin')).getByText('重置密码')).toBeTruthy();
      expect(within(await rowOf('chengdong_reviewer')).queryByText('重置密码')).toBeNull();
    },
    SLOW,
  );
});
