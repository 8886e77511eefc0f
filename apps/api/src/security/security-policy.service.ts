import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DEFAULT_PASSWORD_POLICY, PasswordPolicy, SecurityPolicyResponse } from '@steadywork/shared';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { Setting } from './setting.entity';

const KEY = 'security.policy';

export const DEFAULT_SECURITY_POLICY: SecurityPolicyResponse = {
  maxFailedLogins: 5,
  lockoutMinutes: 15,
  passwordMinLength: DEFAULT_PASSWORD_POLICY.minLength,
  accessTokenMinutes: 15,
  refreshTokenDays: 7,
  checkInCodeTries: 10,
  checkInCodeTriesPerSession: 500,
  uploadsPerHour: 120,
  exportsPerHour: 60,
  eligibilityChecksPerMinute: 30,
  passwordMaxAgeDays: 90,
  passwordHistory: 5,
  idleTimeoutMinutes: 30,
};

/** The security policy the security admin (安全管理员) sets; read from the database each time. */
@Injectable()
export class SecurityPolicyService {
  constructor(
    @InjectRepository(Setting) private readonly settings: Repository<Setting>,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<SecurityPolicyResponse> {
    const row = await this.settings.findOneBy({ key: KEY });
    return { ...DEFAULT_SECURITY_POLICY, ...((row?.value as Partial<SecurityPolicyResponse>) ?? {}) };
  }

  async passwordPolicy(): Promise<PasswordPolicy> {
    const p = await this.get();
    return { minLength: p.passwordMinLength, minClasses: DEFAULT_PASSWORD_POLICY.minClasses };
  }

  async update(changes: Partial<SecurityPolicyResponse>): Promise<SecurityPolicyResponse> {
    const before = await this.get();
    const given = Object.entries(changes).filter(([, value]) => value !== undefined);
    const next: SecurityPolicyResponse = { ...before, ...Object.fromEntries(given) };
    await this.settings.manager.transaction(async (m) => {
      await m.getRepository(Setting).save({ key: KEY, value: next, updatedAt: this.clock.now() });
      await this.audit.recordChange(
        { action: 'security.policy_update', targetType: 'setting', targetId: KEY, before, after: next },
        m,
      );
    });
    return this.get();
  }
}
