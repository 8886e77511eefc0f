#!/usr/bin/env node
// `npm start`: install if needed, build the console and the H5 mini-program, then run the API on
// the embedded SQLite database (migrations and demo data applied), serving both front ends.
// The database gets the demo province (generated workers, archives, follow-ups and a class in
// progress) once; `npm start -- --empty` leaves it out: only the demo accounts, organisations,
// programmes, centers and the one demo course.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ADMIN_DIST, buildFrontEnds, ensureInstalled, H5_DIST, log, ROOT } from './lib.mjs';

ensureInstalled();
buildFrontEnds();
const empty = process.argv.slice(2).includes('--empty');
const port = process.env.PORT || '3000';
log(`Starting SteadyWork on http://localhost:${port} (console /admin/, H5 /h5/, API docs /api/docs)`);
// The API runs as a direct child (not behind `npm run`, which does not pass signals on), so that
// SIGTERM or Ctrl-C stops it and frees the port.
const api = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
  cwd: path.join(ROOT, 'apps/api'),
  stdio: 'inherit',
  env: {
    ...process.env,
    // The demo: development rules (demo accounts, the dev: WeChat login, published keys). The API
    // runs the production rules whenever NODE_ENV is anything but development or test.
    NODE_ENV: 'development',
    PORT: port,
    // The demo shows warnings and errors; set LOG_LEVEL=info for a line per request.
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    SERVE_ADMIN_DIR: path.relative(ROOT, ADMIN_DIST),
    SERVE_H5_DIR: path.relative(ROOT, H5_DIST),
    DEMO_PROVINCE: empty ? 'false' : 'true',
  },
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    api.kill('SIGTERM');
    // a graceful stop that hangs is ended after 10 s
    setTimeout(() => api.kill('SIGKILL'), 10_000).unref();
  });
}
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
