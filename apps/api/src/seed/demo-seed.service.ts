import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AID_DEFAULTS,
  AID_TYPE_LABELS,
  AidType,
  CenterKind,
  CenterService,
  EmployerSize,
  OrganizationType,
  Role,
  StaffStatus,
  TrainingCourseType,
  TrainingSessionStatus,
} from '@steadywork/shared';
import { AidProgram } from '../aid/aid.entities';
import { Center } from '../centers/centers.entities';
import { shanghaiDate, shanghaiYear } from '../common/dates';
import { newSessionSecret } from '../training/attendance-token';
import { TrainingCourse, TrainingCourseTrainer, TrainingSession, TrainingTarget } from '../training/training.entities';
import { DataSource, In, IsNull } from 'typeorm';
import { Employer } from '../jobs/jobs.entities';
import { Worker } from '../workers/worker.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/sql';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { withMigrationLock } from '../database/migration-lock';
import { Organization } from '../organization/organization.entity';
import { StaffRole, StaffUser } from '../staff/staff-user.entity';

export const DEMO_PASSWORD = 'Demo@2026!';

const FEDERATION_TYPES = [
  OrganizationType.PROVINCIAL_FEDERATION,
  OrganizationType.CITY_FEDERATION,
  OrganizationType.COUNTY_FEDERATION,
];

interface DemoOrg {
  key: string;
  name: string;
  type: OrganizationType;
  regionCode: string;
}

/** Organisations the demo needs beyond the federation tree (which the migration seeds). */
const DEMO_ORGS: DemoOrg[] = [
  { key: 'center', name: '西宁市城东区困难职工帮扶中心', type: OrganizationType.SUPPORT_CENTER, regionCode: '630102' },
  { key: 'school', name: '青海省工会干部学校', type: OrganizationType.DIRECT_UNION, regionCode: '630000' },
  { key: 'enterprise', name: '青海高原建设有限公司', type: OrganizationType.ENTERPRISE, regionCode: '630104' },
];

/** hr_demo's company in the employer registry. */
export const DEMO_EMPLOYER = {
  name: '青海高原建设有限公司',
  creditCode: '91630104710500001Q',
  regionCode: '630104',
  industry: '建筑业',
  size: EmployerSize.MEDIUM,
  address: '西宁市城西区五四西路 45 号',
  contactPhone: '0971-6123456',
};

interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  /** A region code (its federation) or a DEMO_ORGS key. */
  org: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'sysadmin', displayName: '系统管理员', roles: [Role.SYSADMIN], org: '630000' },
  { username: 'secadmin', displayName: '安全管理员', roles: [Role.SECADMIN], org: '630000' },
  { username: 'auditor', displayName: '安全审计员', roles: [Role.AUDITOR], org: '630000' },
  { username: 'province_reviewer', displayName: '省总权益保障部', roles: [Role.PROVINCE_REVIEWER], org: '630000' },
  { username: 'finance', displayName: '省总财务部', roles: [Role.FINANCE], org: '630000' },
  { username: 'training_admin', displayName: '省总经济技术部', roles: [Role.TRAINING_ADMIN], org: '630000' },
  { username: 'program_admin', displayName: '项目管理员', roles: [Role.PROGRAM_ADMIN], org: '630000' },
  { username: 'xining_reviewer', displayName: '西宁市总工会初审', roles: [Role.REVIEWER], org: '630100' },
  { username: 'chengdong_reviewer', displayName: '城东区总工会初审', roles: [Role.REVIEWER], org: '630102' },
  { username: 'haidong_reviewer', displayName: '海东市总工会初审', roles: [Role.REVIEWER], org: '630200' },
  { username: 'center_staff', displayName: '城东区帮扶中心', roles: [Role.CENTER_STAFF], org: 'center' },
  { username: 'trainer', displayName: '培训教师', roles: [Role.TRAINER], org: 'school' },
  { username: 'hr_demo', displayName: '企业人力资源', roles: [Role.HR], org: 'enterprise' },
];

