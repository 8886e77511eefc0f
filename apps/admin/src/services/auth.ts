import type { ChangePasswordRequest, LoginRequest, MeResponse, TokenPair } from '@steadywork/shared';
import { request, tokenStore, type FieldErrorTarget } from './request';

/** The login page shows the error itself (lock message included), so no toast here. */
export async function login(body: LoginRequest, form?: FieldErrorTarget): Promise<void> {
  const pair = await request<TokenPair>('/auth/login', { method: 'POST', body, auth: false, silent: true, form });
  tokenStore.save(pair);
}

export function fetchMe(): Promise<MeResponse> {
  return request<MeResponse>('/auth/me');
}

/** Revokes the refresh token on the server (best effort) and forgets both tokens. */
export async function logout(): Promise<void> {
  const refreshToken = tokenStore.refreshToken;
  tokenStore.clear();
  if (refreshToken) {
    await request<void>('/auth/logout', { method: 'POST', body: { refreshToken }, auth: false, silent: true }).catch(
      () => undefined,
    );
  }
}

export function changePassword(body: ChangePasswordRequest, form?: FieldErrorTarget): Promise<void> {
  return request<void>('/auth/password', { method: 'POST', body, form });
}
