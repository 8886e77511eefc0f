import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, ensureTable } from '../migration-helpers';

/**
 * Gig work (零工, SPEC §7): short jobs posted by HR or union staff (`gig_job`, its last day stored
 * so "open" is one indexed comparison) and the workers available for gig work (`gig_worker`, one
 * row per worker: kinds of work and the county they look in). One-to-one service (seed 002):
 * the staff member responsible for a hardship or unemployed worker (`job_caseworker`, one per worker).
 */
export class GigAndCaseworkers1765600000000 implements MigrationInterface {
  name = 'GigAndCaseworkers1765600000000';

  /** Safe to run again after an interruption: creates only what is missing. */
  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'gig_job',
        columns: [
          col.id(),
          col.str('title', 64),
          col.text('kinds'),
          col.str('starts_on', 10),
          col.str('ends_on', 10),
          col.int('days'),
          col.int('hours_per_day', { isNullable: true }),
          col.str('pay_kind', 8),
          col.int('pay_fen'),
          col.str('piece_unit', 16, { isNullable: true }),
          col.int('headcount'),
          col.str('region_code', 12),
          col.str('address', 255),
          { name: 'latitude', type: 'double' },
          { name: 'longitude', type: 'double' },
          col.str('contact_name', 32),
          col.str('contact_phone', 32),
          col.str('description', 500, { isNullable: true }),
          col.str('status', 8),
          col.int('employer_id', { isNullable: true }),
          col.int('created_by'),
          col.str('created_by_name', 64),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'idx_gig_job_open', columnNames: ['status', 'region_code', 'ends_on'] },
          { name: 'idx_gig_job_employer', columnNames: ['employer_id'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'gig_worker',
        columns: [
          col.int('worker_id', { isPrimary: true }),
          col.bool('available', false),
          col.text('kinds'),
          col.str('region_code', 12),
          col.time('updated_at'),
        ],
        indices: [{ name: 'idx_gig_worker_area', columnNames: ['available', 'region_code'] }],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_caseworker',
        columns: [
          col.int('worker_id', { isPrimary: true }),
          col.int('staff_id'),
          col.str('region_code', 12),
          col.int('assigned_by'),
          col.time('assigned_at'),
        ],
        indices: [
          { name: 'idx_job_caseworker_staff', columnNames: ['staff_id'] },
          { name: 'idx_job_caseworker_region', columnNames: ['region_code'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('job_caseworker');
    await queryRunner.dropTable('gig_worker');
    await queryRunner.dropTable('gig_job');
  }
}
