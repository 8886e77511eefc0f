import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbThrottlerStorage } from './db-throttler.storage';
import { RateLimit } from './rate-limit.entity';
import { RateLimiter } from './rate-limiter';

@Module({
  imports: [TypeOrmModule.forFeature([RateLimit])],
  providers: [DbThrottlerStorage, RateLimiter],
  exports: [DbThrottlerStorage, RateLimiter],
})
export class RateLimitModule {}
