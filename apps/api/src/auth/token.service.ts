import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, PrincipalType, TokenPair } from '@steadywork/shared';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { SecurityPolicyService } from '../security/security-policy.service';
import type { AccessTokenPayload } from './access.guard';
import { PrincipalLoader } from './principal.loader';
import { AuthSession } from './auth-session.entity';
import { RefreshToken } from './refresh-token.entity';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Short-lived JWT access tokens; opaque refresh tokens kept (hashed) in the database. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    private readonly policy: SecurityPolicyService,
    private readonly loader: PrincipalLoader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(type: PrincipalType, id: number, familyId: string = randomUUID()): Promise<TokenPair> {
    const policy = await this.policy.get();
    const expiresIn = policy.accessTokenMinutes * 60;
    const payload: AccessTokenPayload = { sub: id, typ: type, sid: familyId };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn });
    const refreshToken = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.sessions.save({ id: familyId, principalType: type, principalId: id, lastSeenAt: now, createdAt: now });
    await this.tokens.insert({
      id: randomUUID(),
      familyId,
      principalType: type,
      principalId: id,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(now.getTime() + policy.refreshTokenDays * 86_400_000),
      revokedAt: null,
      createdAt: now,
    });
    return { accessToken, refreshToken, expiresIn };
  }

  /** Rotates: the presented token is spent and a new pair issued. A spent token revokes its family. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const now = this.clock.now();
    const row = await this.tokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!row || row.expiresAt.getTime() <= now.getTime()) throw new DomainException(ErrorCode.TOKEN_INVALID);
    if (!row.revokedAt) await this.touch(row.familyId, row.principalType);
    // Conditional update: of two concurrent uses of one token, exactly one wins.
    const spent = await this.tokens.update({ id: row.id, revokedAt: IsNull() }, { revokedAt: now });
    if (!spent.affected) {
      await this.revokeFamily(row.familyId);
      await this.audit.record({
        action: 'auth.refresh_reuse',
        targetType: row.principalType,
        targetId: row.principalId,
        actor: null,
        summary: { familyId: row.familyId },
      });
      throw new DomainException(ErrorCode.TOKEN_INVALID);
    }
    await this.loader.load(row.principalType, row.principalId); // disabled accounts cannot refresh
    return this.issue(row.principalType, row.principalId, row.familyId);
  }

  /**
   * The idle timeout of staff sign-ins (the security policy's `idleTimeoutMinutes`): a sign-in not
   * used for longer ends — its refresh tokens are revoked and the request answers 401
   * SESSION_IDLE_TIMEOUT; otherwise its last use moves to now (written at most once a minute).
   * Workers' mini-program sign-ins end by their token lifetimes only.
   */
  async touch(sessionId: string | undefined, type: PrincipalType): Promise<void> {
    if (type !== PrincipalType.STAFF || !sessionId || !this.config.sessionIdleTimeout) return;
    const session = await this.sessions.findOneBy({ id: sessionId });
    if (!session) throw new DomainException(ErrorCode.TOKEN_INVALID);
    const now = this.clock.now();
    const idleMs = now.getTime() - session.lastSeenAt.getTime();
    const { idleTimeoutMinutes } = await this.policy.get();
    if (idleMs > idleTimeoutMinutes * 60_000) {
      await this.revokeFamily(sessionId);
      throw new DomainException(ErrorCode.SESSION_IDLE_TIMEOUT);
    }
    if (idleMs > 60_000) await this.sessions.update({ id: sessionId }, { lastSeenAt: now });
  }

  async revoke(refreshToken: string): Promise<void> {
    const row = await this.tokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (row) await this.revokeFamily(row.familyId);
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  async revokeAllOf(type: PrincipalType, id: number): Promise<void> {
    await this.tokens.update(
      { principalType: type, principalId: id, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
  }
}
