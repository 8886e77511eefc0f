#!/usr/bin/env node
// Prints the WeChat main-package size of the built weapp (everything outside the sub-package
// roots listed in app.json) and fails past WeChat's 2 MB limit.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';

const dist = path.join(ROOT, process.argv[2] ?? 'apps/miniapp/dist/weapp');
const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''));
let main = 0;
let sub = 0;
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else {
      const rel = path.relative(dist, full).split(path.sep).join('/');
      const size = fs.statSync(full).size;
      if (subRoots.some((r) => rel === r || rel.startsWith(`${r}/`))) sub += size;
      else if (!rel.endsWith('.map')) main += size;
    }
  }
};
walk(dist);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `weapp main package: ${kb(main)} (limit 2048 KB); sub-packages: ${kb(sub)} in ${subRoots.length} (${subRoots.join(', ')})`,
);
if (main > 2 * 1024 * 1024) {
  console.error('weapp main package is over the 2 MB limit');
  process.exit(1);
}
