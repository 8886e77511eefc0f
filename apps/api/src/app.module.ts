import { DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { Clock } from './common/clock';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { DataSource } from 'typeorm';
import { dataSourceOptions, enableQueryTimeouts, probeSqliteWritable } from './database/data-source';
import { isDatabaseUnreachable, runMigrations } from './database/migration-lock';
import { retryMysqlDeadlocks } from './database/mysql-transactions';
import { serializeSqliteTransactions } from './database/sqlite-transactions';
import { HealthController } from './health/health.controller';
import { OrganizationModule } from './organization/organization.module';
import { RegionModule } from './region/region.module';
import { SecurityModule } from './security/security.module';
import { DemoSeedService } from './seed/demo-seed.service';
import { DemoProvinceService } from './seed/province/demo-province.service';
import { StaffModule } from './staff/staff.module';
import { WorkersModule } from './workers/workers.module';
import { FilesModule } from './files/files.module';
import { AidModule } from './aid/aid.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SmsModule } from './notifications/sms';
import { OutcomesModule } from './outcomes/outcomes.module';
import { CentersModule } from './centers/centers.module';
import { TrainingModule } from './training/training.module';
import { CalendarModule } from './calendar/calendar.module';
import { ScheduleModule } from '@nestjs/schedule';
import { HousekeepingModule } from './housekeeping/housekeeping.module';
import { SchedulerModule } from './scheduler/scheduler.module';
import { JobsModule } from './jobs/jobs.module';
import { DemandsModule } from './demands/demands.module';
import { LayoffsModule } from './layoffs/layoffs.module';
import { WarningModule } from './warning/warning.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { ReportsModule } from './reports/reports.module';

@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: new Clock(config.clockOffsetMs) },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        LoggerModule.forRoot({
          // Express 5 route syntax (the default '*' logs a legacy-path warning at start)
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req) => (req as { id?: string }).id ?? '',
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password'],
            customLogLevel: (_req, res, err) =>
              err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url,
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(config.db, config.logLevel !== 'silent'),
            // try again only while the database server cannot be reached (not up yet); any other
            // start-up error (a failed migration) stops the instance at once
            toRetry: isDatabaseUnreachable,
          }),
          dataSourceFactory: async (options) => {
            probeSqliteWritable(config.db);
            const dataSource = await new DataSource(options!).initialize();
            try {
              await runMigrations(dataSource);
            } catch (err) {
              await dataSource.destroy().catch(() => undefined);
              throw err;
            }
            enableQueryTimeouts(dataSource);
            return serializeSqliteTransactions(retryMysqlDeadlocks(dataSource));
          },
        }),
        ScheduleModule.forRoot(),
        SchedulerModule,
        HousekeepingModule,
        RegionModule,
        OrganizationModule,
        AuditModule,
        CalendarModule,
        SecurityModule,
        AuthModule,
        StaffModule,
        FilesModule,
        WorkersModule,
        NotificationsModule,
        SmsModule,
        AidModule,
        OutcomesModule,
        CentersModule,
        TrainingModule,
        JobsModule,
        DemandsModule,
        LayoffsModule,
        WarningModule,
        DashboardModule,
        ReportsModule,
      ],
      controllers: [HealthController],
      providers: [DemoSeedService, DemoProvinceService],
    };
  }
}
