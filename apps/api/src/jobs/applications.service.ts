import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ArchiveEventType,
  EmploymentStatus,
  JOB_APPLICATION_STATUS_LABELS,
  JOB_STAFF_ROLES,
  JobApplicationResponse,
  JobApplicationSource,
  JobApplicationStatus,
  JobPostingKind,
  JobPostingStatus,
  maskName,
  OutcomeSource,
  OutcomeType,
  Page,
  WorkerTag,
} from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isStaff, type Principal, type StaffPrincipal, type WorkerPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { wherePeriod } from '../common/period';
import { isRealDate, shanghaiDate } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { inBatches, skipOf, toPage } from '../common/pagination';
import { isUniqueViolation } from '../common/sql';
import { PersonalDataCipher } from '../crypto/personal-data.cipher';
import { NotificationService } from '../notifications/notification.service';
import { EmploymentOutcome } from '../outcomes/outcome.entity';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { ArchiveEvent, HardshipArchive } from '../workers/hardship-archive.entity';
import { Worker, WorkerTagRow } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { EmployersService, isHrOnly } from './employers.service';
import { ApplicationQueryDto, HireDto, InterviewedDto, InviteDto, ReferDto, RejectDto } from './jobs.dto';
import { Employer, JobApplication, JobPosting } from './jobs.entities';
import { PostingsService } from './postings.service';

/** 公益性岗位 are filled by staff placement only (POST /jobs/public-welfare-posts/:id/assign). */
function refusePublicWelfare(posting: JobPosting): void {
  if (posting.kind === JobPostingKind.PUBLIC_WELFARE) {
    throw DomainException.validation([
      { field: 'postingId', message: '公益性岗位由工会按就业困难人员安置，不接受投递或推荐，请联系所在地工会' },
    ]);
  }
}

/** From these on the worker has accepted an interview: HR see who they are. */
const REVEALED: JobApplicationStatus[] = [
  JobApplicationStatus.ACCEPTED,
  JobApplicationStatus.INTERVIEWED,
  JobApplicationStatus.HIRED,
];

