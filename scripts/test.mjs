#!/usr/bin/env node
// `npm test`: every tier — unit, API end-to-end (SQLite; and MySQL/MariaDB when DB_URL points at
// one), component and browser tests. `--api-only` runs the API suites alone (CI's MariaDB pass).
import { spawnSync } from 'node:child_process';
import { buildFrontEnds, ensureChromium, ensureInstalled, log, ROOT } from './lib.mjs';

const apiOnly = process.argv.includes('--api-only');
const passThrough = process.argv.slice(2).filter((a) => a !== '--api-only');

ensureInstalled();
if (!apiOnly) {
  ensureChromium();
  buildFrontEnds();
}
log(apiOnly ? `API tests on ${process.env.DB_URL ?? 'SQLite'}` : 'Running every test');
const args = ['jest', '--config', 'jest.config.ts', ...(apiOnly ? ['--selectProjects', 'api'] : []), ...passThrough];
const res = spawnSync('npx', args, { stdio: 'inherit', cwd: ROOT, env: { ...process.env, FORCE_COLOR: '1' } });
process.exit(res.status ?? 1);
