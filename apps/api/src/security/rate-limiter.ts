import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ErrorCode } from '@steadywork/shared';
import { from, Observable, switchMap } from 'rxjs';
import type { Principal } from '../auth/principal';
import { DomainException } from '../common/domain.exception';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { DbThrottlerStorage } from './db-throttler.storage';
import { RateLimit } from './rate-limit.entity';
import { SecurityPolicyService } from './security-policy.service';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Counters in the database (every instance shares them), fixed windows. A hit over the limit
 * answers 429 with Retry-After, in the usual error shape, with the message given.
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly storage: DbThrottlerStorage,
    @InjectRepository(RateLimit) private readonly limits: Repository<RateLimit>,
    private readonly clock: Clock,
  ) {}

  /** Counts one hit; over `limit` hits in the window → 429. */
  async hit(bucket: string, limit: number, windowMs: number, message: (wait: string) => string): Promise<void> {
    const record = await this.storage.increment(bucket, windowMs, limit, 0, 'limit');
    if (record.isBlocked) throw tooMany(record.timeToExpire, message);
  }

  /** 429 when the bucket already holds `limit` hits in its window; counts nothing. */
  async refuseWhenFull(bucket: string, limit: number, message: (wait: string) => string): Promise<void> {
    const now = this.clock.now();
    const row = await this.limits.findOneBy({ bucket: `limit:${bucket}`.slice(0, 191), windowEndsAt: MoreThan(now) });
    if (row && row.hits >= limit)
      throw tooMany(Math.ceil((row.windowEndsAt.getTime() - now.getTime()) / 1000), message);
  }
}

function tooMany(seconds: number, message: (wait: string) => string): DomainException {
  const wait = seconds >= 90 ? `${Math.ceil(seconds / 60)} 分钟` : `${Math.max(1, seconds)} 秒`;
  return new DomainException(ErrorCode.TOO_MANY_REQUESTS, message(wait), undefined, {
    'Retry-After': String(Math.max(1, seconds)),
  });
}

/** The kinds of request the security policy limits per account (see SecurityPolicyResponse). */
export type RateLimitedAction = 'upload' | 'export' | 'eligibility';
const RATE_LIMIT_KEY = 'rate-limit:action';

/**
 * Limits this route per account by the security policy. Every `GET …/export` route is limited as
 * an export without it.
 */
export const RateLimited = (action: RateLimitedAction) =>
  applyDecorators(
    SetMetadata(RATE_LIMIT_KEY, action),
    ApiTooManyRequestsResponse({
      description: 'Over the security policy’s limit for this account: wait Retry-After seconds',
    }),
  );

const MESSAGES: Record<RateLimitedAction, (wait: string) => string> = {
  upload: (wait) => `上传过于频繁，请 ${wait}后再试`,
  export: (wait) => `导出过于频繁，请 ${wait}后再试`,
  eligibility: (wait) => `查询过于频繁，请 ${wait}后再试`,
};

/** Applies the per-account limits of the security policy (runs after the access guard). */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly policy: SecurityPolicyService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context
      .switchToHttp()
      .getRequest<{ method: string; route?: { path?: string }; principal?: Principal }>();
    const action =
      this.reflector.getAllAndOverride<RateLimitedAction | undefined>(RATE_LIMIT_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? (req.method === 'GET' && /\/export$/.test(req.route?.path ?? '') ? 'export' : undefined);
    if (!action || !req.principal) return next.handle();
    const account = `${req.principal.type}:${req.principal.id}`;
    return from(this.check(action, account)).pipe(switchMap(() => next.handle()));
  }

  private async check(action: RateLimitedAction, account: string): Promise<void> {
    const p = await this.policy.get();
    const [limit, windowMs] =
      action === 'upload'
        ? [p.uploadsPerHour, HOUR]
        : action === 'export'
          ? [p.exportsPerHour, HOUR]
          : [p.eligibilityChecksPerMinute, MINUTE];
    await this.limiter.hit(`${action}:${account}`, limit, windowMs, MESSAGES[action]);
  }
}
