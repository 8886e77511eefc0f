import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, createAppendOnlyTriggers, dropAppendOnlyTriggers, ensureTable } from '../migration-helpers';

/** Workers (实名制), their tags, hardship archives with their history, follow-ups. */
export class Workers1764000000000 implements MigrationInterface {
  name = 'Workers1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'worker',
        columns: [
          col.id(),
          col.str('name', 64),
          col.str('id_number_enc', 255),
          col.str('id_number_hash', 64),
          col.str('id_number_masked', 18),
          col.str('id_last4', 4),
          col.str('phone_enc', 255),
          col.str('phone_hash', 64),
          col.str('phone_masked', 11),
          col.str('birth_date', 10),
          col.str('sex', 1),
          col.str('region_code', 12),
          col.str('ethnicity', 16, { isNullable: true }),
          col.str('employer', 128, { isNullable: true }),
          col.bool('union_member', false),
          col.str('employment_status', 16),
          col.str('education', 16, { isNullable: true }),
          col.text('skills'),
          col.str('employment_intention', 255, { isNullable: true }),
          col.str('training_needs', 255, { isNullable: true }),
          col.str('archive_status', 8, { default: "'NONE'" }),
          col.int('account_id', { isNullable: true }),
          col.str('source', 8),
          col.time('consent_at', { isNullable: true }),
          col.time('last_follow_up_at', { isNullable: true }),
          col.int('created_by', { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_worker_id_number_hash', columnNames: ['id_number_hash'], isUnique: true },
          { name: 'uq_worker_account', columnNames: ['account_id'], isUnique: true },
          { name: 'idx_worker_phone_hash', columnNames: ['phone_hash'] },
          { name: 'idx_worker_region', columnNames: ['region_code', 'id'] },
          { name: 'idx_worker_id_last4', columnNames: ['id_last4'] },
          { name: 'idx_worker_name', columnNames: ['name'] },
          { name: 'idx_worker_employment', columnNames: ['employment_status'] },
          { name: 'idx_worker_archive', columnNames: ['archive_status'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'worker_tag',
        columns: [col.int('worker_id', { isPrimary: true }), col.str('tag', 32, { isPrimary: true })],
        indices: [{ name: 'idx_worker_tag_tag', columnNames: ['tag', 'worker_id'] }],
        foreignKeys: [
          {
            name: 'fk_worker_tag_worker',
            columnNames: ['worker_id'],
            referencedTableName: 'worker',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'hardship_archive',
        columns: [
          col.id(),
          col.int('worker_id'),
          col.str('region_code', 12),
          col.str('status', 8),
          col.str('level', 16),
          col.text('household'),
          col.text('cause'),
          col.text('attachments'),
          col.time('opened_at'),
          col.time('closed_at', { isNullable: true }),
          col.str('close_reason', 255, { isNullable: true }),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_hardship_archive_worker', columnNames: ['worker_id'], isUnique: true },
          { name: 'idx_hardship_archive_region', columnNames: ['region_code', 'status'] },
        ],
        foreignKeys: [
          {
            name: 'fk_hardship_archive_worker',
            columnNames: ['worker_id'],
            referencedTableName: 'worker',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'archive_event',
        columns: [
          col.id(),
          col.int('archive_id'),
          col.int('worker_id'),
          col.str('type', 16),
          col.text('snapshot'),
          col.str('reason', 255, { isNullable: true }),
          col.int('actor_id', { isNullable: true }),
          col.str('actor_name', 64, { isNullable: true }),
          col.time('created_at'),
        ],
        indices: [{ name: 'idx_archive_event_worker', columnNames: ['worker_id', 'id'] }],
      }),
    );
    await createAppendOnlyTriggers(queryRunner, 'archive_event');
    await ensureTable(
      queryRunner,
      new Table({
        name: 'follow_up',
        columns: [
          col.id(),
          col.int('worker_id'),
          col.str('method', 16),
          col.time('followed_at'),
          col.text('notes'),
          col.str('employment_status', 16),
          col.int('staff_id'),
          col.str('staff_name', 64),
          col.time('created_at'),
        ],
        indices: [{ name: 'idx_follow_up_worker', columnNames: ['worker_id', 'followed_at'] }],
      }),
    );

    await ensureTable(
      queryRunner,
      new Table({
        name: 'stored_file',
        columns: [
          col.str('id', 36, { isPrimary: true }),
          col.str('owner_type', 16),
          col.int('owner_id'),
          col.str('original_name', 255),
          col.str('mime', 64),
          col.int('size'),
          col.str('sha256', 64),
          col.time('created_at'),
        ],
        indices: [{ name: 'idx_stored_file_owner', columnNames: ['owner_type', 'owner_id'] }],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'import_job',
        columns: [
          col.id(),
          col.str('kind', 32),
          col.str('file_name', 255),
          col.str('status', 16),
          col.int('total', { default: 0 }),
          col.int('processed', { default: 0 }),
          col.int('created', { default: 0 }),
          col.int('updated', { default: 0 }),
          col.int('failed', { default: 0 }),
          col.text('errors'),
          col.int('staff_id'),
          col.str('region_code', 12),
          col.time('created_at'),
          col.time('finished_at', { isNullable: true }),
        ],
        indices: [{ name: 'idx_import_job_staff', columnNames: ['staff_id', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAppendOnlyTriggers(queryRunner, 'archive_event');
    for (const table of [
      'import_job',
      'stored_file',
      'follow_up',
      'archive_event',
      'hardship_archive',
      'worker_tag',
      'worker',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
