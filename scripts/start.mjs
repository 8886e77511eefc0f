#!/usr/bin/env node
// `npm start`: install if needed, build the console and the H5 mini-program, then run the API on
// the embedded SQLite database (migrations and demo data applied), serving both front ends.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ADMIN_DIST, buildFrontEnds, ensureInstalled, H5_DIST, log, ROOT } from './lib.mjs';

ensureInstalled();
buildFrontEnds();
const port = process.env.PORT || '3000';
log(`Starting SteadyWork on http://localhost:${port} (console /admin/, H5 /h5/, API docs /api/docs)`);
const api = spawn('npm', ['run', 'api'], {
  cwd: ROOT,
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
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
