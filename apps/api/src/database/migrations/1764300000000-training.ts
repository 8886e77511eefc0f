import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col, createAppendOnlyTriggers, dropAppendOnlyTriggers, ensureTable } from '../migration-helpers';

/**
 * The 151 training action: training bases and their subsidies, courses with trainers and
 * sessions, enrolments, attendance with the trainers' roster marks, completions, online learning.
 */
export class Training1764300000000 implements MigrationInterface {
  name = 'Training1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'training_base',
        columns: [
          col.id(),
          col.str('name', 128),
          col.str('kind', 24),
          col.int('center_id', { isNullable: true }),
          col.int('organization_id', { isNullable: true }),
          col.str('region_code', 12),
          col.str('address', 255),
          col.str('contact_name', 64),
          col.str('contact_phone', 32),
          // the four criteria (site, facilities, teachers, training), each with its evidence
          col.text('criteria'),
          col.str('status', 12),
          col.str('decision_reason', 500, { isNullable: true }),
          col.str('decided_by_name', 64, { isNullable: true }),
          col.time('decided_at', { isNullable: true }),
          col.int('accredited_year', { isNullable: true }),
          col.int('applied_by'),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'idx_training_base_status', columnNames: ['status', 'accredited_year'] },
          { name: 'idx_training_base_region', columnNames: ['region_code', 'id'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'training_base_subsidy',
        columns: [
          col.id(),
          col.int('base_id'),
          col.int('year'),
          col.int('amount_fen'),
          col.str('purpose', 255),
          col.str('recorded_by', 64),
          col.time('created_at'),
        ],
        indices: [{ name: 'idx_training_base_subsidy_base', columnNames: ['base_id', 'year'] }],
        foreignKeys: [
          {
            name: 'fk_training_base_subsidy_base',
            columnNames: ['base_id'],
            referencedTableName: 'training_base',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'training_course',
        columns: [
          col.id(),
          col.str('title', 128),
          col.str('course_type', 16),
          col.bool('domestic_service', false),
          col.str('organiser', 128),
          col.int('base_id', { isNullable: true }),
          col.str('region_code', 12),
          col.str('venue', 255),
          { name: 'latitude', type: 'double' },
          { name: 'longitude', type: 'double' },
          col.int('capacity'),
          // places taken and workers waiting: only ever changed by conditional UPDATEs
          col.int('enrolled', { default: 0 }),
          col.int('waitlisted', { default: 0 }),
          col.text('target_groups'),
          col.int('completion_threshold', { default: 80 }),
          col.int('check_in_radius_m', { isNullable: true }),
          col.int('late_after_minutes', { default: 10 }),
          col.str('starts_on', 10),
          col.str('ends_on', 10),
          col.int('year'),
          col.text('description'),
          col.time('completed_at', { isNullable: true }),
          col.int('created_by', { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'idx_training_course_region', columnNames: ['region_code', 'id'] },
          { name: 'idx_training_course_ends', columnNames: ['ends_on', 'id'] },
          { name: 'idx_training_course_year', columnNames: ['year', 'region_code'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'training_course_trainer',
        columns: [col.int('course_id', { isPrimary: true }), col.int('staff_id', { isPrimary: true })],
        indices: [{ name: 'idx_training_course_trainer_staff', columnNames: ['staff_id'] }],
        foreignKeys: [
          {
            name: 'fk_training_course_trainer_course',
            columnNames: ['course_id'],
            referencedTableName: 'training_course',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'training_session',
        columns: [
          col.id(),
          col.int('course_id'),
          col.int('seq'),
          col.time('starts_at'),
          col.time('ends_at'),
          col.str('status', 12),
          // the key of the session's QR codes (hex); never leaves the API
          col.str('secret', 64),
          col.time('opened_at', { isNullable: true }),
          col.int('opened_by', { isNullable: true }),
          col.time('closed_at', { isNullable: true }),
          col.int('closed_by', { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'idx_training_session_course', columnNames: ['course_id', 'starts_at'] },
          { name: 'idx_training_session_starts', columnNames: ['starts_at'] },
        ],
        foreignKeys: [
          {
            name: 'fk_training_session_course',
            columnNames: ['course_id'],
            referencedTableName: 'training_course',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'training_enrolment',
        columns: [
          col.id(),
          col.int('course_id'),
          col.int('worker_id'),
          // the worker's county when they enrolled
          col.str('region_code', 12),
          col.str('status', 12),
          col.str('source', 12),
          // "<courseId>:<workerId>" while ENROLLED or WAITLISTED: one active enrolment per course
          col.str('active_key', 32, { isNullable: true }),
          col.time('enrolled_at', { isNullable: true }),
          col.time('withdrawn_at', { isNullable: true }),
          col.int('created_by', { isNullable: true }),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_training_enrolment_active', columnNames: ['active_key'], isUnique: true },
          { name: 'idx_training_enrolment_course', columnNames: ['course_id', 'status', 'id'] },
          { name: 'idx_training_enrolment_worker', columnNames: ['worker_id', 'id'] },
        ],
        foreignKeys: [
          {
            name: 'fk_training_enrolment_course',
            columnNames: ['course_id'],
            referencedTableName: 'training_course',
            referencedColumnNames: ['id'],
          },
          {
            name: 'fk_training_enrolment_worker',
            columnNames: ['worker_id'],
            referencedTableName: 'worker',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'training_attendance',
        columns: [
          col.id(),
          col.int('session_id'),
          col.int('course_id'),
          col.int('worker_id'),
          col.int('enrolment_id'),
          col.str('status', 8),
          col.str('method', 8),
          col.time('marked_at'),
          col.time('checked_in_at', { isNullable: true }),
          col.int('distance_m', { isNullable: true }),
          col.int('marked_by', { isNullable: true }),
          col.str('marked_by_name', 64, { isNullable: true }),
          col.bool('correction', false),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_training_attendance_session_worker', columnNames: ['session_id', 'worker_id'], isUnique: true },
          { name: 'idx_training_attendance_course', columnNames: ['course_id', 'worker_id'] },
        ],
        foreignKeys: [
          {
            name: 'fk_training_attendance_session',
            columnNames: ['session_id'],
            referencedTableName: 'training_session',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'training_roster_mark',
        columns: [
          col.str('client_id', 36, { isPrimary: true }),
          col.int('session_id'),
          col.int('worker_id'),
          col.str('status', 8),
          col.time('marked_at'),
          col.str('outcome', 12),
          col.str('message', 255, { isNullable: true }),
          col.int('staff_id'),
          col.time('received_at'),
        ],
        indices: [{ name: 'idx_training_roster_mark_session', columnNames: ['session_id', 'worker_id'] }],
      }),
    );
    await createAppendOnlyTriggers(queryRunner, 'training_roster_mark');
    await ensureTable(
      queryRunner,
      new Table({
        name: 'training_completion',
        columns: [
          col.id(),
          col.int('course_id'),
          col.int('worker_id'),
          col.int('enrolment_id'),
          // the course's region: where the person-time counts
          col.str('region_code', 12),
          col.int('year'),
          col.str('course_type', 16),
          col.bool('domestic_service', false),
          col.int('attended'),
          col.int('held'),
          col.str('verification_code', 16),
          col.time('completed_at'),
          col.int('created_by', { isNullable: true }),
        ],
        indices: [
          { name: 'uq_training_completion_course_worker', columnNames: ['course_id', 'worker_id'], isUnique: true },
          { name: 'uq_training_completion_code', columnNames: ['verification_code'], isUnique: true },
          { name: 'idx_training_completion_year', columnNames: ['year', 'region_code'] },
          { name: 'idx_training_completion_worker', columnNames: ['worker_id', 'id'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'online_learning_record',
        columns: [
          col.id(),
          col.int('worker_id'),
          col.str('region_code', 12),
          col.str('item_key', 128),
          col.str('item_title', 255),
          col.int('duration_minutes'),
          col.str('studied_on', 10),
          col.int('year'),
          col.str('source', 64),
          col.str('channel', 12),
          col.int('created_by', { isNullable: true }),
          col.time('created_at'),
        ],
        indices: [
          // one person-time per worker per item, however often it is imported
          { name: 'uq_online_learning_worker_item', columnNames: ['worker_id', 'item_key'], isUnique: true },
          { name: 'idx_online_learning_year', columnNames: ['year', 'region_code'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('online_learning_record');
    await queryRunner.dropTable('training_completion');
    await dropAppendOnlyTriggers(queryRunner, 'training_roster_mark');
    for (const t of [
      'training_roster_mark',
      'training_attendance',
      'training_enrolment',
      'training_session',
      'training_course_trainer',
      'training_course',
      'training_base_subsidy',
      'training_base',
    ]) {
      await queryRunner.dropTable(t);
    }
  }
}
