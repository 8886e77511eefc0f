#!/usr/bin/env node
// The front ends keep their words in catalogues (apps/*/src/locales). This check fails when:
//   - a .tsx file of the console or the mini-program (outside locales folders and *.spec.*), or a
//     .ts file of the console, has Chinese or Tibetan text in its code (comments are not code);
//   - a .tsx file has English words shown to people: JSX text with letters, or a string literal
//     with letters in a text attribute (title, placeholder, label, alt, aria-label, okText,
//     cancelText, tooltip, message, description, content);
//   - the console's English catalogue lacks a key of the Chinese one, or has one it lacks;
//   - a key of the console's catalogue is used nowhere: its full dotted string appears in no source
//     file, and no template literal builds it from a prefix (`t(\`aid.status.${s}\`)`), and it is
//     not in a family listed in scripts/i18n-allowlist.json.
// scripts/i18n-allowlist.json also lists files exempted for a while (with the reason).
//   node scripts/check-i18n.mjs
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './lib.mjs';

const ALLOWLIST = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts/i18n-allowlist.json'), 'utf8'));
const exemptFiles = new Set(Object.keys(ALLOWLIST.files ?? {}));
const dynamicFamilies = Object.keys(ALLOWLIST.dynamicKeyFamilies ?? {});

const NATIVE = /[\u4e00-\u9fff\u3400-\u4dbf\u0f00-\u0fff]/;
const LETTERS = /[A-Za-z]/;
const TEXT_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'label',
  'alt',
  'aria-label',
  'okText',
  'cancelText',
  'tooltip',
  'message',
  'description',
  'content',
]);

function walkFiles(dir, accept, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === 'locales') continue;
      walkFiles(full, accept, out);
    } else if (accept(entry.name)) out.push(full);
  }
  return out;
}
const rel = (file) => path.relative(ROOT, file).split(path.sep).join('/');
const notSpec = (name) => !/\.spec\.[cm]?[jt]sx?$/.test(name);

const problems = [];
const report = (file, node, sf, what) => {
  const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  problems.push(`${rel(file)}:${line + 1}:${character + 1} ${what}`);
};
const short = (text) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 60));

/** The text of a string-ish node, if it is one (a template's literal parts included). */
function literalText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
  return null;
}

function checkSource(file, { english }) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const visit = (node) => {
    const text = literalText(node);
    if (text !== null && NATIVE.test(text)) report(file, node, sf, `Chinese or Tibetan text in code: ${short(text)}`);
    if (ts.isJsxText(node)) {
      if (NATIVE.test(node.text)) report(file, node, sf, `Chinese or Tibetan JSX text: ${short(node.text)}`);
      else if (english && LETTERS.test(node.text)) report(file, node, sf, `English JSX text: ${short(node.text)}`);
    }
    if (english && ts.isJsxAttribute(node) && node.initializer && TEXT_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      const value = ts.isJsxExpression(init) ? init.expression : init;
      const attrText = value ? literalText(value) : null;
      if (attrText !== null && LETTERS.test(attrText))
        report(file, node, sf, `English text in ${node.name.getText(sf)}=: ${short(attrText)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

const adminSrc = path.join(ROOT, 'apps/admin/src');
const miniSrc = path.join(ROOT, 'apps/miniapp/src');
const adminFiles = walkFiles(adminSrc, (n) => /\.tsx?$/.test(n) && !n.endsWith('.d.ts') && notSpec(n));
const miniFiles = fs.existsSync(miniSrc) ? walkFiles(miniSrc, (n) => n.endsWith('.tsx') && notSpec(n)) : [];
for (const file of [...adminFiles, ...miniFiles]) {
  if (exemptFiles.has(rel(file))) continue;
  checkSource(file, { english: file.endsWith('.tsx') });
}

// ---- the console's catalogues: the same keys in every language, and every key used ----

/** Dotted keys of the string leaves of every exported object literal of a catalogue file. */
function catalogueKeys(file) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const keys = [];
  const walk = (obj, prefix) => {
    for (const prop of obj.properties) {
      if (!ts.isPropertyAssignment(prop)) continue;
      const name = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText(sf);
      let init = prop.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init))
        init = init.expression;
      if (ts.isObjectLiteralExpression(init)) walk(init, `${prefix}${name}.`);
      else keys.push(`${prefix}${name}`);
    }
  };
  for (const stmt of sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    for (const decl of stmt.declarationList.declarations) {
      let init = decl.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
      if (init && ts.isObjectLiteralExpression(init)) walk(init, '');
    }
  }
  return keys;
}
const catalogueOf = (lang) => {
  const dir = path.join(adminSrc, 'locales', lang);
  const keys = new Map();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'index.ts'))
    for (const k of catalogueKeys(path.join(dir, f))) keys.set(k, f);
  return keys;
};
const zh = catalogueOf('zh-CN');
const en = catalogueOf('en');
for (const [k, f] of zh) if (!en.has(k)) problems.push(`apps/admin/src/locales/en: missing key ${k} (zh-CN/${f})`);
for (const [k, f] of en) if (!zh.has(k)) problems.push(`apps/admin/src/locales/en/${f}: key ${k} is not in zh-CN`);

const sources = adminFiles
  .filter((f) => !rel(f).startsWith('apps/admin/src/locales/'))
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n');
// `prefix.${…}` or `prefix${…}` in a template literal: every key under that prefix may be built.
const prefixes = new Set(dynamicFamilies);
for (const m of sources.matchAll(/`([A-Za-z][\w.]*)\$\{/g)) if (m[1].includes('.')) prefixes.add(m[1]);
const quoted = new Set([...sources.matchAll(/['"`]([A-Za-z][\w.]*\.[\w.]+)['"`]/g)].map((m) => m[1]));
for (const [k, f] of zh) {
  if (quoted.has(k)) continue;
  if ([...prefixes].some((p) => k.startsWith(p))) continue;
  problems.push(
    `apps/admin/src/locales/zh-CN/${f}: key ${k} is not used (remove it, or list its family in scripts/i18n-allowlist.json)`,
  );
}

if (problems.length) {
  console.error(`i18n check: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `i18n check: ${adminFiles.length + miniFiles.length - exemptFiles.size} files without hard-coded text, ${zh.size} console keys in zh-CN and en, all used`,
);
