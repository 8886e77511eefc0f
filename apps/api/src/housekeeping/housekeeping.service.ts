import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, Not } from 'typeorm';
import { AuthSession } from '../auth/auth-session.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Clock } from '../common/clock';
import { ScheduledJobRun } from '../scheduler/scheduler.entities';
import { SchedulerService } from '../scheduler/scheduler.service';
import { RateLimit } from '../security/rate-limit.entity';
import { WorkerClaim, WorkerClaimStatus } from '../workers/worker-claim.entity';

const DAY_MS = 24 * 60 * 60_000;

export interface HousekeepingResult {
  refreshTokens: number;
  rateLimits: number;
  registrationClaims: number;
  jobRuns: number;
}

/**
 * Nothing grows without bound: every hour, each instance removes what no rule reads any more.
 * Deletes are by condition, so two instances doing it at once remove each row once.
 *
 * - refresh tokens a day past their expiry (a replayed one is refused by its expiry already);
 * - rate-limit counters whose window has ended;
 * - registrations that waited for an SMS code and were never finished, two days after the code
 *   expired (the form they hold is personal data; the daily guess count reads one day back);
 * - records of scheduled job runs older than 90 days;
 * - sign-ins (`auth_session`) unused for 31 days (longer than any refresh token lives).
 *
 * The audit log is never touched: it is kept at least 180 days (等保), in fact for good — the
 * database refuses every UPDATE and DELETE on it.
 *
 * It is the `housekeeping` scheduled job (docs/operations.md).
 */
@Injectable()
export class HousekeepingService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly scheduler: SchedulerService,
  ) {}

  onModuleInit(): void {
    this.scheduler.define({
      name: 'housekeeping',
      title: '清理过期数据（登录令牌、限流计数、未完成的注册、90 天前的任务记录）',
      schedule: '0 0 * * * *',
      leaseMs: 10 * 60_000,
      run: async () => {
        const r = await this.run();
        return {
          items: r.refreshTokens + r.rateLimits + r.registrationClaims + r.jobRuns,
          detail: `令牌 ${r.refreshTokens}，限流 ${r.rateLimits}，注册 ${r.registrationClaims}，任务记录 ${r.jobRuns}`,
        };
      },
    });
  }

  async run(): Promise<HousekeepingResult> {
    const now = this.clock.now().getTime();
    const tokens = await this.db.getRepository(RefreshToken).delete({ expiresAt: LessThan(new Date(now - DAY_MS)) });
    const limits = await this.db.getRepository(RateLimit).delete({ windowEndsAt: LessThan(new Date(now)) });
    const claims = await this.db.getRepository(WorkerClaim).delete({
      status: Not(WorkerClaimStatus.DONE),
      expiresAt: LessThan(new Date(now - 2 * DAY_MS)),
    });
    await this.db.getRepository(AuthSession).delete({ lastSeenAt: LessThan(new Date(now - 31 * DAY_MS)) });
    const runs = await this.db
      .getRepository(ScheduledJobRun)
      .delete({ startedAt: LessThan(new Date(now - 90 * DAY_MS)) });
    return {
      refreshTokens: tokens.affected ?? 0,
      rateLimits: limits.affected ?? 0,
      registrationClaims: claims.affected ?? 0,
      jobRuns: runs.affected ?? 0,
    };
  }
}
