/**
 * Benchmark of QR check-in (POST /training/check-ins): starts the API on a fresh database (a
 * temporary SQLite file, or the MySQL/MariaDB database in DB_URL, which must be empty), creates
 * `courses` courses with a class in progress, registers and enrols `workers` workers in each,
 * opens check-in, and then `clients` concurrent clients check every worker in to every class with
 * the current QR token (refreshed as the trainer's screen would). Prints check-ins per second.
 *   npm run bench:checkins -- [clients=50] [workers=400] [courses=5]
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { residentIdCheckChar } from '@steadywork/shared';

const clients = Number(process.argv[2] ?? 50);
const workerCount = Number(process.argv[3] ?? 400);
const courseCount = Number(process.argv[4] ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3998);
const base = `http://127.0.0.1:${port}/api/v1`;

async function call<T>(method: string, url: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Runs `fn` over the items with at most `n` at a time. */
async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-bench-'));
  const dbUrl = process.env.DB_URL ?? `sqlite:${path.join(dir, 'bench.sqlite')}`;
  const api = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV || 'development',
      DB_URL: dbUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '100000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitFor(`${base}/health`);
    const login = (u: string) =>
      call<{ accessToken: string }>('POST', '/auth/login', null, { username: u, password: 'Demo@2026!' }).then(
        (r) => r.accessToken,
      );
    const admin = await login('training_admin');
    const trainer = await login('trainer');
    const me = await call<{ id: number }>('GET', '/auth/me', trainer);
    const now = Date.now();
    const day = new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
    const courses: number[] = [];
    for (let c = 0; c < courseCount; c++) {
      const course = await call<{ id: number; sessions: { id: number }[] }>('POST', '/training/courses', admin, {
        title: `压测课程 ${c + 1}`,
        type: 'SKILLS',
        domesticService: false,
        organiser: '青海省工会干部学校',
        regionCode: '630102',
        venue: '西宁市城东区',
        latitude: 36.62,
        longitude: 101.8,
        capacity: workerCount,
        targetGroups: [],
        trainerIds: [me.id],
        startsOn: day,
        endsOn: day,
        sessions: [
          { startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3 * 3600_000).toISOString() },
        ],
      });
      courses.push(course.id);
    }
    const sessions = await Promise.all(
      courses.map(
        async (id) =>
          (await call<{ sessions: { id: number }[] }>('GET', `/training/courses/${id}`, admin)).sessions[0].id,
      ),
    );
    console.log(`setting up: ${workerCount} workers enrolled in ${courseCount} courses …`);
    const tokens: string[] = [];
    await pool(
      Array.from({ length: workerCount }, (_, i) => i),
      20,
      async (i) => {
        const token = (
          await call<{ accessToken: string }>('POST', '/auth/wechat/login', null, { code: `dev:bench-${i}` })
        ).accessToken;
        const first17 = `630102${new Date(Date.UTC(1980, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '')}${String(i % 1000).padStart(3, '0')}`;
        await call('PUT', '/me/profile', token, {
          name: `压测职工${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`,
          idNumber: first17 + residentIdCheckChar(first17),
          phone: `137${String(i).padStart(8, '0')}`,
          regionCode: '630102',
          employmentStatus: 'UNEMPLOYED',
          skills: [],
          consent: true,
        });
        for (const id of courses) await call('POST', `/training/courses/${id}/enrolments`, token, {});
        tokens[i] = token;
      },
    );
    for (const s of sessions) await call('POST', `/training/sessions/${s}/open`, trainer);
    const qr = new Map<number, string>();
    const refresh = async () => {
      for (const s of sessions)
        qr.set(s, (await call<{ token: string }>('GET', `/training/sessions/${s}/qr`, trainer)).token);
    };
    await refresh();
    const timer = setInterval(() => void refresh(), 20_000);

    const jobs = sessions.flatMap((s) => tokens.map((token) => ({ s, token })));
    // interleave the classes, as many rooms checking in at the same time would
    jobs.sort((a, b) => tokens.indexOf(a.token) - tokens.indexOf(b.token));
    const latencies: number[] = [];
    let errors = 0;
    const started = performance.now();
    await pool(jobs, clients, async ({ s, token }) => {
      const t0 = performance.now();
      const res = await fetch(`${base}/training/check-ins`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ token: qr.get(s) }),
      });
      await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (!res.ok) errors++;
    });
    const elapsed = (performance.now() - started) / 1000;
    clearInterval(timer);
    const roster = await call<{ summary: { present: number; late: number } }>(
      'GET',
      `/training/sessions/${sessions[0]}/roster`,
      trainer,
    );
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
    console.log(
      `POST /training/check-ins — ${clients} concurrent clients, ${jobs.length} check-ins (${workerCount} workers × ${courseCount} classes) ` +
        `on ${dbUrl.startsWith('sqlite') ? 'SQLite' : 'MySQL/MariaDB'}: ${errors} errors, p50 ${pct(50)} ms, p95 ${pct(95)} ms, ` +
        `${(jobs.length / elapsed).toFixed(0)} check-ins/s sustained over ${elapsed.toFixed(1)} s; class 1 roster: ${roster.summary.present + roster.summary.late} checked in`,
    );
  } finally {
    api.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not start');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
