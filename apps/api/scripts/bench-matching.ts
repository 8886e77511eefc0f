/**
 * Benchmark of matching (issue 12 item 5): starts the compiled API (`npm run api:prod`, built
 * first if the sources changed) on the database in DB_URL — seeded with
 * `npm run seed:workers -- 1000000 --postings 50000` — as 1 and then 2 processes, and runs
 * `clients` concurrent clients for a fixed time over both directions:
 * - a worker's recommended postings (`GET /me/jobs/recommended`, pages 1–3), as workers the
 *   benchmark registers once in several counties with skills, education and an intention;
 * - a posting's best-fitting workers (`GET /jobs/postings/:id/matches`, pages 1–3) as county
 *   (城东区), city (西宁市) and province staff, with and without a tag filter.
 * Then, in the same run, the bare NestJS route (bench-bare.ts, no database) with the same clients,
 * processes and time. Prints p50/p95 per kind of request and overall, requests per second and the
 * ratios to the bare route.
 *   npm run bench:matching -- [seconds=20] [clients=10] [--processes 1,2]
 */
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
const [secondsArg, clientsArg] = positional(args);
const seconds = Number(secondsArg ?? 20);
const clients = Number(clientsArg ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3999);

const SKILLS = ['焊工', '电工', '厨师', '保安员', '叉车司机', '护理员', '砌筑工', '快递员'];
const EDUCATIONS = ['JUNIOR', 'SENIOR', 'VOCATIONAL', 'COLLEGE', null];
/** The counties the benchmark's workers live in (西宁市 and other cities). */
const WORKER_COUNTIES = ['630102', '630103', '630104', '630105', '630121', '630202', '632621', '632221'];
const WORKERS = 24;

