import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, ensureTable } from '../migration-helpers';

/**
 * Economic layoff filings (经济性裁员): the filing (its statutory size and 30-day notice computed
 * once at filing), its four steps (one row per step, recorded again after a return), the timeline,
 * and the affected workers with their settlement (fen). The 下岗职工 tag needs no column change:
 * worker_tag.tag is a varchar.
 */
export class Layoffs1764800000000 implements MigrationInterface {
  name = 'Layoffs1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'layoff_filing',
        columns: [
          col.id(),
          col.int('employer_id'),
          col.str('region_code', 12),
          col.int('total_workforce'),
          col.int('layoff_count'),
          col.text('reasons'),
          col.str('planned_date', 10),
          col.str('notice_date', 10),
          col.bool('statutory', false),
          col.str('earliest_lawful_date', 10),
          col.int('notice_short_days', { default: 0 }),
          col.str('next_step', 16, { isNullable: true }),
          col.int('worker_count', { default: 0 }),
          col.int('settled_count', { default: 0 }),
          col.str('transfer_deadline', 10),
          col.str('settled_on', 10, { isNullable: true }),
          col.str('idempotency_key', 64, { isNullable: true }),
          col.int('filed_by'),
          col.str('filed_by_name', 64),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_layoff_filing_idem', columnNames: ['filed_by', 'idempotency_key'], isUnique: true },
          { name: 'idx_layoff_filing_region', columnNames: ['region_code', 'id'] },
          { name: 'idx_layoff_filing_employer', columnNames: ['employer_id', 'id'] },
          { name: 'idx_layoff_filing_planned', columnNames: ['planned_date'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'layoff_step',
        columns: [
          col.id(),
          col.int('filing_id'),
          col.str('step', 16),
          col.str('state', 12),
          col.str('occurred_on', 10, { isNullable: true }),
          col.str('file_id', 64, { isNullable: true }),
          col.str('note', 500, { isNullable: true }),
          col.int('present', { isNullable: true }),
          col.int('votes_for', { isNullable: true }),
          col.int('votes_against', { isNullable: true }),
          col.str('return_reason', 255, { isNullable: true }),
          col.str('recorded_by', 64, { isNullable: true }),
          col.time('recorded_at', { isNullable: true }),
        ],
        indices: [{ name: 'uq_layoff_step', columnNames: ['filing_id', 'step'], isUnique: true }],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'layoff_event',
        columns: [
          col.id(),
          col.int('filing_id'),
          col.str('type', 24),
          col.str('step', 16, { isNullable: true }),
          col.str('detail', 500),
          col.str('actor_name', 64, { isNullable: true }),
          col.time('created_at'),
        ],
        indices: [{ name: 'idx_layoff_event_filing', columnNames: ['filing_id', 'id'] }],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'layoff_worker',
        columns: [
          col.id(),
          col.int('filing_id'),
          col.int('worker_id'),
          col.str('region_code', 12),
          col.str('tag', 32),
          col.int('compensation_owed_fen', { isNullable: true }),
          col.int('compensation_paid_fen', { default: 0 }),
          col.int('wage_arrears_fen', { default: 0 }),
          col.int('unpaid_insurance_months', { default: 0 }),
          col.str('certificate_issued_on', 10, { isNullable: true }),
          col.str('transferred_on', 10, { isNullable: true }),
          col.bool('settled', false),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_layoff_worker', columnNames: ['filing_id', 'worker_id'], isUnique: true },
          { name: 'idx_layoff_worker_worker', columnNames: ['worker_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['layoff_worker', 'layoff_event', 'layoff_step', 'layoff_filing']) {
      await queryRunner.dropTable(t, true);
    }
  }
}
