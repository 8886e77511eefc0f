import * as fs from 'node:fs';
import * as net from 'node:net';
import { DataSource, TableColumn, TableForeignKey } from 'typeorm';
import { ENTITIES } from '../src/database/data-source';
import { runMigrations } from '../src/database/migration-lock';
import { MIGRATIONS } from '../src/database/migrations';
import regionsJson from '../src/region/qinghai-regions.json';
import { DEMO_ACCOUNTS } from '../src/seed/demo-seed.service';
import { ApiProcess, emptyDatabase, EmptyDatabase, freePort, sleep, startApiProcess } from './helpers/api-process';
import { entityMismatches, schemaFingerprint } from './helpers/schema';
import { startTestApp, TestApp } from './helpers/test-app';

const DEMO_COURSE = '家政服务员（育婴员方向）技能培训';

interface RegionNode {
  children?: RegionNode[];
}
const REGION_COUNT = (function count(n: RegionNode): number {
  return 1 + (n.children ?? []).reduce((s, c) => s + count(c), 0);
})(regionsJson as RegionNode);

async function count(db: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const rows: { n: number | string }[] = await db.query(sql, params);
  return Number(rows[0].n);
}

/** What a complete start leaves: every migration once, the region tree once, each demo record once. */
async function startupRecords(db: DataSource) {
  return {
    migrations: await count(db, 'SELECT COUNT(*) AS n FROM migrations'),
    regions: await count(db, 'SELECT COUNT(*) AS n FROM region'),
    federations: await count(db, "SELECT COUNT(*) AS n FROM organization WHERE type LIKE '%FEDERATION'"),
    demoOrganizations: await count(db, "SELECT COUNT(*) AS n FROM organization WHERE type NOT LIKE '%FEDERATION'"),
    demoAccounts: await count(db, 'SELECT COUNT(*) AS n FROM staff_user'),
    centers: await count(db, 'SELECT COUNT(*) AS n FROM center'),
    programs: await count(db, 'SELECT COUNT(*) AS n FROM aid_program'),
    demoCourses: await count(db, 'SELECT COUNT(*) AS n FROM training_course WHERE title = ?', [DEMO_COURSE]),
    demoSessions: await count(db, 'SELECT COUNT(*) AS n FROM training_session'),
  };
}

const COMPLETE = {
  migrations: MIGRATIONS.length,
  regions: REGION_COUNT,
  federations: REGION_COUNT,
  demoOrganizations: 3,
  demoAccounts: DEMO_ACCOUNTS.length,
  centers: 7,
  programs: 2,
  demoCourses: 1,
  demoSessions: 5,
};

