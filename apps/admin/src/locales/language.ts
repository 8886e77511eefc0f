import { matchLanguage, type Language } from '@steadywork/shared';

/** The console speaks Chinese and English (Tibetan is the mini-program's). */
export const CONSOLE_LANGUAGES = ['zh-CN', 'en'] as const satisfies readonly Language[];
export type ConsoleLanguage = (typeof CONSOLE_LANGUAGES)[number];

/** Where the browser remembers the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'steadywork.console.language';

function isConsoleLanguage(value: unknown): value is ConsoleLanguage {
  return (CONSOLE_LANGUAGES as readonly unknown[]).includes(value);
}

function stored(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage refused (private mode): follow the browser
  }
}

/** The language chosen on this browser, else the browser's own (Chinese unless it asks for English). */
export function preferredLanguage(): ConsoleLanguage {
  const chosen = stored();
  if (isConsoleLanguage(chosen)) return chosen;
  const tags = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  const asked = matchLanguage(tags.filter(Boolean).join(','));
  return asked === 'en' ? 'en' : 'zh-CN';
}

/** Remembers the language and reloads the page in it. */
export function chooseLanguage(language: ConsoleLanguage): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not remembered: the page still reloads in the browser's language
  }
  window.location.reload();
}
