import { MigrationInterface, QueryRunner } from 'typeorm';
import { col, ensureColumn } from '../migration-helpers';

/**
 * 预警监测: a follow-up may record the household's monthly income per head (fen), compared with the
 * previous one (or the archive's) to flag 返困风险. The thresholds are a setting (table `setting`).
 */
export class Warning1765000000000 implements MigrationInterface {
  name = 'Warning1765000000000';

  /** Safe to run again after an interruption: adds only what is missing (docs/operations.md). */
  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureColumn(queryRunner, 'follow_up', col.int('monthly_income_fen', { isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('follow_up', 'monthly_income_fen');
  }
}
