import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, ensureTable } from '../migration-helpers';

/** Workers' demands (职工诉求, 12351) and their timeline. */
export class Demands1764700000000 implements MigrationInterface {
  name = 'Demands1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'demand',
        columns: [
          col.id(),
          col.str('source', 12),
          col.str('category', 24),
          col.str('status', 12),
          col.int('worker_id'),
          col.int('employer_id', { isNullable: true }),
          col.str('employer_name', 128),
          col.text('description'),
          col.text('attachments'),
          col.str('region_code', 12),
          col.time('due_at'),
          col.str('idempotency_key', 64, { isNullable: true }),
          col.int('legal_aid_request_id', { isNullable: true }),
          col.text('result', { isNullable: true }),
          col.time('closed_at', { isNullable: true }),
          col.int('rating', { isNullable: true }),
          col.str('rating_comment', 500, { isNullable: true }),
          col.int('created_by', { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_demand_idem', columnNames: ['worker_id', 'idempotency_key'], isUnique: true },
          { name: 'idx_demand_region', columnNames: ['region_code', 'status'] },
          { name: 'idx_demand_worker', columnNames: ['worker_id', 'id'] },
          { name: 'idx_demand_due', columnNames: ['status', 'due_at'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'demand_event',
        columns: [
          col.id(),
          col.int('demand_id'),
          col.str('action', 16),
          col.str('actor_type', 8),
          col.int('actor_id'),
          col.str('actor_name', 64),
          col.text('note', { isNullable: true }),
          col.time('created_at'),
        ],
        indices: [{ name: 'idx_demand_event_demand', columnNames: ['demand_id', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['demand_event', 'demand']) await queryRunner.dropTable(t);
  }
}
