import { DataSource } from 'typeorm';

/**
 * The schema as the database's own catalogue describes it: every table with its columns (type,
 * null, default), indices, foreign keys and triggers, in a stable order (columns by name, since
 * a column added on a second run comes last). Two databases with equal fingerprints have the
 * same schema.
 */
export async function schemaFingerprint(db: DataSource): Promise<Record<string, unknown>> {
  return db.options.type === 'mysql' ? mysqlFingerprint(db) : sqliteFingerprint(db);
}

type Row = Record<string, string | number | null>;

function group(rows: Row[], key: (r: Row) => string): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const r of rows) (out[key(r)] ??= []).push(r);
  return out;
}

async function mysqlFingerprint(db: DataSource): Promise<Record<string, unknown>> {
  const columns: Row[] = await db.query(
    `SELECT TABLE_NAME AS t, COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable,
            COLUMN_DEFAULT AS dflt, EXTRA AS extra
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, COLUMN_NAME`,
  );
  const indices: Row[] = await db.query(
    `SELECT TABLE_NAME AS t, INDEX_NAME AS name, NON_UNIQUE AS nonUnique,
            GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS cols
       FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
      GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE ORDER BY TABLE_NAME, INDEX_NAME`,
  );
  const foreignKeys: Row[] = await db.query(
    `SELECT k.TABLE_NAME AS t, k.CONSTRAINT_NAME AS name,
            GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION) AS cols, k.REFERENCED_TABLE_NAME AS refTable,
            GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION) AS refCols, r.DELETE_RULE AS onDelete
       FROM information_schema.KEY_COLUMN_USAGE k
       JOIN information_schema.REFERENTIAL_CONSTRAINTS r
         ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
      WHERE k.TABLE_SCHEMA = DATABASE()
      GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME, r.DELETE_RULE
      ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME`,
  );
  const triggers: Row[] = await db.query(
    `SELECT EVENT_OBJECT_TABLE AS t, TRIGGER_NAME AS name, ACTION_TIMING AS timing, EVENT_MANIPULATION AS event
       FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY TRIGGER_NAME`,
  );
  return assemble(columns, indices, foreignKeys, triggers);
}

async function sqliteFingerprint(db: DataSource): Promise<Record<string, unknown>> {
  const tables: { name: string }[] = await db.query(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const columns: Row[] = [];
  const indices: Row[] = [];
  const foreignKeys: Row[] = [];
  for (const { name: t } of tables) {
    const cols: Row[] = await db.query(`PRAGMA table_info("${t}")`);
    for (const c of [...cols].sort((a, b) => String(a.name).localeCompare(String(b.name)))) {
      columns.push({ t, name: c.name, type: c.type, notnull: c.notnull, dflt: c.dflt_value, pk: c.pk });
    }
    const list: Row[] = await db.query(`PRAGMA index_list("${t}")`);
    for (const i of [...list].sort((a, b) => String(a.name).localeCompare(String(b.name)))) {
      const info: Row[] = await db.query(`PRAGMA index_info("${i.name}")`);
      const cols = info.sort((a, b) => Number(a.seqno) - Number(b.seqno)).map((x) => x.name);
      // automatic indices (primary keys) are named after their position: name them by their columns
      const name = i.origin === 'c' ? i.name : `${i.origin}:${cols.join()}`;
      indices.push({ t, name, unique: i.unique, cols: cols.join() });
    }
    const fks: Row[] = await db.query(`PRAGMA foreign_key_list("${t}")`);
    const byId = group(fks, (f) => String(f.id));
    const described = Object.values(byId).map((parts) => ({
      t,
      cols: parts.map((p) => p.from).join(),
      refTable: parts[0].table,
      refCols: parts.map((p) => p.to).join(),
      onDelete: parts[0].on_delete,
    }));
    foreignKeys.push(...described.sort((a, b) => `${a.cols}>${a.refTable}`.localeCompare(`${b.cols}>${b.refTable}`)));
  }
  const triggers: Row[] = await db.query(
    "SELECT tbl_name AS t, name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name",
  );
  return assemble(columns, indices, foreignKeys, triggers);
}

function assemble(columns: Row[], indices: Row[], foreignKeys: Row[], triggers: Row[]): Record<string, unknown> {
  const strip = (rows: Row[]) => rows.map(({ t: _t, ...rest }) => rest);
  const out: Record<string, unknown> = {};
  const byTable = {
    columns: group(columns, (r) => String(r.t)),
    indices: group(indices, (r) => String(r.t)),
    foreignKeys: group(foreignKeys, (r) => String(r.t)),
    triggers: group(triggers, (r) => String(r.t)),
  };
  for (const t of Object.keys(byTable.columns).sort()) {
    out[t] = {
      columns: strip(byTable.columns[t]),
      indices: strip(byTable.indices[t] ?? []),
      foreignKeys: strip(byTable.foreignKeys[t] ?? []),
      triggers: strip(byTable.triggers[t] ?? []),
    };
  }
  return out;
}

/**
 * Where the entities and the database disagree: a table or column an entity names that is
 * missing, a column the entity does not know, or a different nullability or varchar length.
 * (Indices, keys and triggers are the migrations' alone: entities do not declare them.)
 */
export async function entityMismatches(db: DataSource): Promise<string[]> {
  const out: string[] = [];
  const runner = db.createQueryRunner();
  try {
    for (const meta of db.entityMetadatas) {
      const table = await runner.getTable(meta.tableName);
      if (!table) {
        out.push(`${meta.tableName}: no such table`);
        continue;
      }
      const names = new Set(meta.columns.map((c) => c.databaseName));
      for (const c of table.columns) if (!names.has(c.name)) out.push(`${meta.tableName}.${c.name}: not in the entity`);
      for (const c of meta.columns) {
        const col = table.findColumnByName(c.databaseName);
        if (!col) out.push(`${meta.tableName}.${c.databaseName}: no such column`);
        else if (col.isNullable !== c.isNullable)
          out.push(`${meta.tableName}.${c.databaseName}: nullable ${col.isNullable}`);
        else if (c.length && String(col.length) !== String(c.length)) {
          out.push(`${meta.tableName}.${c.databaseName}: length ${col.length}, entity ${c.length}`);
        }
      }
    }
  } finally {
    await runner.release();
  }
  return out;
}
