/**
 * `npm run api:prod`: the compiled API (dist/main.js) as API_WORKERS processes (default: one per
 * CPU) on one port, through Node's cluster. The processes share nothing but the database: each
 * opens its own pool, the start-up lock lets one of them migrate at a time (docs/operations.md),
 * and they accept connections on the port they share. A process that dies is replaced;
 * SIGTERM or SIGINT stops them all and frees the port.
 */
import cluster, { type Worker } from 'node:cluster';
import * as os from 'node:os';
import * as path from 'node:path';

/** The number of processes: API_WORKERS, or one per CPU. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.API_WORKERS?.trim();
  if (!raw) return Math.max(1, os.availableParallelism());
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new Error(`API_WORKERS must be a whole number from 1 to 256 (got "${raw}")`);
  }
  return n;
}

function runPrimary(): void {
  let count: number;
  try {
    count = workerCount();
  } catch (err) {
    console.error(`SteadyWork API cannot start: ${(err as Error).message}`);
    process.exit(1);
  }
  // The kernel hands each connection to a process that accepts it (not the primary in turn): a
  // connection never waits on a process that has just died.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  cluster.setupPrimary({ exec: path.join(__dirname, 'main.js') });
  let stopping = false;
  let listening = 0;
  // a process that dies before it ever listened (a configuration or database error at start) is
  // not replaced: the others would die the same way; the cluster stops with its exit code
  const everListened = new Set<number>();
  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.once('listening', () => {
      everListened.add(worker.id);
      listening += 1;
      if (listening === count && everListened.size === count)
        console.log(`SteadyWork API: ${count} processes (cluster primary pid ${process.pid})`);
    });
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    if (everListened.has(worker.id)) listening -= 1;
    if (stopping) {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(process.exitCode ?? 0);
      return;
    }
    if (!everListened.has(worker.id)) {
      console.error(
        `SteadyWork API: process ${worker.process.pid} stopped during start-up (exit code ${code ?? signal})`,
      );
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
      process.exitCode = code || 1;
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(process.exitCode);
      return;
    }
    console.error(
      `SteadyWork API: process ${worker.process.pid} ended (${signal ?? `exit code ${code}`}): starting another`,
    );
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    // a graceful stop that hangs is ended after 10 s
    setTimeout(() => {
      for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGKILL');
      process.exit(0);
    }, 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  for (let i = 0; i < count; i++) fork();
}

if (cluster.isPrimary) runPrimary();
