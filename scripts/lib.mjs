// Helpers shared by the workspace scripts (start, test, CI). Node built-ins only.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ADMIN_DIST = path.join(ROOT, 'apps/admin/dist');
export const H5_DIST = path.join(ROOT, 'apps/miniapp/dist/h5');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function log(message) {
  process.stdout.write(`\n\x1b[1m▶ ${message}\x1b[0m\n`);
}

export function run(command, opts = {}) {
  const res = spawnSync(command, { stdio: 'inherit', shell: true, cwd: ROOT, ...opts });
  if (res.status !== 0) {
    throw new Error(`"${command}" exited with ${res.status}`);
  }
}

/** npm install when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const marker = path.join(ROOT, 'node_modules/.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  if (fs.existsSync(marker) && (!fs.existsSync(lock) || fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs))
    return;
  log('Installing dependencies (npm install)');
  run('npm install --no-audit --no-fund');
}

/** Builds the console and the H5 mini-program; nx skips what has not changed. */
export function buildFrontEnds() {
  log('Building the console and the H5 mini-program');
  run('npx nx run-many -t build --projects=@steadywork/admin --outputStyle=static');
  run('npx nx run-many -t build:h5 --projects=@steadywork/miniapp --outputStyle=static');
}

/** Debian's Chromium (and a CJK font) for the browser tests; never a downloaded browser. */
export function ensureChromium() {
  if (fs.existsSync(CHROMIUM) && hasCjkFont()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: run "sudo apt-get install -y chromium fonts-wqy-microhei"`);
  }
  log('Installing Chromium and a Chinese font from Debian (apt-get)');
  run(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null',
  );
}

function hasCjkFont() {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}
