import Taro from '@tarojs/taro';
import { registerLabelTranslations, setLabelLanguage, SHARED_LABELS_BO, SHARED_LABELS_EN } from '@steadywork/shared';
import { t } from '@/locales';
import { isElderMode, onElderModeChange } from './elder';
import { getLanguage, onLanguageChange } from './index';
import { stopReading } from './speech';
import { pageClass } from './use-nav-title';

/**
 * The app's start: the shared label maps (statuses, types…) answer in the
 * current language, and in H5 the document carries the language's and elder mode's classes (every
 * page, whatever its root, gets the Tibetan font and the larger sizes). On WeChat the page kit's
 * root and the main pages' roots carry the same classes (`usePageClass`).
 */
export function setUpLanguage(): void {
  setLabelLanguage(getLanguage);
  registerLabelTranslations('bo', SHARED_LABELS_BO);
  registerLabelTranslations('en', SHARED_LABELS_EN);
  applyDocumentClasses();
  onLanguageChange(() => {
    stopReading();
    applyDocumentClasses();
    applyTabBarText();
  });
  onElderModeChange(() => {
    stopReading();
    applyDocumentClasses();
  });
}

/** H5: `<html lang="bo" class="lang-bo elder">`. */
export function applyDocumentClasses(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  const root = document.documentElement;
  const language = getLanguage();
  root.lang = language;
  for (const name of Array.from({ length: root.classList.length }, (_, i) => root.classList.item(i) ?? ''))
    if (name.startsWith('lang-') || name === 'elder') root.classList.remove(name);
  root.classList.add(...pageClass(language, isElderMode()).split(' '));
}

/** The tab bar's words (app.config.ts fixes them in Chinese at build time). */
export function applyTabBarText(): void {
  const texts = [t.tabs.home, t.tabs.me];
  texts.forEach((text, index) => {
    try {
      void Promise.resolve(Taro.setTabBarItem({ index, text })).catch(() => undefined);
    } catch {
      // no tab bar on this page (H5 before the tab bar is drawn)
    }
  });
}
