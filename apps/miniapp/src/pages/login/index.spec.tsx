import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ErrorCode, PrincipalType } from '@steadywork/shared';
import { bearer, errorBody, fakeApi } from '../../../test/fake-api';
import { reLaunch, resetTaro, showToast, storage } from '../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import LoginPage from './index';

const tokens = { accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 };
const worker = { type: PrincipalType.WORKER, id: 3, openidMasked: 'tes***r-1', createdAt: '2026-11-23T06:00:00.000Z' };

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