async function hasTrigger(db: DataSource, name: string): Promise<boolean> {
  const rows: unknown[] =
    db.options.type === 'mysql'
      ? await db.query(
          'SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = ?',
          [name],
        )
      : await db.query("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]);
  return rows.length > 0;
}

describe('migrations on a running database', () => {
  let t: TestApp;
  /** The schema of an uninterrupted run. */
  let complete: Record<string, unknown>;
  beforeAll(async () => {
    t = await startTestApp();
    complete = await schemaFingerprint(t.db);
  });
  afterAll(() => t.close());

  it('leave the tables and columns the entities describe, the region tree and the demo records', async () => {
    expect(await entityMismatches(t.db)).toEqual([]);
    expect(Object.keys(complete)).toEqual(expect.arrayContaining(t.db.entityMetadatas.map((m) => m.tableName)));
    expect(await startupRecords(t.db)).toEqual(COMPLETE);
  });

  it('run again over a migrated database without an error and without a change', async () => {
    const runner = t.db.createQueryRunner();
    try {
      for (const Migration of MIGRATIONS) await new Migration().up(runner);
    } finally {
      await runner.release();
    }
    expect(await schemaFingerprint(t.db)).toEqual(complete);
    expect(await startupRecords(t.db)).toEqual(COMPLETE);
  });

  it('finish a migration that stopped half-way: what is missing is created, nothing twice', async () => {
    // What a migration killed part-way through leaves on MySQL: some tables, columns, indices,
    // foreign keys, triggers and seed rows there, the rest not, and the migration not recorded.
    const runner = t.db.createQueryRunner();
    try {
      await runner.dropTable('online_learning_record');
      await runner.dropColumn('training_base', 'decision_reason');
      await runner.dropIndex('training_course', 'idx_training_course_year');
      const session = (await runner.getTable('training_session'))!;
      await runner.dropForeignKey(
        'training_session',
        session.foreignKeys.find((fk) => fk.columnNames.join() === 'course_id')!,
      );
      await runner.query('DROP TRIGGER training_roster_mark_no_delete');
      // a county (no demo record refers to it) whose union and region had not been written yet
      await runner.query("DELETE FROM organization WHERE region_code = '632823'");
      await runner.query("DELETE FROM region WHERE code = '632823'");
    } finally {
      await runner.release();
    }
    await t.db.query('DELETE FROM migrations WHERE name IN (?, ?)', [
      'Foundation1763900000000',
      'Training1764300000000',
    ]);
    expect(await schemaFingerprint(t.db)).not.toEqual(complete);

    await runMigrations(t.db);

    expect(await schemaFingerprint(t.db)).toEqual(complete);
    expect(await startupRecords(t.db)).toEqual(COMPLETE);
    expect(await hasTrigger(t.db, 'training_roster_mark_no_delete')).toBe(true);
    const check = await t.db.createQueryRunner();
    try {
      expect((await check.getTable('training_base'))!.findColumnByName('decision_reason')).toBeInstanceOf(TableColumn);
      const fks = (await check.getTable('training_session'))!.foreignKeys;
      expect(fks.map((fk: TableForeignKey) => fk.columnNames.join())).toEqual(['course_id']);
    } finally {
      await check.release();
    }
    const county = await t.db.query(
      "SELECT o.name FROM organization o JOIN region r ON r.code = o.region_code WHERE r.code = '632823'",
    );
    expect(county).toEqual([{ name: '天峻县总工会' }]);
  });
});

describe('API processes starting on an empty database', () => {
  const started: ApiProcess[] = [];
  const databases: EmptyDatabase[] = [];
  let probe: DataSource | null = null;
  /** The schema of an uninterrupted run on a database of the same kind. */
  let complete: Record<string, unknown>;
  beforeAll(async () => {
    const db = await emptyDatabase();
    const ds = await db.connect();
    try {
      await runMigrations(ds);
      complete = await schemaFingerprint(ds);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
  afterEach(async () => {
    for (const api of started.splice(0)) await api.stop();
    await probe?.destroy();
    probe = null;
    for (const db of databases.splice(0)) await db.drop();
  });

  const fresh = async () => {
    const db = await emptyDatabase();
    databases.push(db);
    return db;
  };
  const start = async (db: EmptyDatabase | string) => {
    const api = await startApiProcess(typeof db === 'string' ? db : db.url);
    started.push(api);
    return api;
  };

  /** Polls until `ready` holds (every 10 ms, at most 60 s); throws with the API's output if it exits first. */
  async function until(api: ApiProcess, ready: () => Promise<boolean> | boolean): Promise<void> {
    for (let attempt = 0; attempt < 6000; attempt++) {
      if (await ready()) return;
      if (api.process.exitCode !== null) throw new Error(`API exited first:\n${api.output()}`);
      await sleep(10);
    }
    throw new Error(`gave up waiting:\n${api.output()}`);
  }

  it('comes up complete after being killed during its migrations', async () => {
    const db = await fresh();
    const first = await start(db);
    if (db.type === 'mysql') {
      // kill it as soon as the first table of the first migration is there
      probe = await db.connect();
      const tables = () =>
        count(
          probe!,
          "SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> 'migrations'",
          [db.name],
        );
      await until(first, async () => (await tables()) > 0);
      await first.kill();
      // DDL is not rolled back on MySQL: part of the schema is there, the migration unrecorded
      expect(await tables()).toBeGreaterThan(0);
      expect(await tables()).toBeLessThan(ENTITIES.length);
      expect(await count(probe, 'SELECT COUNT(*) AS n FROM migrations')).toBeLessThan(MIGRATIONS.length);
    } else {
      // SQLite rolls the migration back; what must not survive the kill is its lock
      await until(first, () => fs.existsSync(`${db.name}.migrations-lock`));
      await first.kill();
    }
    expect(first.output()).not.toContain('SteadyWork API on');

    const second = await start(db);
    await second.healthy();
    expect(second.output()).not.toMatch(/error|already exists/i);
    const health = await fetch(`${second.baseUrl}/api/v1/health`);
    expect(await health.json()).toEqual({ status: 'ok' }); // the public sees up or down only
    probe ??= await db.connect();
    expect(await schemaFingerprint(probe)).toEqual(complete);
    expect(await startupRecords(probe)).toEqual(COMPLETE);
  }, 150_000);

  if (/^(mysql|mariadb):/.test(process.env.DB_URL ?? '')) {
    it('a database created in latin1 (the server’s default left as it was) gets utf8mb4 tables and serves Chinese', async () => {
      const db = await emptyDatabase('latin1');
      databases.push(db);
      const api = await start(db);
      await api.healthy();
      expect(api.output()).not.toMatch(/error/i);
      probe = await db.connect();
      const charsets = await probe.query(
        'SELECT DISTINCT CCSA.CHARACTER_SET_NAME AS charset FROM information_schema.TABLES T JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY CCSA ON CCSA.COLLATION_NAME = T.TABLE_COLLATION WHERE T.TABLE_SCHEMA = ?',
        [db.name],
      );
      expect(charsets.map((r: { charset: string }) => r.charset)).toEqual(['utf8mb4']);
      const [province] = await probe.query("SELECT name FROM region WHERE code = '630000'");
      expect(province.name).toBe('青海省');
    }, 150_000);
  }

  it('two instances started together both serve, with one schema and one copy of each demo record', async () => {
    const db = await fresh();
    const [a, b] = await Promise.all([start(db), start(db)]);
    await Promise.all([a.healthy(), b.healthy()]);
    for (const api of [a, b]) {
      expect(api.output()).not.toMatch(/error|already exists/i);
      expect((await fetch(`${api.baseUrl}/api/v1/health`)).status).toBe(200);
    }
    probe = await db.connect();
    expect(await schemaFingerprint(probe)).toEqual(complete);
    expect(await startupRecords(probe)).toEqual(COMPLETE);
  }, 150_000);

  it('waits for a database server that is not up yet, and stops at once on any other start-up error', async () => {
    const db = await fresh();
    let broken: string;
    if (db.type === 'mysql') {
      // the server answers, the database is not there
      broken = db.url.replace(db.name, `${db.name}_missing`);
    } else {
      broken = `${db.name}.broken`;
      fs.writeFileSync(broken, 'not a database, '.repeat(512));
      broken = `sqlite:${broken}`;
    }
    const failing = await start(broken);

    if (db.type === 'mysql') {
      // a server port that accepts and drops connections (a database still starting behind its
      // port mapping), then forwards them to the real server
      const target = new URL(db.url);
      const port = await freePort();
      let attempts = 0;
      const sockets = new Set<net.Socket>();
      const dropping = net.createServer((c) => {
        attempts += 1;
        c.destroy();
      });
      await new Promise<void>((r) => dropping.listen(port, '127.0.0.1', r));
      const proxy = net.createServer((c) => {
        const s = net.connect(Number(target.port || 3306), target.hostname);
        for (const x of [c, s]) {
          sockets.add(x);
          x.on('error', () => undefined);
          x.on('close', () => (c.destroy(), s.destroy()));
        }
        c.pipe(s).pipe(c);
      });
      const waiting = await start(db.url.replace(`:${target.port || 3306}/`, `:${port}/`));
      try {
        await until(waiting, () => attempts > 0);
        await new Promise((r) => dropping.close(r));
        await new Promise<void>((r) => proxy.listen(port, '127.0.0.1', r));
        await waiting.healthy();
        expect(waiting.output()).toContain('Retrying (1)');
      } finally {
        await waiting.stop();
        for (const x of sockets) x.destroy();
        await new Promise((r) => proxy.close(r));
      }
    }

    expect(await failing.exitCode()).toBe(1);
    expect(failing.output()).toContain('SteadyWork API cannot start');
    expect(failing.output()).not.toContain('Retrying');
  }, 150_000);
});
