import Taro from '@tarojs/taro';

const STORAGE_KEY = 'steadywork.elderMode';
let current: boolean | undefined;
const listeners = new Set<(on: boolean) => void>();

/**
 * Elder-friendly mode (适老化, 大字版): larger text and touch targets, higher contrast, a simpler
 * home with the four main tasks, and read-out of a page's key text. Off until the worker turns it on
 * on 我的; remembered.
 */
export function isElderMode(): boolean {
  if (current === undefined) {
    try {
      current = Taro.getStorageSync(STORAGE_KEY) === true;
    } catch {
      current = false;
    }
  }
  return current;
}

export function setElderMode(on: boolean): void {
  current = on;
  try {
    Taro.setStorageSync(STORAGE_KEY, on);
  } catch {
    // not remembered, still on for this visit
  }
  listeners.forEach((listener) => listener(on));
}

export function onElderModeChange(listener: (on: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the choice read so far: the next read asks storage again (tests). */
export function forgetElderMode(): void {
  current = undefined;
}
