import { DEFAULT_LANGUAGE, type Language } from './languages';

/*
 * The shared enum labels (`AID_STATUS_LABELS`…) are written in Chinese beside their enums. A front
 * end that speaks other languages registers their translations and tells which language is current;
 * every label map made with `localizedLabels` then answers in that language when it is read. The API
 * registers nothing, so its exports, reports and audit texts stay Chinese.
 */

/** @internal Translations of label maps by map name; never part of a request or an answer. */
export type LabelTranslations = Record<string, Record<string, string>>;

let resolveLanguage: () => Language = () => DEFAULT_LANGUAGE;
const translations: Partial<Record<Language, LabelTranslations>> = {};

export function setLabelLanguage(resolver: () => Language): void {
  resolveLanguage = resolver;
}

export function registerLabelTranslations(language: Language, catalogue: LabelTranslations): void {
  translations[language] = catalogue;
}

/** A label map named `name` whose values are read in the current language, falling back to Chinese. */
export function localizedLabels<K extends string, M extends Record<K, string>>(name: string, map: M): M {
  return new Proxy(map, {
    get(target, key, receiver) {
      const source: unknown = Reflect.get(target, key, receiver);
      if (typeof key === 'symbol' || typeof source !== 'string') return source;
      const language = resolveLanguage();
      if (language === DEFAULT_LANGUAGE) return source;
      return translations[language]?.[name]?.[key] ?? source;
    },
  });
}
