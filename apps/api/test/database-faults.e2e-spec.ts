import { ErrorCode } from '@steadywork/shared';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { workerProfile } from './factories/worker.factory';
import { FaultProxy } from './helpers/fault-proxy';
import { startTestApp, TestApp } from './helpers/test-app';

const onMysql = /^(mysql|mariadb):/.test(process.env.DB_URL ?? '');

/** The one answer while the database cannot serve: 503, Retry-After, the usual error shape. */
function expectUnavailable(res: { status: number; headers: Record<string, string>; body: unknown }) {
  expect({ status: res.status, retryAfter: res.headers['retry-after'], body: res.body }).toEqual({
    status: 503,
    retryAfter: '5',
    body: expect.objectContaining({
      statusCode: 503,
      error: ErrorCode.SERVICE_UNAVAILABLE,
      message: expect.any(String),
    }),
  });
}

if (!onMysql) {
  describe('database faults on SQLite: the write lock held elsewhere', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ DB_BUSY_TIMEOUT_MS: '300', READY_TIMEOUT_MS: '1000' });
    });
    afterAll(() => t.close());

    it('readiness and writes answer 503 with Retry-After while another process holds the lock, then recover; nothing half-written', async () => {
      expect((await t.http().get('/api/v1/health/ready')).body).toEqual({ status: 'ready' });
      const staff = await t.bearer('chengdong_reviewer');
      const file = (t.db.options as { database: string }).database;
      const other = new Database(file);
      other.pragma('busy_timeout = 0');
      other.exec('BEGIN IMMEDIATE');
      const profile = workerProfile({ regionCode: '630102' });
      try {
        expectUnavailable(await t.http().get('/api/v1/health/ready'));
        expectUnavailable(await t.http().post('/api/v1/workers').set('Authorization', staff).send(profile));
        // liveness stays 200: the process is fine, a restart would not help
        expect((await t.http().get('/api/v1/health')).status).toBe(200);
        // reads go on beside the writer (WAL)
        expect((await t.http().get('/api/v1/workers').set('Authorization', staff)).status).toBe(200);
      } finally {
        other.exec('ROLLBACK');
        other.close();
      }
      expect((await t.http().get('/api/v1/health/ready')).status).toBe(200);
      const retried = await t.http().post('/api/v1/workers').set('Authorization', staff).send(profile);
      expect(retried.status).toBe(201);
      const list = await t.http().get('/api/v1/workers').query({ keyword: profile.name }).set('Authorization', staff);
      expect(list.body.items.filter((w: { id: number }) => w.id === retried.body.id)).toHaveLength(1);
    });
  });
}

if (!onMysql) {
  describe('start-up on a SQLite path the API cannot write', () => {
    const start = (file: string) =>
      createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DB_URL: `sqlite:${file}` }));

    it('a data directory that cannot be created: refused at once, naming the path and the cause', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-probe-'));
      const notADirectory = path.join(dir, 'plain-file');
      fs.writeFileSync(notADirectory, '');
      try {
        await expect(start(path.join(notADirectory, 'data', 'steadywork.sqlite'))).rejects.toThrow(
          new RegExp(`SQLite data directory ${notADirectory}/data cannot be created \\(ENOTDIR`),
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    // chattr +i: read-only even for root, which the tests run as on CI
    it('a read-only data directory, and a read-only database file: refused at once, naming each', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-probe-'));
      const file = path.join(dir, 'steadywork.sqlite');
      fs.writeFileSync(file, '');
      execFileSync('chattr', ['+i', dir]);
      try {
        await expect(start(file)).rejects.toThrow(
          new RegExp(`SQLite data directory ${dir} is not writable \\((EACCES|EPERM)`),
        );
      } finally {
        execFileSync('chattr', ['-i', dir]);
      }
      execFileSync('chattr', ['+i', file]);
      try {
        await expect(start(file)).rejects.toThrow(
          new RegExp(`SQLite database file ${file} is not writable \\((EACCES|EPERM)`),
        );
      } finally {
        execFileSync('chattr', ['-i', file]);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

if (onMysql) {
  describe('database faults on MySQL/MariaDB: the server frozen, then down', () => {
    let t: TestApp;
    let proxy: FaultProxy;
    let staff: string;
    beforeAll(async () => {
      const server = new URL((process.env.DB_URL ?? '').replace(/^mariadb:/, 'mysql:'));
      proxy = await new FaultProxy(server.hostname, Number(server.port || 3306)).start();
      t = await startTestApp(
        {
          DB_CONNECT_TIMEOUT_MS: '1000',
          DB_QUERY_TIMEOUT_MS: '1000',
          READY_TIMEOUT_MS: '500',
          REQUEST_TIMEOUT_MS: '3000',
        },
        {
          mapDbUrl: (url) => {
            const via = new URL(url);
            via.hostname = '127.0.0.1';
            via.port = String(proxy.port);
            return via.toString();
          },
        },
      );
      staff = await t.bearer('chengdong_reviewer');
    });
    afterAll(async () => {
      await proxy.restore();
      await t.close();
      await proxy.stop();
    });

    it('frozen: readiness and requests answer 503 with Retry-After within their limits, then all recover', async () => {
      expect((await t.http().get('/api/v1/health/ready')).status).toBe(200);
      proxy.freeze();
      try {
        expectUnavailable(await t.http().get('/api/v1/health/ready'));
        expectUnavailable(await t.http().get('/api/v1/workers').set('Authorization', staff));
        expect((await t.http().get('/api/v1/health')).body).toEqual({ status: 'degraded' });
      } finally {
        await proxy.restore();
      }
      expect((await t.http().get('/api/v1/health/ready')).status).toBe(200);
      expect((await t.http().get('/api/v1/workers').set('Authorization', staff)).status).toBe(200);
    });

    it('down: 503 with Retry-After, not 500; writes go through once it is back, once', async () => {
      await proxy.down();
      const profile = workerProfile({ regionCode: '630102' });
      try {
        expectUnavailable(await t.http().get('/api/v1/health/ready'));
        expectUnavailable(await t.http().get('/api/v1/workers').set('Authorization', staff));
        expectUnavailable(await t.http().post('/api/v1/workers').set('Authorization', staff).send(profile));
      } finally {
        await proxy.restore();
      }
      expect((await t.http().get('/api/v1/health/ready')).status).toBe(200);
      const created = await t.http().post('/api/v1/workers').set('Authorization', staff).send(profile);
      expect(created.status).toBe(201);
      const rows = await t.db.query(
        'SELECT COUNT(*) AS n FROM worker WHERE id_number_hash = (SELECT id_number_hash FROM worker WHERE id = ?)',
        [created.body.id],
      );
      expect(Number(rows[0].n)).toBe(1);
    });
  });
}
