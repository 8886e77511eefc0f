import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, ensureColumn, ensureIndices, ensureTable } from '../migration-helpers';

/**
 * Scheduled work in one place: a lease row per named job (`scheduled_job`: an instance runs the
 * job only while its conditional UPDATE holds the lease), a record of every run
 * (`scheduled_job_run`, kept 90 days), and the outbox columns the `notifications.send` job uses to
 * claim a notification, count its attempts and wait before the next one.
 */
export class Scheduler1765100000000 implements MigrationInterface {
  name = 'Scheduler1765100000000';

  /** Safe to run again after an interruption: creates only what is missing (docs/operations.md). */
  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'scheduled_job',
        columns: [
          col.str('name', 64, { isPrimary: true }),
          col.time('locked_until', { isNullable: true }),
          col.str('locked_by', 96, { isNullable: true }),
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'scheduled_job_run',
        columns: [
          col.id(),
          col.str('job', 64),
          col.str('trigger_kind', 16),
          col.str('instance', 96),
          col.int('triggered_by', { isNullable: true }),
          col.time('started_at'),
          col.time('finished_at', { isNullable: true }),
          col.str('outcome', 16),
          col.int('items', { default: 0 }),
          col.str('detail', 255, { isNullable: true }),
          col.str('error', 255, { isNullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'idx_job_run_job', columnNames: ['job', 'id'] }),
          new TableIndex({ name: 'idx_job_run_started', columnNames: ['started_at'] }),
        ],
      }),
    );
    await ensureColumn(queryRunner, 'notification_outbox', col.int('attempts', { default: 0 }));
    await ensureColumn(queryRunner, 'notification_outbox', col.time('next_attempt_at', { isNullable: true }));
    await ensureColumn(queryRunner, 'notification_outbox', col.str('claimed_by', 96, { isNullable: true }));
    await ensureColumn(queryRunner, 'notification_outbox', col.time('claimed_until', { isNullable: true }));
    await ensureIndices(queryRunner, 'notification_outbox', [
      new TableIndex({ name: 'idx_notification_due', columnNames: ['status', 'next_attempt_at'] }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('notification_outbox', 'idx_notification_due');
    for (const c of ['claimed_until', 'claimed_by', 'next_attempt_at', 'attempts']) {
      await queryRunner.dropColumn('notification_outbox', c);
    }
    await queryRunner.dropTable('scheduled_job_run');
    await queryRunner.dropTable('scheduled_job');
  }
}
