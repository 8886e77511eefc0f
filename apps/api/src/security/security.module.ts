import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityPolicyService } from './security-policy.service';
import { Setting } from './setting.entity';
import { RateLimitModule } from './rate-limit.module';
import { RateLimitInterceptor } from './rate-limiter';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Setting]), RateLimitModule],
  providers: [SecurityPolicyService, { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor }],
  exports: [SecurityPolicyService, RateLimitModule],
})
export class SecurityModule {}
