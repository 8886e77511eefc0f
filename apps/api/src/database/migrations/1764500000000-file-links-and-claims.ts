import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/** The JSON columns that name attached files, by the record type a file then belongs to. */
const LINKS: { type: string; sql: string; files: (value: unknown) => unknown[] }[] = [
  { type: 'hardship_archive', sql: 'SELECT id, attachments AS v FROM hardship_archive', files: asList },
  {
    type: 'hardship_archive',
    sql: 'SELECT archive_id AS id, snapshot AS v FROM archive_event',
    files: (v) => asList((v as { attachments?: unknown } | null)?.attachments),
  },
  {
    type: 'aid_application',
    sql: 'SELECT id, attachments AS v FROM aid_application',
    files: (v) => asList(v).map((a) => (a as { fileId?: unknown } | null)?.fileId),
  },
  { type: 'service_request', sql: 'SELECT id, attachments AS v FROM service_request', files: asList },
  { type: 'center', sql: 'SELECT id, photos AS v FROM center', files: asList },
  { type: 'star_evaluation', sql: 'SELECT id, evidence AS v FROM center_star_evaluation', files: asList },
  { type: 'outcome', sql: 'SELECT id, evidence AS v FROM employment_outcome', files: asList },
  {
    type: 'training_base',
    sql: 'SELECT id, criteria AS v FROM training_base',
    files: (v) =>
      Object.values((v as Record<string, { evidence?: unknown }> | null) ?? {}).flatMap((c) => asList(c?.evidence)),
  },
];

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * A file belongs to the record it is attached to (stored_file.attached_type/attached_id): reading
 * it follows that record's access rule. Files already named by records are linked to them here.
 * Also the one-time codes that let a new WeChat account claim a worker record staff registered.
 */
export class FileLinksAndClaims1764500000000 implements MigrationInterface {
  name = 'FileLinksAndClaims1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const files = (await queryRunner.getTable('stored_file'))!;
    const add = [
      col.str('attached_type', 24, { isNullable: true }),
      col.int('attached_id', { isNullable: true }),
      col.time('attached_at', { isNullable: true }),
    ].filter((c) => !files.findColumnByName(c.name));
    if (add.length)
      await queryRunner.addColumns(
        'stored_file',
        add.map((c) => new TableColumn(c)),
      );
    if (!files.indices.some((i) => i.name === 'idx_stored_file_attached')) {
      await queryRunner.createIndex(
        'stored_file',
        new TableIndex({ name: 'idx_stored_file_attached', columnNames: ['attached_type', 'attached_id'] }),
      );
    }
    if (!files.indices.some((i) => i.name === 'idx_stored_file_unattached')) {
      await queryRunner.createIndex(
        'stored_file',
        new TableIndex({ name: 'idx_stored_file_unattached', columnNames: ['attached_at', 'created_at'] }),
      );
    }
    // link what records already name (the first record naming a file keeps it)
    for (const link of LINKS) {
      const rows = (await queryRunner.query(link.sql)) as { id: unknown; v: unknown }[];
      for (const row of rows) {
        let value: unknown = row.v;
        if (typeof value === 'string') {
          try {
            value = JSON.parse(value);
          } catch {
            continue;
          }
        }
        const ids = link.files(value).filter((f): f is string => typeof f === 'string' && /^[0-9a-f-]{36}$/.test(f));
        if (!ids.length) continue;
        await queryRunner.query(
          `UPDATE stored_file SET attached_type = ?, attached_id = ?, attached_at = created_at
           WHERE attached_type IS NULL AND id IN (${ids.map(() => '?').join(', ')})`,
          [link.type, Number(row.id), ...ids],
        );
      }
    }

    if (!(await queryRunner.hasTable('worker_claim'))) {
      await queryRunner.createTable(
        new Table({
          name: 'worker_claim',
          columns: [
            col.id(),
            col.int('account_id'),
            col.int('worker_id', { isNullable: true }),
            // what the account submitted, applied when the code is confirmed
            col.text('profile'),
            col.str('id_number_hash', 64),
            col.str('code_hash', 64),
            col.int('attempts', { default: 0 }),
            col.int('sends', { default: 1 }),
            col.str('status', 12),
            col.time('sent_at'),
            col.time('expires_at'),
            col.time('created_at'),
            col.time('updated_at'),
          ],
          indices: [
            { name: 'uq_worker_claim_account', columnNames: ['account_id'], isUnique: true },
            { name: 'idx_worker_claim_worker', columnNames: ['worker_id'] },
          ],
        }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('worker_claim', true);
    await queryRunner.dropIndex('stored_file', 'idx_stored_file_unattached');
    await queryRunner.dropIndex('stored_file', 'idx_stored_file_attached');
    await queryRunner.dropColumns('stored_file', ['attached_at', 'attached_id', 'attached_type']);
  }
}
