import Database from 'better-sqlite3';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long an instance waits for another one's migrations and demo seed before giving up. */
const LOCK_WAIT_SECONDS = 600;

/**
 * Runs `work` while this instance alone holds the database's start-up lock: migrations and the
 * demo seed run under it, so instances starting together take turns and the later ones find the
 * work done. The lock belongs to a connection (MySQL/MariaDB) or an open file (SQLite), so a
 * process that dies holding it releases it.
 *
 * - MySQL/MariaDB: `GET_LOCK('steadywork_migrations:<database>')` on one connection kept for the
 *   whole run (the lock is server-wide; the database name keeps two databases on one server from
 *   waiting for each other).
 * - SQLite: an exclusive transaction on `<database file>.migrations-lock`, a small SQLite file
 *   beside the database (the database itself cannot be locked: the work writes to it). An
 *   in-memory database belongs to one process and needs no lock.
 */
export async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const options = dataSource.options;
  if (options.type === 'better-sqlite3') {
    return options.database === ':memory:' ? work() : withSqliteLock(`${options.database}.migrations-lock`, work);
  }
  return withMysqlLock(dataSource, work);
}

const logger = new Logger('Migrations');

async function withMysqlLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const [{ db }]: { db: string }[] = await runner.query('SELECT DATABASE() AS db');
    // GET_LOCK names are at most 64 characters
    const name = `steadywork_migrations:${db}`.slice(0, 64);
    const [free]: { free: number | string | null }[] = await runner.query('SELECT IS_FREE_LOCK(?) AS free', [name]);
    if (Number(free.free) !== 1) logger.log('another instance is migrating this database: waiting for it');
    const [got]: { got: number | string | null }[] = await runner.query('SELECT GET_LOCK(?, ?) AS got', [
      name,
      LOCK_WAIT_SECONDS,
    ]);
    if (Number(got.got) !== 1) {
      throw new Error(`another instance held the migration lock ${name} for ${LOCK_WAIT_SECONDS} s`);
    }
    try {
      return await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [name]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}

async function withSqliteLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = new Database(file, { timeout: 0 });
  try {
    const deadline = performance.now() + LOCK_WAIT_SECONDS * 1000;
    let waiting = false;
    for (;;) {
      try {
        lock.exec('BEGIN EXCLUSIVE');
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
        if (performance.now() > deadline) {
          throw new Error(`another instance held the migration lock ${file} for ${LOCK_WAIT_SECONDS} s`, {
            cause: err,
          });
        }
        if (!waiting) logger.log('another instance is migrating this database: waiting for it');
        waiting = true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    try {
      return await work();
    } finally {
      lock.exec('COMMIT');
    }
  } finally {
    lock.close();
  }
}

/** Runs the pending migrations, one instance at a time. */
export function runMigrations(dataSource: DataSource): Promise<unknown> {
  return withMigrationLock(dataSource, async () => {
    await utf8mb4ByDefault(dataSource);
    return dataSource.runMigrations({ transaction: 'each' });
  });
}

/**
 * Tables take the database's default character set. A database created without one (a server
 * left at latin1) would refuse every Chinese name: make utf8mb4 its default before any table is
 * made (existing tables are left as they are).
 */
async function utf8mb4ByDefault(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'mysql') return;
  const [row] = (await dataSource.query(
    'SELECT DEFAULT_CHARACTER_SET_NAME AS charset FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()',
  )) as { charset: string }[];
  if (row && row.charset !== 'utf8mb4') {
    await dataSource.query('ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
  }
}

/** True when the error, or any error it wraps (cause, driverError, errors[]), matches. */
function anyCause(err: unknown, matches: (e: { code?: string; message?: string }) => boolean): boolean {
  const seen = new Set<unknown>();
  const check = (e: unknown): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e)) return false;
    seen.add(e);
    const { cause, errors, driverError } = e as { cause?: unknown; errors?: unknown[]; driverError?: unknown };
    return (
      matches(e as { code?: string; message?: string }) ||
      check(cause) ||
      check(driverError) ||
      (errors ?? []).some((x) => check(x))
    );
  };
  return check(err);
}

const UNREACHABLE_CODES = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
];

/**
 * True when the database server could not be reached (not up yet, restarting, a network that is
 * not ready): worth trying again in a few seconds. Any other start-up error is not.
 */
export function isDatabaseUnreachable(err: unknown): boolean {
  return anyCause(err, ({ code }) => !!code && UNREACHABLE_CODES.includes(code));
}

/** Errors that say the database cannot serve now (unreachable, restarting, overloaded, busy, read-only): 503, not 500. */
const UNAVAILABLE_CODES = [
  ...UNREACHABLE_CODES,
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_NORMAL_SHUTDOWN',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_QUERY_TIMEOUT',
  'ER_STATEMENT_TIMEOUT',
  'SQLITE_BUSY',
  'SQLITE_READONLY',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_CANTOPEN',
];
const UNAVAILABLE_MESSAGES =
  /Pool is closed|connection is in closed state|Connection is not established|Connection lost/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  return anyCause(
    err,
    ({ code, message }) =>
      (!!code && UNAVAILABLE_CODES.some((c) => code === c || code.startsWith(`${c}_`))) ||
      (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)),
  );
}
