import { QueryRunner, Table, TableColumn, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Column builders shared by migrations so the same migration yields the right DDL on SQLite
 * and MySQL/MariaDB. Keep them stable: landed migrations depend on them.
 */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({
    name,
    // "integer" (not "int") so SQLite makes it the rowid alias AUTOINCREMENT needs; MySQL reads it as INT.
    type: 'integer',
    isPrimary: true,
    isGenerated: true,
    generationStrategy: 'increment',
  }),
  int: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'int', ...opts }),
  str: (name: string, length: number, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    ...opts,
  }),
  text: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...opts }),
  bool: (name: string, dflt: boolean): TableColumnOptions => ({ name, type: 'boolean', default: dflt ? 1 : 0 }),
  /** UTC time with milliseconds. */
  time: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
    name,
    type: 'datetime',
    precision: 3,
    ...opts,
  }),
};

export function isMysql(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.options.type === 'mysql' || queryRunner.connection.options.type === 'mariadb';
}

/*
 * Every step of a migration is safe to run again. MySQL/MariaDB commit each CREATE/ALTER at once,
 * so a migration interrupted half-way (the process killed, the connection lost) is not rolled
 * back and is not recorded either: the next start runs it again from the top, and each step then
 * creates only what is missing. (SQLite rolls the whole migration back; the helpers cost nothing
 * there.) Use these in place of createTable/createIndex/addColumn/createForeignKey.
 */

/** Creates the table, or, when it exists, whatever of its columns, indices and foreign keys is missing. */
export async function ensureTable(queryRunner: QueryRunner, table: Table): Promise<void> {
  const existing = await queryRunner.getTable(table.name);
  if (!existing) {
    await queryRunner.createTable(table);
    return;
  }
  for (const column of table.columns) {
    if (!existing.findColumnByName(column.name)) await queryRunner.addColumn(table.name, column);
  }
  await ensureIndices(queryRunner, table.name, table.indices);
  for (const fk of table.foreignKeys) await ensureForeignKey(queryRunner, table.name, fk);
}

/** Adds the column unless the table has it. */
export async function ensureColumn(
  queryRunner: QueryRunner,
  tableName: string,
  column: TableColumn | TableColumnOptions,
): Promise<void> {
  if (await queryRunner.hasColumn(tableName, column.name)) return;
  await queryRunner.addColumn(tableName, column instanceof TableColumn ? column : new TableColumn(column));
}

/** Creates the indices the table does not have (by name). */
export async function ensureIndices(queryRunner: QueryRunner, tableName: string, indices: TableIndex[]): Promise<void> {
  const table = await queryRunner.getTable(tableName);
  if (!table) throw new Error(`ensureIndices: no table ${tableName}`);
  for (const index of indices) {
    if (!table.indices.some((i) => i.name === index.name)) await queryRunner.createIndex(tableName, index);
  }
}

/**
 * Creates the foreign key unless the table has one over the same columns to the same table
 * (SQLite keeps no constraint names, so the columns identify it).
 */
export async function ensureForeignKey(
  queryRunner: QueryRunner,
  tableName: string,
  fk: TableForeignKey,
): Promise<void> {
  const table = await queryRunner.getTable(tableName);
  if (!table) throw new Error(`ensureForeignKey: no table ${tableName}`);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);
  const referenced = (name: string) => name.split('.').pop();
  const exists = table.foreignKeys.some(
    (f) =>
      same(f.columnNames, fk.columnNames) &&
      referenced(f.referencedTableName) === referenced(fk.referencedTableName) &&
      same(f.referencedColumnNames, fk.referencedColumnNames),
  );
  if (!exists) await queryRunner.createForeignKey(tableName, fk);
}

export async function hasTrigger(queryRunner: QueryRunner, name: string): Promise<boolean> {
  const rows: unknown[] = isMysql(queryRunner)
    ? await queryRunner.query(
        'SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = ?',
        [name],
      )
    : await queryRunner.query("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]);
  return rows.length > 0;
}

/** A trigger that makes a table append-only, on either database (created unless it exists). */
export async function createAppendOnlyTriggers(queryRunner: QueryRunner, table: string): Promise<void> {
  for (const op of ['UPDATE', 'DELETE']) {
    const name = `${table}_no_${op.toLowerCase()}`;
    if (await hasTrigger(queryRunner, name)) continue;
    if (isMysql(queryRunner)) {
      await queryRunner.query(
        `CREATE TRIGGER ${name} BEFORE ${op} ON ${table} FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${table} is append-only'`,
      );
    } else {
      await queryRunner.query(
        `CREATE TRIGGER ${name} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
      );
    }
  }
}

export async function dropAppendOnlyTriggers(queryRunner: QueryRunner, table: string): Promise<void> {
  for (const op of ['update', 'delete']) await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_no_${op}`);
}
