import { FIELD_RULES } from '../validators/rules';
import { zhCN } from './zh-CN';

/**
 * The API writes its error messages in Chinese (`zhCN`, the DTOs' `@Label`s and messages, the
 * services' texts). A request that asks for Tibetan or English by `Accept-Language` gets them
 * translated, as the answer leaves, by a catalogue of this shape (bo.ts, en.ts). A message the
 * catalogue does not know stays Chinese.
 *
 * Templates name their variable parts in braces, the same names on both sides:
 * - `{field…}` a field's name or a shared label, translated through `fields` or the label catalogue;
 * - `{list}` several messages joined by 「；」, each translated;
 * - `{n…}` a number, and any other name: text kept as it is (a date, a name, a code).
 *
 * @internal How the API translates its messages; never part of a request or an answer.
 */
export interface ApiMessageCatalogue {
  /** A field and what is wrong with it, by class-validator constraint (zhCN.validation's keys): `{field} …`. */
  validation: Record<string, string>;
  /** The default message of each error code (zhCN.errors's keys). */
  errors: Record<string, string>;
  /** A field breaking one of the shared FIELD_RULES, by rule name: `{field} …`. */
  rules: Record<keyof typeof FIELD_RULES, string>;
  /** Field names (the DTOs' `@Label`) and other terms met inside messages, by their Chinese. */
  fields: Record<string, string>;
  /** Whole messages, by their Chinese. */
  messages: Record<string, string>;
  /** Messages with variable parts: Chinese template → translated template. */
  templates: Record<string, string>;
  /** How messages are joined in a list (「；」 in Chinese). */
  separator: string;
}

interface CompiledTemplate {
  pattern: RegExp;
  names: string[];
  target: string;
  /** Literal characters in the Chinese template: longer (more specific) templates are tried first. */
  weight: number;
}

const TIBETAN_LETTER_AT_END = /[\u0F40-\u0FBC]$/;

const compiled = new WeakMap<ApiMessageCatalogue, CompiledTemplate[]>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(source: string, target: string): CompiledTemplate {
  const names: string[] = [];
  let pattern = '^';
  let weight = 0;
  for (const part of source.split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (!name) {
      pattern += escapeRegExp(part);
      weight += part.length;
      continue;
    }
    names.push(name);
    pattern += /^n\d*$/.test(name) ? '(-?[\\d.,]+)' : '(.+?)';
  }
  return { pattern: new RegExp(`${pattern}$`, 's'), names, target, weight };
}

/** Every template of a catalogue: its own, then one per validation constraint and per field rule. */
function templatesOf(catalogue: ApiMessageCatalogue): CompiledTemplate[] {
  let list = compiled.get(catalogue);
  if (list) return list;
  const pairs: [string, string][] = Object.entries(catalogue.templates);
  for (const [constraint, text] of Object.entries(zhCN.validation)) {
    const target = catalogue.validation[constraint];
    if (target) pairs.push([`{field}${text}`, target]);
  }
  for (const [rule, { message }] of Object.entries(FIELD_RULES)) {
    const target = catalogue.rules[rule as keyof typeof FIELD_RULES];
    if (target) pairs.push([`{field}${message}`, target]);
  }
  list = pairs.map(([source, target]) => compile(source, target)).sort((a, b) => b.weight - a.weight);
  compiled.set(catalogue, list);
  return list;
}

/**
 * One message in the catalogue's language; `terms` are further translated terms (the shared
 * labels by their Chinese). Unknown messages come back unchanged.
 */
export function translateApiMessage(
  message: string,
  catalogue: ApiMessageCatalogue,
  terms: Record<string, string> = {},
): string {
  const whole = catalogue.messages[message] ?? catalogue.errors[codeOfDefault(message) ?? ''];
  if (whole) return whole;
  const term = (text: string) => catalogue.fields[text] ?? terms[text] ?? catalogue.messages[text] ?? text;
  for (const t of templatesOf(catalogue)) {
    const match = t.pattern.exec(message);
    if (!match) continue;
    const values = new Map<string, string>();
    t.names.forEach((name, i) => {
      const value = match[i + 1];
      if (name === 'list') {
        values.set(
          name,
          joinMessages(
            value.split('；').map((m) => translateApiMessage(m, catalogue, terms)),
            catalogue.separator,
          ),
        );
      } else values.set(name, name.startsWith('field') ? term(value) : value);
    });
    return t.target.replace(/\{(\w+)\}( ?)/g, (all, name: string, space: string, at: number) => {
      let value = values.get(name);
      if (value === undefined) return all;
      const last = at + all.length === t.target.length;
      // a translated term inside a Tibetan sentence: no shad before the sentence goes on, and a
      // tsheg, not a space, between it and the next word
      if (!last) value = value.replace(/།$/, '');
      // an English label inside a sentence reads in lower case (「Withdrawn」 → 「is withdrawn」), not "ID"
      if (at > 0 && name.startsWith('field') && /^[A-Z][a-z]/.test(value))
        value = value[0].toLowerCase() + value.slice(1);
      if (space && TIBETAN_LETTER_AT_END.test(value)) return `${value}་`;
      return value + space;
    });
  }
  return message;
}

/**
 * Messages one after another: the separator, unless a message already ends a sentence its own way
 * (a Tibetan message ending in shad, or in ག, after which no shad is written).
 */
function joinMessages(messages: string[], separator: string): string {
  return messages
    .map((m, i) => {
      if (i === messages.length - 1) return m;
      const mark = separator.trim();
      if (mark && m.endsWith(mark)) return `${m} `;
      if (mark === '།' && /ག$/.test(m)) return `${m} `;
      return m + separator;
    })
    .join('');
}

function codeOfDefault(message: string): string | undefined {
  return Object.keys(zhCN.errors).find((code) => zhCN.errors[code] === message);
}
