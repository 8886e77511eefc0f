import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  FieldError,
  Page,
  PrincipalType,
  Role,
  SEPARATED_ADMIN_ROLES,
  StaffStatus,
  StaffUserResponse,
  checkPassword,
  maskPhone,
} from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import type { StaffPrincipal } from '../auth/principal';
import { TokenService } from '../auth/token.service';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage } from '../common/pagination';
import { isUniqueViolation, likeEscape } from '../common/sql';
import { Organization } from '../organization/organization.entity';
import { OrganizationService } from '../organization/organization.service';
import { applyScope, assertInScope, DataScope } from '../scope/data-scope';
import { SecurityPolicyService } from '../security/security-policy.service';
import { CreateStaffUserDto, StaffUserQueryDto, UpdateStaffUserDto } from './dto/staff-user.dto';
import { StaffRole, StaffUser } from './staff-user.entity';

/** Staff accounts, managed by the system admin within their data scope. */
@Injectable()
export class StaffService {
  constructor(
    @InjectRepository(StaffUser) private readonly users: Repository<StaffUser>,
    @InjectRepository(StaffRole) private readonly roles: Repository<StaffRole>,
    private readonly orgs: OrganizationService,
    private readonly hasher: PasswordHasher,
    private readonly policy: SecurityPolicyService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: StaffUserQueryDto, scope: DataScope): Promise<Page<StaffUserResponse>> {
    const qb = this.users.createQueryBuilder('u').innerJoin(Organization, 'o', 'o.id = u.organization_id');
    applyScope(qb, 'o.region_code', scope);
    if (query.username) qb.andWhere("u.username LIKE :un ESCAPE '!'", { un: `%${likeEscape(query.username)}%` });
    if (query.displayName)
      qb.andWhere("u.display_name LIKE :dn ESCAPE '!'", { dn: `%${likeEscape(query.displayName)}%` });
    if (query.organizationId) qb.andWhere('u.organization_id = :orgId', { orgId: query.organizationId });
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.role) {
      qb.andWhere('EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = u.id AND r.role = :role)', {
        role: query.role,
      });
    }
    const [rows, total] = await qb.orderBy('u.id', 'ASC').skip(skipOf(query)).take(query.pageSize).getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async get(id: number, scope: DataScope): Promise<StaffUserResponse> {
    return (await this.toResponses([await this.findInScope(id, scope)]))[0];
  }

