/**
 * The catalogues of the main package, the page kit and the 221 aid pages: every key of the Chinese
 * source has a Tibetan and an English text (the types say so at compile time; this checks the
 * objects themselves), with the same placeholders, written in their own script; and no key is left
 * that no source file reads.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { t as tZh } from '@/locales/zh-CN';
import tBo from '@/locales/bo.json';
import tEn from '@/locales/en.json';
import { kitText as kitZh } from '@/components/kit/locales/zh-CN';
import kitTextBo from '@/components/kit/locales/bo.json';
import kitTextEn from '@/components/kit/locales/en.json';
import { aidText as aidZh } from '@/packages/aid/locales/zh-CN';
import aidTextBo from '@/packages/aid/locales/bo.json';
import aidTextEn from '@/packages/aid/locales/en.json';

const SRC = path.resolve(__dirname, '..');

/** Every text of a catalogue by its path: `form.fields.businessName` → '经营主体名称'. */
function leaves(tree: unknown, prefix: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree === 'string') out.set(prefix.join('.'), tree);
  else if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      for (const [p, text] of leaves(value, [...prefix, key])) out.set(p, text);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /[\u3400-\u9fff]/;
const KEPT_TERM = /\([\u3400-\u9fff]+\)/g;
const TIBETAN = /[\u0f00-\u0fff]/;

const CATALOGUES: Array<{ name: string; zh: unknown; bo: unknown; en: unknown; scope: string[] }> = [
  { name: 'src/locales', zh: tZh, bo: tBo, en: tEn, scope: ['.'] },
  { name: 'components/kit', zh: kitZh, bo: kitTextBo, en: kitTextEn, scope: ['components/kit'] },
  { name: 'packages/aid', zh: aidZh, bo: aidTextBo, en: aidTextEn, scope: ['packages/aid'] },
];

describe.each(CATALOGUES)('the catalogue of $name', ({ zh, bo, en }) => {
  const source = leaves(zh);

  it.each([
    ['bo', bo],
    ['en', en],
  ] as const)('has every key in %s, and no other, each with the same placeholders', (_language, translation) => {
    const translated = leaves(translation);
    expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
    for (const [key, text] of source) {
      const other = translated.get(key) ?? '';
      expect({ key, text: other.trim() === '' ? 'EMPTY' : 'ok' }).toEqual({ key, text: 'ok' });
      expect({ key, placeholders: placeholders(other) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('writes Tibetan in Tibetan script and English in Latin, with Chinese only as a kept term in brackets', () => {
    for (const [key, text] of leaves(bo)) {
      expect({ key, han: HAN.test(text.replace(KEPT_TERM, '')) }).toEqual({ key, han: false });
      const words = text.replace(/\{\w+\}/g, '').replace(/[\s\d\W]/g, '');
      if (words) expect({ key, tibetan: TIBETAN.test(text) }).toEqual({ key, tibetan: true });
    }
    for (const [key, text] of leaves(en)) {
      expect({ key, han: HAN.test(text), tibetan: TIBETAN.test(text) }).toEqual({ key, han: false, tibetan: false });
    }
  });
});

/** The app's sources a catalogue's keys are read from (its own locale files left out). */
function sourcesOf(dirs: string[]): string {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'locales' ? [] : walk(full);
      return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [full] : [];
    });
  return dirs
    .flatMap((dir) => walk(path.join(SRC, dir)))
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
}

/**
 * Sections read with a key computed at run time (`aidText.reasons[code]`, `t.modules[key]`): their own keys are not looked for.
 */
const DYNAMIC = ['reasons', 'modules'];

describe.each(CATALOGUES)('the keys of $name', ({ zh, scope }) => {
  it("are each read somewhere (`.key` or `'key'` in the sources)", () => {
    const code = sourcesOf(scope);
    const unused: string[] = [];
    for (const key of leaves(zh).keys()) {
      const segments = key.split('.');
      const dynamicAt = segments.findIndex((s) => DYNAMIC.includes(s));
      const checked = dynamicAt >= 0 ? segments.slice(0, dynamicAt + 1) : segments;
      for (const segment of checked) {
        if (/^\d+$/.test(segment)) continue;
        const read = new RegExp(`\\.${segment}\\b|'${segment}'|\\b${segment}[,}]|\\[\\s*'${segment}'`).test(code);
        if (!read) unused.push(key);
      }
    }
    expect([...new Set(unused)]).toEqual([]);
  });
});
