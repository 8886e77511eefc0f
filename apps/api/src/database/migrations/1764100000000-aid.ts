import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, createAppendOnlyTriggers, dropAppendOnlyTriggers, ensureTable } from '../migration-helpers';

/** The 221 programme: programme years, applications and their history, publicity, outcomes, notifications. */
export class Aid1764100000000 implements MigrationInterface {
  name = 'Aid1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'aid_program',
        columns: [
          col.id(),
          col.int('year'),
          col.str('aid_type', 32),
          col.str('name', 128),
          col.text('description'),
          col.int('amount_fen'),
          col.int('quota'),
          col.int('awarded', { default: 0 }),
          col.str('apply_from', 10),
          col.str('apply_until', 10),
          col.text('required_attachments'),
          col.int('outcome_target'),
          col.bool('one_per_year', true),
          col.int('min_age'),
          col.int('max_age'),
          col.int('created_by', { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [{ name: 'uq_aid_program_year_type', columnNames: ['year', 'aid_type'], isUnique: true }],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'aid_program_region_quota',
        columns: [
          col.int('program_id', { isPrimary: true }),
          col.str('region_code', 12, { isPrimary: true }),
          col.int('quota'),
          col.int('awarded', { default: 0 }),
        ],
        foreignKeys: [
          {
            name: 'fk_aid_region_quota_program',
            columnNames: ['program_id'],
            referencedTableName: 'aid_program',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'aid_publicity',
        columns: [
          col.id(),
          col.int('program_id'),
          col.time('starts_at'),
          col.time('ends_at'),
          col.time('closed_at', { isNullable: true }),
          col.int('created_by'),
          col.time('created_at'),
        ],
        indices: [{ name: 'idx_aid_publicity_program', columnNames: ['program_id', 'id'] }],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'aid_application',
        columns: [
          col.id(),
          col.int('program_id'),
          col.int('worker_id'),
          col.int('year'),
          col.str('aid_type', 32),
          col.str('region_code', 12),
          col.str('city_code', 12),
          col.str('status', 16),
          col.text('startup', { isNullable: true }),
          col.text('materials', { isNullable: true }),
          col.text('statement', { isNullable: true }),
          col.text('attachments'),
          col.str('last_comment', 500, { isNullable: true }),
          col.str('idempotency_key', 64, { isNullable: true }),
          // "<programId>:<workerId>" while the application is open: one open application per programme.
          col.str('open_key', 32, { isNullable: true }),
          // "<year>:<workerId>" while it holds an award under a one-award-per-year programme.
          col.str('award_key', 32, { isNullable: true }),
          col.bool('objection_pending', false),
          col.int('publicity_id', { isNullable: true }),
          col.time('submitted_at', { isNullable: true }),
          col.time('approved_at', { isNullable: true }),
          col.int('paid_amount_fen', { isNullable: true }),
          col.str('voucher_no', 64, { isNullable: true }),
          col.time('paid_at', { isNullable: true }),
          col.str('paid_recorded_by', 64, { isNullable: true }),
          col.time('paid_recorded_at', { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_aid_application_idem', columnNames: ['worker_id', 'idempotency_key'], isUnique: true },
          { name: 'uq_aid_application_open', columnNames: ['open_key'], isUnique: true },
          { name: 'uq_aid_application_award', columnNames: ['award_key'], isUnique: true },
          { name: 'uq_aid_application_voucher', columnNames: ['voucher_no'], isUnique: true },
          { name: 'idx_aid_application_status', columnNames: ['status', 'region_code'] },
          { name: 'idx_aid_application_program', columnNames: ['program_id', 'status'] },
          { name: 'idx_aid_application_region', columnNames: ['region_code', 'id'] },
          { name: 'idx_aid_application_worker', columnNames: ['worker_id', 'year'] },
          { name: 'idx_aid_application_publicity', columnNames: ['publicity_id'] },
        ],
        foreignKeys: [
          {
            name: 'fk_aid_application_program',
            columnNames: ['program_id'],
            referencedTableName: 'aid_program',
            referencedColumnNames: ['id'],
          },
          {
            name: 'fk_aid_application_worker',
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
        name: 'aid_application_event',
        columns: [
          col.id(),
          col.int('application_id'),
          col.str('type', 24),
          col.str('from_status', 16, { isNullable: true }),
          col.str('to_status', 16),
          col.text('comment', { isNullable: true }),
          col.str('actor_type', 8),
          col.int('actor_id', { isNullable: true }),
          col.str('actor_name', 64, { isNullable: true }),
          col.time('created_at'),
        ],
        indices: [{ name: 'idx_aid_event_application', columnNames: ['application_id', 'id'] }],
      }),
    );
    await createAppendOnlyTriggers(queryRunner, 'aid_application_event');
    await ensureTable(
      queryRunner,
      new Table({
        name: 'employment_outcome',
        columns: [
          col.id(),
          col.int('worker_id'),
          col.str('region_code', 12),
          col.int('year'),
          col.str('type', 16),
          col.str('source', 16),
          col.str('employer', 128, { isNullable: true }),
          col.str('contract_start', 10, { isNullable: true }),
          col.str('business_name', 128, { isNullable: true }),
          col.str('credit_code', 18, { isNullable: true }),
          col.text('evidence'),
          col.str('achieved_on', 10),
          col.int('application_id', { isNullable: true }),
          col.text('notes', { isNullable: true }),
          col.int('verified_by'),
          col.str('verified_by_name', 64),
          col.time('created_at'),
        ],
        indices: [
          { name: 'uq_outcome_worker_year', columnNames: ['worker_id', 'year'], isUnique: true },
          { name: 'idx_outcome_year_region', columnNames: ['year', 'region_code'] },
        ],
        foreignKeys: [
          {
            name: 'fk_outcome_worker',
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
        name: 'notification_outbox',
        columns: [
          col.id(),
          col.int('worker_id'),
          col.str('openid', 64, { isNullable: true }),
          col.str('template_id', 64, { isNullable: true }),
          col.str('page', 255, { isNullable: true }),
          col.str('title', 64),
          col.str('body', 255),
          col.text('data'),
          col.str('status', 8),
          col.str('error', 255, { isNullable: true }),
          col.time('created_at'),
          col.time('sent_at', { isNullable: true }),
        ],
        indices: [
          { name: 'idx_notification_worker', columnNames: ['worker_id', 'id'] },
          { name: 'idx_notification_status', columnNames: ['status', 'id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notification_outbox');
    await queryRunner.dropTable('employment_outcome');
    await dropAppendOnlyTriggers(queryRunner, 'aid_application_event');
    await queryRunner.dropTable('aid_application_event');
    await queryRunner.dropTable('aid_application');
    await queryRunner.dropTable('aid_publicity');
    await queryRunner.dropTable('aid_program_region_quota');
    await queryRunner.dropTable('aid_program');
  }
}
