#!/usr/bin/env node
// Prints the console's JavaScript a browser downloads before a page shows, gzipped, from the
// build's manifest (apps/admin/dist/.vite/manifest.json): the entry of index.html with every chunk
// it imports statically, then what the login page and the signed-in home page (the layout and
// the home page) add; every other page is its own chunk, loaded when opened (routes.tsx). Fails
// when the entry with the larger of the two first pages is over the limit (500 KB gzipped).
//   node scripts/admin-size.mjs [dist=apps/admin/dist] [--limit-kb 500]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './lib.mjs';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit-kb');
const limitKb = limitAt >= 0 ? Number(args[limitAt + 1]) : 500;
const dist = path.join(
  ROOT,
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit-kb') ?? 'apps/admin/dist',
);
const manifestFile = path.join(dist, '.vite/manifest.json');
if (!fs.existsSync(manifestFile)) {
  console.error(`${path.relative(ROOT, manifestFile)} is missing: build the console first (npm run build)`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length);
  return gzipped.get(file);
};
/** The JS files of a manifest key and of everything it imports statically. */
const closure = (key, into = new Set()) => {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  if (chunk.file.endsWith('.js')) into.add(chunk.file);
  for (const k of chunk.imports ?? []) closure(k, into);
  return into;
};
const sum = (files) => [...files].reduce((s, f) => s + sizeOf(f), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const entry = closure('index.html');
const firstPage = (keys) => {
  const files = new Set(entry);
  for (const k of keys) closure(k, files);
  return files;
};
const login = firstPage(['src/pages/login/index.tsx']);
const home = firstPage(['src/layouts/BasicLayout.tsx', 'src/pages/home/index.tsx']);
const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const allSize = sum(all.map((f) => `assets/${f}`));

console.log(`console JavaScript, gzipped (limit ${limitKb} KB for a first load):`);
console.log(`  entry (index.html and its imports):   ${kb(sum(entry)).padStart(9)} in ${entry.size} files`);
console.log(`  first load, the login page:           ${kb(sum(login)).padStart(9)} in ${login.size} files`);
console.log(`  first load, home page when signed in: ${kb(sum(home)).padStart(9)} in ${home.size} files`);
console.log(`  every chunk (all ${String(all.length).padStart(3)} pages' code):   ${kb(allSize).padStart(9)}`);
console.log(`console first load: ${kb(sum(login))} gzipped JS (limit ${limitKb} KB)`);
if (sum(login) > limitKb * 1024) {
  console.error(`the console's first load is over ${limitKb} KB gzipped`);
  process.exit(1);
}
