import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, ensureColumn, ensureIndices, ensureTable } from '../migration-helpers';

/** Qinghai's 8 cities/prefectures: one minimum-wage tier for the province (¥2,080 a month, ¥20 an hour). */
const CITY_CODES = ['630100', '630200', '632200', '632300', '632500', '632600', '632700', '632800'];

/**
 * Jobs (SPEC §7): the employer registry (an HR account's enterprise organisation belongs to one,
 * a worker's employer may point at one), the per-city minimum wage, postings, applications and
 * referrals, job-push subscriptions and pushes (one per worker and posting).
 */
export class Jobs1764600000000 implements MigrationInterface {
  name = 'Jobs1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'employer',
        columns: [
          col.id(),
          col.str('name', 128),
          col.str('credit_code', 18),
          col.str('region_code', 12),
          col.str('industry', 64),
          col.str('size', 8),
          col.str('address', 255, { isNullable: true }),
          col.str('contact_phone', 32, { isNullable: true }),
          col.int('organization_id', { isNullable: true }),
          col.int('created_by', { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_employer_credit_code', columnNames: ['credit_code'], isUnique: true },
          { name: 'uq_employer_org', columnNames: ['organization_id'], isUnique: true },
          { name: 'idx_employer_region', columnNames: ['region_code'] },
          { name: 'idx_employer_name', columnNames: ['name'] },
        ],
      }),
    );
    await ensureColumn(queryRunner, 'worker', col.int('employer_id', { isNullable: true }));
    await ensureIndices(queryRunner, 'worker', [
      new TableIndex({ name: 'idx_worker_employer', columnNames: ['employer_id'] }),
    ]);
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_min_wage',
        columns: [
          col.str('city_code', 12, { isPrimary: true }),
          col.int('monthly_fen'),
          col.int('hourly_fen'),
          col.str('updated_by', 64, { isNullable: true }),
          col.time('updated_at'),
        ],
      }),
    );
    // the one format both databases read for datetime(3) (UTC)
    const now = new Date().toISOString().replace('T', ' ').slice(0, 23);
    for (const code of CITY_CODES) {
      const found: unknown[] = await queryRunner.query('SELECT city_code FROM job_min_wage WHERE city_code = ?', [
        code,
      ]);
      if (found.length) continue;
      await queryRunner.query(
        'INSERT INTO job_min_wage (city_code, monthly_fen, hourly_fen, updated_by, updated_at) VALUES (?, ?, ?, NULL, ?)',
        [code, 208_000, 2_000, now],
      );
    }
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_posting',
        columns: [
          col.id(),
          col.int('employer_id'),
          col.str('title', 64),
          col.str('occupation', 64),
          col.str('region_code', 12),
          col.str('address', 255),
          { name: 'latitude', type: 'double' },
          { name: 'longitude', type: 'double' },
          col.int('headcount'),
          col.int('wage_min_fen'),
          col.int('wage_max_fen'),
          col.text('skills'),
          col.str('education', 16, { isNullable: true }),
          col.int('age_min', { isNullable: true }),
          col.int('age_max', { isNullable: true }),
          col.str('contact_name', 32),
          col.str('contact_phone', 32),
          col.text('description'),
          col.str('valid_until', 10),
          col.str('status', 12),
          col.str('return_reason', 255, { isNullable: true }),
          col.str('reviewed_by', 64, { isNullable: true }),
          col.time('reviewed_at', { isNullable: true }),
          col.str('idempotency_key', 64, { isNullable: true }),
          col.int('created_by'),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_job_posting_idem', columnNames: ['created_by', 'idempotency_key'], isUnique: true },
          { name: 'idx_job_posting_open', columnNames: ['status', 'valid_until', 'region_code'] },
          { name: 'idx_job_posting_region', columnNames: ['region_code', 'status'] },
          { name: 'idx_job_posting_employer', columnNames: ['employer_id', 'id'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_application',
        columns: [
          col.id(),
          col.int('posting_id'),
          col.int('employer_id'),
          col.int('worker_id'),
          col.str('region_code', 12),
          col.str('source', 12),
          col.str('status', 12),
          col.time('interview_at', { isNullable: true }),
          col.str('interview_place', 255, { isNullable: true }),
          col.str('note', 500, { isNullable: true }),
          col.str('hired_on', 10, { isNullable: true }),
          col.str('reported_hired_on', 10, { isNullable: true }),
          col.int('outcome_id', { isNullable: true }),
          col.int('referred_by', { isNullable: true }),
          col.str('referred_by_name', 64, { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_job_application', columnNames: ['posting_id', 'worker_id'], isUnique: true },
          { name: 'idx_job_application_employer', columnNames: ['employer_id', 'status'] },
          { name: 'idx_job_application_region', columnNames: ['region_code', 'status'] },
          { name: 'idx_job_application_worker', columnNames: ['worker_id', 'id'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_subscription',
        columns: [col.int('worker_id', { isPrimary: true }), col.time('created_at')],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_push',
        columns: [
          col.id(),
          col.int('posting_id'),
          col.int('worker_id'),
          col.int('outbox_id', { isNullable: true }),
          col.int('score'),
          col.int('pushed_by'),
          col.time('created_at'),
        ],
        indices: [
          { name: 'uq_job_push', columnNames: ['posting_id', 'worker_id'], isUnique: true },
          { name: 'idx_job_push_worker', columnNames: ['worker_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['job_push', 'job_subscription', 'job_application', 'job_posting', 'job_min_wage', 'employer']) {
      await queryRunner.dropTable(t, true);
    }
    await queryRunner.dropIndex('worker', 'idx_worker_employer');
    await queryRunner.dropColumn('worker', 'employer_id');
  }
}
