import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ErrorCode, PrincipalType, Role } from '@steadywork/shared';
import { bearer, errorBody, fakeApi } from '../../../test/fake-api';
import { reLaunch, resetTaro, showModal, showToast, storage } from '../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import LoginPage from './index';

const tokens = { accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 };
const worker = {
  type: PrincipalType.WORKER,
  id: 3,
  openidMasked: 'tes***r-1',
  nameMasked: null,
  createdAt: '2026-11-23T06:00:00.000Z',
};

function openidInput(): HTMLInputElement {
  return document.querySelector('input.login-openid') as HTMLInputElement;
}

describe('LoginPage on H5 (development provider)', () => {
  beforeEach(() => resetTaro());

  it('offers a generated h5- test openid and remembers it', () => {
    render(<LoginPage />);

    expect(openidInput().value).toMatch(/^h5-[a-z0-9]{6}$/);
    expect(storage.get('steadywork.devOpenid')).toBe(openidInput().value);
  });

  it('logs in by sending dev:<openid>, stores the tokens, loads /auth/me and opens the home page', async () => {
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/auth/wechat/login') return { statusCode: 200, data: tokens };
      if (req.url === '/api/v1/auth/me') return { statusCode: 200, data: worker };
      return { statusCode: 404 };
    });
    render(<LoginPage />);

    fireEvent.change(openidInput(), { target: { value: ' tester-1 ' } });
    fireEvent.click(screen.getByRole('button', { name: '微信一键登录' }));

    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' }));
    expect(sent[0]).toMatchObject({ url: '/api/v1/auth/wechat/login', method: 'POST', data: { code: 'dev:tester-1' } });
    expect(bearer(sent[0])).toBeUndefined();
    expect(sent[1]).toMatchObject({ url: '/api/v1/auth/me', method: 'GET' });
    expect(bearer(sent[1])).toBe('Bearer access-1');
    expect(tokenStorage.getRefreshToken()).toBe('refresh-1');
    expect(storage.get('steadywork.devOpenid')).toBe('tester-1');
  });

  it('asks for an openid instead of sending an empty one', () => {
    const sent = fakeApi(() => ({ statusCode: 200 }));
    render(<LoginPage />);

    fireEvent.change(openidInput(), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: '微信一键登录' }));

    expect(sent).toHaveLength(0);
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请输入测试 openid' }));
  });

  it("shows the server's message in a toast when the login is refused", async () => {
    fakeApi(() => ({ statusCode: 403, data: errorBody(403, ErrorCode.ACCOUNT_DISABLED, '账号已停用，请联系管理员') }));
    render(<LoginPage />);

    fireEvent.click(screen.getByRole('button', { name: '微信一键登录' }));

    await waitFor(() =>
      expect(showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '账号已停用，请联系管理员', icon: 'none' }),
      ),
    );
    expect(reLaunch).not.toHaveBeenCalled();
    expect(tokenStorage.hasSession()).toBe(false);
  });
});

