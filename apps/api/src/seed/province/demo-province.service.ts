import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AID_DEFAULTS, RegionLevel, SERVICE_ACCEPT_WORKING_DAYS } from '@steadywork/shared';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../audit/audit-log.entity';
import { Clock } from '../../common/clock';
import { WorkingDays } from '../../common/working-days';
import { FileStore } from '../../files/file-store';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { PersonalDataCipher } from '../../crypto/personal-data.cipher';
import { withMigrationLock } from '../../database/migration-lock';
import { Region } from '../../region/region.entity';
import { StaffUser } from '../../staff/staff-user.entity';
import { shanghaiDate } from '../../common/dates';
import { generateAid } from './aid';
import { generateCenterRequests } from './centers';
import { generateJobEvents } from './job-events';
import { generateGigWork } from './gig';
import { generateJobs } from './jobs';
import { generateTraining } from './training';
import { ensureClassInProgress } from './class-in-progress';
import { Actor, County, DAY, ProvinceContext } from './context';
import { SeededRandom } from './random';
import { generateWorkers } from './workers';

/** The audit entry that marks a database as holding the demo province (written with it). */
export const DEMO_PROVINCE_ACTION = 'demo.province';
/** The province is the same on every machine started at the same instant. */
const SEED = 20_260_630;

/** Demo accounts that act for a region in the generated history, most specific first. */
const REGION_ACTORS: [string, string][] = [
  ['630102', 'chengdong_reviewer'],
  ['6301', 'xining_reviewer'],
  ['6302', 'haidong_reviewer'],
  ['', 'province_reviewer'],
];

/**
 * The demo province (`DEMO_PROVINCE=true`, set by `npm start`): generated once per database, after
 * the demo accounts and under the same start-up lock, so a new user finds lists, queues and
 * figures to work with. A class of the demo trainer in progress is kept at every start.
 */
@Injectable()
export class DemoProvinceService {
  private readonly logger = new Logger('DemoProvince');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: Clock,
    private readonly workingDays: WorkingDays,
    private readonly fileStore: FileStore,
  ) {}

  async run(): Promise<void> {
    if (this.config.isProduction) throw new Error('the demo province is never generated in production');
    await withMigrationLock(this.db, () => this.generate());
  }

  private async generate(): Promise<void> {
    const started = performance.now();
    const now = this.clock.now();
    const staff = await this.db
      .getRepository(StaffUser)
      .find({ select: { id: true, username: true, displayName: true } });
    const byUsername = new Map(staff.map((s) => [s.username, { id: s.id, displayName: s.displayName }]));
    const actor = (username: string): Actor => {
      const a = byUsername.get(username);
      if (!a) throw new Error(`the demo province needs the demo account ${username}`);
      return a;
    };
    const done = await this.db.getRepository(AuditLog).existsBy({ action: DEMO_PROVINCE_ACTION });
    let summary = '';
    if (!done) {
      const counties: County[] = (
        await this.db.getRepository(Region).find({ where: { level: RegionLevel.COUNTY }, order: { code: 'ASC' } })
      ).map((r) => ({ code: r.code, name: r.name, cityCode: r.parentCode ?? r.code }));
      summary = await this.db.transaction(async (m) => {
        const ctx: ProvinceContext = {
          m,
          rng: new SeededRandom(SEED),
          now,
          cipher: this.cipher,
          counties,
          actor,
          actorFor: (regionCode) => actor(REGION_ACTORS.find(([prefix]) => regionCode.startsWith(prefix))![1]),
        };
        const workers = await generateWorkers(ctx);
        const applications = await generateAid(ctx, workers, {
          publicityEnd: async (start) =>
            (await this.workingDays.endOf(start, AID_DEFAULTS.publicityWorkingDays)).endsAt,
          putFile: (id, bytes) => this.fileStore.put(id, bytes),
        });
        const courses = await generateTraining(ctx, workers);
        const requests = await generateCenterRequests(ctx, workers, async (createdAt) => {
          const nextDay = new Date(`${shanghaiDate(new Date(createdAt.getTime() + DAY))}T00:00:00+08:00`);
          return (await this.workingDays.endOf(nextDay, SERVICE_ACCEPT_WORKING_DAYS)).endsAt;
        });
        const jobs = await generateJobs(ctx, workers);
        const jobEvents = await generateJobEvents(ctx, workers);
        const gig = await generateGigWork(ctx, workers);
        const counts = { workers: workers.length, applications, courses, requests, jobs, jobEvents, gig };
        await m.getRepository(AuditLog).insert({
          actorType: 'system',
          actorId: null,
          actorName: null,
          actorRoles: '',
          organizationId: null,
          action: DEMO_PROVINCE_ACTION,
          targetType: null,
          targetId: null,
          summary: counts,
          ip: null,
          requestId: null,
          createdAt: now,
        });
        return (
          `${counts.workers} workers with archives and follow-ups, ${applications} applications for 221 aid, ` +
          `${courses} training courses, ${requests} service requests, ` +
          `${jobs.employers} employers with ${jobs.postings} job postings and ${jobs.applications} referrals, ` +
          `${jobEvents.events} recruitment events with ${jobEvents.signups} sign-ups, ` +
          `${jobEvents.partnerPostings} 对口援青 postings, ${jobEvents.publicWelfarePosts} public-welfare post, ` +
          `${gig.gigs} gigs, ${gig.gigWorkers} workers in gig mode and ${gig.assignments} one-to-one assignments`
        );
      });
    }
    const session = await this.db.transaction((m) =>
      ensureClassInProgress(m, now, actor('trainer'), actor('center_staff')),
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (summary || session) {
      const parts = [
        summary && `demo province generated: ${summary}`,
        session && 'a class of the demo trainer in progress',
      ];
      // warn: `npm start` shows warnings only, and this is worth seeing once
      this.logger.warn(`${parts.filter(Boolean).join('; ')} (${seconds} s)`);
    }
  }
}