async function call<T>(api: Server, method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(`${api.base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : null) as T;
}

async function staffToken(api: Server, username: string): Promise<string> {
  return (await call<{ accessToken: string }>(api, 'POST', '/auth/login', null, { username, password: 'Demo@2026!' }))
    .accessToken;
}

/** The benchmark's workers: registered on the first run, logged in again on the next ones. */
async function workerTokens(api: Server): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < WORKERS; i++) {
    const token = (
      await call<{ accessToken: string }>(api, 'POST', '/auth/wechat/login', null, { code: `dev:match-${i}` })
    ).accessToken;
    const region = WORKER_COUNTIES[i % WORKER_COUNTIES.length];
    const first17 = `${region}${new Date(Date.UTC(1975, 0, 1) + i * 400 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '')}${String(900 + i).padStart(3, '0')}`;
    const res = await fetch(`${api.base}/me/profile`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        name: `匹配职工${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`,
        idNumber: first17 + residentIdCheckChar(first17),
        phone: `136${String(i).padStart(8, '0')}`,
        regionCode: region,
        employmentStatus: 'UNEMPLOYED',
        education: EDUCATIONS[i % EDUCATIONS.length],
        skills: i % 6 === 5 ? [] : [SKILLS[i % SKILLS.length], ...(i % 2 ? [SKILLS[(i + 3) % SKILLS.length]] : [])],
        employmentIntention: i % 3 ? `${SKILLS[(i + 1) % SKILLS.length]}，就近` : null,
        consent: true,
      }),
    });
    await res.arrayBuffer();
    tokens.push(token);
  }
  return tokens;
}

/** Open postings of a county (as the province reviewer sees them). */
async function postingsIn(api: Server, token: string, regionCode: string): Promise<number[]> {
  const page = await call<{ items: { id: number }[] }>(
    api,
    'GET',
    `/jobs/postings?status=OPEN&regionCode=${regionCode}&pageSize=30`,
    token,
  );
  return page.items.map((p) => p.id);
}

interface Kind {
  label: string;
  token: string;
  paths: string[];
}

async function main(): Promise<void> {
  const counts = processCounts(args);
  ensureBuilt();
  const rows: { processes: number; ours: Figures; bare: Figures }[] = [];
  const perKind: string[] = [];
  for (const processes of counts) {
    const api = await startApi(processes, port, { LOGIN_RATE_LIMIT: '100000', REGISTRATION_PHONE_CHECK: 'claims' });
    let ours: Figures;
    const latencies = new Map<string, number[]>();
    try {
      const province = await staffToken(api, 'province_reviewer');
      const city = await staffToken(api, 'xining_reviewer');
      const county = await staffToken(api, 'chengdong_reviewer');
      const workers = await workerTokens(api);
      const chengdong = await postingsIn(api, province, '630102');
      const xining = await postingsIn(api, province, '630105');
      const haidong = await postingsIn(api, province, '630202');
      const open = await call<{ total: number }>(api, 'GET', '/jobs/postings?status=OPEN&pageSize=1', province);
      const visible = await call<{ total: number }>(api, 'GET', '/workers?pageSize=1', province);
      console.log(`\n${processes} process(es): ${visible.total} workers, ${open.total} open postings`);
      if (!chengdong.length || !xining.length || !haidong.length) throw new Error('no open postings: seed them first');
      const matches = (ids: number[], q = '') =>
        ids.flatMap((id) => [1, 2, 3].map((page) => `/jobs/postings/${id}/matches?page=${page}&pageSize=20${q}`));
      const kinds: Kind[] = [
        ...workers.map((token) => ({
          label: 'worker: recommended postings',
          token,
          paths: [1, 2, 3].map((page) => `/me/jobs/recommended?page=${page}&pageSize=20`),
        })),
        { label: 'posting: county staff (城东区)', token: county, paths: matches(chengdong) },
        { label: 'posting: city staff (西宁市)', token: city, paths: matches([...chengdong, ...xining]) },
        { label: 'posting: province staff', token: province, paths: matches([...xining, ...haidong]) },
        { label: 'posting: city staff, tag 农民工', token: city, paths: matches(xining, '&tag=MIGRANT_WORKER') },
        { label: 'posting: province staff, tag 困难职工', token: province, paths: matches(haidong, '&tag=HARDSHIP') },
      ];
      // half of the requests are workers', half staff's (one kind of staff view in turn)
      const staffKinds = kinds.filter((k) => k.label.startsWith('posting'));
      const workerKinds = kinds.filter((k) => k.label.startsWith('worker'));
      const pick = (i: number): { label: string; token: string; path: string } => {
        const list = i % 2 ? staffKinds : workerKinds;
        const kind = list[Math.floor(i / 2) % list.length];
        return {
          label: kind.label,
          token: kind.token,
          path: kind.paths[Math.floor(i / 2 / list.length) % kind.paths.length],
        };
      };
      // one pass first: every answer must be a success
      for (const k of kinds) await call(api, 'GET', k.paths[0], k.token);
      ours = await load(clients, { seconds }, async (i) => {
        const { label, token, path } = pick(i);
        const t0 = performance.now();
        const res = await fetch(`${api.base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
        await res.arrayBuffer();
        if (!latencies.has(label)) latencies.set(label, []);
        latencies.get(label)!.push(performance.now() - t0);
        return res.ok;
      });
    } finally {
      await api.stop();
    }
    console.log(`matching — ${clients} clients, ${processes} process(es): ${describe(ours)}`);
    for (const [label, list] of latencies) {
      list.sort((a, b) => a - b);
      const pct = (p: number) => list[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
      const line = `| ${processes} | ${label} | ${list.length} | ${pct(50).toFixed(1)} ms | ${pct(95).toFixed(1)} ms |`;
      perKind.push(line);
      console.log(`  ${label}: ${list.length} requests, p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms`);
    }
    const bareServer = await startBare(processes, port);
    let bare: Figures;
    try {
      bare = await load(clients, { seconds }, () => bareRequest(bareServer));
    } finally {
      await bareServer.stop();
    }
    console.log(`GET /bare (NestJS, no database) — ${clients} clients, ${processes} process(es): ${describe(bare)}`);
    console.log(ratio('matching', ours, bare));
    rows.push({ processes, ours, bare });
  }
  console.log('\n| processes | request | requests | p50 | p95 |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const line of perKind) console.log(line);
  summary(rows, `matching (both directions), ${clients} clients, ${seconds} s per run (ratios: ours ÷ bare route)`);
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
