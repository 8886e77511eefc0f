/**
 * What the benchmarks share: the compiled API started as 1 or more processes (dist/cluster.js, as
 * `npm run api:prod` runs it), the bare NestJS route they are measured against (bench-bare.ts, no
 * database), a load loop with its percentiles, and the ratio lines. The machine is shared and
 * noisy: the ratio to the bare route measured in the same run is the figure to compare.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const API_DIR = path.resolve(__dirname, '..');
const SOURCES = [path.join(API_DIR, 'src'), path.resolve(API_DIR, '../../libs/shared/src')];

/** `--processes 1,2` (default both), `--processes 2`: the process counts to measure. */
export function processCounts(args: string[]): number[] {
  const i = args.indexOf('--processes');
  const raw = i >= 0 ? args[i + 1] : '1,2';
  const counts = (raw ?? '').split(',').map(Number);
  if (!counts.length || counts.some((n) => !Number.isInteger(n) || n < 1 || n > 16)) {
    throw new Error(`--processes takes 1, 2 or a list such as 1,2 (got "${raw}")`);
  }
  return counts;
}

/** The arguments that are not options (`--name value`). */
export function positional(args: string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the API (`npm run build`) unless dist/ is newer than every source file. */
export function ensureBuilt(): void {
  const main = path.join(API_DIR, 'dist/cluster.js');
  if (fs.existsSync(main) && fs.statSync(main).mtimeMs > Math.max(...SOURCES.map(newestSource))) return;
  console.log('building the API (npm run build) …');
  execFileSync('npm', ['run', 'build'], { cwd: API_DIR, stdio: 'inherit' });
}

export interface Server {
  proc: ChildProcess;
  base: string;
  /** The process ids serving (the cluster's children). */
  pids(): number[];
  stop(): Promise<void>;
}

/** The processes a cluster primary runs (its children). */
export function childPids(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((l) => Number(l.trim()))
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** Starts `node args…`; resolves once it prints "<name>: N processes" (all of them listening). */
async function launch(args: string[], env: Record<string, string>, port: number): Promise<Server> {
  const proc = spawn(process.execPath, args, {
    cwd: API_DIR,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const server: Server = {
    proc,
    base: `http://127.0.0.1:${port}/api/v1`,
    pids: () => childPids(proc.pid!),
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    },
  };
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    proc.stdout!.on('data', (d: Buffer) => {
      process.stdout.write(d);
      seen += d.toString();
      if (/: \d+ process(es)? \(cluster primary/.test(seen)) resolve();
    });
    proc.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before it listened`)));
  });
  return server;
}

/** The compiled API as `processes` processes (dist/cluster.js, `npm run api:prod`). */
export function startApi(processes: number, port: number, env: Record<string, string> = {}): Promise<Server> {
  return launch(
    ['dist/cluster.js'],
    { NODE_ENV: process.env.NODE_ENV || 'development', API_WORKERS: String(processes), ...env },
    port,
  );
}

/** The bare NestJS route (bench-bare.ts: `GET /api/v1/bare`, no database) as `processes` processes. */
export function startBare(processes: number, port: number): Promise<Server> {
  return launch(['-r', '@swc-node/register', 'scripts/bench-bare.ts'], { API_WORKERS: String(processes) }, port);
}

export interface Figures {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  perSecond: number;
  seconds: number;
}

/**
 * Runs `clients` loops of `request` (which returns whether the answer was a success) until
 * `seconds` have passed, or until `jobs` requests in all were sent.
 */
export async function load(
  clients: number,
  until: { seconds: number } | { jobs: number },
  request: (i: number) => Promise<boolean>,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = 'seconds' in until ? Date.now() + until.seconds * 1000 : Infinity;
  const more = () => ('jobs' in until ? next < until.jobs : Date.now() < deadline);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (more()) {
        const i = next++;
        const t0 = performance.now();
        let ok = false;
        try {
          ok = await request(i);
        } catch {
          ok = false;
        }
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    p50: pct(50),
    p95: pct(95),
    perSecond: latencies.length / seconds,
    seconds,
  };
}

/** One `GET /bare` request: what every benchmark is divided by. */
export async function bareRequest(server: Server): Promise<boolean> {
  const res = await fetch(`${server.base}/bare`);
  await res.arrayBuffer();
  return res.ok;
}

export const describe = (f: Figures): string =>
  `${f.requests} requests in ${f.seconds.toFixed(1)} s, ${f.errors} errors, p50 ${f.p50.toFixed(1)} ms, ` +
  `p95 ${f.p95.toFixed(1)} ms, ${f.perSecond.toFixed(0)}/s`;

/** The ratio line: our endpoint ÷ the bare route (latency), and the bare route's rate ÷ ours. */
export function ratio(label: string, ours: Figures, bare: Figures): string {
  return (
    `${label} ÷ bare route: p50 × ${(ours.p50 / bare.p50).toFixed(1)}, p95 × ${(ours.p95 / bare.p95).toFixed(1)}, ` +
    `rate ${((ours.perSecond / bare.perSecond) * 100).toFixed(1)} % of the bare route's`
  );
}

/** The summary table, one row per process count. */
export function summary(rows: { processes: number; ours: Figures; bare: Figures }[], what: string): void {
  console.log(`\n${what}`);
  console.log(
    '| processes | requests | errors | p50 | p95 | per s | bare p50 | bare p95 | bare per s | p50 ratio | p95 ratio | rate ratio |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { processes, ours, bare } of rows) {
    console.log(
      `| ${processes} | ${ours.requests} | ${ours.errors} | ${ours.p50.toFixed(1)} ms | ${ours.p95.toFixed(1)} ms | ${ours.perSecond.toFixed(0)} | ` +
        `${bare.p50.toFixed(1)} ms | ${bare.p95.toFixed(1)} ms | ${bare.perSecond.toFixed(0)} | ` +
        `${(ours.p50 / bare.p50).toFixed(1)} | ${(ours.p95 / bare.p95).toFixed(1)} | ${(ours.perSecond / bare.perSecond).toFixed(3)} |`,
    );
  }
}
