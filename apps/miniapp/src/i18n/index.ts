import Taro from '@tarojs/taro';
import { DEFAULT_LANGUAGE, LANGUAGES, matchLanguage, type Language, type Translation } from '@steadywork/shared';

const STORAGE_KEY = 'steadywork.language';
let current: Language | undefined;
const listeners = new Set<(language: Language) => void>();

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered choice, else the system's language on the first visit, else Chinese. */
function initialLanguage(): Language {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage unavailable: fall through to the system language
  }
  try {
    return matchLanguage(Taro.getSystemInfoSync().language);
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function getLanguage(): Language {
  current ??= initialLanguage();
  return current;
}

/** Switches the language and remembers it; catalogues read through `localized` follow at once. */
export function setLanguage(language: Language): void {
  current = language;
  try {
    Taro.setStorageSync(STORAGE_KEY, language);
  } catch {
    // not remembered, still switched for this visit
  }
  listeners.forEach((listener) => listener(language));
}

/** Forgets the language read so far: the next read asks storage, then the system, again (tests). */
export function forgetLanguage(): void {
  current = undefined;
}

export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The catalogues of one module: Chinese is the source, every other language has every key. */
export type Catalogues<T> = { 'zh-CN': T } & { [L in Exclude<Language, 'zh-CN'>]: Translation<T> };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * One object with the Chinese catalogue's shape whose strings are read in the current language at
 * the moment they are read (`aidText.nav.programs`), so a page rendered after a switch speaks the
 * new language without any change to the page. A key a translation lacks falls back to Chinese.
 */
export function localized<T extends object>(catalogues: Catalogues<T>): T {
  const proxies = new WeakMap<object, unknown>();
  const view = (node: object, path: readonly PropertyKey[]): unknown => {
    const known = proxies.get(node);
    if (known) return known;
    const proxy = new Proxy(node, {
      get(target, key, receiver) {
        const source: unknown = Reflect.get(target, key, receiver);
        if (typeof key === 'symbol') return source;
        if (source !== null && typeof source === 'object') return view(source, [...path, key]);
        if (typeof source !== 'string') return source;
        const language = getLanguage();
        if (language === DEFAULT_LANGUAGE) return source;
        const translated = valueAt(catalogues[language], [...path, key]);
        return typeof translated === 'string' ? translated : source;
      },
    });
    proxies.set(node, proxy);
    return proxy;
  };
  return view(catalogues['zh-CN'], []) as T;
}
