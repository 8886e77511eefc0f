import { QueryRunner, TableColumnOptions } from 'typeorm';

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

/** A trigger that makes a table append-only, on either database. */
export async function createAppendOnlyTriggers(queryRunner: QueryRunner, table: string): Promise<void> {
  for (const op of ['UPDATE', 'DELETE']) {
    const name = `${table}_no_${op.toLowerCase()}`;
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
