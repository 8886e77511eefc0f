import { INestApplication } from '@nestjs/common';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { TokenPair } from '@steadywork/shared';
import { createApp } from '../../src/app.factory';
import { Clock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/app-config';
import { LogSmsSender, SmsSender } from '../../src/notifications/sms';
import { SchedulerService } from '../../src/scheduler/scheduler.service';
import { ScheduledJobTrigger, type ScheduledJobRunResponse } from '@steadywork/shared';
import { DEMO_PASSWORD } from '../../src/seed/demo-seed.service';
import { DataSource } from 'typeorm';
import { testNow } from '../../../../testing/clock';

export { DEMO_PASSWORD };

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  clock: Clock;
  db: DataSource;
  dbType: 'sqlite' | 'mysql';
  /** The database URL the app runs on (another app may be started on it: `sameDatabaseAs`). */
  dbUrl: string;
  login(username: string, password?: string): Promise<TokenPair>;
  /** An Authorization header value for a demo account. */
  bearer(username: string): Promise<string>;
  workerBearer(openid: string): Promise<string>;
  /**
   * A first registration in the mini-program as a worker makes it: the form, then — when the
   * API answers 202 (every registration waits for the SMS code by default) — the code the
   * development SMS provider kept for that phone. Answers the last response.
   */
  register(auth: string, profile: { phone: string; [field: string]: unknown }): Promise<request.Response>;
  /**
   * Runs a scheduled job now, as its schedule would (the schedules are off in tests): answers its
   * recorded run, or null when another instance held its lease. E.g. `t.runJob('notifications.send')`
   * sends what the requests before it enqueued.
   */
  runJob(name: string): Promise<ScheduledJobRunResponse | null>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** The instant the app's clock starts at (migrations and demo data included): TEST_NOW by default. */
  now?: Date | string;
  /** The DB_URL the app gets, from the one the test made (e.g. through a FaultProxy). */
  mapDbUrl?: (url: string) => string;
  /**
   * A second instance of the API on the database of `app` (as two instances behind a load
   * balancer): its own process state and clock, the same tables. `app` removes the database.
   */
  sameDatabaseAs?: TestApp;
}

/**
 * Starts the real application on a fresh database: a temporary SQLite file, or — when DB_URL
 * points at MySQL/MariaDB — a new database on that server, dropped afterwards. Migrations and
 * demo data run exactly as in production start-up, at the instant the test runs at.
 */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const startAt = options.now === undefined ? testNow() : new Date(options.now);
  const base = process.env.DB_URL;
  let dbUrl: string;
  let cleanup: () => Promise<void>;
  if (options.sameDatabaseAs) {
    dbUrl = options.sameDatabaseAs.dbUrl;
    cleanup = async () => undefined;
  } else if (base && /^(mysql|mariadb):/.test(base)) {
    const name = `sw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const server = new URL(base.replace(/^mariadb:/, 'mysql:'));
    server.pathname = '/';
    const mysql = await import('mysql2/promise');
    const admin = await mysql.createConnection(server.toString());
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    server.pathname = `/${name}`;
    dbUrl = server.toString();
    cleanup = async () => {
      const c = await mysql.createConnection(new URL('/', server).toString());
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-test-'));
    dbUrl = `sqlite:${path.join(dir, 'test.sqlite')}`;
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-files-'));
  const config = loadConfig({
    FILE_STORAGE_DIR: filesDir,
    NODE_ENV: 'test',
    DB_URL: options.mapDbUrl ? options.mapDbUrl(dbUrl) : dbUrl,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    LOGIN_RATE_LIMIT: '10000',
    // a production app runs on the wall clock (the offset is refused there), and ends idle sign-ins;
    // elsewhere the suites move the clock by days while holding a token (security-level3 turns it on)
    ...(env.NODE_ENV === 'production'
      ? {}
      : { CLOCK_OFFSET_MS: String(startAt.getTime() - Date.now()), SESSION_IDLE_TIMEOUT: 'false' }),
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  const http = () => request(app.getHttpServer());
  const clock = app.get(Clock);
  const tokens = new Map<string, string>();

  const login = async (username: string, password = DEMO_PASSWORD): Promise<TokenPair> => {
    const res = await http().post('/api/v1/auth/login').send({ username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as TokenPair;
  };
  return {
    app,
    http,
    clock,
    db: app.get(DataSource),
    dbType: config.db.type,
    dbUrl,
    login,
    async bearer(username) {
      if (!tokens.has(username)) tokens.set(username, `Bearer ${(await login(username)).accessToken}`);
      return tokens.get(username)!;
    },
    async workerBearer(openid) {
      const res = await http()
        .post('/api/v1/auth/wechat/login')
        .send({ code: `dev:${openid}` });
      if (res.status !== 200) throw new Error(`worker login: ${res.status} ${JSON.stringify(res.body)}`);
      return `Bearer ${res.body.accessToken}`;
    },
    async register(auth, profile) {
      const res = await http().put('/api/v1/me/profile').set('Authorization', auth).send(profile);
      if (res.status !== 202) return res;
      const text = (app.get(SmsSender) as LogSmsSender).lastTo(profile.phone)?.text ?? '';
      const code = /验证码为 (\d{6})/.exec(text)?.[1];
      if (!code) throw new Error(`register: no code sent to ${profile.phone}`);
      return http().post('/api/v1/me/profile/confirm').set('Authorization', auth).send({ code });
    },
    runJob(name) {
      return app.get(SchedulerService).run(name, { trigger: ScheduledJobTrigger.SCHEDULE });
    },
    async close() {
      await app.close();
      await cleanup();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
