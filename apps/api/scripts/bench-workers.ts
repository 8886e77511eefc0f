/**
 * Benchmark of the filtered workers list: starts the compiled API (`npm run api:prod`, built
 * first if the sources changed) on the database in DB_URL (seed it first with
 * `npm run seed:workers`) as 1 and then 2 processes, logs in as a city reviewer and runs
 * `clients` concurrent clients for a fixed time; then, in the same run, the bare NestJS route
 * (bench-bare.ts, no database) with the same clients, processes and time. Prints p50/p95,
 * requests per second and the ratios to the bare route.
 *   npm run bench:workers -- [seconds=20] [clients=20] [--processes 1,2]
 */
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
} from './bench-lib';

const args = process.argv.slice(2);
const [secondsArg, clientsArg] = positional(args);
const seconds = Number(secondsArg ?? 20);
const clients = Number(clientsArg ?? 20);
const port = Number(process.env.BENCH_PORT ?? 3999);

const QUERIES = [
  'employmentStatus=UNEMPLOYED',
  'tag=MIGRANT_WORKER',
  'regionCode=630102',
  'keyword=%E7%8E%8B',
  'employmentStatus=FLEXIBLE&regionCode=630105',
  '',
];

async function main(): Promise<void> {
  const counts = processCounts(args);
  ensureBuilt();
  const rows: { processes: number; ours: Figures; bare: Figures }[] = [];
  for (const processes of counts) {
    const api = await startApi(processes, port, { LOGIN_RATE_LIMIT: '1000' });
    let ours: Figures;
    try {
      const login = await fetch(`${api.base}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'xining_reviewer', password: 'Demo@2026!' }),
      });
      const { accessToken } = (await login.json()) as { accessToken: string };
      const headers = { Authorization: `Bearer ${accessToken}` };
      const total = (await (await fetch(`${api.base}/workers?pageSize=1`, { headers })).json()) as { total: number };
      console.log(`\n${processes} process(es): workers visible to xining_reviewer: ${total.total}`);
      ours = await load(clients, { seconds }, async (i) => {
        const page = 1 + (i % 50);
        const q = QUERIES[i % QUERIES.length];
        const res = await fetch(`${api.base}/workers?page=${page}&pageSize=20${q ? `&${q}` : ''}`, { headers });
        await res.arrayBuffer();
        return res.ok;
      });
    } finally {
      await api.stop();
    }
    console.log(`GET /workers (filtered, paged) — ${clients} clients, ${processes} process(es): ${describe(ours)}`);
    const bareServer = await startBare(processes, port);
    let bare: Figures;
    try {
      bare = await load(clients, { seconds }, () => bareRequest(bareServer));
    } finally {
      await bareServer.stop();
    }
    console.log(`GET /bare (NestJS, no database) — ${clients} clients, ${processes} process(es): ${describe(bare)}`);
    console.log(ratio('GET /workers', ours, bare));
    rows.push({ processes, ours, bare });
  }
  summary(rows, `GET /workers, ${clients} clients, ${seconds} s per run (ratios: ours ÷ bare route)`);
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
