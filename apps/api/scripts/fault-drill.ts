/**
 * The fault drill (docs/operations.md): on a MariaDB server it starts for itself, it does to the
 * API what an operator fears, and then counts. Phases:
 *
 *   1. the API killed (SIGKILL) while its migrations run on an empty database, then started again;
 *   2. two instances started together on an empty database;
 *   3. the compiled API as two processes (`npm run api:prod`, API_WORKERS=2) under a load of
 *      concurrent workers, each checking in once to a class in progress and sending service
 *      requests with an Idempotency-Key, retrying until acknowledged, while the database is
 *      stopped and started (the health routes watched meanwhile), frozen (SIGSTOP) and thawed,
 *      one of the two API processes is killed, the whole API is killed and started again, and
 *      the database is killed (SIGKILL) and started.
 *
 * It prints the acknowledged writes against the rows found: none lost, none doubled.
 *
 *   npm run fault:drill -w @steadywork/api -- [--clients 20] [--seconds 60]
 *
 * Needs the MariaDB server binaries (mariadbd, mariadb-install-db; Debian's mariadb-server).
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import mysql from 'mysql2/promise';
import { CenterService, EmploymentStatus, residentIdCheckChar } from '@steadywork/shared';
import { childPids } from './bench-lib';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CLIENTS = option('clients', 20);
const SECONDS = option('seconds', 60);
/** How long the load is watched after one of the two API processes is killed. */
const KILL_WINDOW_MS = 8_000;
const API_DIR = path.resolve(__dirname, '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

// ---- a MariaDB server of the drill's own ----

class Mariadb {
  proc: ChildProcess | null = null;
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-drill-db-'));
  port = 0;

  async init(): Promise<void> {
    this.port = await freePort();
    execFileSync('mariadb-install-db', [
      '--no-defaults',
      '--user=root',
      `--datadir=${path.join(this.dir, 'data')}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
  }

  async start(): Promise<void> {
    this.proc = spawn(
      'mariadbd',
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${path.join(this.dir, 'data')}`,
        `--socket=${path.join(this.dir, 'mysqld.sock')}`,
        `--pid-file=${path.join(this.dir, 'mysqld.pid')}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        '--skip-grant-tables',
        '--innodb-buffer-pool-size=128M',
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 120; i++) {
      try {
        const c = await mysql.createConnection({ host: '127.0.0.1', port: this.port, user: 'root' });
        await c.end();
        return;
      } catch {
        await sleep(250);
      }
    }
    throw new Error('MariaDB did not start');
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const proc = this.proc;
    this.proc = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill(signal);
    await exited;
  }

  signal(signal: NodeJS.Signals): void {
    this.proc?.kill(signal);
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], database?: string): Promise<T[]> {
    const c = await mysql.createConnection({ host: '127.0.0.1', port: this.port, user: 'root', database });
    try {
      const [rows] = await c.query(sql, params);
      return rows as T[];
    } finally {
      await c.end();
    }
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

// ---- the API as a process ----

class Api {
  proc: ChildProcess | null = null;
  output = '';
  constructor(
    readonly port: number,
    private readonly dbUrl: string,
    /** >1: the cluster (dist/cluster.js, `npm run api:prod`) with this many processes */
    private readonly processes = 1,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/api/v1`;
  }

  start(): void {
    this.output = '';
    // the compiled API, as production runs it (`npm run build` first)
    this.proc = spawn(process.execPath, [this.processes > 1 ? 'dist/cluster.js' : 'dist/main.js'], {
      cwd: API_DIR,
      env: {
        ...process.env,
        API_WORKERS: String(this.processes),
        NODE_ENV: 'development',
        PORT: String(this.port),
        DB_URL: this.dbUrl,
        LOG_LEVEL: 'warn',
        DEMO_PROVINCE: 'false',
        // the drill's workers register in one call (the SMS step is not what is drilled)
        REGISTRATION_PHONE_CHECK: 'claims',
        LOGIN_RATE_LIMIT: '100000',
        DB_CONNECT_TIMEOUT_MS: '2000',
        DB_QUERY_TIMEOUT_MS: '5000',
        REQUEST_TIMEOUT_MS: '8000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc.stdout?.on('data', (d) => (this.output += d));
    this.proc.stderr?.on('data', (d) => (this.output += d));
  }

  async ready(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.proc?.exitCode !== null && this.proc?.exitCode !== undefined) {
        throw new Error(`API exited (${this.proc.exitCode}):\n${this.output}`);
      }
      try {
        if ((await fetch(`${this.url}/health/ready`)).ok) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error(`API not ready in ${timeoutMs} ms:\n${this.output}`);
  }

  /** The processes of the cluster (the primary's children). */
  workerPids(): number[] {
    return this.proc?.pid ? childPids(this.proc.pid) : [];
  }

  /** SIGKILL, every process at once (the cluster's too), as a crash or an OOM kill would. */
  async kill(): Promise<void> {
    const workers = this.workerPids();
    const proc = this.proc;
    this.proc = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    for (const pid of workers) process.kill(pid, 'SIGKILL');
    proc.kill('SIGKILL');
    await exited;
  }
}

// ---- phase 1 and 2: start-up faults ----

async function tableCount(db: Mariadb, database: string): Promise<number> {
  const rows = await db.query<{ n: number }>(
    'SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ?',
    [database],
  );
  return Number(rows[0].n);
}

async function killDuringMigrations(db: Mariadb): Promise<{ killedAt: number; after: number; reference: number }> {
  await db.query('CREATE DATABASE drill_kill');
  const api = new Api(await freePort(), `mysql://root@127.0.0.1:${db.port}/drill_kill`);
  api.start();
  let killedAt = 0;
  for (let i = 0; i < 600; i++) {
    killedAt = await tableCount(db, 'drill_kill');
    if (killedAt >= 8) break;
    await sleep(50);
  }
  await api.kill();
  api.start();
  await api.ready();
  const after = await tableCount(db, 'drill_kill');
  await api.kill();
  // the reference: the same start-up, uninterrupted
  await db.query('CREATE DATABASE drill_reference');
  const ref = new Api(await freePort(), `mysql://root@127.0.0.1:${db.port}/drill_reference`);
  ref.start();
  await ref.ready();
  const reference = await tableCount(db, 'drill_reference');
  await ref.kill();
  return { killedAt, after, reference };
}

async function twoAtOnce(db: Mariadb): Promise<{ errors: string[]; courses: number }> {
  await db.query('CREATE DATABASE drill_two');
  const url = `mysql://root@127.0.0.1:${db.port}/drill_two`;
  const a = new Api(await freePort(), url);
  const b = new Api(await freePort(), url);
  a.start();
  b.start();
  await Promise.all([a.ready(), b.ready()]);
  const errors = [a.output, b.output].flatMap((o) => o.split('\n').filter((l) => /error|cannot start/i.test(l)));
  const rows = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM training_course', [], 'drill_two');
  await Promise.all([a.kill(), b.kill()]);
  return { errors, courses: Number(rows[0].n) };
}

// ---- phase 3: writes under faults ----

let idSeq = 0;
function residentId(): string {
  idSeq += 1;
  const birth = new Date(Date.UTC(1975, 0, 1) + idSeq * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `630102${birth}${String(700 + (idSeq % 300)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

interface Tally {
  acknowledged: Map<string, number>; // Idempotency-Key → request id
  checkIns: Map<number, number>; // drill worker → attendance id acknowledged
  attempts: number;
  failures: Map<string, number>; // status or error → count
  reads: number;
}

async function call(
  api: Api,
  method: string,
  url: string,
  auth: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${api.url}${url}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(auth ? { Authorization: auth } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** The class every drill worker checks in to once, and its current QR token. */
interface Checkin {
  courseId: number;
  sessionId: number;
  token: string;
}

async function worker(
  api: Api,
  n: number,
  centerId: number,
  checkin: Checkin,
  tally: Tally,
  until: () => boolean,
): Promise<void> {
  let auth = '';
  // log in and register, retried through the faults
  for (;;) {
    try {
      const login = await call(api, 'POST', '/auth/wechat/login', null, { code: `dev:drill-${n}` });
      if (login.status !== 200) throw new Error(String(login.status));
      auth = `Bearer ${login.body.accessToken as string}`;
      const me = await call(api, 'GET', '/me/profile', auth);
      if (me.status === 200) break;
      const reg = await call(api, 'PUT', '/me/profile', auth, {
        name: '演练',
        idNumber: residentId(),
        phone: `137${String(10_000_000 + n).slice(-8)}`,
        regionCode: '630102',
        ethnicity: '汉族',
        employmentStatus: EmploymentStatus.UNEMPLOYED,
        consent: true,
      });
      if (reg.status === 200) break;
    } catch {
      // the API or the database is down: try again
    }
    await sleep(300);
  }
  const count = (what: string) => tally.failures.set(what, (tally.failures.get(what) ?? 0) + 1);
  // enrol, then check in once: retried until acknowledged (a second scan returns the first)
  for (let done = false; !done && !until();) {
    tally.attempts += 1;
    try {
      const enrol = await call(api, 'POST', `/training/courses/${checkin.courseId}/enrolments`, auth, {});
      if (enrol.status === 201 || enrol.status === 200 || enrol.status === 409) {
        const res = await call(api, 'POST', '/training/check-ins', auth, { token: checkin.token });
        if (res.status === 201 || res.status === 200) {
          tally.checkIns.set(n, Number(res.body.id));
          done = true;
        } else count(`check-in ${res.status}`);
      } else count(`enrolment ${enrol.status}`);
    } catch (err) {
      count((err as Error).name === 'TimeoutError' ? 'timeout' : 'no answer');
    }
    if (!done) await sleep(300);
  }
  let i = 0;
  while (!until()) {
    i += 1;
    const key = `drill-${n}-${i}`;
    // one write: retried with the same key until acknowledged
    for (;;) {
      tally.attempts += 1;
      try {
        const res = await call(
          api,
          'POST',
          '/service-requests',
          auth,
          { centerId, serviceType: CenterService.JOB_REGISTRATION, description: `故障演练 ${key}` },
          { 'Idempotency-Key': key },
        );
        if (res.status === 201 || res.status === 200) {
          tally.acknowledged.set(key, Number(res.body.id));
          break;
        }
        if (res.status === 401) {
          const login = await call(api, 'POST', '/auth/wechat/login', null, { code: `dev:drill-${n}` });
          if (login.status === 200) auth = `Bearer ${login.body.accessToken as string}`;
        }
        tally.failures.set(String(res.status), (tally.failures.get(String(res.status)) ?? 0) + 1);
      } catch (err) {
        const what = (err as Error).name === 'TimeoutError' ? 'timeout' : 'no answer';
        tally.failures.set(what, (tally.failures.get(what) ?? 0) + 1);
      }
      await sleep(200);
    }
    try {
      if ((await call(api, 'GET', '/me/service-requests', auth)).status === 200) tally.reads += 1;
    } catch {
      // a read lost to a fault is just a read
    }
  }
}

/** Polls the liveness and readiness routes while `active()`: the statuses answered, counted. */
async function watchHealth(api: Api, active: () => boolean): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  const note = (what: string) => seen.set(what, (seen.get(what) ?? 0) + 1);
  while (active()) {
    for (const route of ['/health', '/health/ready']) {
      try {
        const res = await call(api, 'GET', route, null);
        note(`${route} ${res.status}${res.body.status ? ` ${String(res.body.status)}` : ''}`);
      } catch {
        note(`${route} no answer`);
      }
    }
    await sleep(500);
  }
  return seen;
}

async function underFaults(db: Mariadb): Promise<void> {
  await db.query('CREATE DATABASE drill_load');
  const api = new Api(await freePort(), `mysql://root@127.0.0.1:${db.port}/drill_load`, 2);
  api.start();
  await api.ready();
  const anyone = await call(api, 'POST', '/auth/wechat/login', null, { code: 'dev:drill-lookup' });
  const centers = await call(api, 'GET', '/centers?pageSize=50', `Bearer ${anyone.body.accessToken as string}`);
  const center = (centers.body.items as { id: number; services: string[] }[]).find((c) =>
    c.services.includes(CenterService.JOB_REGISTRATION),
  );
  if (!center) throw new Error('no demo center offers 求职登记');
  const checkin = await classInProgress(api);
  // the trainer's screen: a fresh QR token every 20 s
  const trainer = await staffLogin(api, 'trainer');
  const refresh = setInterval(() => {
    call(api, 'GET', `/training/sessions/${checkin.sessionId}/qr`, trainer)
      .then((r) => {
        if (r.status === 200) checkin.token = r.body.token as string;
      })
      .catch(() => undefined);
  }, 20_000);

  const tally: Tally = { acknowledged: new Map(), checkIns: new Map(), attempts: 0, failures: new Map(), reads: 0 };
  const endAt = Date.now() + SECONDS * 1000;
  const until = () => Date.now() > endAt;
  log(`load: ${CLIENTS} workers for ${SECONDS} s on the API as 2 processes`);
  const clients = Array.from({ length: CLIENTS }, (_, n) => worker(api, n, center.id, checkin, tally, until));

  const step = (SECONDS * 1000) / 10;
  let health = new Map<string, number>();
  let recoveredIn = 0;
  let oneKilled = { before: [] as number[], after: [] as number[], failures: 0, answered: 0 };
  const faults = (async () => {
    await sleep(step);
    log('MariaDB stopped (SIGTERM) for 10 s; the health routes watched');
    await db.stop();
    let down = true;
    const watching = watchHealth(api, () => down);
    await sleep(10_000);
    down = false;
    health = await watching;
    await db.start();
    const t0 = Date.now();
    await api.ready();
    recoveredIn = (Date.now() - t0) / 1000;
    log(`MariaDB started again; /health/ready 200 after ${recoveredIn.toFixed(1)} s, the API not restarted`);
    await sleep(step);
    const before = api.workerPids();
    log(`one of the two API processes killed (SIGKILL): ${before[0]}`);
    const failuresBefore = [...tally.failures.values()].reduce((a, b) => a + b, 0);
    const answeredBefore = tally.acknowledged.size;
    process.kill(before[0], 'SIGKILL');
    await sleep(KILL_WINDOW_MS);
    oneKilled = {
      before,
      after: api.workerPids(),
      failures: [...tally.failures.values()].reduce((a, b) => a + b, 0) - failuresBefore,
      answered: tally.acknowledged.size - answeredBefore,
    };
    log(`processes now: ${oneKilled.after.join(', ')}`);
    await sleep(step);
    log('MariaDB frozen (SIGSTOP) for 15 s');
    db.signal('SIGSTOP');
    await sleep(15_000);
    db.signal('SIGCONT');
    log('MariaDB thawed (SIGCONT)');
    await sleep(step);
    log('the whole API killed (SIGKILL), started again');
    await api.kill();
    api.start();
    await api.ready();
    await sleep(step);
    log('MariaDB killed (SIGKILL), started again');
    await db.stop('SIGKILL');
    await db.start();
  })();
  await Promise.all([...clients, faults]);
  clearInterval(refresh);
  await api.ready();

  const rows = await db.query<{ idempotency_key: string; id: number }>(
    "SELECT id, idempotency_key FROM service_request WHERE idempotency_key LIKE 'drill-%'",
    [],
    'drill_load',
  );
  const byKey = new Map<string, number[]>();
  for (const r of rows) byKey.set(r.idempotency_key, [...(byKey.get(r.idempotency_key) ?? []), Number(r.id)]);
  const lost = [...tally.acknowledged].filter(([key, id]) => !(byKey.get(key) ?? []).includes(id));
  const doubled = [...byKey].filter(([, ids]) => ids.length > 1);
  const unacknowledged = [...byKey.keys()].filter((k) => !tally.acknowledged.has(k));

  const attendance = await db.query<{ id: number; worker_id: number }>(
    'SELECT id, worker_id FROM training_attendance WHERE session_id = ?',
    [checkin.sessionId],
    'drill_load',
  );
  const attendanceIds = new Set(attendance.map((r) => Number(r.id)));
  const perWorker = new Map<number, number>();
  for (const r of attendance) perWorker.set(Number(r.worker_id), (perWorker.get(Number(r.worker_id)) ?? 0) + 1);
  const checkInsLost = [...tally.checkIns.values()].filter((id) => !attendanceIds.has(id));
  const checkInsDoubled = [...perWorker.values()].filter((n) => n > 1);
  await api.kill();

  console.log('');
  console.log(
    `while MariaDB was down: ${[...health].map(([k, v]) => `${k} × ${v}`).join(', ')}; ` +
      `ready again ${recoveredIn.toFixed(1)} s after it was back, without an API restart`,
  );
  console.log(
    `one of two API processes killed: ${oneKilled.answered} writes acknowledged in the next ${KILL_WINDOW_MS / 1000} s, ` +
      `${oneKilled.failures} tries failed (retried); processes before ${oneKilled.before.join(', ')}, after ${oneKilled.after.join(', ')}`,
  );
  console.log(`writes attempted: ${tally.attempts} (reads answered: ${tally.reads})`);
  console.log(`failed tries (retried): ${[...tally.failures].map(([k, v]) => `${k} × ${v}`).join(', ') || 'none'}`);
  console.log(
    `check-ins acknowledged: ${tally.checkIns.size} of ${CLIENTS} workers; attendance rows: ${attendance.length}`,
  );
  console.log(`check-ins lost: ${checkInsLost.length}, doubled: ${checkInsDoubled.length}`);
  console.log(`service requests acknowledged: ${tally.acknowledged.size}`);
  console.log(
    `service request rows found: ${rows.length} (of which not yet acknowledged when the load stopped: ${unacknowledged.length})`,
  );
  console.log(`service requests lost: ${lost.length}, doubled: ${doubled.length}`);
  const downAnswers = [...health].filter(([k]) => k.startsWith('/health/ready '));
  const replaced = oneKilled.after.length === 2 && !oneKilled.after.includes(oneKilled.before[0]);
  if (
    lost.length ||
    doubled.length ||
    checkInsLost.length ||
    checkInsDoubled.length ||
    tally.checkIns.size !== CLIENTS ||
    !downAnswers.some(([k]) => k.startsWith('/health/ready 503')) ||
    oneKilled.answered === 0 ||
    !replaced
  )
    process.exitCode = 1;
}

async function staffLogin(api: Api, username: string): Promise<string> {
  const res = await call(api, 'POST', '/auth/login', null, { username, password: 'Demo@2026!' });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return `Bearer ${res.body.accessToken as string}`;
}

/** A course with a class in progress and check-in open, as the training admin and trainer make it. */
async function classInProgress(api: Api): Promise<Checkin> {
  const admin = await staffLogin(api, 'training_admin');
  const trainer = await staffLogin(api, 'trainer');
  const me = await call(api, 'GET', '/auth/me', trainer);
  const now = Date.now();
  const day = new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
  const course = await call(api, 'POST', '/training/courses', admin, {
    title: '故障演练课程',
    type: 'SKILLS',
    domesticService: false,
    organiser: '青海省工会干部学校',
    regionCode: '630102',
    venue: '西宁市城东区',
    latitude: 36.62,
    longitude: 101.8,
    capacity: CLIENTS,
    targetGroups: [],
    trainerIds: [Number(me.body.id)],
    startsOn: day,
    endsOn: day,
    sessions: [{ startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3 * 3600_000).toISOString() }],
  });
  if (course.status !== 201) throw new Error(`course: ${course.status} ${JSON.stringify(course.body)}`);
  const courseId = Number(course.body.id);
  const detail = await call(api, 'GET', `/training/courses/${courseId}`, admin);
  const sessionId = (detail.body.sessions as { id: number }[])[0].id;
  const opened = await call(api, 'POST', `/training/sessions/${sessionId}/open`, trainer);
  if (opened.status >= 300) throw new Error(`open: ${opened.status}`);
  const qr = await call(api, 'GET', `/training/sessions/${sessionId}/qr`, trainer);
  return { courseId, sessionId, token: qr.body.token as string };
}

async function main(): Promise<void> {
  const db = new Mariadb();
  if (!fs.existsSync(path.join(API_DIR, 'dist/cluster.js'))) {
    log('building the API (npm run build)');
    execFileSync('npm', ['run', 'build'], { cwd: API_DIR, stdio: 'inherit' });
  }
  try {
    await db.init();
    await db.start();
    log(`MariaDB of the drill on 127.0.0.1:${db.port}`);

    log('1. the API killed during its migrations on an empty database, then started again');
    const k = await killDuringMigrations(db);
    console.log(
      `   killed with ${k.killedAt} tables made; after the restart: ${k.after} tables (an uninterrupted start makes ${k.reference})`,
    );
    if (k.after !== k.reference) process.exitCode = 1;

    log('2. two instances started together on an empty database');
    const two = await twoAtOnce(db);
    console.log(`   errors logged: ${two.errors.length}; demo courses: ${two.courses}`);
    for (const e of two.errors) console.log(`   ${e}`);
    if (two.errors.length) process.exitCode = 1;

    log('3. writes under faults, the API as two processes');
    await underFaults(db);
  } finally {
    await db.stop().catch(() => undefined);
    db.cleanup();
  }
  console.log(
    process.exitCode
      ? '\nFAILED'
      : '\nOK: nothing to repair by hand, no acknowledged write lost or doubled, the API served through each fault',
  );
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
