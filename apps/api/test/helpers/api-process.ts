import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { parseDbUrl } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source';

const API_DIR = path.resolve(__dirname, '../..');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An empty database of the kind DB_URL names: a new database on the MySQL/MariaDB server, or a
 * SQLite file in a new folder. Nothing is created in it.
 */
export interface EmptyDatabase {
  type: 'sqlite' | 'mysql';
  url: string;
  /** The SQLite file, or the MySQL database name. */
  name: string;
  /** A connection to it that neither migrates nor seeds. */
  connect(): Promise<DataSource>;
  drop(): Promise<void>;
}

/** `charset`: the MySQL/MariaDB database's default (a server left at latin1, say). */
export async function emptyDatabase(charset = 'utf8mb4 COLLATE utf8mb4_unicode_ci'): Promise<EmptyDatabase> {
  const base = process.env.DB_URL;
  // never migrates: the test decides when the schema is built
  const connect = async (url: string) =>
    new DataSource({ ...dataSourceOptions(parseDbUrl(url), false), migrationsRun: false }).initialize();
  if (base && /^(mysql|mariadb):/.test(base)) {
    const name = `sw_mig_${process.pid}_${randomBytes(4).toString('hex')}`;
    const server = new URL(base.replace(/^mariadb:/, 'mysql:'));
    server.pathname = '/';
    const mysql = await import('mysql2/promise');
    const admin = await mysql.createConnection(server.toString());
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET ${charset}`);
    await admin.end();
    const url = new URL(`/${name}`, server).toString();
    return {
      type: 'mysql',
      url,
      name,
      connect: () => connect(url),
      async drop() {
        const c = await mysql.createConnection(server.toString());
        await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-migrations-'));
  const file = path.join(dir, 'api.sqlite');
  return {
    type: 'sqlite',
    url: `sqlite:${file}`,
    name: file,
    connect: () => connect(`sqlite:${file}`),
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface ApiProcess {
  process: ChildProcess;
  baseUrl: string;
  /** Everything it printed, stdout and stderr. */
  output(): string;
  /** Resolves once /api/v1/health answers 200; throws with the output if it exits or never does. */
  healthy(): Promise<void>;
  /** Resolves with the exit code once it has exited by itself (at most 60 s). */
  exitCode(): Promise<number | null>;
  /** SIGKILL, as a crash or an OOM kill would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the API as a process on a database: from the sources (`node -r @swc-node/register
 * src/main.ts`, as `npm run api` does) unless `args` names a compiled entry (`['dist/main.js']`).
 */
export async function startApiProcess(
  dbUrl: string,
  env: Record<string, string> = {},
  args = ['-r', '@swc-node/register', 'src/main.ts'],
): Promise<ApiProcess> {
  const port = await freePort();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-files-'));
  const child = spawn(process.execPath, args, {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DB_URL: dbUrl,
      FILE_STORAGE_DIR: filesDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      fs.rmSync(filesDir, { recursive: true, force: true });
      resolve();
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  return {
    process: child,
    baseUrl,
    output: () => output,
    async healthy() {
      // up to 90 s: a start on a busy machine, after waiting for another instance's migrations
      for (let attempt = 0; attempt < 450; attempt++) {
        if (gone()) throw new Error(`API exited (${child.exitCode ?? child.signalCode}):\n${output}`);
        try {
          const res = await fetch(`${baseUrl}/api/v1/health`);
          if (res.ok) return;
        } catch {
          // not listening yet
        }
        await sleep(200);
      }
      throw new Error(`API did not start:\n${output}`);
    },
    async exitCode() {
      for (let attempt = 0; attempt < 600 && !gone(); attempt++) await sleep(100);
      if (!gone()) throw new Error(`API still running:\n${output}`);
      await exited;
      return child.exitCode;
    },
    async kill() {
      if (!gone()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!gone()) child.kill('SIGTERM');
      await exited;
    },
  };
}
