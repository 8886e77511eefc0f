import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, Not } from 'typeorm';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Clock } from '../common/clock';
import { RateLimit } from '../security/rate-limit.entity';
import { WorkerClaim, WorkerClaimStatus } from '../workers/worker-claim.entity';

const DAY_MS = 24 * 60 * 60_000;

export interface HousekeepingResult {
  refreshTokens: number;
  rateLimits: number;
  registrationClaims: number;
}

/**
 * Nothing grows without bound: every hour, each instance removes what no rule reads any more.
 * Deletes are by condition, so two instances doing it at once remove each row once.
 *
 * - refresh tokens a day past their expiry (a replayed one is refused by its expiry already);
 * - rate-limit counters whose window has ended;
 * - registrations that waited for an SMS code and were never finished, two days after the code
 *   expired (the form they hold is personal data; the daily guess count reads one day back).
 */
@Injectable()
export class HousekeepingService {
  private readonly logger = new Logger('Housekeeping');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'housekeeping' })
  async scheduled(): Promise<void> {
    try {
      const removed = await this.run();
      if (removed.refreshTokens + removed.rateLimits + removed.registrationClaims) {
        this.logger.log(removed, 'housekeeping done');
      }
    } catch (err) {
      this.logger.warn({ err }, 'housekeeping failed; the next hour tries again');
    }
  }

  async run(): Promise<HousekeepingResult> {
    const now = this.clock.now().getTime();
    const tokens = await this.db.getRepository(RefreshToken).delete({ expiresAt: LessThan(new Date(now - DAY_MS)) });
    const limits = await this.db.getRepository(RateLimit).delete({ windowEndsAt: LessThan(new Date(now)) });
    const claims = await this.db.getRepository(WorkerClaim).delete({
      status: Not(WorkerClaimStatus.DONE),
      expiresAt: LessThan(new Date(now - 2 * DAY_MS)),
    });
    return {
      refreshTokens: tokens.affected ?? 0,
      rateLimits: limits.affected ?? 0,
      registrationClaims: claims.affected ?? 0,
    };
  }
}
