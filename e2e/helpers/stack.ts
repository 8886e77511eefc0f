import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { testNow } from '../../testing/clock';

export const ROOT = path.resolve(__dirname, '../..');
const ADMIN_DIST = path.join(ROOT, 'apps/admin/dist');
const H5_DIST = path.join(ROOT, 'apps/miniapp/dist/h5');

export interface Stack {
  baseUrl: string;
  browser: Browser;
  /** The instant the API and every browser page are at now: the test's clock, not the wall's. */
  now(): Date;
  newPage(): Promise<Page>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface StackOptions {
  /** The instant the stack starts at: TEST_NOW by default (testing/clock.ts). */
  now?: Date;
  /** More settings for the API process, e.g. `{ DEMO_PROVINCE: 'true' }` for the whole demo province. */
  env?: Record<string, string>;
}

/**
 * Starts the API as `npm start` does — its own SQLite file, migrations, demo data — serving the
 * built console at /admin/ and the H5 mini-program at /h5/, and opens Debian's Chromium. The API
 * and every page run on one clock, started at the instant the test picks.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  for (const dir of [ADMIN_DIST, H5_DIST]) {
    if (!fs.existsSync(path.join(dir, 'index.html')))
      throw new Error(`${dir} is not built: run npm test (it builds first)`);
  }
  // One offset from the wall clock for the API process, each browser context and the test itself.
  const offsetMs = (options.now ?? testNow()).getTime() - Date.now();
  const now = () => new Date(Date.now() + offsetMs);
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-browser-'));
  const api: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.join(ROOT, 'apps/api'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DB_URL: `sqlite:${path.join(dataDir, 'browser.sqlite')}`,
      SERVE_ADMIN_DIR: ADMIN_DIST,
      SERVE_H5_DIR: H5_DIST,
      LOG_LEVEL: 'warn',
      CLOCK_OFFSET_MS: String(offsetMs),
      // the browser tests set their workers up through the API in one call; the SMS code step of a
      // registration is proven by the API suites and the mini-program's registration page spec
      REGISTRATION_PHONE_CHECK: 'claims',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  api.stdout?.on('data', (d) => (output += d));
  api.stderr?.on('data', (d) => (output += d));
  // An API that dies under a test says why (the test itself only sees refused connections).
  let stopping = false;
  api.once('exit', (code, signal) => {
    if (!stopping)
      console.error(`API exited during the test (code ${code}, signal ${signal}):\n${output.slice(-8000)}`);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`API exited: ${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`API did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    baseUrl,
    browser,
    now,
    async newPage() {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      // The page's Date starts at the stack's instant and runs on in step with the API's clock.
      await context.clock.install({ time: now() });
      const page = await context.newPage();
      page.setDefaultTimeout(WAIT);
      return page;
    },
    async stop() {
      stopping = true;
      await browser.close();
      if (api.exitCode === null && api.signalCode === null) {
        const exited = new Promise((r) => api.once('exit', r));
        api.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * How long a browser test waits for what a user waits for (a page, a toast, a row). CI runs two
 * streams of tests at once on two cores, so a step that takes a second alone can take many: the
 * wait is long, and costs nothing when the page answers sooner.
 */
export const WAIT = 45_000;

/**
 * Keeps a screenshot of a failing page, and prints where it was and what it showed, for the
 * person reading the CI log (who does not see the screenshot). Names ending in `-failure` are
 * failures; others are the walk-through's pictures.
 */
export async function snapshot(page: Page, name: string): Promise<void> {
  const dir = path.join(ROOT, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true, timeout: WAIT }).catch(() => undefined);
  if (name.endsWith('-failure')) {
    const text = await page
      .evaluate(() => document.body?.innerText ?? '')
      .catch((err: Error) => `(the page could not be read: ${err.message})`);
    process.stderr.write(`\n[${name}] ${page.url()}\n${text.replace(/\n{2,}/g, '\n').slice(0, 2_000)}\n`);
  }
}

/** A JSON call to the stack's API; throws with the status and body on an error. */
export async function apiCall<T>(
  stack: Stack,
  method: string,
  url: string,
  token: string | null,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${stack.baseUrl}/api/v1${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A demo account's access token. */
export async function staffToken(stack: Stack, username: string): Promise<string> {
  return (
    await apiCall<{ accessToken: string }>(stack, 'POST', '/auth/login', null, { username, password: 'Demo@2026!' })
  ).accessToken;
}

/** Signs a demo account in to the console and waits for its home page. */
export async function consoleLogin(stack: Stack, page: Page, username: string): Promise<void> {
  await page.goto(`${stack.baseUrl}/admin/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('Demo@2026!');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/\/admin\/?$/);
}
