// Stand-in for @tarojs/taro under jest (Taro's own test utils do not work with Taro 4.2):
// in-memory storage, a jest.fn for every API the app calls, and page hooks as effects.
import { useEffect } from 'react';

export const storage = new Map<string, unknown>();
let pages: Array<{ route: string }> = [];

export const request = jest.fn();
export const login = jest.fn();
export const showToast = jest.fn(async () => ({ errMsg: 'showToast:ok' }));
export const reLaunch = jest.fn(async ({ url }: { url: string }) => {
  pages = [{ route: url.replace(/^\//, '') }];
  return { errMsg: 'reLaunch:ok' };
});
export const navigateTo = jest.fn(async ({ url }: { url: string }) => {
  pages.push({ route: url.replace(/^\//, '') });
  return { errMsg: 'navigateTo:ok' };
});
export const switchTab = jest.fn(async () => ({ errMsg: 'switchTab:ok' }));
export const hideHomeButton = jest.fn(async () => ({ errMsg: 'hideHomeButton:ok' }));
export const pageScrollTo = jest.fn(async () => ({ errMsg: 'pageScrollTo:ok' }));

export function getStorageSync(key: string): unknown {
  return storage.has(key) ? storage.get(key) : '';
}
export function setStorageSync(key: string, value: unknown): void {
  storage.set(key, value);
}
export function removeStorageSync(key: string): void {
  storage.delete(key);
}
export function getCurrentPages(): Array<{ route: string }> {
  return pages;
}

export function useDidShow(callback: () => void): void {
  useEffect(callback, []);
}
export function useLoad(callback: () => void): void {
  useEffect(callback, []);
}

/** Clears storage, the page stack and every mock between tests. */
export function resetTaro(): void {
  storage.clear();
  pages = [];
  for (const fn of [request, login, showToast, reLaunch, navigateTo, switchTab, hideHomeButton, pageScrollTo])
    fn.mockClear();
  request.mockReset();
  login.mockReset();
}

const Taro = {
  request,
  login,
  showToast,
  reLaunch,
  navigateTo,
  switchTab,
  hideHomeButton,
  pageScrollTo,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  getCurrentPages,
};

export default Taro;
