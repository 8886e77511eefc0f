import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, ensureTable, isMysql } from '../migration-helpers';

/**
 * 月报: one report per union (its region) and month, unique on (region, year, month) so that two
 * instances preparing the month's drafts make one each. The figures are a snapshot computed from
 * the dated records (recomputed on request while a draft); the narrative and the sign-off are the
 * staff's.
 */
export class MonthlyReport1765400000000 implements MigrationInterface {
  name = 'MonthlyReport1765400000000';

  /** Safe to run again after an interruption: creates only what is missing (docs/operations.md). */
  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'monthly_report',
        columns: [
          col.id(),
          col.str('region_code', 12),
          col.int('year'),
          col.int('month'),
          col.str('status', 12),
          // the figures of every child region: more than MySQL's TEXT (64 KB) may hold
          col.text('snapshot', isMysql(queryRunner) ? { type: 'mediumtext' } : {}),
          col.text('problems'),
          col.text('suggestions'),
          col.time('computed_at'),
          col.time('issued_at', { isNullable: true }),
          col.int('issued_by', { isNullable: true }),
          col.str('issued_by_name', 64, { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_monthly_report_region_month',
            columnNames: ['region_code', 'year', 'month'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('monthly_report');
  }
}
