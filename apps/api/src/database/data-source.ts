import { DataSource, DataSourceOptions } from 'typeorm';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AppConfig } from '../config/app-config';
import { AuditLog } from '../audit/audit-log.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Organization } from '../organization/organization.entity';
import { Region } from '../region/region.entity';
import { Setting } from '../security/setting.entity';
import { StaffRole, StaffUser } from '../staff/staff-user.entity';
import { WorkerAccount } from '../worker-account/worker-account.entity';
import { RateLimit } from '../security/rate-limit.entity';
import { MIGRATIONS } from './migrations';
import { HolidayCalendar } from '../calendar/holiday-calendar.entity';
import { FollowUp } from '../workers/follow-up.entity';
import { ImportJob } from '../workers/import-job.entity';
import { StoredFile } from '../files/stored-file.entity';
import { ArchiveEvent, HardshipArchive } from '../workers/hardship-archive.entity';
import { Worker, WorkerTagRow } from '../workers/worker.entity';
import { WorkerClaim } from '../workers/worker-claim.entity';
import { AidApplication, AidApplicationEvent, AidProgram, AidPublicity, AidRegionQuotaRow } from '../aid/aid.entities';
import { EmploymentOutcome } from '../outcomes/outcome.entity';
import { NotificationOutbox } from '../notifications/notification.entity';
import { Center, CenterSubsidy, ServiceRecord, ServiceRequest, StarEvaluation } from '../centers/centers.entities';
import {
  OnlineLearningRecord,
  TrainingAttendance,
  TrainingBase,
  TrainingBaseSubsidy,
  TrainingCompletion,
  TrainingCourse,
  TrainingCourseTrainer,
  TrainingEnrolment,
  TrainingRosterMark,
  TrainingSession,
  TrainingTarget,
} from '../training/training.entities';
import { GIG_ENTITIES, JOB_ENTITIES } from '../jobs/jobs.entities';
import { JOB_EVENT_ENTITIES } from '../jobs/events.entities';
import { Demand, DemandEvent } from '../demands/demands.entities';
import { LAYOFF_ENTITIES } from '../layoffs/layoffs.entities';
import { ScheduledJob, ScheduledJobRun } from '../scheduler/scheduler.entities';
import { PasswordHistory } from '../auth/password-history.entity';
import { AuthSession } from '../auth/auth-session.entity';
import { MonthlyReport } from '../reports/monthly-report.entity';

export const ENTITIES = [
  Region,
  Organization,
  StaffUser,
  StaffRole,
  RefreshToken,
  AuditLog,
  Setting,
  WorkerAccount,
  RateLimit,
  Worker,
  WorkerTagRow,
  WorkerClaim,
  HardshipArchive,
  ArchiveEvent,
  FollowUp,
  ImportJob,
  StoredFile,
  AidProgram,
  AidRegionQuotaRow,
  AidPublicity,
  AidApplication,
  AidApplicationEvent,
  EmploymentOutcome,
  NotificationOutbox,
  Center,
  StarEvaluation,
  CenterSubsidy,
  ServiceRequest,
  ServiceRecord,
  TrainingBase,
  TrainingBaseSubsidy,
  TrainingCourse,
  TrainingCourseTrainer,
  TrainingSession,
  TrainingEnrolment,
  TrainingAttendance,
  TrainingRosterMark,
  TrainingCompletion,
  OnlineLearningRecord,
  TrainingTarget,
  HolidayCalendar,
  ...JOB_ENTITIES,
  ...JOB_EVENT_ENTITIES,
  ...GIG_ENTITIES,
  Demand,
  DemandEvent,
  ...LAYOFF_ENTITIES,
  ScheduledJob,
  ScheduledJobRun,
  PasswordHistory,
  AuthSession,
  MonthlyReport,
];

/** The one place the database connection is described. */
export function dataSourceOptions(db: AppConfig['db'], logErrors = true): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // run by runMigrations() under the start-up lock, not by initialize()
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: logErrors ? ['error' as const] : false,
  };
  if (db.type === 'sqlite') {
    if (db.database !== ':memory:') {
      try {
        fs.mkdirSync(path.dirname(db.database), { recursive: true });
      } catch {
        // probeSqliteWritable, run before the database opens, names the path and the cause
      }
    }
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.database,
      // WAL lets readers run beside the single writer; busy_timeout makes writers queue, not fail.
      prepareDatabase: (sqlite: { pragma: (s: string) => unknown }) => {
        sqlite.pragma('journal_mode = WAL');
        sqlite.pragma(`busy_timeout = ${db.busyTimeoutMs ?? 5000}`);
        sqlite.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    type: 'mysql',
    url: db.url,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    connectTimeout: db.connectTimeoutMs ?? 5000,
    // off while the migrations run (an index on a large table may take minutes); the data source
    // factory turns it on once they are done (enableQueryTimeouts)
    maxQueryExecutionTime: db.queryTimeoutMs ?? 20_000,
    enableQueryTimeout: false,
    extra: { connectionLimit: 20 },
  };
}

/**
 * From now on a MySQL/MariaDB query that runs past DB_QUERY_TIMEOUT_MS is abandoned (mysql2's
 * per-query timeout; its connection is dropped) and the request answers 503. Called after the
 * migrations, which may run long.
 */
export function enableQueryTimeouts(dataSource: DataSource): void {
  if (dataSource.options.type !== 'mysql') return;
  (dataSource.driver.options as { enableQueryTimeout?: boolean }).enableQueryTimeout = true;
}

/**
 * Finds at once, before the database is opened, a SQLite data directory or file the API could
 * not write — missing and not creatable, read-only, not a directory — and says which path and why
 * (an SQLite file opened read-only would otherwise start "healthy" and fail its first write).
 */
export function probeSqliteWritable(db: AppConfig['db']): void {
  if (db.type !== 'sqlite' || db.database === ':memory:') return;
  probeWritableDirectory(path.dirname(db.database), 'the SQLite data directory');
  if (!fs.existsSync(db.database)) return;
  try {
    fs.closeSync(fs.openSync(db.database, 'r+'));
  } catch (err) {
    throw new Error(`the SQLite database file ${db.database} is not writable (${errorText(err)})`);
  }
}

// Node's message already starts with the code: "EACCES: permission denied, open '…'"
const errorText = (err: unknown) => (err as Error | undefined)?.message ?? String(err);

/**
 * Creates `dir` if missing and writes and removes a file in it; otherwise throws, naming `what`,
 * the path and the cause (`the upload directory /srv/files is not writable (EACCES: …)`). A full
 * disk fails the write too (ENOSPC).
 */
export function probeWritableDirectory(dir: string, what: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new Error(`${what} ${dir} cannot be created (${errorText(err)})`);
  }
  const probe = path.join(dir, `.write-probe-${process.pid}`);
  try {
    fs.writeFileSync(probe, 'probe');
    fs.rmSync(probe);
  } catch (err) {
    fs.rmSync(probe, { force: true });
    throw new Error(`${what} ${dir} is not writable (${errorText(err)})`);
  }
}
