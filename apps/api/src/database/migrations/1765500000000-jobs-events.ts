import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, ensureColumn, ensureIndices, ensureTable } from '../migration-helpers';

/** 对口援青: the six partners of Qinghai and the prefecture each assists (docs/decisions.md). */
const PARTNERS = [
  { code: 'BJ', name: '北京市总工会', province: '北京市', paired: '632700' },
  { code: 'SH', name: '上海市总工会', province: '上海市', paired: '632600' },
  { code: 'TJ', name: '天津市总工会', province: '天津市', paired: '632300' },
  { code: 'JS', name: '江苏省总工会', province: '江苏省', paired: '632500' },
  { code: 'ZJ', name: '浙江省总工会', province: '浙江省', paired: '632800' },
  { code: 'SD', name: '山东省总工会', province: '山东省', paired: '632200' },
];

/**
 * Recruitment events (招聘活动) with their employers, postings and sign-ups; the 对口援青 partner
 * unions (seeded) and an employer's membership of one; the posting kind (公益性岗位).
 */
export class JobsEvents1765500000000 implements MigrationInterface {
  name = 'JobsEvents1765500000000';

  /** Safe to run again after an interruption: creates only what is missing (docs/operations.md). */
  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_partner_union',
        columns: [
          col.id(),
          col.str('code', 16),
          col.str('name', 64),
          col.str('province', 32),
          col.str('paired_region_code', 12),
          col.int('sort_order'),
        ],
        indices: [new TableIndex({ name: 'uq_partner_union_code', columnNames: ['code'], isUnique: true })],
      }),
    );
    for (const [i, p] of PARTNERS.entries()) {
      const [{ n }] = (await queryRunner.query('SELECT COUNT(*) AS n FROM job_partner_union WHERE code = ?', [
        p.code,
      ])) as { n: unknown }[];
      if (Number(n) === 0) {
        await queryRunner.query(
          'INSERT INTO job_partner_union (code, name, province, paired_region_code, sort_order) VALUES (?, ?, ?, ?, ?)',
          [p.code, p.name, p.province, p.paired, i + 1],
        );
      }
    }
    await ensureColumn(queryRunner, 'employer', col.int('partner_union_id', { isNullable: true }));
    await ensureIndices(queryRunner, 'employer', [
      new TableIndex({ name: 'idx_employer_partner', columnNames: ['partner_union_id'] }),
    ]);
    await ensureColumn(queryRunner, 'job_posting', col.str('kind', 16, { default: "'MARKET'" }));
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_event',
        columns: [
          col.id(),
          col.str('kind', 16),
          col.str('title', 64),
          col.str('region_code', 12),
          col.str('starts_on', 10),
          col.str('ends_on', 10),
          col.bool('online', false),
          col.str('venue', 255, { isNullable: true }),
          col.str('online_url', 255, { isNullable: true }),
          col.text('description', { isNullable: true }),
          col.str('status', 12),
          col.int('created_by'),
          col.str('created_by_name', 64),
          col.time('published_at', { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'idx_job_event_region', columnNames: ['region_code', 'ends_on'] }),
          new TableIndex({ name: 'idx_job_event_status', columnNames: ['status', 'ends_on'] }),
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_event_employer',
        columns: [col.int('event_id', { isPrimary: true }), col.int('employer_id', { isPrimary: true })],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_event_posting',
        columns: [col.int('event_id', { isPrimary: true }), col.int('posting_id', { isPrimary: true })],
        indices: [new TableIndex({ name: 'idx_job_event_posting', columnNames: ['posting_id'] })],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'job_event_signup',
        columns: [
          col.id(),
          col.int('event_id'),
          col.int('worker_id'),
          col.str('region_code', 12),
          col.bool('attended', false),
          col.int('interviews', { default: 0 }),
          col.str('note', 255, { isNullable: true }),
          col.str('recorded_by', 64, { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          // once per worker and event: a double submit inserts one row
          new TableIndex({ name: 'uq_job_event_signup', columnNames: ['event_id', 'worker_id'], isUnique: true }),
          new TableIndex({ name: 'idx_job_event_signup_worker', columnNames: ['worker_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['job_event_signup', 'job_event_posting', 'job_event_employer', 'job_event']) {
      await queryRunner.dropTable(t);
    }
    await queryRunner.dropColumn('job_posting', 'kind');
    await queryRunner.dropIndex('employer', 'idx_employer_partner');
    await queryRunner.dropColumn('employer', 'partner_union_id');
    await queryRunner.dropTable('job_partner_union');
  }
}
