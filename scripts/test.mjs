#!/usr/bin/env node
// `npm test`: every tier — unit, API end-to-end (SQLite; and MySQL/MariaDB when DB_URL points at
// one), component and browser tests. `--api-only` runs the API suites alone (CI's MariaDB pass).
// `--dates` runs the suites whose behaviour turns on the date (CI runs them with TEST_NOW at
// 23:58 and 00:02 in Asia/Shanghai, on New Year's Eve and New Year's Day).
//
// Every tier runs at the instant TEST_NOW (an ISO instant; default in testing/clock.ts), never at
// the wall clock's: `TEST_NOW=2026-12-31T15:58:00Z npm test` runs the whole product at 23:58 in
// Xining on New Year's Eve.
import { spawnSync } from 'node:child_process';
import { buildFrontEnds, ensureChromium, ensureInstalled, log, ROOT } from './lib.mjs';

/** Suites that read "today", "this year" or a deadline: windows, publicity, overdue, lockouts, check-in. */
const DATE_SUITES_API = [
  'apps/api/test/(auth|aid|centers|training|training-targets|workers|jobs|demands|layoffs|warning|scheduler|rate-limits|shanghai-calendar)\\.e2e-spec\\.ts$',
  'apps/api/src/.*\\.spec\\.ts$',
];
const DATE_SUITES_UI = [
  'apps/miniapp/src/',
  'libs/shared/src/',
  // the console pages that read "today": course and class windows, payment and publicity dates, follow-ups
  'apps/admin/src/pages/(training/(courses|sessions)|aid/(review|publicities)|workers|home)/',
  'e2e/(training|aid)\\.e2e\\.ts$',
];

const apiOnly = process.argv.includes('--api-only');
const dates = process.argv.includes('--dates');
// CI's MariaDB pass already runs the API at 23:58; its 23:58 date pass then runs the rest alone.
const skipApi = process.argv.includes('--skip-api');
const passThrough = process.argv.slice(2).filter((a) => !['--api-only', '--dates', '--skip-api'].includes(a));

ensureInstalled();
if (!apiOnly) {
  ensureChromium();
  // CI's later passes run after npm test has built them (and two at a time: one build is enough)
  if (!process.env.FRONT_ENDS_BUILT) buildFrontEnds();
}
const at = process.env.TEST_NOW ? ` at ${process.env.TEST_NOW}` : '';
log(
  apiOnly
    ? `API tests on ${process.env.DB_URL ?? 'SQLite'}${at}`
    : dates
      ? `Date-sensitive tests${at}`
      : `Running every test${at}`,
);
const args = [
  'jest',
  '--config',
  'jest.config.ts',
  ...(dates ? [...(skipApi ? [] : DATE_SUITES_API), ...DATE_SUITES_UI] : []),
  ...passThrough,
  // last: it takes every name that follows it
  ...(apiOnly ? ['--selectProjects', 'api'] : []),
];
const res = spawnSync('npx', args, { stdio: 'inherit', cwd: ROOT, env: { ...process.env, FORCE_COLOR: '1' } });
process.exit(res.status ?? 1);
