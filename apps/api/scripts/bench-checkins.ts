/**
 * Benchmark of QR check-in (POST /training/check-ins): starts the compiled API (`npm run
 * api:prod`, built first if the sources changed) on a fresh database (a temporary SQLite file, or
 * the MySQL/MariaDB database in DB_URL, which must be empty) as 1 and then 2 processes. Each run
 * creates `courses` courses with a class in progress, enrols `workers` workers (registered once)
 * in each, opens check-in, and then `clients` concurrent clients check every worker in to every
 * class with the current QR token (refreshed as the trainer's screen would). In the same run the
 * bare NestJS route (bench-bare.ts, no database) takes as many requests from as many clients.
 * Prints check-ins per second, p50/p95, the ratios to the bare route, and the rows per class.
 *   npm run bench:checkins -- [clients=50] [workers=400] [courses=5] [--processes 1,2]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { residentIdCheckChar } from '@steadywork/shared';
import {
  bareRequest,
  describe,
  ensureBuilt,
  load,
  positional,
  processCounts,
  ratio,
  startApi,
  startBare,
  summary,
  type Figures,
  type Server,
} from './bench-lib';

const args = process.argv.slice(2);
const [clientsArg, workersArg, coursesArg] = positional(args);
const clients = Number(clientsArg ?? 50);
const workerCount = Number(workersArg ?? 400);
const courseCount = Number(coursesArg ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3998);

async function call<T>(api: Server, method: string, url: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(`${api.base}${url}`, {
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

/** Registers the workers once (their tokens outlive an API restart: the same keys). */
async function registerWorkers(api: Server): Promise<string[]> {
  const tokens: string[] = [];
  await pool(
    Array.from({ length: workerCount }, (_, i) => i),
    20,
    async (i) => {
      const token = (
        await call<{ accessToken: string }>(api, 'POST', '/auth/wechat/login', null, { code: `dev:bench-${i}` })
      ).accessToken;
      const first17 = `630102${new Date(Date.UTC(1980, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '')}${String(i % 1000).padStart(3, '0')}`;
      await call(api, 'PUT', '/me/profile', token, {
        name: `压测职工${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`,
        idNumber: first17 + residentIdCheckChar(first17),
        phone: `137${String(i).padStart(8, '0')}`,
        regionCode: '630102',
        employmentStatus: 'UNEMPLOYED',
        skills: [],
        consent: true,
      });
      tokens[i] = token;
    },
  );
  return tokens;
}

/** New classes in progress with every worker enrolled, check-in open: their session ids. */
async function openClasses(
  api: Server,
  run: number,
  tokens: string[],
): Promise<{ sessions: number[]; trainer: string }> {
  const login = (u: string) =>
    call<{ accessToken: string }>(api, 'POST', '/auth/login', null, { username: u, password: 'Demo@2026!' }).then(
      (r) => r.accessToken,
    );
  const admin = await login('training_admin');
  const trainer = await login('trainer');
  const me = await call<{ id: number }>(api, 'GET', '/auth/me', trainer);
  const now = Date.now();
  const day = new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
  const courses: number[] = [];
  for (let c = 0; c < courseCount; c++) {
    const course = await call<{ id: number }>(api, 'POST', '/training/courses', admin, {
      title: `压测课程 ${run}-${c + 1}`,
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
        (await call<{ sessions: { id: number }[] }>(api, 'GET', `/training/courses/${id}`, admin)).sessions[0].id,
    ),
  );
  await pool(tokens, 20, async (token) => {
    for (const id of courses) await call(api, 'POST', `/training/courses/${id}/enrolments`, token, {});
  });
  for (const s of sessions) await call(api, 'POST', `/training/sessions/${s}/open`, trainer);
  return { sessions, trainer };
}

async function main(): Promise<void> {
  const counts = processCounts(args);
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-bench-'));
  const dbUrl = process.env.DB_URL ?? `sqlite:${path.join(dir, 'bench.sqlite')}`;
  const database = dbUrl.startsWith('sqlite') ? 'SQLite' : 'MySQL/MariaDB';
  const rows: { processes: number; ours: Figures; bare: Figures }[] = [];
  let tokens: string[] = [];
  try {
    for (const [run, processes] of counts.entries()) {
      const api = await startApi(processes, port, {
        DB_URL: dbUrl,
        LOGIN_RATE_LIMIT: '100000',
        // the workers register in one call (the SMS step is not what is measured)
        REGISTRATION_PHONE_CHECK: 'claims',
      });
      let ours: Figures;
      let checkedIn: number[];
      try {
        if (!tokens.length) {
          console.log(`setting up: ${workerCount} workers …`);
          tokens = await registerWorkers(api);
        }
        console.log(`\n${processes} process(es): ${courseCount} new classes, every worker enrolled …`);
        const { sessions, trainer } = await openClasses(api, run + 1, tokens);
        const qr = new Map<number, string>();
        const refresh = async () => {
          for (const s of sessions)
            qr.set(s, (await call<{ token: string }>(api, 'GET', `/training/sessions/${s}/qr`, trainer)).token);
        };
        await refresh();
        const timer = setInterval(() => void refresh().catch(() => undefined), 20_000);
        // interleaved: many rooms checking in at the same time
        const jobs = tokens.flatMap((token) => sessions.map((s) => ({ s, token })));
        try {
          ours = await load(clients, { jobs: jobs.length }, async (i) => {
            const { s, token } = jobs[i];
            const res = await fetch(`${api.base}/training/check-ins`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
              body: JSON.stringify({ token: qr.get(s) }),
            });
            await res.arrayBuffer();
            return res.ok;
          });
        } finally {
          clearInterval(timer);
        }
        checkedIn = await Promise.all(
          sessions.map(async (s) => {
            const roster = await call<{ summary: { present: number; late: number } }>(
              api,
              'GET',
              `/training/sessions/${s}/roster`,
              trainer,
            );
            return roster.summary.present + roster.summary.late;
          }),
        );
      } finally {
        await api.stop();
      }
      console.log(
        `POST /training/check-ins — ${clients} clients, ${processes} process(es), ${database}: ${describe(ours)}; ` +
          `checked in per class: ${checkedIn.join(', ')} (of ${workerCount} each)`,
      );
      const bareServer = await startBare(processes, port);
      let bare: Figures;
      try {
        bare = await load(clients, { jobs: ours.requests }, () => bareRequest(bareServer));
      } finally {
        await bareServer.stop();
      }
      console.log(`GET /bare (NestJS, no database) — ${clients} clients, ${processes} process(es): ${describe(bare)}`);
      console.log(ratio('POST /training/check-ins', ours, bare));
      rows.push({ processes, ours, bare });
    }
    summary(
      rows,
      `POST /training/check-ins on ${database}, ${clients} clients, ${workerCount} workers × ${courseCount} classes per run (ratios: ours ÷ bare route)`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
