import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, PrincipalType, StaffStatus, TokenPair, checkPassword } from '@steadywork/shared';
import { Repository } from 'typeorm';
import { AuditLog } from '../audit/audit-log.entity';
import { RequestContext } from '../common/request-context';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation } from '../common/sql';
import { SecurityPolicyService } from '../security/security-policy.service';
import { StaffUser } from '../staff/staff-user.entity';
import { WorkerAccount } from '../worker-account/worker-account.entity';
import { PasswordHasher } from './password-hasher';
import { PasswordHistory } from './password-history.entity';
import { PrincipalLoader } from './principal.loader';
import type { StaffPrincipal } from './principal';
import { TokenService } from './token.service';
import { WechatSessionProvider } from './wechat.provider';

const shanghaiTime = (d: Date) =>
  d.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(StaffUser) private readonly staff: Repository<StaffUser>,
    @InjectRepository(WorkerAccount) private readonly workers: Repository<WorkerAccount>,
    @InjectRepository(PasswordHistory) private readonly history: Repository<PasswordHistory>,
    @InjectRepository(AuditLog) private readonly auditLogs: Repository<AuditLog>,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly policy: SecurityPolicyService,
    private readonly loader: PrincipalLoader,
    private readonly audit: AuditService,
    private readonly wechat: WechatSessionProvider,
    private readonly clock: Clock,
  ) {}

  /**
   * Username + password. After `maxFailedLogins` wrong passwords in a row the account locks for
   * `lockoutMinutes`; while locked even the right password is refused. Counts live in the
   * database, so every API instance sees the same lock. An unknown username and a wrong password
   * get the same answer (and both run the password hash, so they take about as long).
   */
  async loginStaff(username: string, password: string): Promise<TokenPair> {
    const user = await this.staff.findOneBy({ username });
    if (!user) {
      await this.hasher.verifyNothing(password);
      await this.audit.record({
        action: 'auth.login_failed',
        actor: null,
        actorName: username,
        summary: { reason: 'unknown_user' },
      });
      throw new DomainException(ErrorCode.INVALID_CREDENTIALS);
    }
    const policy = await this.policy.get();
    const now = this.clock.now();
    if (user.lockedUntil && user.lockedUntil.getTime() > now.getTime()) {
      await this.audit.record({
        action: 'auth.login_refused_locked',
        actor: null,
        actorName: username,
        targetType: 'staff_user',
        targetId: user.id,
      });
      throw this.lockedError(user.lockedUntil, now);
    }
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      await this.staff.increment({ id: user.id }, 'failedLoginCount', 1);
      const { failedLoginCount } = await this.staff.findOneByOrFail({ id: user.id });
      if (failedLoginCount >= policy.maxFailedLogins) {
        const lockedUntil = new Date(now.getTime() + policy.lockoutMinutes * 60_000);
        await this.staff.update({ id: user.id }, { lockedUntil, failedLoginCount: 0, updatedAt: now });
        await this.audit.record({
          action: 'auth.locked',
          actor: null,
          actorName: username,
          targetType: 'staff_user',
          targetId: user.id,
          summary: { failedLogins: failedLoginCount, lockedUntil: lockedUntil.toISOString() },
        });
        throw this.lockedError(lockedUntil, now);
      }
      await this.audit.record({
        action: 'auth.login_failed',
        actor: null,
        actorName: username,
        targetType: 'staff_user',
        targetId: user.id,
        summary: { reason: 'wrong_password', failedLogins: failedLoginCount },
      });
      // The same answer as for an unknown username: no hint that the account exists.
      throw new DomainException(ErrorCode.INVALID_CREDENTIALS);
    }
    if (user.status !== StaffStatus.ACTIVE) {
      await this.audit.record({
        action: 'auth.login_refused_disabled',
        actor: null,
        actorName: username,
        targetType: 'staff_user',
        targetId: user.id,
      });
      throw new DomainException(ErrorCode.ACCOUNT_DISABLED);
    }
    const expired = this.passwordExpired(user, policy.passwordMaxAgeDays, now);
    await this.staff.update(
      { id: user.id },
      {
        failedLoginCount: 0,
        lockedUntil: null,
        lastLoginAt: now,
        ...(expired ? { mustChangePassword: true } : {}),
      },
    );
    if (expired) {
      user.mustChangePassword = true;
      await this.audit.record({
        action: 'auth.password_expired',
        actor: null,
        actorName: username,
        targetType: 'staff_user',
        targetId: user.id,
        summary: { passwordChangedAt: user.passwordChangedAt!.toISOString(), maxAgeDays: policy.passwordMaxAgeDays },
      });
    }
    const principal = await this.loader.toPrincipal(user);
    const newIp = await this.isNewIp(user.id);
    await this.audit.record({ action: 'auth.login', actor: principal, targetType: 'staff_user', targetId: user.id });
    if (newIp) {
      await this.audit.record({
        action: 'auth.login_new_ip',
        actor: principal,
        targetType: 'staff_user',
        targetId: user.id,
        summary: { ip: newIp },
      });
    }
    return this.tokens.issue(PrincipalType.STAFF, user.id);
  }

  /**
   * An expired password (older than the policy's maximum age) must be changed at this login. A
   * password without a date (the development demo accounts) does not expire; the migration dated
   * every password set before.
   */
  private passwordExpired(user: StaffUser, maxAgeDays: number, now: Date): boolean {
    if (!maxAgeDays || !user.passwordChangedAt || user.mustChangePassword) return false;
    return now.getTime() - user.passwordChangedAt.getTime() > maxAgeDays * 86_400_000;
  }

  /**
   * The caller's IP when the account has signed in before, never from it: the login from a new
   * address is audited (`auth.login_new_ip`). The audit log itself keeps the earlier logins.
   */
  private async isNewIp(userId: number): Promise<string | null> {
    const ip = RequestContext.current()?.ip;
    if (!ip) return null;
    const earlier = this.auditLogs
      .createQueryBuilder('a')
      .where('a.target_type = :type AND a.target_id = :id AND a.action = :action', {
        type: 'staff_user',
        id: String(userId),
        action: 'auth.login',
      });
    if (!(await earlier.getExists())) return null;
    return (await earlier.andWhere('a.ip = :ip', { ip }).getExists()) ? null : ip;
  }

  private lockedError(until: Date, now: Date): DomainException {
    const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
    return new DomainException(
      ErrorCode.ACCOUNT_LOCKED,
      `密码错误次数过多，账号已锁定，请于 ${shanghaiTime(until)} 后再试`,
      undefined,
      { 'Retry-After': String(seconds) },
    );
  }

  /** wx.login code → openid → the worker's account (created on first login). */
  async loginWorker(code: string): Promise<TokenPair> {
    const session = await this.wechat.exchange(code);
    const now = this.clock.now();
    let account = await this.workers.findOneBy({ openid: session.openid });
    if (!account) {
      try {
        await this.workers.insert({
          openid: session.openid,
          unionid: session.unionid ?? null,
          status: 'ACTIVE',
          createdAt: now,
          lastLoginAt: now,
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err; // a concurrent first login created it
      }
      account = await this.workers.findOneByOrFail({ openid: session.openid });
      await this.audit.record({
        action: 'worker.account_created',
        actor: null,
        targetType: 'worker_account',
        targetId: account.id,
      });
    } else {
      await this.workers.update({ id: account.id }, { lastLoginAt: now });
    }
    if (account.status !== 'ACTIVE') throw new DomainException(ErrorCode.ACCOUNT_DISABLED);
    return this.tokens.issue(PrincipalType.WORKER, account.id);
  }

  async changePassword(principal: StaffPrincipal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.staff.findOneByOrFail({ id: principal.id });
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw DomainException.validation([{ field: 'currentPassword', message: '当前密码不正确' }]);
    }
    const problem = checkPassword(newPassword, await this.policy.passwordPolicy());
    if (problem) throw DomainException.validation([{ field: 'newPassword', message: problem }]);
    if (newPassword === currentPassword) {
      throw DomainException.validation([{ field: 'newPassword', message: '新密码不能与当前密码相同' }]);
    }
    const { passwordHistory } = await this.policy.get();
    const earlier = await this.history.find({
      where: { staffUserId: user.id },
      order: { id: 'DESC' },
      take: Math.max(0, passwordHistory - 1),
    });
    for (const old of earlier) {
      if (await this.hasher.verify(old.passwordHash, newPassword)) {
        throw DomainException.validation([
          { field: 'newPassword', message: `新密码不能与最近 ${passwordHistory} 次使用过的密码相同` },
        ]);
      }
    }
    const now = this.clock.now();
    await this.staff.manager.transaction(async (m) => {
      await m
        .getRepository(PasswordHistory)
        .insert({ staffUserId: user.id, passwordHash: user.passwordHash, createdAt: now });
      await m.getRepository(StaffUser).update(
        { id: user.id },
        {
          passwordHash: await this.hasher.hash(newPassword),
          mustChangePassword: false,
          passwordChangedAt: now,
          updatedAt: now,
        },
      );
    });
    await this.tokens.revokeAllOf(PrincipalType.STAFF, user.id);
    await this.audit.record({ action: 'auth.password_change', targetType: 'staff_user', targetId: user.id });
  }
}
