/**
 * The production start (docs/operations.md): the compiled API (`node dist/main.js`, no transpiler
 * at run time, libs/shared from dist/node_modules), several processes through `npm run api:prod`
 * (dist/cluster.js) on one port — one killed, the others serve on and it is replaced — and a data
 * directory the API cannot write refused at start with the path and a non-zero exit code.
 * CI builds before the tests; without a build this suite builds the API first.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { emptyDatabase, sleep, startApiProcess, type ApiProcess, type EmptyDatabase } from './helpers/api-process';

const API_DIR = path.resolve(__dirname, '..');
const onMysql = /^(mysql|mariadb):/.test(process.env.DB_URL ?? '');

/** The processes the cluster primary runs (its children). */
function childPids(primary: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(primary)], { encoding: 'utf8' })
      .split('\n')
      .map((l) => Number(l.trim()))
      .filter(Boolean);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

/** GET on a new connection each time (a kept-alive one held by a killed process is reset with it). */
function statusOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

describe('production start from the compiled API', () => {
  let db: EmptyDatabase;
  const running: ApiProcess[] = [];

  beforeAll(() => {
    const built = ['main.js', 'cluster.js', 'node_modules/@steadywork/shared/index.js'].every((f) =>
      fs.existsSync(path.join(API_DIR, 'dist', f)),
    );
    if (!built) execFileSync('npm', ['run', 'build'], { cwd: API_DIR, stdio: 'ignore' });
  }, 300_000);
  beforeEach(async () => {
    db = await emptyDatabase();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop()));
    await db.drop();
  });

  it('`node dist/main.js` starts on an empty database and answers, with no TypeScript loader', async () => {
    const api = await startApiProcess(db.url, { DEMO_PROVINCE: 'false' }, ['dist/main.js']);
    running.push(api);
    await api.healthy();
    const login = await fetch(`${api.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'sysadmin', password: 'Demo@2026!' }),
    });
    expect(login.status).toBe(200);
    // what the process loaded: compiled JavaScript only
    const maps = fs.readFileSync(`/proc/${api.process.pid}/maps`, 'utf8');
    expect(maps).not.toMatch(/swc|ts-node/);
  });

  if (!onMysql) {
    it('`npm run api:prod` runs API_WORKERS processes on one port; one killed, the other serves and it is replaced', async () => {
      const api = await startApiProcess(db.url, { API_WORKERS: '2', DEMO_PROVINCE: 'false' }, ['dist/cluster.js']);
      running.push(api);
      await api.healthy();
      let pids: number[] = [];
      for (let i = 0; i < 300 && pids.length < 2; i++, await sleep(200)) pids = childPids(api.process.pid!);
      expect(pids).toHaveLength(2);
      // both serve before one is killed (the primary says so once every process listens)
      for (let i = 0; i < 300 && !api.output().includes('SteadyWork API: 2 processes'); i++) await sleep(200);
      expect(api.output()).toContain('SteadyWork API: 2 processes');

      process.kill(pids[0], 'SIGKILL');
      const answers: number[] = [];
      for (let i = 0; i < 20; i++) {
        answers.push(await statusOf(`${api.baseUrl}/api/v1/health`));
        await sleep(50);
      }
      expect(answers.every((s) => s === 200)).toBe(true);

      let after: number[] = [];
      for (let i = 0; i < 450; i++, await sleep(200)) {
        after = childPids(api.process.pid!);
        if (after.length === 2 && !after.includes(pids[0])) break;
      }
      expect(after).toHaveLength(2);
      expect(after).toContain(pids[1]);
      expect(api.output()).toMatch(new RegExp(`process ${pids[0]} ended \\(SIGKILL\\): starting another`));
    });

    it('an upload directory or a SQLite data directory it cannot write: refused at start, naming it, exit code 1', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-readonly-'));
      const plainFile = path.join(dir, 'plain-file');
      fs.writeFileSync(plainFile, '');
      const uploads = path.join(dir, 'uploads');
      fs.mkdirSync(uploads);
      // chattr +i: read-only even for root, which the tests run as on CI
      execFileSync('chattr', ['+i', uploads]);
      try {
        const readOnly = await startApiProcess(db.url, { FILE_STORAGE_DIR: uploads }, ['dist/main.js']);
        expect(await readOnly.exitCode()).toBe(1);
        expect(readOnly.output()).toMatch(
          new RegExp(
            `SteadyWork API cannot start: the upload directory \\(FILE_STORAGE_DIR\\) ${uploads} is not writable \\((EACCES|EPERM)`,
          ),
        );

        const sqlite = await startApiProcess(`sqlite:${path.join(plainFile, 'data', 'api.sqlite')}`, {}, [
          'dist/cluster.js',
        ]);
        expect(await sqlite.exitCode()).toBe(1);
        expect(sqlite.output()).toMatch(
          new RegExp(
            `SteadyWork API cannot start: the SQLite data directory ${plainFile}/data cannot be created \\(ENOTDIR`,
          ),
        );
      } finally {
        execFileSync('chattr', ['-i', uploads]);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