  async create(dto: CreateStaffUserDto, scope: DataScope): Promise<StaffUserResponse> {
    await this.assertOrgInScope(dto.organizationId, scope);
    assertRoleSeparation(dto.roles);
    const problem = checkPassword(dto.password, await this.policy.passwordPolicy());
    if (problem) throw DomainException.validation([{ field: 'password', message: problem }]);
    const passwordHash = await this.hasher.hash(dto.password);
    const now = this.clock.now();
    let id: number;
    try {
      id = await this.users.manager.transaction(async (m) => {
        const result = await m.getRepository(StaffUser).insert({
          username: dto.username,
          passwordHash,
          displayName: dto.displayName,
          phone: dto.phone || null,
          organizationId: dto.organizationId,
          status: StaffStatus.ACTIVE,
          failedLoginCount: 0,
          mustChangePassword: true,
          createdAt: now,
          updatedAt: now,
        });
        const newId = Number(result.identifiers[0].id);
        await m.getRepository(StaffRole).insert(dto.roles.map((role) => ({ userId: newId, role })));
        await this.audit.record(
          {
            action: 'staff.create',
            targetType: 'staff_user',
            targetId: newId,
            summary: { username: dto.username, organizationId: dto.organizationId, roles: dto.roles },
          },
          m,
        );
        return newId;
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw DomainException.conflict(`用户名 ${dto.username} 已存在`, [
          { field: 'username', message: '用户名已存在' },
        ]);
      }
      throw err;
    }
    return this.get(id, scope);
  }

  async update(
    id: number,
    dto: UpdateStaffUserDto,
    scope: DataScope,
    actor: StaffPrincipal,
  ): Promise<StaffUserResponse> {
    const user = await this.findInScope(id, scope);
    if (dto.organizationId !== undefined) await this.assertOrgInScope(dto.organizationId, scope);
    if (dto.roles) {
      assertRoleSeparation(dto.roles);
      if (user.id === actor.id && !dto.roles.includes(Role.SYSADMIN) && actor.roles.includes(Role.SYSADMIN)) {
        throw DomainException.validation([{ field: 'roles', message: '不能移除自己的系统管理员角色' }]);
      }
    }
    const before = (await this.toResponses([user]))[0];
    await this.users.manager.transaction(async (m) => {
      const changes: Partial<StaffUser> = { updatedAt: this.clock.now() };
      if (dto.displayName !== undefined) changes.displayName = dto.displayName;
      if (dto.phone !== undefined) changes.phone = dto.phone || null;
      if (dto.organizationId !== undefined) changes.organizationId = dto.organizationId;
      await m.getRepository(StaffUser).update({ id }, changes);
      if (dto.roles) {
        await m.getRepository(StaffRole).delete({ userId: id });
        await m.getRepository(StaffRole).insert(dto.roles.map((role) => ({ userId: id, role })));
      }
      await this.audit.record(
        {
          action: 'staff.update',
          targetType: 'staff_user',
          targetId: id,
          summary: {
            before: { displayName: before.displayName, organizationId: before.organization.id, roles: before.roles },
            after: {
              displayName: dto.displayName,
              organizationId: dto.organizationId,
              roles: dto.roles,
              phoneChanged: dto.phone !== undefined,
            },
          },
        },
        m,
      );
    });
    return this.get(id, scope);
  }

  async setStatus(
    id: number,
    status: StaffStatus,
    scope: DataScope,
    actor: StaffPrincipal,
  ): Promise<StaffUserResponse> {
    const user = await this.findInScope(id, scope);
    if (user.id === actor.id && status === StaffStatus.DISABLED) throw DomainException.forbidden('不能停用自己的账号');
    await this.users.manager.transaction(async (m) => {
      await m.getRepository(StaffUser).update({ id }, { status, updatedAt: this.clock.now() });
      await this.audit.record(
        {
          action: status === StaffStatus.DISABLED ? 'staff.disable' : 'staff.enable',
          targetType: 'staff_user',
          targetId: id,
          summary: { username: user.username },
        },
        m,
      );
    });
    if (status === StaffStatus.DISABLED) await this.tokens.revokeAllOf(PrincipalType.STAFF, id);
    return this.get(id, scope);
  }

  async resetPassword(id: number, password: string, scope: DataScope): Promise<void> {
    const user = await this.findInScope(id, scope);
    const problem = checkPassword(password, await this.policy.passwordPolicy());
    if (problem) throw DomainException.validation([{ field: 'password', message: problem }]);
    const passwordHash = await this.hasher.hash(password);
    await this.users.manager.transaction(async (m) => {
      await m
        .getRepository(StaffUser)
        .update({ id }, { passwordHash, mustChangePassword: true, updatedAt: this.clock.now() });
      await this.audit.record(
        {
          action: 'staff.reset_password',
          targetType: 'staff_user',
          targetId: id,
          summary: { username: user.username },
        },
        m,
      );
    });
    await this.tokens.revokeAllOf(PrincipalType.STAFF, id);
  }

  async unlock(id: number, scope: DataScope): Promise<StaffUserResponse> {
    const user = await this.findInScope(id, scope);
    await this.users.manager.transaction(async (m: EntityManager) => {
      await m
        .getRepository(StaffUser)
        .update({ id }, { lockedUntil: null, failedLoginCount: 0, updatedAt: this.clock.now() });
      await this.audit.record(
        { action: 'staff.unlock', targetType: 'staff_user', targetId: id, summary: { username: user.username } },
        m,
      );
    });
    return this.get(id, scope);
  }

  private async findInScope(id: number, scope: DataScope): Promise<StaffUser> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw DomainException.notFound('账号');
    const org = (await this.orgs.byIds([user.organizationId])).get(user.organizationId);
    assertInScope(scope, org?.regionCode, '账号');
    return user;
  }

  private async assertOrgInScope(orgId: number, scope: DataScope): Promise<void> {
    try {
      await this.orgs.getInScope(orgId, scope);
    } catch {
      throw DomainException.validation([{ field: 'organizationId', message: '所属组织不存在或不在您的管辖范围内' }]);
    }
  }

  private async toResponses(users: StaffUser[]): Promise<StaffUserResponse[]> {
    if (!users.length) return [];
    const ids = users.map((u) => u.id);
    const [roleRows, orgs] = await Promise.all([
      this.roles.findBy({ userId: In(ids) }),
      this.orgs.byIds(users.map((u) => u.organizationId)),
    ]);
    const rolesOf = new Map<number, Role[]>();
    for (const r of roleRows) rolesOf.set(r.userId, [...(rolesOf.get(r.userId) ?? []), r.role]);
    return users.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      phoneMasked: maskPhone(u.phone),
      roles: (rolesOf.get(u.id) ?? []).sort(),
      organization: this.orgs.toResponse(orgs.get(u.organizationId)!),
      status: u.status,
      lockedUntil:
        u.lockedUntil && u.lockedUntil.getTime() > this.clock.now().getTime() ? u.lockedUntil.toISOString() : null,
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      createdAt: u.createdAt.toISOString(),
    }));
  }
}

/** 三权分立: the system, security and audit admin roles are never held together. */
function assertRoleSeparation(roles: Role[]): void {
  const admin = roles.filter((r) => SEPARATED_ADMIN_ROLES.includes(r));
  if (admin.length > 1) {
    const detail: FieldError = {
      field: 'roles',
      message: '系统管理员、安全管理员、安全审计员三种角色不能由同一账号兼任',
    };
    throw DomainException.validation([detail]);
  }
}
