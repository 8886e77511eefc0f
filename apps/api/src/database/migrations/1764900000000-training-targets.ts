import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, ensureTable } from '../migration-helpers';

/** The 151 action's targets as the seed 000 notice set them, until then code constants. */
const SEED_TARGETS = { bases: 10, completions: 5000, domesticServiceCompletions: 300, onlineLearning: 100_000 };

/**
 * The 151 action's targets per year (认定基地, 培训结业, 家政服务结业, 网上学习), set by the training
 * admin, with optional per-city splits. The current year (Asia/Shanghai) gets the figures the code
 * held before, so nothing changes for users.
 */
export class TrainingTargets1764900000000 implements MigrationInterface {
  name = 'TrainingTargets1764900000000';

  /** Safe to run again after an interruption: creates only what is missing (docs/operations.md). */
  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'training_target',
        columns: [
          col.int('year', { isPrimary: true }),
          col.int('bases'),
          col.int('completions'),
          col.int('domestic_service_completions'),
          col.int('online_learning'),
          // city region code → the same four figures (JSON)
          col.text('city_splits'),
          col.time('created_at'),
          col.time('updated_at'),
          col.int('updated_by', { isNullable: true }),
          col.str('updated_by_name', 64, { isNullable: true }),
        ],
      }),
    );
    const now = new Date();
    const year = Number(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));
    const [{ n }] = await queryRunner.query('SELECT COUNT(*) AS n FROM training_target WHERE year = ?', [year]);
    if (Number(n) > 0) return;
    const at = now.toISOString().replace('T', ' ').replace('Z', '');
    const t = SEED_TARGETS;
    await queryRunner.query(
      'INSERT INTO training_target (year, bases, completions, domestic_service_completions, online_learning, city_splits, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [year, t.bases, t.completions, t.domesticServiceCompletions, t.onlineLearning, '{}', at, at],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('training_target');
  }
}