/** Demo organisations and accounts; idempotent, and never run in production. */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  /**
   * Seeds what is missing, under the start-up lock: instances starting together take turns, and
   * the later ones find each record there.
   */
  async run(): Promise<void> {
    if (this.config.isProduction) throw new Error('demo data is never seeded in production');
    await withMigrationLock(this.db, () => this.seed());
  }

  private async seed(): Promise<void> {
    const orgRepo = this.db.getRepository(Organization);
    const now = this.clock.now();
    const orgIds = new Map<string, number>();
    for (const o of DEMO_ORGS) {
      let org = await orgRepo.findOneBy({ name: o.name });
      if (!org) {
        const parent = await this.federationOf(o.regionCode);
        org = await orgRepo.save({
          name: o.name,
          type: o.type,
          regionCode: o.regionCode,
          parentId: parent?.id ?? null,
          createdAt: now,
        });
      }
      orgIds.set(o.key, org.id);
    }
    await this.seedPrograms();
    await this.seedTrainingTargets();
    await this.seedCenters(orgIds.get('center') ?? null);
    await this.seedEmployer(orgIds.get('enterprise')!);
    const users = this.db.getRepository(StaffUser);
    const existing = new Set((await users.find({ select: { username: true } })).map((u) => u.username));
    const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.username));
    if (!missing.length) {
      await this.seedTraining();
      return;
    }
    // One hash for all demo accounts: they share a published password anyway.
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    for (const a of missing) {
      let orgId = orgIds.get(a.org);
      orgId ??= (await this.federationOf(a.org))?.id;
      if (!orgId) throw new Error(`no federation for region ${a.org}`);
      try {
        await this.db.transaction(async (m) => {
          const r = await m.getRepository(StaffUser).insert({
            username: a.username,
            passwordHash,
            displayName: a.displayName,
            phone: null,
            organizationId: orgId,
            status: StaffStatus.ACTIVE,
            failedLoginCount: 0,
            mustChangePassword: false,
            createdAt: now,
            updatedAt: now,
          });
          const id = Number(r.identifiers[0].id);
          await m.getRepository(StaffRole).insert(a.roles.map((role) => ({ userId: id, role })));
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err; // another instance seeded it
      }
    }
    this.logger.log(`demo accounts created: ${missing.map((a) => a.username).join(', ')}`);
    await this.seedTraining();
  }

  /**
   * The demo enterprise in the employer registry, linked to its organisation (hr_demo's), and the
   * registered workers who typed its name linked to it.
   */
  private async seedEmployer(organizationId: number): Promise<void> {
    const repo = this.db.getRepository(Employer);
    if (await repo.existsBy({ creditCode: DEMO_EMPLOYER.creditCode })) return;
    const now = this.clock.now();
    try {
      await this.db.transaction(async (m) => {
        const r = await m.getRepository(Employer).insert({
          ...DEMO_EMPLOYER,
          organizationId,
          createdBy: null,
          createdAt: now,
          updatedAt: now,
        });
        await m
          .getRepository(Worker)
          .update({ employer: DEMO_EMPLOYER.name, employerId: IsNull() }, { employerId: Number(r.identifiers[0].id) });
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // another instance seeded it
    }
  }

  /** Support centers and stations in Xining, Haidong and Golmud, with GCJ-02 coordinates. */
  private async seedCenters(centerOrgId: number | null): Promise<void> {
    const repo = this.db.getRepository(Center);
    if (await repo.count()) return;
    const now = this.clock.now();
    const oneStop = [
      CenterService.JOB_REGISTRATION,
      CenterService.CAREER_GUIDANCE,
      CenterService.JOB_REFERRAL,
      CenterService.SKILLS_TRAINING,
      CenterService.LEGAL_AID,
    ];
    const stationServices = [CenterService.REST, CenterService.WATER, CenterService.CHARGING, CenterService.TOILET];
    const sites: (Omit<Center, 'id' | 'createdAt' | 'updatedAt' | 'photos' | 'description'> & {
      description?: string;
    })[] = [
      {
        name: '西宁市城东区困难职工帮扶中心',
        kind: CenterKind.SUPPORT_CENTER,
        regionCode: '630102',
        address: '西宁市城东区八一中路 6 号',
        latitude: 36.6197,
        longitude: 101.7989,
        openingHours: '周一至周五 9:00-17:30',
        phone: '0971-8123456',
        services: oneStop,
        organizationId: centerOrgId,
        stars: null,
      },
      {
        name: '青海省总工会困难职工帮扶中心',
        kind: CenterKind.SUPPORT_CENTER,
        regionCode: '630000',
        address: '西宁市城中区西大街 48 号',
        latitude: 36.6232,
        longitude: 101.7797,
        openingHours: '周一至周五 9:00-17:00',
        phone: '0971-8234567',
        services: oneStop,
        organizationId: null,
        stars: null,
      },
      {
        name: '西宁市总工会职工服务中心',
        kind: CenterKind.SERVICE_CENTER,
        regionCode: '630100',
        address: '西宁市城中区长江路 21 号',
        latitude: 36.6171,
        longitude: 101.7782,
        openingHours: '周一至周六 9:00-18:00',
        phone: '0971-8345678',
        services: [
          CenterService.JOB_REGISTRATION,
          CenterService.CAREER_GUIDANCE,
          CenterService.JOB_REFERRAL,
          CenterService.LEGAL_AID,
        ],
        organizationId: null,
        stars: null,
      },
      {
        name: '海东市乐都区困难职工帮扶中心',
        kind: CenterKind.SUPPORT_CENTER,
        regionCode: '630202',
        address: '海东市乐都区古城大街 102 号',
        latitude: 36.4822,
        longitude: 102.4017,
        openingHours: '周一至周五 9:00-17:30',
        phone: '0972-8456789',
        services: oneStop,
        organizationId: null,
        stars: null,
      },
      {
        name: '格尔木市困难职工帮扶中心',
        kind: CenterKind.SUPPORT_CENTER,
        regionCode: '632801',
        address: '格尔木市昆仑中路 35 号',
        latitude: 36.4064,
        longitude: 94.9033,
        openingHours: '周一至周五 9:00-17:30',
        phone: '0979-8567890',
        services: oneStop,
        organizationId: null,
        stars: null,
      },
      {
        name: '城西区胜利路爱心驿站',
        kind: CenterKind.CARING_POST,
        regionCode: '630104',
        address: '西宁市城西区胜利路 12 号',
        latitude: 36.6283,
        longitude: 101.7567,
        openingHours: '每天 8:00-20:00',
        phone: '0971-8678901',
        services: [...stationServices, CenterService.MEALS],
        organizationId: null,
        stars: null,
      },
      {
        name: '西宁城北司机之家',
        kind: CenterKind.DRIVERS_HOME,
        regionCode: '630105',
        address: '西宁市城北区柴达木路 399 号',
        latitude: 36.6661,
        longitude: 101.7566,
        openingHours: '24 小时',
        phone: '0971-8789012',
        services: [...stationServices, CenterService.MEALS],
        organizationId: null,
        stars: null,
      },
    ];
    await repo.insert(
      sites.map((c) => ({ ...c, photos: [], description: c.description ?? '', createdAt: now, updatedAt: now })),
    );
  }

  /**
   * A domestic-service course in 城东区 taught by the demo trainer: five morning classes from
   * today, open for enrolment.
   */
  private async seedTraining(): Promise<void> {
    const courses = this.db.getRepository(TrainingCourse);
    if (await courses.count()) return;
    const trainer = await this.db.getRepository(StaffUser).findOneBy({ username: 'trainer' });
    if (!trainer) return;
    const now = this.clock.now();
    const today = shanghaiDate(now);
    const day = (n: number) => shanghaiDate(new Date(now.getTime() + n * 86_400_000));
    try {
      await this.db.transaction(async (m) => {
        const result = await m.getRepository(TrainingCourse).insert({
          title: '家政服务员（育婴员方向）技能培训',
          type: TrainingCourseType.SKILLS,
          domesticService: true,
          organiser: '青海省工会干部学校',
          baseId: null,
          regionCode: '630102',
          venue: '西宁市城东区困难职工帮扶中心培训教室',
          latitude: 36.6197,
          longitude: 101.7989,
          capacity: 30,
          enrolled: 0,
          waitlisted: 0,
          targetGroups: ['困难职工', '失业人员', '农民工'],
          completionThreshold: 80,
          checkInRadiusMeters: null,
          lateAfterMinutes: 10,
          startsOn: today,
          endsOn: day(4),
          year: shanghaiYear(now),
          description: '五天实训：婴幼儿生活照料、营养配餐、常见病预防与护理、早期教育与安全。结业颁发培训合格证。',
          completedAt: null,
          createdBy: null,
          createdAt: now,
          updatedAt: now,
        });
        const courseId = Number(result.identifiers[0].id);
        await m.getRepository(TrainingCourseTrainer).insert({ courseId, staffId: trainer.id });
        await m.getRepository(TrainingSession).insert(
          [0, 1, 2, 3, 4].map((n) => ({
            courseId,
            seq: n + 1,
            startsAt: new Date(`${day(n)}T09:00:00+08:00`),
            endsAt: new Date(`${day(n)}T12:00:00+08:00`),
            status: TrainingSessionStatus.SCHEDULED,
            secret: newSessionSecret(),
            openedAt: null,
            openedBy: null,
            closedAt: null,
            closedBy: null,
            createdAt: now,
            updatedAt: now,
          })),
        );
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }

  /** This year's 151 targets as the seed 000 notice sets them (10 bases, 5,000 completions, 300 家政, 100,000 online). */
  private async seedTrainingTargets(): Promise<void> {
    const year = shanghaiYear(this.clock.now());
    const repo = this.db.getRepository(TrainingTarget);
    if (await repo.existsBy({ year })) return;
    const now = this.clock.now();
    try {
      await repo.insert({
        year,
        bases: 10,
        completions: 5000,
        domesticServiceCompletions: 300,
        onlineLearning: 100_000,
        citySplits: {},
        createdAt: now,
        updatedAt: now,
        updatedBy: null,
        updatedByName: null,
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }

  /** This year's two 221 programmes, open all year, as a notice would set them. */
  private async seedPrograms(): Promise<void> {
    const year = shanghaiYear(this.clock.now());
    const repo = this.db.getRepository(AidProgram);
    for (const aidType of Object.values(AidType)) {
      if (await repo.existsBy({ year, aidType })) continue;
      const now = this.clock.now();
      try {
        await repo.insert({
          year,
          aidType,
          name: `${year}年“221”工程${AID_TYPE_LABELS[aidType]}`,
          description:
            aidType === AidType.STARTUP_SUBSIDY
              ? '在档困难职工自主创业的，可申请一次性创业补助 2 万元。需填写经营主体（有营业执照的填写统一社会信用代码，尚未注册的提供创业计划书）和预计带动就业人数。全省每年 20 个名额。'
              : '在档困难职工从事生产经营、需要购置生产资料的，可申请 2 万元生产资料帮扶。需列明物资名称、数量、单价和用途。全省每年 20 个名额。',
          amountFen: AID_DEFAULTS.amountFen,
          quota: AID_DEFAULTS.quota,
          awarded: 0,
          applyFrom: `${year}-01-01`,
          applyUntil: `${year}-12-31`,
          requiredAttachments: [{ key: 'id_card', label: '身份证（正反面）' }],
          outcomeTarget: AID_DEFAULTS.outcomeTarget,
          onePerYear: true,
          minAge: AID_DEFAULTS.minAge,
          maxAge: AID_DEFAULTS.maxAge,
          createdBy: null,
          createdAt: now,
          updatedAt: now,
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      }
    }
  }

  private federationOf(regionCode: string): Promise<Organization | null> {
    return this.db.getRepository(Organization).findOne({
      where: { regionCode, type: In(FEDERATION_TYPES) },
      order: { id: 'ASC' },
    });
  }
}
