import Taro from '@tarojs/taro';
import type { TokenPair } from '@steadywork/shared';

// Taro storage: wx storage on WeChat, localStorage (as {"data": …}) on H5.
export const ACCESS_TOKEN_KEY = 'steadywork.accessToken';
export const REFRESH_TOKEN_KEY = 'steadywork.refreshToken';

function read(key: string): string | null {
  const value: unknown = Taro.getStorageSync(key);
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export const tokenStorage = {
  getAccessToken(): string | null {
    return read(ACCESS_TOKEN_KEY);
  },
  getRefreshToken(): string | null {
    return read(REFRESH_TOKEN_KEY);
  },
  save(pair: TokenPair): void {
    Taro.setStorageSync(ACCESS_TOKEN_KEY, pair.accessToken);
    Taro.setStorageSync(REFRESH_TOKEN_KEY, pair.refreshToken);
  },
  clear(): void {
    Taro.removeStorageSync(ACCESS_TOKEN_KEY);
    Taro.removeStorageSync(REFRESH_TOKEN_KEY);
  },
  hasSession(): boolean {
    return read(REFRESH_TOKEN_KEY) !== null || read(ACCESS_TOKEN_KEY) !== null;
  },
};
