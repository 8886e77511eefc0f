import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import {
  col,
  createAppendOnlyTriggers,
  dropAppendOnlyTriggers,
  ensureIndices,
  ensureTable,
} from '../migration-helpers';
import regionsJson from '../../region/qinghai-regions.json';

interface RegionJson {
  code: string;
  name: string;
  children?: RegionJson[];
}

const LEVELS = ['province', 'city', 'county'] as const;
const ORG_TYPES = ['PROVINCIAL_FEDERATION', 'CITY_FEDERATION', 'COUNTY_FEDERATION'] as const;

/** Regions, organisations, staff accounts, tokens, audit log, settings, rate limits, worker accounts. */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'region',
        columns: [
          col.str('code', 12, { isPrimary: true }),
          col.str('name', 64),
          col.str('level', 16),
          col.str('parent_code', 12, { isNullable: true }),
        ],
        indices: [{ name: 'idx_region_parent', columnNames: ['parent_code'] }],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'organization',
        columns: [
          col.id(),
          col.str('name', 128),
          col.str('type', 32),
          col.str('region_code', 12),
          col.int('parent_id', { isNullable: true }),
          col.time('created_at'),
        ],
        indices: [{ name: 'idx_organization_region', columnNames: ['region_code'] }],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'staff_user',
        columns: [
          col.id(),
          col.str('username', 64),
          col.str('password_hash', 255),
          col.str('display_name', 64),
          col.str('phone', 20, { isNullable: true }),
          col.int('organization_id'),
          col.str('status', 16),
          col.int('failed_login_count', { default: 0 }),
          col.time('locked_until', { isNullable: true }),
          col.time('last_login_at', { isNullable: true }),
          col.bool('must_change_password', false),
          col.time('created_at'),
          col.time('updated_at'),
        ],
        indices: [
          { name: 'uq_staff_user_username', columnNames: ['username'], isUnique: true },
          { name: 'idx_staff_user_org', columnNames: ['organization_id'] },
        ],
        foreignKeys: [
          {
            name: 'fk_staff_user_org',
            columnNames: ['organization_id'],
            referencedTableName: 'organization',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'staff_role',
        columns: [col.int('user_id', { isPrimary: true }), col.str('role', 32, { isPrimary: true })],
        indices: [{ name: 'idx_staff_role_role', columnNames: ['role'] }],
        foreignKeys: [
          {
            name: 'fk_staff_role_user',
            columnNames: ['user_id'],
            referencedTableName: 'staff_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'worker_account',
        columns: [
          col.id(),
          col.str('openid', 64),
          col.str('unionid', 64, { isNullable: true }),
          col.str('status', 16, { default: "'ACTIVE'" }),
          col.time('created_at'),
          col.time('last_login_at', { isNullable: true }),
        ],
        indices: [{ name: 'uq_worker_account_openid', columnNames: ['openid'], isUnique: true }],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'refresh_token',
        columns: [
          col.str('id', 36, { isPrimary: true }),
          col.str('family_id', 36),
          col.str('principal_type', 16),
          col.int('principal_id'),
          col.str('token_hash', 64),
          col.time('expires_at'),
          col.time('revoked_at', { isNullable: true }),
          col.time('created_at'),
        ],
        indices: [
          { name: 'uq_refresh_token_hash', columnNames: ['token_hash'], isUnique: true },
          { name: 'idx_refresh_token_family', columnNames: ['family_id'] },
          { name: 'idx_refresh_token_principal', columnNames: ['principal_type', 'principal_id'] },
        ],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'audit_log',
        columns: [
          col.id(),
          col.str('actor_type', 16),
          col.int('actor_id', { isNullable: true }),
          col.str('actor_name', 64, { isNullable: true }),
          col.str('actor_roles', 255, { default: "''" }),
          col.int('organization_id', { isNullable: true }),
          col.str('action', 64),
          col.str('target_type', 64, { isNullable: true }),
          col.str('target_id', 64, { isNullable: true }),
          col.text('summary', { isNullable: true }),
          col.str('ip', 64, { isNullable: true }),
          col.str('request_id', 64, { isNullable: true }),
          col.time('created_at'),
        ],
      }),
    );
    await ensureIndices(queryRunner, 'audit_log', [
      new TableIndex({ name: 'idx_audit_log_created', columnNames: ['created_at'] }),
      new TableIndex({ name: 'idx_audit_log_target', columnNames: ['target_type', 'target_id'] }),
      new TableIndex({ name: 'idx_audit_log_action', columnNames: ['action'] }),
      new TableIndex({ name: 'idx_audit_log_actor', columnNames: ['actor_type', 'actor_id'] }),
    ]);
    await createAppendOnlyTriggers(queryRunner, 'audit_log');
    await ensureTable(
      queryRunner,
      new Table({
        name: 'setting',
        columns: [col.str('key', 64, { isPrimary: true }), col.text('value'), col.time('updated_at')],
      }),
    );
    await ensureTable(
      queryRunner,
      new Table({
        name: 'rate_limit',
        columns: [col.str('bucket', 191, { isPrimary: true }), col.int('hits'), col.time('window_ends_at')],
      }),
    );

    await this.seedRegionsAndOrganizations(queryRunner);
  }

  private async seedRegionsAndOrganizations(queryRunner: QueryRunner): Promise<void> {
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    // A run after an interruption finds part of the tree: it adds only the rows still missing.
    const walk = async (node: RegionJson, depth: number, parentCode: string | null, parentOrgId: number | null) => {
      const region: unknown[] = await queryRunner.query('SELECT code FROM region WHERE code = ?', [node.code]);
      if (!region.length) {
        await queryRunner.query('INSERT INTO region (code, name, level, parent_code) VALUES (?, ?, ?, ?)', [
          node.code,
          node.name,
          LEVELS[depth],
          parentCode,
        ]);
      }
      const federation = (): Promise<{ id: number | string }[]> =>
        queryRunner.query('SELECT id FROM organization WHERE region_code = ? AND type = ? ORDER BY id', [
          node.code,
          ORG_TYPES[depth],
        ]);
      let rows = await federation();
      if (!rows.length) {
        await queryRunner.query(
          'INSERT INTO organization (name, type, region_code, parent_id, created_at) VALUES (?, ?, ?, ?, ?)',
          [`${node.name}总工会`, ORG_TYPES[depth], node.code, parentOrgId, now],
        );
        rows = await federation();
      }
      const orgId = Number(rows[0].id);
      for (const child of node.children ?? []) await walk(child, depth + 1, node.code, orgId);
    };
    await walk(regionsJson as RegionJson, 0, null, null);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAppendOnlyTriggers(queryRunner, 'audit_log');
    for (const table of [
      'rate_limit',
      'setting',
      'audit_log',
      'refresh_token',
      'worker_account',
      'staff_role',
      'staff_user',
      'organization',
      'region',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
