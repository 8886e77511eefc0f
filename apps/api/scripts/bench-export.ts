/**
 * Benchmark of the Excel export of the workers list (GET /workers/export, streamed): starts the
 * compiled API (`npm run api:prod` as one process, built first if the sources changed) on the
 * database in DB_URL (seed it first: `npm run seed:workers -- 100000`), exports every worker in a
 * province-wide reviewer's scope, and prints the time to the last byte, the size of the file and
 * the API process's peak resident memory (VmHWM) against the limits: 10 s and 250 MB.
 *   npm run bench:export -- [--runs 1]
 */
import * as fs from 'node:fs';
import { ensureBuilt, startApi } from './bench-lib';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
const port = Number(process.env.BENCH_PORT ?? 3995);
const LIMIT_SECONDS = 10;
const LIMIT_MB = 250;

/** kB figures of /proc/<pid>/status: VmRSS (now) and VmHWM (the peak since the process started). */
function memory(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function main(): Promise<void> {
  ensureBuilt();
  const api = await startApi(1, port, { LOGIN_RATE_LIMIT: '1000' });
  let failed = false;
  try {
    const [pid] = api.pids();
    const login = await fetch(`${api.base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'province_reviewer', password: 'Demo@2026!' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { Authorization: `Bearer ${accessToken}` };
    const { total } = (await (await fetch(`${api.base}/workers?pageSize=1`, { headers })).json()) as { total: number };
    const before = memory(pid);
    console.log(
      `workers in province_reviewer's scope: ${total}; API process ${pid} before the export: ${before.rss.toFixed(0)} MB resident`,
    );
    for (let run = 1; run <= runs; run++) {
      const t0 = performance.now();
      const res = await fetch(`${api.base}/workers/export`, { headers });
      if (!res.ok || !res.body) throw new Error(`export answered ${res.status}: ${await res.text()}`);
      let bytes = 0;
      for await (const chunk of res.body) bytes += (chunk as Uint8Array).length;
      const seconds = (performance.now() - t0) / 1000;
      const after = memory(pid);
      const ok = seconds <= LIMIT_SECONDS && after.peak <= LIMIT_MB;
      failed ||= !ok;
      console.log(
        `GET /workers/export, ${total} workers: ${seconds.toFixed(1)} s (limit ${LIMIT_SECONDS} s), ` +
          `${(bytes / 1024 / 1024).toFixed(1)} MB of .xlsx; API peak RSS ${after.peak.toFixed(0)} MB (limit ${LIMIT_MB} MB), ` +
          `${after.rss.toFixed(0)} MB after${ok ? '' : ' — OVER THE LIMIT'}`,
      );
    }
    // the export's audit entry is written after the last byte: let it land before the stop
    await new Promise((r) => setTimeout(r, 2000));
  } finally {
    await api.stop();
  }
  if (failed) process.exitCode = 1;
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
