import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, MoreThan, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { isDeadlock, isUniqueViolation } from '../common/sql';
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
    // The count this hit made. An open window is counted up and read in one transaction: the
    // UPDATE holds the row until commit, so no other hit lands between it and the read (a read
    // after the commit could see later hits too, and refuse this one for them). A new window is
    // opened outside it (an insert inside would meet the other hits' gap locks on InnoDB).
    let row: RateLimit | null = null;
    for (let attempt = 0; attempt < 8 && !row; attempt++) {
      try {
        row = await this.limits.manager.transaction(async (m) => {
          const repo = m.getRepository(RateLimit);
          const bumped = await repo.increment({ bucket, windowEndsAt: MoreThan(now) }, 'hits', 1);
          return bumped.affected ? repo.findOneByOrFail({ bucket }) : null;
        });
        if (row) break;
        await this.limits.delete({ bucket, windowEndsAt: LessThanOrEqual(now) });
        const opened = { bucket, hits: 1, windowEndsAt: new Date(now.getTime() + ttl) };
        await this.limits.insert(opened);
        row = Object.assign(new RateLimit(), opened);
      } catch (err) {
        // another hit opened the window, or InnoDB chose this one to undo when hits that open and
        // close a window crossed: count again
        if (!isUniqueViolation(err) && !isDeadlock(err)) throw err;
      }
    }
    if (!row) row = await this.limits.findOneByOrFail({ bucket });
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
