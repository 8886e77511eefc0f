/** The languages SteadyWork speaks. Chinese is the source; Tibetan and English translate it. */
export const LANGUAGES = ['zh-CN', 'bo', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Each language's name written in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  'zh-CN': '中文',
  bo: 'བོད་ཡིག',
  en: 'English',
};

/**
 * The shape a translation of a catalogue must have: the same keys, any strings. A catalogue written
 * `as const` has literal types; its translation keeps the keys and frees the text. A list of lines
 * (a paragraph per item, the weekdays) is a list in the translation too; a spec checks its length.
 */
export type Translation<T> = {
  -readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? readonly string[]
      : Translation<T[K]>;
};

/**
 * The language a tag asks for (`Accept-Language`, WeChat's `language`, `navigator.language`):
 * `bo`, `bo-CN`, `zh_CN`, `en-US`… Anything else is Chinese.
 */
export function matchLanguage(tag: string | null | undefined): Language {
  if (!tag) return DEFAULT_LANGUAGE;
  for (const part of tag.split(',')) {
    const code = part.split(';')[0].trim().toLowerCase().replace('_', '-');
    if (code === 'bo' || code.startsWith('bo-')) return 'bo';
    if (code === 'en' || code.startsWith('en-')) return 'en';
    if (code === 'zh' || code.startsWith('zh-')) return 'zh-CN';
  }
  return DEFAULT_LANGUAGE;
}
