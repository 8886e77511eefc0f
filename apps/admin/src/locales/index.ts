import { registerLabelTranslations, setLabelLanguage } from '@steadywork/shared';
import type { Locale } from 'antd/es/locale';
// The ES build: `antd/locale/zh_CN` is CommonJS, and its default export arrives wrapped in the bundle.
import antdZhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ConsoleLanguage } from './language';
import { zhCN, type Messages } from './zh-CN';

export { CONSOLE_LANGUAGES, chooseLanguage, preferredLanguage, type ConsoleLanguage } from './language';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A dotted key into the catalogue, e.g. `'menu.users'`. */
export type MessageKey = Leaves<Messages>;

let language: ConsoleLanguage = 'zh-CN';
let messages: Messages = zhCN;
let antdLocale: Locale = antdZhCN;

// The shared enum labels (`AID_STATUS_LABELS`…) answer in the console's language.
setLabelLanguage(() => language);

/** The language the console is shown in. */
export function currentLanguage(): ConsoleLanguage {
  return language;
}

/** antd's (and so ProComponents') texts and date pickers in the console's language. */
export function currentAntdLocale(): Locale {
  return antdLocale;
}

/**
 * Switches the catalogue, antd's locale, dayjs and the document's `lang` to `next`. Chinese is
 * built in; English is fetched here, so the first load of a Chinese console carries none of it.
 * Call before rendering: components read the catalogue when they render.
 */
export async function loadLanguage(next: ConsoleLanguage): Promise<void> {
  if (next === 'en') {
    const [catalogue, antdEn] = await Promise.all([import('./en'), import('antd/es/locale/en_US')]);
    messages = catalogue.en;
    registerLabelTranslations('en', catalogue.SHARED_LABELS_EN);
    antdLocale = antdEn.default;
    dayjs.locale('en');
  } else {
    messages = zhCN;
    antdLocale = antdZhCN;
    dayjs.locale('zh-cn');
  }
  language = next;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next;
    document.title = t('app.title'); // index.html's is Chinese; pages add their own name in front
  }
}

/** The message at a dotted key built at run time (a figure's key, an enum value), if the catalogue has one. */
export function lookup(key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** Looks a message up and fills `{name}` placeholders. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const text = lookup(key) ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}
