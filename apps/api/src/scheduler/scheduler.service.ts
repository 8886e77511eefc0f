import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Page,
  ScheduledJobOutcome,
  type ScheduledJobResponse,
  type ScheduledJobRunResponse,
  ScheduledJobTrigger,
} from '@steadywork/shared';
import { CronJob, CronTime } from 'cron';
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import { DataSource, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage, type PageQueryDto } from '../common/pagination';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ScheduledJob, ScheduledJobRun } from './scheduler.entities';

export const SCHEDULE_TIMEZONE = 'Asia/Shanghai';

/** What a run did: the items it dealt with, and a short note for the console. */
export interface JobResult {
  items: number;
  detail?: string | null;
}

export interface JobDefinition {
  /** Dotted, stable: the lease row's key and the console's handle (`notifications.send`). */
  name: string;
  /** What it does, in Chinese (the console shows it). */
  title: string;
  /** Cron with seconds, in Asia/Shanghai. */
  schedule: string;
  /** How long a run may take before another instance may start the job again. */
  leaseMs: number;
  run(): Promise<JobResult>;
}

export interface RunOptions {
  trigger?: ScheduledJobTrigger;
  staffId?: number | null;
}

/**
 * Every scheduled job of the API, by name. Features define their jobs here when their module
 * starts; with SCHEDULER_ENABLED each runs on its cron schedule, and a programme admin may run
 * any by hand.
 *
 * A run first takes the job's lease with one conditional UPDATE (the lease row is free, or its
 * time has passed): the instance whose UPDATE changed the row runs the job, any other instance
 * starting it at that moment skips it. The lease is released when the run ends; if the instance
 * dies mid-run, the lease expires and the next scheduled run goes ahead. Each run is recorded in
 * `scheduled_job_run`.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Scheduler');
  private readonly jobs = new Map<string, JobDefinition>();
  /** This process (host:pid) and a random tag: two instances in one process differ too. */
  readonly instance = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`.slice(0, 80);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  define(job: JobDefinition): void {
    if (this.jobs.has(job.name)) throw new Error(`scheduled job ${job.name} defined twice`);
    new CronTime(job.schedule, SCHEDULE_TIMEZONE); // throws on a bad expression, at start-up
    this.jobs.set(job.name, job);
  }

  names(): string[] {
    return [...this.jobs.keys()];
  }

  onApplicationBootstrap(): void {
    if (!this.config.schedulerEnabled) return;
    for (const job of this.jobs.values()) {
      const cron = CronJob.from({
        cronTime: job.schedule,
        timeZone: SCHEDULE_TIMEZONE,
        start: true,
        onTick: () => {
          this.run(job.name).catch((err) => this.logger.error({ err, job: job.name }, 'scheduled run failed'));
        },
      });
      this.registry.addCronJob(job.name, cron as unknown as Parameters<SchedulerRegistry['addCronJob']>[1]);
    }
  }

  /**
   * Runs the job now if no instance holds its lease; answers the recorded run, or null when the
   * job was running elsewhere (skipped). A failure of the job is recorded, never thrown.
   */
  async run(name: string, options: RunOptions = {}): Promise<ScheduledJobRunResponse | null> {
    const job = this.jobs.get(name);
    if (!job) throw DomainException.notFound('定时任务');
    await this.ensureLeaseRow(name);
    const token = `${this.instance}#${randomBytes(3).toString('hex')}`;
    const now = this.clock.now();
    const lease = await this.db
      .createQueryBuilder()
      .update(ScheduledJob)
      .set({ lockedUntil: new Date(now.getTime() + job.leaseMs), lockedBy: token })
      .where('name = :name', { name })
      .andWhere('(locked_until IS NULL OR locked_until < :now)', { now })
      .execute();
    if (lease.affected !== 1) {
      this.logger.log({ job: name }, 'running on another instance; skipped');
      return null;
    }
    const runs = this.db.getRepository(ScheduledJobRun);
    let id: number;
    try {
      id = await this.record(runs, name, now, options);
    } catch (err) {
      await this.release(name, token);
      throw err;
    }
    try {
      const result = await job.run();
      await runs.update(
        { id },
        {
          finishedAt: this.clock.now(),
          outcome: ScheduledJobOutcome.SUCCEEDED,
          items: result.items,
          detail: result.detail?.slice(0, 255) ?? null,
        },
      );
      if (result.items) this.logger.log({ job: name, items: result.items }, 'scheduled job done');
    } catch (err) {
      this.logger.error({ err, job: name }, 'scheduled job failed; its next run tries again');
      await runs.update(
        { id },
        {
          finishedAt: this.clock.now(),
          outcome: ScheduledJobOutcome.FAILED,
          error: String((err as Error)?.message ?? err).slice(0, 255),
        },
      );
    } finally {
      await this.release(name, token);
    }
    return toRunResponse(await runs.findOneByOrFail({ id }));
  }

  async list(): Promise<ScheduledJobResponse[]> {
    const leases = new Map((await this.db.getRepository(ScheduledJob).find()).map((l) => [l.name, l]));
    const now = this.clock.now();
    const out: ScheduledJobResponse[] = [];
    for (const job of this.jobs.values()) {
      const last = await this.db
        .getRepository(ScheduledJobRun)
        .findOne({ where: { job: job.name }, order: { id: 'DESC' } });
      const lockedUntil = leases.get(job.name)?.lockedUntil ?? null;
      out.push({
        name: job.name,
        title: job.title,
        schedule: job.schedule,
        nextRunAt: this.config.schedulerEnabled
          ? new CronTime(job.schedule, SCHEDULE_TIMEZONE).getNextDateFrom(now).toJSDate().toISOString()
          : null,
        lockedUntil: lockedUntil && lockedUntil > now ? lockedUntil.toISOString() : null,
        lastRun: last ? toRunResponse(last) : null,
      });
    }
    return out;
  }

  async runs(name: string, query: PageQueryDto): Promise<Page<ScheduledJobRunResponse>> {
    if (!this.jobs.has(name)) throw DomainException.notFound('定时任务');
    const [rows, total] = await this.db.getRepository(ScheduledJobRun).findAndCount({
      where: { job: name },
      order: { id: 'DESC' },
      skip: skipOf(query),
      take: query.pageSize,
    });
    return toPage(rows.map(toRunResponse), total, query);
  }

  private async record(
    runs: Repository<ScheduledJobRun>,
    name: string,
    now: Date,
    options: RunOptions,
  ): Promise<number> {
    const inserted = await runs.insert({
      job: name,
      trigger: options.trigger ?? ScheduledJobTrigger.SCHEDULE,
      instance: this.instance,
      triggeredBy: options.staffId ?? null,
      startedAt: now,
      finishedAt: null,
      outcome: ScheduledJobOutcome.RUNNING,
      items: 0,
      detail: null,
      error: null,
    });
    return Number(inserted.identifiers[0].id);
  }

  /** Frees the lease this run holds (and no later holder's). */
  private async release(name: string, token: string): Promise<void> {
    await this.db
      .createQueryBuilder()
      .update(ScheduledJob)
      .set({ lockedUntil: null, lockedBy: null })
      .where('name = :name AND locked_by = :token', { name, token })
      .execute();
  }

  private async ensureLeaseRow(name: string): Promise<void> {
    const repo = this.db.getRepository(ScheduledJob);
    if (await repo.existsBy({ name })) return;
    // another instance may make it at the same moment: no error (nor a logged failed query) then
    await repo.createQueryBuilder().insert().values({ name, lockedUntil: null, lockedBy: null }).orIgnore().execute();
  }
}

function toRunResponse(r: ScheduledJobRun): ScheduledJobRunResponse {
  return {
    id: r.id,
    job: r.job,
    trigger: r.trigger,
    instance: r.instance,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    outcome: r.outcome,
    items: r.items,
    detail: r.detail,
    error: r.error,
  };
}
