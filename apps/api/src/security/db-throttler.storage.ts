import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, MoreThan, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/sql';
import { RateLimit } from './rate-limit.entity';

/** Fixed-window counters in the database, so a limit holds across all API instances. */
@Injectable()
export class DbThrottlerStorage implements ThrottlerStorage {
  constructor(
    @InjectRepository(RateLimit) private readonly limits: Repository<RateLimit>,
    private readonly clock: Clock,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    name: string,
  ): Promise<ThrottlerStorageRecord> {
    const bucket = `${name}:${key}`.slice(0, 191);
    const now = this.clock.now();
    for (let attempt = 0; attempt < 3; attempt++) {
      const bumped = await this.limits.increment({ bucket, windowEndsAt: MoreThan(now) }, 'hits', 1);
      if (bumped.affected) break;
      await this.limits.delete({ bucket, windowEndsAt: LessThanOrEqual(now) });
      try {
        await this.limits.insert({ bucket, hits: 1, windowEndsAt: new Date(now.getTime() + ttl) });
        break;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err; // another instance opened the window: count again
      }
    }
    const row = await this.limits.findOneByOrFail({ bucket });
    const msLeft = Math.max(0, row.windowEndsAt.getTime() - now.getTime());
    const isBlocked = row.hits > limit;
    return {
      totalHits: row.hits,
      timeToExpire: Math.ceil(msLeft / 1000),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.ceil(msLeft / 1000) : 0,
    };
  }
}
