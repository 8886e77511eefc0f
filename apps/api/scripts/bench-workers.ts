/**
 * Benchmark of the filtered workers list: starts the API on the database in DB_URL (seed it
 * first with `npm run seed:workers`), logs in as a city reviewer and runs 20 concurrent clients
 * for a fixed time, then prints p50/p95 latency and requests per second.
 *   npm run bench:workers -- [seconds=20] [clients=20]
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';

const seconds = Number(process.argv[2] ?? 20);
const clients = Number(process.argv[3] ?? 20);
const port = Number(process.env.BENCH_PORT ?? 3999);
const base = `http://127.0.0.1:${port}/api/v1`;

const QUERIES = [
  'employmentStatus=UNEMPLOYED',
  'tag=MIGRANT_WORKER',
  'regionCode=630102',
  'keyword=%E7%8E%8B',
  'employmentStatus=FLEXIBLE&regionCode=630105',
  '',
];

async function main(): Promise<void> {
  const api = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV || 'development',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '1000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitFor(`${base}/health`);
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'xining_reviewer', password: 'Demo@2026!' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { Authorization: `Bearer ${accessToken}` };
    const total = (await (await fetch(`${base}/workers?pageSize=1`, { headers })).json()) as { total: number };
    console.log(`workers visible to xining_reviewer: ${total.total}`);

    const latencies: number[] = [];
    let errors = 0;
    const deadline = Date.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let i = c; Date.now() < deadline; i += clients) {
          const page = 1 + (i % 50);
          const q = QUERIES[i % QUERIES.length];
          const t0 = performance.now();
          const res = await fetch(`${base}/workers?page=${page}&pageSize=20${q ? `&${q}` : ''}`, { headers });
          await res.arrayBuffer();
          latencies.push(performance.now() - t0);
          if (!res.ok) errors++;
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
    console.log(
      `GET /workers (filtered, paged) — ${clients} clients, ${seconds} s: ${latencies.length} requests, ${errors} errors, ` +
        `p50 ${pct(50)} ms, p95 ${pct(95)} ms, ${(latencies.length / elapsed).toFixed(0)} requests/s`,
    );
  } finally {
    api.kill('SIGTERM');
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
  throw new Error('API did not start');
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
