/**
 * Readable by default: in H5 (and on WeChat), text a worker reads is at least 16px and nothing
 * they must read is below 14px. jsdom computes no CSS, so this reads the stylesheets themselves —
 * the app's and the NutUI ones it imports — and resolves every font size through the app's scale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = __dirname;
const NODE_MODULES = path.resolve(SRC, '../../../node_modules');

function walk(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full, ext);
    return entry.name.endsWith(ext) ? [full] : [];
  });
}

interface Declaration {
  file: string;
  selector: string;
  property: string;
  value: string;
}

/** The declarations of a stylesheet, each with its selector (comments dropped; no nesting in these files). */
function declarations(file: string): Declaration[] {
  const css = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Declaration[] = [];
  for (const match of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = match[1].trim();
    for (const part of match[2].split(';')) {
      const colon = part.indexOf(':');
      if (colon < 0) continue;
      out.push({ file, selector, property: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim() });
    }
  }
  return out;
}

/** `var(--name, fallback)` → [name, fallback], with nested parentheses in the fallback. */
function splitVar(value: string): [string, string | null] | null {
  const inner = /^var\((.*)\)$/.exec(value.trim())?.[1];
  if (inner === undefined) return null;
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === ',' && depth === 0) return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()];
  }
  return [inner.trim(), null];
}

/** The size in px a value comes to with these custom properties set; null when it is not a length in px. */
function resolvePx(value: string, vars: ReadonlyMap<string, string>): number | null {
  const v = splitVar(value);
  if (v) {
    const [name, fallback] = v;
    const set = vars.get(name);
    if (set !== undefined) return resolvePx(set, vars);
    return fallback === null ? null : resolvePx(fallback, vars);
  }
  const px = /^(\d+(?:\.\d+)?)px$/.exec(value.trim());
  return px ? Number(px[1]) : null;
}

/** The custom properties app.css sets on a selector (`page,\nbody` by default). */
function varsOf(selector: (s: string) => boolean): Map<string, string> {
  return new Map(
    declarations(path.join(SRC, 'app.css'))
      .filter((d) => d.property.startsWith('--') && selector(d.selector))
      .map((d) => [d.property, d.value] as const),
  );
}

/** The custom properties app.css sets on the page: the app's scale and its NutUI overrides. */
const appVars = varsOf((s) => /^page,\s*body$/.test(s));

/** Elder-friendly mode (`.elder` on the page's root) sets the scale again, on top of the page's. */
const elderVars = new Map([...appVars, ...varsOf((s) => /^\.elder\b/.test(s))]);

/** The NutUI stylesheets the app imports (src/ui/nutui.ts and each sub-package's nutui.ts). */
const nutuiSheets = [
  ...new Set(
    walk(SRC, 'nutui.ts').flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/^import '(@nutui\/[^']+\.css)';/gm)].map((m) =>
        path.join(NODE_MODULES, m[1]),
      ),
    ),
  ),
];

const appSheets = walk(SRC, '.css');
const fontSizes = (files: string[]) => files.flatMap(declarations).filter((d) => d.property === 'font-size');
const where = (d: Declaration) => `${path.relative(SRC, d.file)} ${d.selector}: ${d.value}`;

describe('font sizes (issue 23: readable by default)', () => {
  it('sets body text at 16px and secondary text at 14px, on the page itself', () => {
    expect(resolvePx('var(--sw-font-body)', appVars)).toBeGreaterThanOrEqual(16);
    expect(resolvePx('var(--sw-font-secondary)', appVars)).toBeGreaterThanOrEqual(14);
    const page = declarations(path.join(SRC, 'app.css')).find((d) => d.property === 'font-size');
    expect(page?.value).toBe('var(--sw-font-body)');
  });

  it('takes every size of the app’s stylesheets from the scale (only display sizes are written out)', () => {
    const sizes = fontSizes(appSheets);
    expect(sizes.length).toBeGreaterThan(50);
    const offScale = sizes.filter(
      (d) => !/^var\(--sw-font-[a-z]+\)$/.test(d.value) && (resolvePx(d.value, appVars) ?? 0) < 20,
    );
    expect(offScale.map(where)).toEqual([]);
    const small = sizes.filter((d) => (resolvePx(d.value, appVars) ?? 0) < 14);
    expect(small.map(where)).toEqual([]);
  });

  it('raises every text size of the NutUI components the app uses to 14px or more', () => {
    expect(nutuiSheets.length).toBeGreaterThan(5);
    for (const sheet of nutuiSheets) expect(fs.existsSync(sheet)).toBe(true);
    const small = fontSizes(nutuiSheets)
      // Glyphs, not text: icons, the rating stars, and zero sizes that hide whitespace.
      .filter((d) => !/icon|rate/i.test(d.selector + d.value))
      .filter((d) => {
        const px = resolvePx(d.value, appVars);
        return px !== null && px > 0 && px < 14;
      });
    expect(small.map(where)).toEqual([]);
  });

  it('would catch a small size: NutUI’s tag text is 10px without the app’s scale', () => {
    const tag = fontSizes(nutuiSheets).find((d) => d.selector.startsWith('.nut-tag'));
    expect(tag).toBeDefined();
    expect(resolvePx(tag?.value ?? '', new Map())).toBe(10);
    expect(resolvePx(tag?.value ?? '', appVars)).toBe(14);
  });

  it('raises every size to 18px or more in elder-friendly mode (大字版), body text to 20px', () => {
    expect(resolvePx('var(--sw-font-body)', elderVars)).toBeGreaterThanOrEqual(18);
    expect(resolvePx('var(--sw-font-secondary)', elderVars)).toBeGreaterThanOrEqual(18);
    const small = [...fontSizes(appSheets), ...fontSizes(nutuiSheets)]
      .filter((d) => !/icon|rate/i.test(d.selector + d.value))
      .filter((d) => {
        const px = resolvePx(d.value, elderVars);
        return px !== null && px > 0 && px < 18;
      });
    expect(small.map(where)).toEqual([]);
  });
});
