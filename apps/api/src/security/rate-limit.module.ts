import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DbThrottlerStorage } from './db-throttler.storage';
import { RateLimit } from './rate-limit.entity';

@Module({
  imports: [TypeOrmModule.forFeature([RateLimit])],
  providers: [DbThrottlerStorage],
  exports: [DbThrottlerStorage],
})
export class RateLimitModule {}