/**
 * Referral → hire (SPEC §7): a worker applies or staff refer them (职业介绍); HR invite to an
 * interview and see the applicant masked until the worker accepts; HR record the interview and
 * the hire or rejection. A hire is an employment outcome (once per worker per year, the outcome
 * rule) and, for a 零就业家庭, clears the tag with an entry on the archive's timeline.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectRepository(JobApplication) private readonly applications: Repository<JobApplication>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly postings: PostingsService,
    private readonly employers: EmployersService,
    private readonly workers: WorkersService,
    private readonly cipher: PersonalDataCipher,
    private readonly notifications: NotificationService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async apply(
    me: WorkerPrincipal,
    postingId: number,
  ): Promise<{ application: JobApplicationResponse; replayed: boolean }> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) throw DomainException.conflict('请先完成实名登记，再投递岗位');
    const posting = await this.postings.require(postingId, me, null);
    refusePublicWelfare(posting);
    return this.insert(posting, worker, JobApplicationSource.APPLIED, null, me);
  }

  async refer(
    postingId: number,
    dto: ReferDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<{ application: JobApplicationResponse; replayed: boolean }> {
    const posting = await this.postings.require(postingId, staff, scope);
    if (this.postings.statusOf(posting) !== JobPostingStatus.OPEN) throw DomainException.conflict('岗位未在招聘中');
    refusePublicWelfare(posting);
    const worker = await this.workers.findInScope(dto.workerId, scope);
    return this.insert(posting, worker, JobApplicationSource.REFERRED, { staff, note: dto.note ?? null }, staff);
  }

  private async insert(
    posting: JobPosting,
    worker: Worker,
    source: JobApplicationSource,
    referral: { staff: StaffPrincipal; note: string | null } | null,
    who: Principal,
  ): Promise<{ application: JobApplicationResponse; replayed: boolean }> {
    const earlier = await this.applications.findOneBy({ postingId: posting.id, workerId: worker.id });
    if (earlier) return { application: (await this.toResponses([earlier], who))[0], replayed: true };
    const now = this.clock.now();
    let id: number;
    try {
      id = await this.applications.manager.transaction(async (m) => {
        const r = await m.getRepository(JobApplication).insert({
          postingId: posting.id,
          employerId: posting.employerId,
          workerId: worker.id,
          regionCode: worker.regionCode,
          source,
          status: JobApplicationStatus.APPLIED,
          interviewAt: null,
          interviewPlace: null,
          note: referral?.note ?? null,
          hiredOn: null,
          reportedHiredOn: null,
          outcomeId: null,
          referredBy: referral?.staff.id ?? null,
          referredByName: referral?.staff.displayName ?? null,
          createdAt: now,
          updatedAt: now,
        });
        const applicationId = Number(r.identifiers[0].id);
        await this.audit.record(
          {
            action: source === JobApplicationSource.REFERRED ? 'job_application.refer' : 'job_application.apply',
            targetType: 'job_application',
            targetId: applicationId,
            summary: { postingId: posting.id, workerId: worker.id },
          },
          m,
        );
        if (referral) {
          await this.notify(
            m,
            worker.id,
            posting,
            applicationId,
            '工会为您推荐了岗位',
            `已将您推荐到“${posting.title}”`,
          );
        }
        return applicationId;
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        const again = await this.applications.findOneBy({ postingId: posting.id, workerId: worker.id });
        if (again) return { application: (await this.toResponses([again], who))[0], replayed: true };
      }
      throw err;
    }
    const created = await this.applications.findOneByOrFail({ id });
    return { application: (await this.toResponses([created], who))[0], replayed: false };
  }

  async mine(me: WorkerPrincipal): Promise<JobApplicationResponse[]> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) return [];
    return this.toResponses(
      await this.applications.find({ where: { workerId: worker.id }, order: { id: 'DESC' } }),
      me,
    );
  }

  async list(
    query: ApplicationQueryDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<Page<JobApplicationResponse>> {
    const [rows, total] = await (
      await this.query(query, staff, scope)
    )
      .orderBy('a.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toResponses(rows, staff), total, query);
  }

  async *each(
    query: ApplicationQueryDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): AsyncGenerator<JobApplicationResponse[]> {
    for await (const rows of inBatches(() => this.query(query, staff, scope), 'a'))
      yield await this.toResponses(rows, staff);
  }

  /** HR: their company's applicants; union staff: the applicants living in their scope. */
  private async query(query: ApplicationQueryDto, staff: StaffPrincipal, scope: DataScope) {
    const qb = this.applications.createQueryBuilder('a');
    if (isHrOnly(staff)) qb.andWhere('a.employer_id = :own', { own: (await this.employers.ofHr(staff)).id });
    else {
      if (!staff.roles.some((r) => JOB_STAFF_ROLES.includes(r))) throw DomainException.forbidden();
      applyScope(qb, 'a.region_code', scope);
    }
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.postingId) qb.andWhere('a.posting_id = :postingId', { postingId: query.postingId });
    if (query.source) qb.andWhere('a.source = :source', { source: query.source });
    if (query.regionCode) {
      qb.andWhere('a.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    if (query.reportedHire) qb.andWhere('a.reported_hired_on IS NOT NULL AND a.hired_on IS NULL');
    wherePeriod(qb, 'a.created_at', 'instant', query.createdFrom, query.createdTo, 'created');
    wherePeriod(qb, 'a.hired_on', 'day', query.hiredFrom, query.hiredTo, 'hired');
    return qb;
  }

  /** One application; for HR once revealed, with the full phone number (the read is audited). */
  async get(id: number, who: Principal, scope: DataScope | null): Promise<JobApplicationResponse> {
    const a = await this.require(id, who, scope);
    const [response] = await this.toResponses([a], who);
    if (isStaff(who) && isHrOnly(who) && REVEALED.includes(a.status)) {
      const worker = await this.workerRepo.findOneByOrFail({ id: a.workerId });
      await this.audit.record({
        action: 'job_application.reveal',
        targetType: 'worker',
        targetId: a.workerId,
        summary: { applicationId: a.id, fields: ['phone'] },
      });
      response.phone = this.cipher.decrypt(worker.phoneEnc);
    }
    return response;
  }

  private async require(id: number, who: Principal, scope: DataScope | null): Promise<JobApplication> {
    const a = await this.applications.findOneBy({ id });
    if (a) {
      if (!isStaff(who)) {
        const worker = await this.workers.findMine(who.id);
        if (worker && worker.id === a.workerId) return a;
      } else if (isHrOnly(who)) {
        const own = await this.employers.ofHr(who);
        if (own.id === a.employerId) return a;
      } else if (who.roles.some((r) => JOB_STAFF_ROLES.includes(r)) && scope) {
        if (scope.all || scope.regionCodes.includes(a.regionCode)) return a;
      }
    }
    throw DomainException.notFound('求职申请');
  }

  async invite(id: number, dto: InviteDto, staff: StaffPrincipal): Promise<JobApplicationResponse> {
    const a = await this.requireHr(id, staff);
    const at = new Date(dto.interviewAt);
    if (at.getTime() < this.clock.now().getTime())
      throw DomainException.validation([{ field: 'interviewAt', message: '面试时间不能早于现在' }]);
    await this.move(a, [JobApplicationStatus.APPLIED], JobApplicationStatus.INVITED, {
      changes: { interviewAt: at, interviewPlace: dto.interviewPlace },
      notice: ['面试邀请', `请于 ${shanghaiDate(at)} 到${dto.interviewPlace}面试，请在小程序中确认`],
    });
    return this.get(id, staff, null);
  }

  async acceptInterview(id: number, me: WorkerPrincipal): Promise<JobApplicationResponse> {
    const a = await this.require(id, me, null);
    await this.move(a, [JobApplicationStatus.INVITED], JobApplicationStatus.ACCEPTED, { changes: {} });
    return this.get(id, me, null);
  }

  async withdraw(id: number, me: WorkerPrincipal): Promise<JobApplicationResponse> {
    const a = await this.require(id, me, null);
    await this.move(
      a,
      [JobApplicationStatus.APPLIED, JobApplicationStatus.INVITED, JobApplicationStatus.ACCEPTED],
      JobApplicationStatus.WITHDRAWN,
      { changes: {} },
    );
    return this.get(id, me, null);
  }

  async interviewed(id: number, dto: InterviewedDto, staff: StaffPrincipal): Promise<JobApplicationResponse> {
    const a = await this.requireHr(id, staff);
    await this.move(a, [JobApplicationStatus.ACCEPTED], JobApplicationStatus.INTERVIEWED, {
      changes: { note: dto.note ?? a.note },
    });
    return this.get(id, staff, null);
  }

  async reject(id: number, dto: RejectDto, staff: StaffPrincipal): Promise<JobApplicationResponse> {
    const a = await this.requireHr(id, staff);
    await this.move(
      a,
      [
        JobApplicationStatus.APPLIED,
        JobApplicationStatus.INVITED,
        JobApplicationStatus.ACCEPTED,
        JobApplicationStatus.INTERVIEWED,
      ],
      JobApplicationStatus.REJECTED,
      {
        changes: { note: dto.reason },
        reason: dto.reason,
        notice: ['应聘结果', `很遗憾，您应聘的岗位未录用：${dto.reason}`],
      },
    );
    return this.get(id, staff, null);
  }

  /** HR record the hire: the outcome (once a year), the worker employed there, a 零就业家庭 cleared. */
  async hire(id: number, dto: HireDto, staff: StaffPrincipal): Promise<JobApplicationResponse> {
    const a = await this.requireHr(id, staff);
    this.checkStart(dto.startsOn);
    await this.move(a, [JobApplicationStatus.ACCEPTED, JobApplicationStatus.INTERVIEWED], JobApplicationStatus.HIRED, {
      changes: { hiredOn: dto.startsOn, note: dto.note ?? a.note },
      notice: ['录用通知', '恭喜您被录用，请按约定时间入职'],
      then: (m) => this.recordHire(m, a, dto.startsOn, staff),
    });
    return this.get(id, staff, null);
  }

  /** The worker reports having started the job; union staff of their region confirm it. */
  async reportHire(id: number, dto: HireDto, me: WorkerPrincipal): Promise<JobApplicationResponse> {
    const a = await this.require(id, me, null);
    this.checkStart(dto.startsOn);
    const open = [
      JobApplicationStatus.APPLIED,
      JobApplicationStatus.INVITED,
      JobApplicationStatus.ACCEPTED,
      JobApplicationStatus.INTERVIEWED,
    ];
    if (!open.includes(a.status)) {
      throw DomainException.conflict(`申请${JOB_APPLICATION_STATUS_LABELS[a.status]}，不能报告入职`);
    }
    await this.applications.manager.transaction(async (m) => {
      const done = await m
        .createQueryBuilder()
        .update(JobApplication)
        .set({ reportedHiredOn: dto.startsOn, updatedAt: this.clock.now() })
        .where('id = :id AND status IN (:...open)', { id, open })
        .execute();
      if (!done.affected) throw DomainException.conflict('申请状态已变化，请刷新后重试');
      await this.audit.record(
        {
          action: 'job_application.report_hire',
          targetType: 'job_application',
          targetId: id,
          summary: { startsOn: dto.startsOn },
        },
        m,
      );
    });
    return this.get(id, me, null);
  }

  /** Union staff in the worker's scope confirm the hire the worker reported: as HR's hire would. */
  async confirmHire(id: number, staff: StaffPrincipal, scope: DataScope): Promise<JobApplicationResponse> {
    if (isHrOnly(staff)) throw DomainException.forbidden();
    const a = await this.require(id, staff, scope);
    if (!a.reportedHiredOn) throw DomainException.conflict('职工尚未报告入职，不能确认');
    const startsOn = a.reportedHiredOn;
    await this.move(
      a,
      [
        JobApplicationStatus.APPLIED,
        JobApplicationStatus.INVITED,
        JobApplicationStatus.ACCEPTED,
        JobApplicationStatus.INTERVIEWED,
      ],
      JobApplicationStatus.HIRED,
      {
        changes: { hiredOn: startsOn },
        notice: ['入职已确认', `工会已确认您于 ${startsOn} 入职`],
        then: (m) => this.recordHire(m, a, startsOn, staff),
      },
    );
    return this.get(id, staff, scope);
  }

  private checkStart(startsOn: string): void {
    if (!isRealDate(startsOn))
      throw DomainException.validation([{ field: 'startsOn', message: '入职日期不是有效日期' }]);
    if (startsOn > shanghaiDate(this.clock.now()))
      throw DomainException.validation([{ field: 'startsOn', message: '入职日期不能晚于今天：请在入职后登记' }]);
  }

  /** The hire's consequences (also for a public-welfare placement): worker employed, outcome once a year, 零就业家庭 cleared. */
  async recordHire(m: EntityManager, a: JobApplication, startsOn: string, staff: StaffPrincipal): Promise<void> {
    const worker = await m.getRepository(Worker).findOneByOrFail({ id: a.workerId });
    const employer = await m.getRepository(Employer).findOneByOrFail({ id: a.employerId });
    const posting = await m.getRepository(JobPosting).findOneByOrFail({ id: a.postingId });
    const now = this.clock.now();
    await m.getRepository(Worker).update(
      { id: worker.id },
      {
        employmentStatus: EmploymentStatus.EMPLOYED,
        employer: employer.name,
        employerId: employer.id,
        updatedAt: now,
      },
    );
    const year = Number(startsOn.slice(0, 4));
    if (!(await m.getRepository(EmploymentOutcome).existsBy({ workerId: worker.id, year }))) {
      const r = await m.getRepository(EmploymentOutcome).insert({
        workerId: worker.id,
        regionCode: worker.regionCode,
        year,
        type: OutcomeType.EMPLOYED,
        source: OutcomeSource.REFERRAL,
        employer: employer.name,
        contractStart: startsOn,
        businessName: null,
        creditCode: null,
        evidence: [],
        achievedOn: startsOn,
        applicationId: null,
        notes: `岗位 #${posting.id}“${posting.title}”录用（求职申请 #${a.id}）`,
        verifiedBy: staff.id,
        verifiedByName: staff.displayName,
        createdAt: now,
      });
      const outcomeId = Number(r.identifiers[0].id);
      await m.getRepository(JobApplication).update({ id: a.id }, { outcomeId });
      await this.audit.record(
        {
          action: 'outcome.record',
          targetType: 'worker',
          targetId: worker.id,
          summary: { outcomeId, year, source: 'job_application', applicationId: a.id },
        },
        m,
      );
    }
    // 零就业家庭: the household has an employed member now
    const tagged = await m
      .getRepository(WorkerTagRow)
      .existsBy({ workerId: worker.id, tag: WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD });
    const archive = await m.getRepository(HardshipArchive).findOneBy({ workerId: worker.id });
    if (tagged || archive?.household.zeroEmployment) {
      await this.workers.setTag(m, worker.id, WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD, false);
      const reason = `${worker.name}经职业介绍于 ${startsOn} 入职${employer.name}，家庭已有就业成员，不再是零就业家庭`;
      if (archive) {
        const household = { ...archive.household, zeroEmployment: false };
        await m.getRepository(HardshipArchive).update({ id: archive.id }, { household, updatedAt: now });
        await m.getRepository(ArchiveEvent).insert({
          archiveId: archive.id,
          workerId: worker.id,
          type: ArchiveEventType.REASSESSED,
          snapshot: { level: archive.level, household, cause: archive.cause, attachments: archive.attachments },
          reason,
          actorId: staff.id,
          actorName: staff.displayName,
          createdAt: now,
        });
      }
      await this.audit.record(
        {
          action: 'worker.zero_employment_cleared',
          targetType: 'worker',
          targetId: worker.id,
          summary: { applicationId: a.id, reason },
        },
        m,
      );
    }
  }

  private async move(
    a: JobApplication,
    from: JobApplicationStatus[],
    to: JobApplicationStatus,
    opts: {
      changes: Partial<JobApplication>;
      reason?: string;
      notice?: [string, string];
      then?: (m: EntityManager) => Promise<void>;
    },
  ): Promise<void> {
    if (!from.includes(a.status)) {
      throw DomainException.conflict(
        `申请${JOB_APPLICATION_STATUS_LABELS[a.status]}，不能改为“${JOB_APPLICATION_STATUS_LABELS[to]}”`,
      );
    }
    await this.applications.manager.transaction(async (m) => {
      const done = await m
        .createQueryBuilder()
        .update(JobApplication)
        .set({ ...opts.changes, status: to, updatedAt: this.clock.now() })
        .where('id = :id AND status IN (:...from)', { id: a.id, from })
        .execute();
      if (!done.affected) throw DomainException.conflict('申请状态已变化，请刷新后重试');
      if (opts.then) await opts.then(m);
      await this.audit.record(
        {
          action: `job_application.${to.toLowerCase()}`,
          targetType: 'job_application',
          targetId: a.id,
          summary: { from: a.status, to, ...(opts.reason ? { reason: opts.reason } : {}) },
        },
        m,
      );
      if (!opts.notice) return null;
      const posting = await m.getRepository(JobPosting).findOneByOrFail({ id: a.postingId });
      return this.notify(m, a.workerId, posting, a.id, opts.notice[0], opts.notice[1]);
    });
  }

  private notify(
    m: EntityManager,
    workerId: number,
    posting: JobPosting,
    applicationId: number,
    title: string,
    body: string,
  ): Promise<number> {
    return this.notifications.enqueue(m, workerId, {
      title,
      body,
      page: `packages/jobs/pages/applications?id=${applicationId}`,
      data: {
        thing1: posting.title.slice(0, 20),
        phrase2: title.slice(-4),
        time3: shanghaiDate(this.clock.now()),
        thing4: body.slice(0, 20),
      },
    });
  }

  private async requireHr(id: number, staff: StaffPrincipal): Promise<JobApplication> {
    const own = await this.employers.ofHr(staff);
    const a = await this.applications.findOneBy({ id });
    if (!a || a.employerId !== own.id) throw DomainException.notFound('求职申请');
    return a;
  }

  async toResponses(rows: JobApplication[], who: Principal): Promise<JobApplicationResponse[]> {
    if (!rows.length) return [];
    const [workers, postings, employers] = await Promise.all([
      this.workerRepo.findBy({ id: In([...new Set(rows.map((r) => r.workerId))]) }),
      this.applications.manager
        .getRepository(JobPosting)
        .findBy({ id: In([...new Set(rows.map((r) => r.postingId))]) }),
      this.employers.byIds([...new Set(rows.map((r) => r.employerId))]),
    ]);
    const hr = isStaff(who) && isHrOnly(who);
    return rows.map((a) => {
      const w = workers.find((x) => x.id === a.workerId)!;
      const masked = hr && !REVEALED.includes(a.status);
      return {
        id: a.id,
        postingId: a.postingId,
        postingTitle: postings.find((p) => p.id === a.postingId)?.title ?? '',
        employerId: a.employerId,
        employerName: employers.find((e) => e.id === a.employerId)?.name ?? '',
        workerId: a.workerId,
        workerName: masked ? maskName(w.name) : w.name,
        idNumberMasked: w.idNumberMasked,
        phone: w.phoneMasked,
        regionCode: a.regionCode,
        regionName: this.regions.fullName(a.regionCode),
        source: a.source,
        status: a.status,
        interviewAt: a.interviewAt?.toISOString() ?? null,
        interviewPlace: a.interviewPlace,
        note: a.note,
        hiredOn: a.hiredOn,
        reportedHiredOn: a.reportedHiredOn,
        outcomeId: a.outcomeId,
        referredBy: a.referredByName,
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
      };
    });
  }
}
