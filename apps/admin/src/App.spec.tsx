import { ErrorCode, OrganizationType, Role, StaffStatus, type StaffUserResponse } from '@steadywork/shared';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { fakeApi, route, staffMe, type Handler } from '../test/fake-api';
import { AppProviders, AppRoutes } from './App';
import { ROUTER_FUTURE } from './config';
import { tokenStore } from './services/request';

function renderAt(path: string) {
  return render(
    <AppProviders>
      <MemoryRouter initialEntries={[path]} future={ROUTER_FUTURE}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
}

function signedInAs(roles: Role[], ...more: Handler[]) {
  tokenStore.save({ accessToken: 'access', refreshToken: 'refresh' });
  return fakeApi(
    route('GET', '/auth/me', () => ({ status: 200, body: staffMe(roles) })),
    ...more,
  );
}

const menuLabels = () => screen.queryAllByRole('menuitem').map((item) => item.textContent?.trim());

const lockedUser: StaffUserResponse = {
  id: 7,
  username: 'chengdong_reviewer',
  displayName: '城东初审',
  phoneMasked: '138****5678',
  roles: [Role.REVIEWER],
  organization: {
    id: 3,
    name: '城东区总工会',
    type: OrganizationType.COUNTY_FEDERATION,
    regionCode: '630102',
    regionName: '城东区',
    parentId: 2,
  },
  status: StaffStatus.ACTIVE,
  lockedUntil: new Date(Date.now() + 10 * 60_000).toISOString(),
  lastLoginAt: '2026-11-23T01:30:00.000Z',
  createdAt: '2026-11-01T00:00:00.000Z',
};

const usersPage = route('GET', /^\/admin\/users\?/, () => ({
  status: 200,
  body: { items: [lockedUser], total: 1, page: 1, pageSize: 20 },
}));

beforeEach(() => localStorage.clear());

describe('route access', () => {
  it('gives an auditor 403 on the accounts page, and a menu without it', async () => {
    signedInAs([Role.AUDITOR]);
    renderAt('/system/users');

    expect(await screen.findByText('403')).toBeTruthy();
    expect(screen.getByText('抱歉，您没有权限访问此页面。')).toBeTruthy();
    expect(menuLabels()).toEqual(['工作台', '审计日志']);
  });

  it('opens the accounts page to a system admin, with the rows from the API in Shanghai time', async () => {
    const api = signedInAs([Role.SYSADMIN], usersPage);
    renderAt('/system/users');

    expect(await screen.findByText('chengdong_reviewer', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.getAllByText('账号管理').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /新建账号/ })).toBeTruthy();
    expect(screen.getByText('2026-11-23 09:30')).toBeTruthy();
    expect(menuLabels()).toEqual(['工作台', '账号管理']);
    expect(api.calls.find((c) => c.path.startsWith('/admin/users'))?.path).toBe('/admin/users?page=1&pageSize=20');
    // 三权分立: the system admin unlocks and resets, but assigning roles is the security admin's.
    expect(screen.getByText('解锁')).toBeTruthy();
    expect(screen.getByText('重置密码')).toBeTruthy();
    expect(screen.queryByText('分配角色')).toBeNull();
  });

  it('lets a security admin assign roles but not create, edit, unlock or reset a staff member’s password', async () => {
    signedInAs([Role.SECADMIN], usersPage);
    renderAt('/system/users');

    expect(await screen.findByText('分配角色', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建账号/ })).toBeNull();
    expect(screen.queryByText('编辑')).toBeNull();
    expect(screen.queryByText('解锁')).toBeNull();
    expect(screen.queryByText('重置密码')).toBeNull();
  });

  it('gives a system admin 403 on the workers list', async () => {
    signedInAs([Role.SYSADMIN]);
    renderAt('/workers');

    expect(await screen.findByText('403')).toBeTruthy();
    expect(menuLabels()).not.toContain('困难职工');
  });

  it('shows a reviewer the 困难职工 menu, with the list open at /workers', async () => {
    signedInAs(
      [Role.REVIEWER],
      route('GET', /^\/workers\?/, () => ({ status: 200, body: { items: [], total: 0, page: 1, pageSize: 20 } })),
      route('GET', '/regions', () => ({
        status: 200,
        body: { code: '630000', name: '青海省', level: 'province', parentCode: null },
      })),
    );
    renderAt('/workers');

    await waitFor(() =>
      expect(menuLabels()).toEqual([
        '工作台',
        '目标与月报',
        '困难职工',
        '职工名单',
        '逾期回访',
        '批量导入',
        '221帮扶',
        '帮扶中心',
        '职工培训',
        '就业服务',
        '权益保障',
      ]),
    );
    expect(screen.queryByText('403')).toBeNull();
    expect(await screen.findByRole('button', { name: /登记职工/ }, { timeout: 45_000 })).toBeTruthy();
  });

  it('shows the overdue follow-up count on a reviewer’s home page, linking to the list', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      route('GET', /^\/follow-ups\/overdue\?/, () => ({
        status: 200,
        body: { items: [], total: 7, page: 1, pageSize: 1 },
      })),
    );
    renderAt('/');

    const card = await screen.findByTestId('overdue-card');
    await waitFor(() => expect(within(card).getByTestId('overdue-count').textContent).toBe('7'));
    expect(within(card).getByText('查看名单').closest('a')?.getAttribute('href')).toBe('/workers/follow-ups/overdue');
    expect(api.calls.find((c) => c.path.startsWith('/follow-ups/overdue'))?.path).toBe(
      '/follow-ups/overdue?page=1&pageSize=1',
    );
    const hardship = document.querySelector('[data-module="hardship"]') as HTMLElement;
    expect(within(hardship).getByText('困难职工').closest('a')?.getAttribute('href')).toBe('/workers');
  });

  it('gives an auditor 403 on the 221 pages, and a menu without them', async () => {
    signedInAs([Role.AUDITOR]);
    renderAt('/aid/applications/7');

    expect(await screen.findByText('403')).toBeTruthy();
    expect(menuLabels()).not.toContain('221帮扶');
  });

  it('gives a county reviewer 403 on final review and the payments, which are the province’s and finance’s', async () => {
    signedInAs([Role.REVIEWER]);
    renderAt('/aid/review/final');
    expect(await screen.findByText('403')).toBeTruthy();
  });

  it('opens the 221 menu on a provincial reviewer’s publicity page', async () => {
    signedInAs(
      [Role.PROVINCE_REVIEWER],
      route('GET', '/aid/programs', () => ({ status: 200, body: [] })),
      route('GET', '/aid/publicities', () => ({ status: 200, body: [] })),
    );
    renderAt('/aid/publicities');

    await waitFor(() =>
      expect(menuLabels()).toEqual([
        '工作台',
        '目标与月报',
        '困难职工',
        '221帮扶',
        '项目年度',
        '复审',
        '申请查询',
        '公示',
        '就业成果',
        '帮扶中心',
        '职工培训',
        '就业服务',
        '权益保障',
      ]),
    );
    expect(await screen.findByRole('button', { name: /发起公示/ }, { timeout: 45_000 })).toBeTruthy();
  });

  it('shows 404 for an unknown page', async () => {
    signedInAs([Role.REVIEWER]);
    renderAt('/no/such/page');
    expect(await screen.findByText('404')).toBeTruthy();
  });
});