describe('LoginPage: 培训教师登录', () => {
  const staff = (roles: Role[]) => ({
    type: PrincipalType.STAFF,
    id: 21,
    username: 'trainer',
    displayName: '王老师',
    roles,
    organization: {
      id: 1,
      name: '干校',
      type: 'PROVINCIAL_FEDERATION',
      regionCode: '630000',
      regionName: '青海省',
      parentId: null,
    },
    mustChangePassword: false,
  });
  const field = (name: string) => document.querySelector(`input.login-${name}`) as HTMLInputElement;

  beforeEach(() => resetTaro());

  function openTrainerTab(): void {
    render(<LoginPage />);
    fireEvent.click(document.querySelector('.login-tab-trainer')!);
  }

  it('logs a trainer in with username and password, stores the tokens and opens 我的课程', async () => {
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/auth/login') return { statusCode: 200, data: tokens };
      if (req.url === '/api/v1/auth/me') return { statusCode: 200, data: staff([Role.TRAINER]) };
      return { statusCode: 404 };
    });
    openTrainerTab();
    expect(document.querySelector('input.login-openid')).toBeNull();

    fireEvent.change(field('username'), { target: { value: ' trainer ' } });
    fireEvent.change(field('password'), { target: { value: 'Demo@2026!' } });
    fireEvent.click(document.querySelector('.login-trainer-submit')!);

    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/packages/training/pages/trainer' }));
    expect(sent[0]).toMatchObject({
      url: '/api/v1/auth/login',
      method: 'POST',
      data: { username: 'trainer', password: 'Demo@2026!' },
    });
    expect(bearer(sent[0])).toBeUndefined();
    expect(tokenStorage.getAccessToken()).toBe('access-1');
    expect(tokenStorage.getRefreshToken()).toBe('refresh-1');
  });

  it('asks for the username and the password before sending', () => {
    const sent = fakeApi(() => ({ statusCode: 200 }));
    openTrainerTab();

    fireEvent.click(document.querySelector('.login-trainer-submit')!);
    expect(showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: '请输入用户名' }));
    fireEvent.change(field('username'), { target: { value: 'trainer' } });
    fireEvent.click(document.querySelector('.login-trainer-submit')!);
    expect(showToast).toHaveBeenLastCalledWith(expect.objectContaining({ title: '请输入密码' }));
    expect(sent).toHaveLength(0);
  });

  it('signs a staff account without the trainer role out again and says why', async () => {
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/auth/login') return { statusCode: 200, data: tokens };
      if (req.url === '/api/v1/auth/me') return { statusCode: 200, data: staff([Role.FINANCE]) };
      return { statusCode: 204 };
    });
    openTrainerTab();
    fireEvent.change(field('username'), { target: { value: 'finance' } });
    fireEvent.change(field('password'), { target: { value: 'Demo@2026!' } });
    fireEvent.click(document.querySelector('.login-trainer-submit')!);

    await waitFor(() =>
      expect(showModal).toHaveBeenCalledWith(
        expect.objectContaining({ content: expect.stringContaining('不是培训教师账号') }),
      ),
    );
    expect(sent.map((r) => r.url)).toContain('/api/v1/auth/logout');
    expect(tokenStorage.hasSession()).toBe(false);
    expect(reLaunch).not.toHaveBeenCalled();
  });

  it('sends a trainer who must still change the initial password to the console, signed out', async () => {
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/auth/login') return { statusCode: 200, data: tokens };
      if (req.url === '/api/v1/auth/me')
        return { statusCode: 200, data: { ...staff([Role.TRAINER]), mustChangePassword: true } };
      return { statusCode: 204 };
    });
    openTrainerTab();
    fireEvent.change(field('username'), { target: { value: 'new_trainer' } });
    fireEvent.change(field('password'), { target: { value: 'Initial#Pass0' } });
    fireEvent.click(document.querySelector('.login-trainer-submit')!);

    await waitFor(() =>
      expect(showModal).toHaveBeenCalledWith(
        expect.objectContaining({ content: expect.stringContaining('管理后台修改') }),
      ),
    );
    expect(sent.map((r) => r.url)).toContain('/api/v1/auth/logout');
    expect(tokenStorage.hasSession()).toBe(false);
    expect(reLaunch).not.toHaveBeenCalled();
  });

  it("shows the server's message for a wrong password", async () => {
    fakeApi(() => ({ statusCode: 401, data: errorBody(401, ErrorCode.INVALID_CREDENTIALS, '用户名或密码错误') }));
    openTrainerTab();
    fireEvent.change(field('username'), { target: { value: 'trainer' } });
    fireEvent.change(field('password'), { target: { value: 'wrong' } });
    fireEvent.click(document.querySelector('.login-trainer-submit')!);

    await waitFor(() =>
      expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '用户名或密码错误', icon: 'none' })),
    );
    expect(tokenStorage.hasSession()).toBe(false);
  });
});
