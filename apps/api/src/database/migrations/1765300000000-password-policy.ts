import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col, ensureColumn, ensureTable } from '../migration-helpers';

/**
 * 等保 level 3 for staff accounts: when each password was set (`staff_user.password_changed_at`,
 * for the maximum age), the hashes of earlier passwords (`password_history`, for refusing reuse)
 * and the last activity of each sign-in (`auth_session`, for the idle timeout).
 */
export class PasswordPolicy1765300000000 implements MigrationInterface {
  name = 'PasswordPolicy1765300000000';

  /** Safe to run again after an interruption: creates only what is missing (docs/operations.md). */
  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureColumn(queryRunner, 'staff_user', col.time('password_changed_at', { isNullable: true }));
    // passwords set before were set at the latest when the account last changed
    await queryRunner.query('UPDATE staff_user SET password_changed_at = updated_at WHERE password_changed_at IS NULL');
    await ensureTable(
      queryRunner,
      new Table({
        name: 'password_history',
        columns: [col.id(), col.int('staff_user_id'), col.str('password_hash', 255), col.time('created_at')],
        indices: [new TableIndex({ name: 'idx_password_history_user', columnNames: ['staff_user_id', 'id'] })],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'auth_session',
        columns: [
          col.str('id', 36, { isPrimary: true }),
          col.str('principal_type', 16),
          col.int('principal_id'),
          col.time('last_seen_at'),
          col.time('created_at'),
        ],
        indices: [new TableIndex({ name: 'idx_auth_session_seen', columnNames: ['last_seen_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('auth_session');
    await queryRunner.dropTable('password_history');
    await queryRunner.dropColumn('staff_user', 'password_changed_at');
  }
}