describe('login', () => {
  async function submit(username: string, password: string) {
    // the login form is its own chunk: it shows once loaded
    await waitFor(() => expect(document.querySelector('#username')).not.toBeNull());
    fireEvent.change(document.querySelector('#username')!, { target: { value: username } });
    fireEvent.change(document.querySelector('#password')!, { target: { value: password } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '登录' }));
    });
  }

  it('sends a visitor without a session to the login form, then back to the page they asked for', async () => {
    const api = fakeApi(
      route('POST', '/auth/login', () => ({
        status: 200,
        body: { accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 },
      })),
      route('GET', '/auth/me', (call) =>
        call.auth === 'Bearer a1' ? { status: 200, body: staffMe([Role.SECADMIN]) } : undefined,
      ),
      route('GET', '/security/policy', () => ({
        status: 200,
        body: {
          maxFailedLogins: 5,
          lockoutMinutes: 15,
          passwordMinLength: 8,
          accessTokenMinutes: 15,
          refreshTokenDays: 7,
        },
      })),
    );
    renderAt('/security/policy');

    await waitFor(() => expect(document.querySelector('#username')).not.toBeNull());
    expect(document.querySelector('#password')).not.toBeNull();
    await submit('secadmin', 'Demo@2026!');

    expect(await screen.findByText('连续登录失败次数上限', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(api.calls.find((c) => c.path === '/auth/login')?.body).toEqual({
      username: 'secadmin',
      password: 'Demo@2026!',
    });
    expect(tokenStore.accessToken).toBe('a1');
    expect(screen.getByTestId('current-user').textContent).toBe('张三');
    expect(screen.getByTestId('current-org').textContent).toBe('青海省总工会');
  });

  it('sends a user whose roles do not open the remembered page to the home page instead', async () => {
    fakeApi(
      route('POST', '/auth/login', () => ({
        status: 200,
        body: { accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 },
      })),
      route('GET', '/auth/me', () => ({ status: 200, body: staffMe([Role.SYSADMIN]) })),
    );
    renderAt('/audit');

    await waitFor(() => expect(document.querySelector('#username')).not.toBeNull());
    await submit('sysadmin', 'Demo@2026!');

    expect(await screen.findByText('您好，张三')).toBeTruthy();
    expect(screen.queryByText('403')).toBeNull();
  });

  it('logs out: revokes the refresh token, forgets both tokens and shows the login form', async () => {
    const api = signedInAs(
      [Role.REVIEWER],
      route('POST', '/auth/logout', () => ({ status: 204 })),
    );
    renderAt('/');

    fireEvent.click(await screen.findByTestId('current-user'));
    fireEvent.click(await screen.findByText('退出登录'));

    await waitFor(() => expect(document.querySelector('#username')).not.toBeNull());
    expect(api.calls.find((c) => c.path === '/auth/logout')?.body).toEqual({ refreshToken: 'refresh' });
    expect(tokenStore.accessToken).toBeNull();
    expect(tokenStore.refreshToken).toBeNull();
  });

  it('shows the server’s lock message for a locked account', async () => {
    const message = '密码错误次数过多，账号已锁定，请于 2026-11-23 15:00 后再试';
    fakeApi(
      route('POST', '/auth/login', () => ({
        status: 423,
        body: { statusCode: 423, error: ErrorCode.ACCOUNT_LOCKED, message },
      })),
    );
    renderAt('/login');

    await submit('finance', 'Wrong#Pass1');

    const alert = await screen.findByTestId('login-error');
    expect(within(alert).getByText('账号已锁定')).toBeTruthy();
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(tokenStore.accessToken).toBeNull();
  });

  const passwordChangeRequired = {
    status: 403,
    body: { statusCode: 403, error: ErrorCode.PASSWORD_CHANGE_REQUIRED, message: '请先修改初始密码，再继续操作' },
  };

  it('holds a user with an unchanged initial password on the change-password form after login', async () => {
    const api = fakeApi(
      route('POST', '/auth/login', () => ({
        status: 200,
        body: { accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 },
      })),
      route('GET', '/auth/me', () => ({ status: 200, body: staffMe([Role.REVIEWER], { mustChangePassword: true }) })),
      // everything else is refused until the password is changed
      (call) => (call.path.startsWith('/auth/') ? undefined : passwordChangeRequired),
    );
    renderAt('/workers');
    await waitFor(() => expect(document.querySelector('#username')).not.toBeNull());
    await submit('new_reviewer', 'Initial#Pass0');

    expect(await screen.findByText('请修改初始密码', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(document.querySelector('#currentPassword')).not.toBeNull();
    // the page behind asked, was refused, and said nothing
    await waitFor(() => expect(api.calls.some((c) => c.path.startsWith('/workers?'))).toBe(true), { timeout: 45_000 });
    expect(screen.queryByText('请先修改初始密码，再继续操作')).toBeNull();
  });

  it('opens the change-password form, not an error, when the API answers PASSWORD_CHANGE_REQUIRED', async () => {
    // e.g. an admin reset the password while this session was open
    signedInAs(
      [Role.REVIEWER],
      route('GET', /^\/workers\?/, () => passwordChangeRequired),
      (call) => (call.path.startsWith('/auth/') ? undefined : passwordChangeRequired),
    );
    renderAt('/workers');

    expect(await screen.findByText('请修改初始密码', undefined, { timeout: 45_000 })).toBeTruthy();
    expect(document.querySelector('#currentPassword')).not.toBeNull();
    expect(screen.queryByText('请先修改初始密码，再继续操作')).toBeNull();
  });

  it('shows the server’s message for a wrong password', async () => {
    fakeApi(
      route('POST', '/auth/login', () => ({
        status: 401,
        body: { statusCode: 401, error: ErrorCode.INVALID_CREDENTIALS, message: '用户名或密码错误' },
      })),
    );
    renderAt('/login');

    await submit('finance', 'Wrong#Pass1');

    expect(await screen.findByText('用户名或密码错误')).toBeTruthy();
  });
});
