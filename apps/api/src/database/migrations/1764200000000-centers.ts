import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, ensureTable } from '../migration-helpers';

/** Support centers and service stations, star evaluations, subsidies, service requests and records. */
export class Centers1764200000000 implements MigrationInterface {
  name = 'Centers1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'center',
        columns: [
          col.id(),
          col.str('name', 128),
          col.str('kind', 24),
          col.str('region_code', 12),
          col.str('address', 255),
          { name: 'latitude', type: 'double' },
          { name: 'longitude', type: 'double' },
          col.str('opening_hours', 128),
          col.str('phone', 32),
          col.text('services'),
          col.text('photos'),
          col.int('organization_id', { isNullable: true }),
          col.text('description'),
          col.int('stars', { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'idx_center_region', columnNames: ['region_code'] },
          { name: 'idx_center_org', columnNames: ['organization_id'] },
          { name: 'idx_center_geo', columnNames: ['latitude', 'longitude'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'center_star_evaluation',
        columns: [
          col.id(),
          col.int('center_id'),
          col.int('year'),
          col.text('scores'),
          col.int('total_tenths'),
          col.int('stars'),
          col.str('evaluated_on', 10),
          col.int('evaluator_id'),
          col.str('evaluator_name', 64),
          col.text('evidence'),
          col.text('notes', { isNullable: true }),
          col.time('created_at'),
        ],
        indices: [{ name: 'idx_star_eval_center', columnNames: ['center_id', 'id'] }],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'center_subsidy',
        columns: [
          col.id(),
          col.int('center_id'),
          col.int('year'),
          col.int('amount_fen'),
          col.str('purpose', 255),
          col.str('recorded_by', 64),
          col.time('created_at'),
        ],
        indices: [{ name: 'idx_center_subsidy_center', columnNames: ['center_id', 'year'] }],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'service_request',
        columns: [
          col.id(),
          col.int('center_id'),
          col.str('region_code', 12),
          col.int('worker_id'),
          col.str('service_type', 24),
          col.text('description'),
          col.time('preferred_time', { isNullable: true }),
          col.str('dispute_type', 16, { isNullable: true }),
          col.text('attachments'),
          col.str('status', 12),
          col.str('idempotency_key', 64, { isNullable: true }),
          col.time('accept_due_at'),
          col.time('accepted_at', { isNullable: true }),
          col.str('accepted_by', 64, { isNullable: true }),
          col.time('closed_at', { isNullable: true }),
          col.str('outcome', 24, { isNullable: true }),
          col.text('summary', { isNullable: true }),
          col.int('rating', { isNullable: true }),
          col.str('rating_comment', 500, { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_service_request_idem', columnNames: ['worker_id', 'idempotency_key'], isUnique: true },
          { name: 'idx_service_request_center', columnNames: ['center_id', 'status'] },
          { name: 'idx_service_request_region', columnNames: ['region_code', 'status'] },
          { name: 'idx_service_request_worker', columnNames: ['worker_id', 'id'] },
          { name: 'idx_service_request_due', columnNames: ['status', 'accept_due_at'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'service_record',
        columns: [
          col.id(),
          col.int('request_id'),
          col.int('center_id'),
          col.str('served_on', 10),
          col.str('service_type', 24),
          col.text('notes'),
          col.str('result', 500, { isNullable: true }),
          col.int('staff_id'),
          col.str('staff_name', 64),
          col.time('created_at'),
        ],
        indices: [
          { name: 'idx_service_record_request', columnNames: ['request_id', 'id'] },
          { name: 'idx_service_record_served', columnNames: ['served_on', 'center_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['service_record', 'service_request', 'center_subsidy', 'center_star_evaluation', 'center']) {
      await queryRunner.dropTable(t);
    }
  }
}
