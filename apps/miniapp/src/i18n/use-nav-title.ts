import { useEffect, useReducer, useRef } from 'react';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import type { Language } from '@steadywork/shared';
import { isElderMode, onElderModeChange } from './elder';
import { getLanguage, onLanguageChange } from './index';

/** The current language; the component renders again when the worker switches it. */
export function useLanguage(): Language {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onLanguageChange(() => rerender()), []);
  return getLanguage();
}

/** Whether elder-friendly mode is on; the component renders again when it is switched. */
export function useElderMode(): boolean {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onElderModeChange(() => rerender()), []);
  return isElderMode();
}

/**
 * The classes of a page's root for the current language and mode: `lang-bo` (Tibetan font, taller
 * lines, breaks at tsheg and shad), `lang-en`, `lang-zh-CN`, and `elder` in elder-friendly mode.
 */
export function pageClass(language: Language = getLanguage(), elder: boolean = isElderMode()): string {
  return `lang-${language}${elder ? ' elder' : ''}`;
}

/** `pageClass()` for a component, rendered again when the language or the mode changes. */
export function usePageClass(): string {
  return pageClass(useLanguage(), useElderMode());
}

/**
 * Sets the page's navigation-bar title in the current language (`navigationBarTitleText` in a page's
 * config is fixed at build time). Pass the title read from a catalogue at render time
 * (`useNavTitle(aidText.nav.programs)`): the page renders again on a language switch, and the title
 * follows. Only a page being shown sets it, so pages beneath the one where the switch happens do not
 * take its title.
 */
export function useNavTitle(title: string): void {
  useLanguage();
  useElderMode();
  const shown = useRef(false);
  const latest = useRef(title);
  latest.current = title;
  useDidShow(() => {
    shown.current = true;
    void Promise.resolve(Taro.setNavigationBarTitle({ title: latest.current })).catch(() => undefined);
  });
  useDidHide(() => {
    shown.current = false;
  });
  useEffect(() => {
    if (shown.current) void Promise.resolve(Taro.setNavigationBarTitle({ title })).catch(() => undefined);
  }, [title]);
}
