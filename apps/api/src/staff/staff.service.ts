import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Page,
  PasswordPolicy,
  PrincipalType,
  ResetPasswordResponse,
  Role,
  StaffStatus,
  StaffUserResponse,
  checkPassword,
  isAdminAccount,
  maskPhone,
  separatedRolesProblem,
} from '@steadywork/shared';
import { randomInt } from 'node:crypto';
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
import { CreateStaffUserDto, StaffAccessDto, StaffUserQueryDto, UpdateStaffUserDto } from './dto/staff-user.dto';
import { PasswordHistory } from '../auth/password-history.entity';
import { StaffRole, StaffUser } from './staff-user.entity';

/**
 * Staff accounts, within the caller's data scope. 三权分立 (等保三级): the system admin creates,
 * edits, disables, unlocks accounts and resets passwords; the security admin assigns roles and
 * data scope; an admin role is always an account's only role, and no one changes their own.
 */
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
          passwordChangedAt: now,
          createdAt: now,
          updatedAt: now,
        });
        const newId = Number(result.identifiers[0].id);
        // No roles: the security admin assigns them (setAccess).
        await this.audit.record(
          {
            action: 'staff.create',
            targetType: 'staff_user',
            targetId: newId,
            summary: { username: dto.username, organizationId: dto.organizationId },
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

  /** The system admin edits the particulars (name, phone); roles and scope are setAccess's. */
  async update(id: number, dto: UpdateStaffUserDto, scope: DataScope): Promise<StaffUserResponse> {
    const user = await this.findInScope(id, scope);
    await this.users.manager.transaction(async (m) => {
      const changes: Partial<StaffUser> = { updatedAt: this.clock.now() };
      if (dto.displayName !== undefined) changes.displayName = dto.displayName;
      if (dto.phone !== undefined) changes.phone = dto.phone || null;
      await m.getRepository(StaffUser).update({ id }, changes);
      await this.audit.recordChange(
        {
          action: 'staff.update',
          targetType: 'staff_user',
          targetId: id,
          before: { displayName: user.displayName, phone: user.phone },
          after: { displayName: changes.displayName, phone: changes.phone },
        },
        m,
      );
    });
    return this.get(id, scope);
  }

  /**
   * The security admin sets an account's roles and data scope (its organisation). Never one's own;
   * an admin role stands alone; and an admin role only goes to an account whose holder has already
   * replaced the initial password (which the system admin chose) with their own.
   */
  async setAccess(
    id: number,
    dto: StaffAccessDto,
    scope: DataScope,
    actor: StaffPrincipal,
  ): Promise<StaffUserResponse> {
    const user = await this.findInScope(id, scope);
    if (user.id === actor.id) throw DomainException.forbidden('不能修改自己的角色和数据范围');
    const problem = separatedRolesProblem(dto.roles);
    if (problem) throw DomainException.validation([{ field: 'roles', message: problem }]);
    if (isAdminAccount(dto.roles) && user.mustChangePassword) {
      throw DomainException.validation([
        { field: 'roles', message: '该账号尚未由本人修改初始密码，修改后才能授予管理员角色' },
      ]);
    }
    await this.assertOrgInScope(dto.organizationId, scope);
    const before = (await this.toResponses([user]))[0];
    await this.users.manager.transaction(async (m) => {
      await m
        .getRepository(StaffUser)
        .update({ id }, { organizationId: dto.organizationId, updatedAt: this.clock.now() });
      await m.getRepository(StaffRole).delete({ userId: id });
      await m.getRepository(StaffRole).insert(dto.roles.map((role) => ({ userId: id, role })));
      await this.audit.recordChange(
        {
          action: 'staff.access_update',
          targetType: 'staff_user',
          targetId: id,
          summary: { username: user.username },
          before: { organizationId: before.organization.id, roles: [...before.roles].sort() },
          after: { organizationId: dto.organizationId, roles: [...dto.roles].sort() },
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

  /**
   * Sets a generated one-time password, shown once to the admin who reset it; the holder must
   * change it at the next login (every session ends now). No one resets their own password this
   * way. The system admin resets any other account; the security admin only a system admin's (so
   * a sole system admin who forgot theirs is not locked out). Also lifts a lock.
   */
  async resetPassword(id: number, scope: DataScope, actor: StaffPrincipal): Promise<ResetPasswordResponse> {
    const user = await this.findInScope(id, scope);
    if (user.id === actor.id) throw DomainException.forbidden('不能重置自己的密码，请使用“修改密码”');
    const targetRoles = (await this.roles.findBy({ userId: id })).map((r) => r.role);
    if (!actor.roles.includes(Role.SYSADMIN) && !targetRoles.includes(Role.SYSADMIN)) {
      throw DomainException.forbidden('安全管理员只能重置系统管理员的密码，其他账号请由系统管理员重置');
    }
    const temporaryPassword = generatePassword(await this.policy.passwordPolicy());
    const passwordHash = await this.hasher.hash(temporaryPassword);
    await this.users.manager.transaction(async (m) => {
      const now = this.clock.now();
      // the password replaced joins the history, so its holder cannot set it again
      await m
        .getRepository(PasswordHistory)
        .insert({ staffUserId: id, passwordHash: user.passwordHash, createdAt: now });
      await m.getRepository(StaffUser).update(
        { id },
        {
          passwordHash,
          mustChangePassword: true,
          passwordChangedAt: now,
          failedLoginCount: 0,
          lockedUntil: null,
          updatedAt: now,
        },
      );
      await this.audit.record(
        {
          action: 'staff.reset_password',
          targetType: 'staff_user',
          targetId: id,
          summary: { username: user.username, roles: targetRoles.sort(), adminAccount: isAdminAccount(targetRoles) },
        },
        m,
      );
    });
    await this.tokens.revokeAllOf(PrincipalType.STAFF, id);
    return { temporaryPassword };
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

const PASSWORD_ALPHABETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '#$%&*+=?@!'];

/** A random password of every character class, at least 12 long (never 0/O or 1/l/I). */
function generatePassword(policy: PasswordPolicy): string {
  const length = Math.max(12, policy.minLength);
  const all = PASSWORD_ALPHABETS.join('');
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)];
  for (;;) {
    const chars = PASSWORD_ALPHABETS.map(pick);
    while (chars.length < length) chars.push(pick(all));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const password = chars.join('');
    if (!checkPassword(password, policy)) return password;
  }
}
