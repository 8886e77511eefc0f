#!/usr/bin/env node
// `npm run screenshots`: the README's pictures (docs/screenshots), taken by the browser test
// e2e/screenshots.e2e.ts and e2e/console-en.e2e.ts (the console in English) from the demo province
// as `npm start` fills it.
import { spawnSync } from 'node:child_process';
import { buildFrontEnds, ensureChromium, ensureInstalled, log, ROOT } from './lib.mjs';

ensureInstalled();
ensureChromium();
buildFrontEnds();
log('Taking the README screenshots from the demo province');
const res = spawnSync(
  'npx',
  ['jest', '-c', 'e2e/jest.config.ts', 'e2e/screenshots', 'e2e/console-en', 'e2e/i18n-mini'],
  {
    stdio: 'inherit',
    cwd: ROOT,
    env: { ...process.env, SCREENSHOTS_DIR: 'docs/screenshots' },
  },
);
process.exit(res.status ?? 1);
