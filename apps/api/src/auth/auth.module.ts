import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Organization } from '../organization/organization.entity';
import { DataScopeService } from '../scope/data-scope';
import { DbThrottlerStorage } from '../security/db-throttler.storage';
import { RateLimitModule } from '../security/rate-limit.module';
import { StaffRole, StaffUser } from '../staff/staff-user.entity';
import { WorkerAccount } from '../worker-account/worker-account.entity';
import { AuditLog } from '../audit/audit-log.entity';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { PrincipalLoader } from './principal.loader';
import { AuthSession } from './auth-session.entity';
import { PasswordHistory } from './password-history.entity';
import { RefreshToken } from './refresh-token.entity';
import { TokenService } from './token.service';
import { wechatProvider } from './wechat.provider';
import { Worker } from '../workers/worker.entity';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      StaffUser,
      StaffRole,
      Organization,
      WorkerAccount,
      RefreshToken,
      Worker,
      AuthSession,
      PasswordHistory,
      AuditLog,
    ]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, DbThrottlerStorage],
      useFactory: (config: AppConfig, storage: DbThrottlerStorage) => ({
        throttlers: [{ name: 'login', ttl: 60_000, limit: config.loginRateLimit }],
        storage,
      }),
      imports: [RateLimitModule],
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    TokenService,
    PasswordHasher,
    PrincipalLoader,
    DataScopeService,
    wechatProvider,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenService, PasswordHasher, PrincipalLoader, DataScopeService],
})
export class AuthModule {}
