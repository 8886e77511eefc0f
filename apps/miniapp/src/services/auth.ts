import Taro from '@tarojs/taro';
import type { LoginRequest, MeResponse, RefreshRequest, TokenPair, WechatLoginRequest } from '@steadywork/shared';
import { ApiError } from './api-error';
import { request } from './request';
import { tokenStorage } from './token-storage';
import { t } from '@/locales';

const DEV_OPENID_KEY = 'steadywork.devOpenid';

/**
 * The code for POST /auth/wechat/login: wx.login's code on WeChat; on H5 the API's development
 * provider, which takes `dev:<openid>`.
 */
export async function obtainLoginCode(devOpenid: string): Promise<string> {
  if (process.env.TARO_ENV === 'h5') {
    return `dev:${devOpenid}`;
  }
  const { code } = await Taro.login();
  if (!code) throw new ApiError(0, 'NETWORK_ERROR', t.errors.wechatLoginFailed);
  return code;
}

/** Exchanges a login code for tokens, stores them and returns the account. */
export async function loginWithCode(code: string): Promise<MeResponse> {
  const body: WechatLoginRequest = { code };
  const pair = await request<TokenPair>('/auth/wechat/login', { method: 'POST', data: body, auth: false });
  tokenStorage.save(pair);
  return fetchMe();
}

/** Staff login (trainers in the mini-program): username and password; tokens kept as a worker's are. */
export async function loginWithPassword(username: string, password: string): Promise<MeResponse> {
  const body: LoginRequest = { username, password };
  const pair = await request<TokenPair>('/auth/login', { method: 'POST', data: body, auth: false });
  tokenStorage.save(pair);
  return fetchMe();
}

export function fetchMe(): Promise<MeResponse> {
  return request<MeResponse>('/auth/me');
}

/** Revokes the refresh token on the server when possible; local tokens go either way. */
export async function logout(): Promise<void> {
  const refreshToken = tokenStorage.getRefreshToken();
  try {
    if (refreshToken) {
      const body: RefreshRequest = { refreshToken };
      await request<void>('/auth/logout', { method: 'POST', data: body });
    }
  } catch {
    // The session ends locally even when the server cannot be reached.
  } finally {
    tokenStorage.clear();
  }
}

/** The H5 test openid: remembered, or a fresh `h5-xxxxxx` the first time. */
export function getDevOpenid(): string {
  const stored: unknown = Taro.getStorageSync(DEV_OPENID_KEY);
  if (typeof stored === 'string' && stored.length > 0) return stored;
  const generated = `h5-${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
  Taro.setStorageSync(DEV_OPENID_KEY, generated);
  return generated;
}

export function rememberDevOpenid(openid: string): void {
  Taro.setStorageSync(DEV_OPENID_KEY, openid);
}
