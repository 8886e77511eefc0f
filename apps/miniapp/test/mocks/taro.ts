// Stand-in for @tarojs/taro under jest (Taro's own test utils do not work with Taro 4.2):
// in-memory storage, a jest.fn for every API the app calls, and page hooks as effects.
import { useEffect, useRef } from 'react';

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
export const redirectTo = jest.fn(async ({ url }: { url: string }) => {
  pages[pages.length - 1] = { route: url.replace(/^\//, '') };
  return { errMsg: 'redirectTo:ok' };
});
export const navigateBack = jest.fn(async () => {
  pages.pop();
  return { errMsg: 'navigateBack:ok' };
});
/** Confirms unless a test says otherwise (`showModal.mockResolvedValueOnce({ confirm: false, … })`). */
export const showModal = jest.fn(async (_options: { title?: string; content?: string; showCancel?: boolean }) => ({
  confirm: true,
  cancel: false,
  errMsg: 'showModal:ok',
}));
export const stopPullDownRefresh = jest.fn(async () => ({ errMsg: 'stopPullDownRefresh:ok' }));
export const chooseImage = jest.fn();
export const chooseMessageFile = jest.fn();
export const uploadFile = jest.fn();
export const downloadFile = jest.fn();
/** Refused unless a test says otherwise (`getLocation.mockResolvedValue({ latitude, longitude, … })`). */
export const getLocation = jest.fn();
export const openSetting = jest.fn(async () => ({ authSetting: {}, errMsg: 'openSetting:ok' }));
export const openLocation = jest.fn(async (_options: object) => ({ errMsg: 'openLocation:ok' }));
export const makePhoneCall = jest.fn(async (_options: { phoneNumber: string }) => ({ errMsg: 'makePhoneCall:ok' }));
export const previewImage = jest.fn(async (_options: object) => ({ errMsg: 'previewImage:ok' }));
export const setNavigationBarTitle = jest.fn(async (_options: { title: string }) => ({
  errMsg: 'setNavigationBarTitle:ok',
}));

/** WeChat's system information; the phone speaks Chinese unless a test says otherwise. */
const CHINESE_PHONE = { language: 'zh_CN', platform: 'devtools' };
export const getSystemInfoSync = jest.fn(() => CHINESE_PHONE);
export const setTabBarItem = jest.fn(async (_options: { index: number; text?: string }) => ({
  errMsg: 'setTabBarItem:ok',
}));

/** Cancelled unless a test says otherwise (`scanCode.mockResolvedValue({ result: '…' })`). */
export const scanCode = jest.fn();
export const setKeepScreenOn = jest.fn(async (_options: { keepScreenOn: boolean }) => ({
  errMsg: 'setKeepScreenOn:ok',
}));
export const setClipboardData = jest.fn(async (_options: { data: string }) => ({ errMsg: 'setClipboardData:ok' }));

type NetworkListener = (res: { isConnected: boolean; networkType: string }) => void;
const networkListeners = new Set<NetworkListener>();
export const onNetworkStatusChange = jest.fn((listener: NetworkListener) => {
  networkListeners.add(listener);
});
export const offNetworkStatusChange = jest.fn((listener?: NetworkListener) => {
  if (listener) networkListeners.delete(listener);
  else networkListeners.clear();
});
/** What WeChat does when the device's connection changes. */
export function emitNetworkStatus(isConnected: boolean): void {
  for (const listener of [...networkListeners]) listener({ isConnected, networkType: isConnected ? 'wifi' : 'none' });
}

let routerParams: Record<string, string> = {};

/** The query of the page under test (what useRouter().params returns). */
export function setRouterParams(params: Record<string, string>): void {
  routerParams = params;
}
export function useRouter(): { params: Record<string, string>; path: string } {
  return { params: routerParams, path: '' };
}

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
/** Pages are never hidden under jest. */
export function useDidHide(_callback: () => void): void {}
export function useUnload(callback: () => void): void {
  useEffect(() => callback, []);
}
const pullDownListeners = new Set<() => void>();
const reachBottomListeners = new Set<() => void>();

/** A page event's hook: the page's newest callback runs when a test fires the event. */
function pageEvent(listeners: Set<() => void>, callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    const listener = () => latest.current();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}

/** Pull-down refresh happens only when a test calls `pullDown()`. */
export function usePullDownRefresh(callback: () => void): void {
  pageEvent(pullDownListeners, callback);
}
/** The page reaches its bottom only when a test calls `reachBottom()`. */
export function useReachBottom(callback: () => void): void {
  pageEvent(reachBottomListeners, callback);
}
/** What WeChat does when the worker pulls the page down. */
export function pullDown(): void {
  for (const listener of [...pullDownListeners]) listener();
}
/** What WeChat does when the worker scrolls to the bottom of the page. */
export function reachBottom(): void {
  for (const listener of [...reachBottomListeners]) listener();
}

/** Sets the page stack, e.g. to test where a page goes back to. */
export function setPages(stack: Array<{ route: string }>): void {
  pages = [...stack];
}

/** Clears storage, the page stack and every mock between tests. */
export function resetTaro(): void {
  storage.clear();
  pages = [];
  routerParams = {};
  for (const fn of [
    request,
    login,
    showToast,
    reLaunch,
    navigateTo,
    switchTab,
    hideHomeButton,
    pageScrollTo,
    redirectTo,
    navigateBack,
    showModal,
    stopPullDownRefresh,
    openSetting,
    openLocation,
    makePhoneCall,
    previewImage,
    setNavigationBarTitle,
    setKeepScreenOn,
    setClipboardData,
    onNetworkStatusChange,
    offNetworkStatusChange,
    setTabBarItem,
  ])
    fn.mockClear();
  getSystemInfoSync.mockReset();
  getSystemInfoSync.mockImplementation(() => CHINESE_PHONE);
  networkListeners.clear();
  scanCode.mockReset();
  scanCode.mockRejectedValue({ errMsg: 'scanCode:fail cancel' });
  request.mockReset();
  login.mockReset();
  chooseImage.mockReset();
  chooseMessageFile.mockReset();
  uploadFile.mockReset();
  downloadFile.mockReset();
  downloadFile.mockRejectedValue({ errMsg: 'downloadFile:fail' });
  getLocation.mockReset();
  getLocation.mockRejectedValue({ errMsg: 'getLocation:fail auth deny' });
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
  redirectTo,
  navigateBack,
  showModal,
  stopPullDownRefresh,
  chooseImage,
  chooseMessageFile,
  uploadFile,
  downloadFile,
  getLocation,
  openSetting,
  openLocation,
  makePhoneCall,
  previewImage,
  setNavigationBarTitle,
  getSystemInfoSync,
  setTabBarItem,
  scanCode,
  setKeepScreenOn,
  setClipboardData,
  onNetworkStatusChange,
  offNetworkStatusChange,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  getCurrentPages,
};

export default Taro;
