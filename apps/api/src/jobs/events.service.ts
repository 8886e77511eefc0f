import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  FieldError,
  JOB_STAFF_ROLES,
  JobApplicationStatus,
  JobEventFigures,
  JobEventResponse,
  JobEventSignupResponse,
  JobEventStatus,
  JobPostingKind,
  JobPostingStatus,
  MyJobEvent,
  Page,
} from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal, WorkerPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { isRealDate, shanghaiDate } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { inBatches, skipOf, toPage } from '../common/pagination';
import { isUniqueViolation, likeEscape, toInt } from '../common/sql';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { JobEventDto, JobEventQueryDto, JobEventSignupQueryDto, JobEventSignupRecordDto } from './events.dto';
import { JobEvent, JobEventEmployer, JobEventPosting, JobEventSignup, PartnerUnion } from './events.entities';
import { Employer, JobPosting } from './jobs.entities';
import { PostingsService } from './postings.service';

const EMPTY_FIGURES: JobEventFigures = { employers: 0, postings: 0, signups: 0, attended: 0, interviews: 0, hires: 0 };

/**
 * Recruitment events (招聘活动, SPEC §7): 工会就业创业服务月, 阳光就业行动, online job fairs. Union
 * staff create one for their region (the organiser's scope) with its employers and approved
 * postings and publish it; workers living in that region sign up once; staff record who came and
 * how many interviews each had. The figures are counted from the records, hires from the
 * applications to the event's postings with a start date within the event's period.
 */
@Injectable()
export class JobEventsService {
  constructor(
    @InjectRepository(JobEvent) private readonly events: Repository<JobEvent>,
    @InjectRepository(JobEventSignup) private readonly signups: Repository<JobEventSignup>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly postings: PostingsService,
    private readonly workers: WorkersService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return shanghaiDate(this.clock.now());
  }

  statusOf(e: JobEvent): JobEventStatus {
    return e.status === JobEventStatus.PUBLISHED && e.endsOn < this.today() ? JobEventStatus.ENDED : e.status;
  }

  // ---------------------------------------------------------------------------------------------
  // staff

  async create(dto: JobEventDto, staff: StaffPrincipal, scope: DataScope): Promise<JobEventResponse> {
    const { employerIds, postingIds } = await this.check(dto, null);
    const now = this.clock.now();
    const id = await this.events.manager.transaction(async (m) => {
      const r = await m.getRepository(JobEvent).insert({
        ...this.columnsOf(dto),
        regionCode: scope.rootRegionCode,
        status: JobEventStatus.DRAFT,
        createdBy: staff.id,
        createdByName: staff.displayName,
        publishedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      const eventId = Number(r.identifiers[0].id);
      await this.saveLinks(m, eventId, employerIds, postingIds);
      await this.audit.record(
        { action: 'job_event.create', targetType: 'job_event', targetId: eventId, summary: { title: dto.title } },
        m,
      );
      return eventId;
    });
    return this.get(id, staff, scope);
  }

  async update(id: number, dto: JobEventDto, staff: StaffPrincipal, scope: DataScope): Promise<JobEventResponse> {
    const event = await this.require(id, staff, scope);
    if (this.statusOf(event) === JobEventStatus.ENDED) throw DomainException.conflict('活动已结束，不能修改');
    const { employerIds, postingIds } = await this.check(dto, event);
    await this.events.manager.transaction(async (m) => {
      await m.getRepository(JobEvent).update({ id }, { ...this.columnsOf(dto), updatedAt: this.clock.now() });
      await m.getRepository(JobEventEmployer).delete({ eventId: id });
      await m.getRepository(JobEventPosting).delete({ eventId: id });
      await this.saveLinks(m, id, employerIds, postingIds);
      await this.audit.record(
        { action: 'job_event.update', targetType: 'job_event', targetId: id, summary: { title: dto.title } },
        m,
      );
    });
    return this.get(id, staff, scope);
  }

  async publish(id: number, staff: StaffPrincipal, scope: DataScope): Promise<JobEventResponse> {
    const event = await this.require(id, staff, scope);
    if (event.status !== JobEventStatus.DRAFT) throw DomainException.conflict('活动已发布');
    if (event.endsOn < this.today()) throw DomainException.conflict('活动结束日期已过，请先修改日期');
    await this.events.manager.transaction(async (m) => {
      const done = await m
        .createQueryBuilder()
        .update(JobEvent)
        .set({ status: JobEventStatus.PUBLISHED, publishedAt: this.clock.now(), updatedAt: this.clock.now() })
        .where('id = :id AND status = :draft', { id, draft: JobEventStatus.DRAFT })
        .execute();
      if (!done.affected) throw DomainException.conflict('活动状态已变化，请刷新后重试');
      await this.audit.record({ action: 'job_event.publish', targetType: 'job_event', targetId: id }, m);
    });
    return this.get(id, staff, scope);
  }

  private columnsOf(dto: JobEventDto): Partial<JobEvent> {
    return {
      kind: dto.kind,
      title: dto.title,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn,
      online: dto.online,
      venue: dto.online ? null : dto.venue?.trim() || null,
      onlineUrl: dto.online ? dto.onlineUrl?.trim() || null : null,
      description: dto.description?.trim() || null,
    };
  }

  /** The event's rules, one message per field; returns the employers (with the postings') and postings to link. */
  private async check(
    dto: JobEventDto,
    before: JobEvent | null,
  ): Promise<{ employerIds: number[]; postingIds: number[] }> {
    const errors: FieldError[] = [];
    const today = this.today();
    if (!isRealDate(dto.startsOn)) errors.push({ field: 'startsOn', message: '开始日期不是有效日期' });
    if (!isRealDate(dto.endsOn)) errors.push({ field: 'endsOn', message: '结束日期不是有效日期' });
    else if (isRealDate(dto.startsOn) && dto.endsOn < dto.startsOn)
      errors.push({ field: 'endsOn', message: '结束日期不能早于开始日期' });
    else if (dto.endsOn < today && (!before || before.endsOn !== dto.endsOn))
      errors.push({ field: 'endsOn', message: '结束日期不能早于今天' });
    if (dto.online && !dto.onlineUrl?.trim()) errors.push({ field: 'onlineUrl', message: '线上活动请填写线上链接' });
    if (!dto.online && !dto.venue?.trim()) errors.push({ field: 'venue', message: '请填写举办地点' });
    const employerIds = [...new Set(dto.employerIds)];
    const postingIds = [...new Set(dto.postingIds)];
    const manager = this.events.manager;
    const employers = await manager.getRepository(Employer).findBy({ id: In([0, ...employerIds]) });
    const missing = employerIds.filter((e) => !employers.some((x) => x.id === e));
    if (missing.length) errors.push({ field: 'employerIds', message: `企业 #${missing.join('、#')} 不存在` });
    const postings = await manager.getRepository(JobPosting).findBy({ id: In([0, ...postingIds]) });
    const linked = before
      ? (await manager.getRepository(JobEventPosting).findBy({ eventId: before.id })).map((l) => l.postingId)
      : [];
    const refused = postingIds.filter((p) => {
      const posting = postings.find((x) => x.id === p);
      if (!posting) return true;
      if (posting.kind === JobPostingKind.PUBLIC_WELFARE) return true;
      // an approved posting that has since expired may stay on the event it was shown at
      if (linked.includes(p) && posting.status === JobPostingStatus.OPEN) return false;
      return this.postings.statusOf(posting) !== JobPostingStatus.OPEN;
    });
    if (refused.length) {
      const names = refused.map((p) => postings.find((x) => x.id === p)?.title ?? `#${p}`);
      errors.push({
        field: 'postingIds',
        message: `只有审核通过、在招聘中的市场岗位可以参加活动：${names.join('、')}`,
      });
    }
    if (errors.length) throw DomainException.validation(errors);
    return {
      employerIds: [...new Set([...employerIds, ...postings.map((p) => p.employerId)])],
      postingIds,
    };
  }

  private async saveLinks(m: EntityManager, eventId: number, employerIds: number[], postingIds: number[]) {
    if (employerIds.length)
      await m.getRepository(JobEventEmployer).insert(employerIds.map((employerId) => ({ eventId, employerId })));
    if (postingIds.length)
      await m.getRepository(JobEventPosting).insert(postingIds.map((postingId) => ({ eventId, postingId })));
  }

  async list(query: JobEventQueryDto, staff: StaffPrincipal, scope: DataScope): Promise<Page<JobEventResponse>> {
    const [rows, total] = await this.query(query, staff, scope)
      .orderBy('e.starts_on', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async *each(query: JobEventQueryDto, staff: StaffPrincipal, scope: DataScope): AsyncGenerator<JobEventResponse[]> {
    for await (const rows of inBatches(() => this.query(query, staff, scope), 'e')) yield await this.toResponses(rows);
  }

  private query(query: JobEventQueryDto, staff: StaffPrincipal, scope: DataScope) {
    if (!staff.roles.some((r) => JOB_STAFF_ROLES.includes(r))) throw DomainException.forbidden();
    const qb = applyScope(this.events.createQueryBuilder('e'), 'e.region_code', scope);
    const today = this.today();
    if (query.status === JobEventStatus.ENDED) {
      qb.andWhere('e.status = :published AND e.ends_on < :today', { published: JobEventStatus.PUBLISHED, today });
    } else if (query.status === JobEventStatus.PUBLISHED) {
      qb.andWhere('e.status = :published AND e.ends_on >= :today', { published: JobEventStatus.PUBLISHED, today });
    } else if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('e.kind = :kind', { kind: query.kind });
    if (query.regionCode) {
      qb.andWhere('e.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    if (query.year) {
      qb.andWhere('e.starts_on <= :last AND e.ends_on >= :first', {
        first: `${query.year}-01-01`,
        last: `${query.year}-12-31`,
      });
    }
    if (query.keyword?.trim()) {
      qb.andWhere("e.title LIKE :kw ESCAPE '!'", { kw: `%${likeEscape(query.keyword.trim())}%` });
    }
    return qb;
  }

  async get(id: number, staff: StaffPrincipal, scope: DataScope): Promise<JobEventResponse> {
    return (await this.toResponses([await this.require(id, staff, scope)]))[0];
  }

  /** An event of the staff member's scope (by the organiser's region); 404 otherwise. */
  async require(id: number, staff: StaffPrincipal, scope: DataScope): Promise<JobEvent> {
    const e = await this.events.findOneBy({ id });
    if (
      !e ||
      !staff.roles.some((r) => JOB_STAFF_ROLES.includes(r)) ||
      !(scope.all || scope.regionCodes.includes(e.regionCode))
    )
      throw DomainException.notFound('招聘活动');
    return e;
  }

  async listSignups(
    id: number,
    query: JobEventSignupQueryDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<Page<JobEventSignupResponse>> {
    await this.require(id, staff, scope);
    const [rows, total] = await this.signupQuery(id, query)
      .orderBy('s.id', 'ASC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toSignups(rows), total, query);
  }

  async *eachSignup(
    id: number,
    query: JobEventSignupQueryDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): AsyncGenerator<JobEventSignupResponse[]> {
    await this.require(id, staff, scope);
    for await (const rows of inBatches(() => this.signupQuery(id, query), 's')) yield await this.toSignups(rows);
  }

  private signupQuery(eventId: number, query: JobEventSignupQueryDto) {
    const qb = this.signups.createQueryBuilder('s').where('s.event_id = :eventId', { eventId });
    if (query.attended !== undefined) qb.andWhere('s.attended = :attended', { attended: query.attended });
    return qb;
  }

  /** Staff record whether the worker came and how many interviews they had (from the event's first day). */
  async record(
    id: number,
    signupId: number,
    dto: JobEventSignupRecordDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<JobEventSignupResponse> {
    const event = await this.require(id, staff, scope);
    const signup = await this.signups.findOneBy({ id: signupId, eventId: id });
    if (!signup) throw DomainException.notFound('报名');
    if (event.status !== JobEventStatus.PUBLISHED) throw DomainException.conflict('活动尚未发布');
    if (this.today() < event.startsOn)
      throw DomainException.conflict(`活动 ${event.startsOn} 开始，开始后才能登记到场`);
    if (!dto.attended && dto.interviews > 0)
      throw DomainException.validation([{ field: 'interviews', message: '未到场的报名不能登记面试' }]);
    await this.signups.manager.transaction(async (m) => {
      await m.getRepository(JobEventSignup).update(
        { id: signupId },
        {
          attended: dto.attended,
          interviews: dto.interviews,
          note: dto.note?.trim() || null,
          recordedBy: staff.displayName,
          updatedAt: this.clock.now(),
        },
      );
      await this.audit.record(
        {
          action: 'job_event.record_signup',
          targetType: 'job_event_signup',
          targetId: signupId,
          summary: { eventId: id, attended: dto.attended, interviews: dto.interviews },
        },
        m,
      );
    });
    return (await this.toSignups([await this.signups.findOneByOrFail({ id: signupId })]))[0];
  }

  // ---------------------------------------------------------------------------------------------
  // workers

  /** The regions whose events a worker sees: their county, its city and the province. */
  private regionsAbove(regionCode: string): string[] {
    return [...new Set([regionCode, this.regions.cityOf(regionCode), this.regions.rootCode()])].filter(
      (c): c is string => !!c,
    );
  }

  private async me(me: WorkerPrincipal): Promise<Worker> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) throw DomainException.conflict('请先完成实名登记，再报名招聘活动');
    return worker;
  }

  /** Published events that have not ended, organised for the worker's county, city or province. */
  async listMine(me: WorkerPrincipal, query: JobEventQueryDto): Promise<Page<MyJobEvent>> {
    const worker = await this.me(me);
    const qb = this.events
      .createQueryBuilder('e')
      .where('e.status = :published AND e.ends_on >= :today', {
        published: JobEventStatus.PUBLISHED,
        today: this.today(),
      })
      .andWhere('e.region_code IN (:...regions)', { regions: this.regionsAbove(worker.regionCode) });
    if (query.kind) qb.andWhere('e.kind = :kind', { kind: query.kind });
    const [rows, total] = await qb
      .orderBy('e.starts_on', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toMine(rows, worker), total, query);
  }

  async getMine(id: number, me: WorkerPrincipal): Promise<MyJobEvent> {
    const worker = await this.me(me);
    return (await this.toMine([await this.requireForWorker(id, worker)], worker))[0];
  }

  private async requireForWorker(id: number, worker: Worker): Promise<JobEvent> {
    const e = await this.events.findOneBy({ id });
    if (!e || e.status === JobEventStatus.DRAFT || !this.regionsAbove(worker.regionCode).includes(e.regionCode))
      throw DomainException.notFound('招聘活动');
    return e;
  }

  /** Once per worker and event: a second (or simultaneous) sign-up returns the first. */
  async signUp(id: number, me: WorkerPrincipal): Promise<{ event: MyJobEvent; replayed: boolean }> {
    const worker = await this.me(me);
    const event = await this.requireForWorker(id, worker);
    const answer = async (replayed: boolean) => ({ event: (await this.toMine([event], worker))[0], replayed });
    if (await this.signups.existsBy({ eventId: id, workerId: worker.id })) return answer(true);
    if (this.statusOf(event) === JobEventStatus.ENDED) throw DomainException.conflict('活动已结束，不能报名');
    const now = this.clock.now();
    try {
      await this.signups.manager.transaction(async (m) => {
        const r = await m.getRepository(JobEventSignup).insert({
          eventId: id,
          workerId: worker.id,
          regionCode: worker.regionCode,
          attended: false,
          interviews: 0,
          note: null,
          recordedBy: null,
          createdAt: now,
          updatedAt: now,
        });
        await this.audit.record(
          {
            action: 'job_event.signup',
            targetType: 'job_event_signup',
            targetId: Number(r.identifiers[0].id),
            summary: { eventId: id, workerId: worker.id },
          },
          m,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) return answer(true);
      throw err;
    }
    return answer(false);
  }

  // ---------------------------------------------------------------------------------------------
  // responses

  private async toMine(rows: JobEvent[], worker: Worker): Promise<MyJobEvent[]> {
    if (!rows.length) return [];
    const [full, mine] = await Promise.all([
      this.toResponses(rows),
      this.signups.findBy({ workerId: worker.id, eventId: In(rows.map((r) => r.id)) }),
    ]);
    return full.map(({ figures: _f, createdBy: _c, ...e }) => {
      const s = mine.find((x) => x.eventId === e.id);
      return { ...e, signedUp: !!s, signedUpAt: s?.createdAt.toISOString() ?? null, attended: !!s?.attended };
    });
  }

  async toResponses(rows: JobEvent[]): Promise<JobEventResponse[]> {
    if (!rows.length) return [];
    const m = this.events.manager;
    const ids = rows.map((r) => r.id);
    const [employerLinks, postingLinks, figures] = await Promise.all([
      m.getRepository(JobEventEmployer).findBy({ eventId: In(ids) }),
      m.getRepository(JobEventPosting).findBy({ eventId: In(ids) }),
      this.figures(ids),
    ]);
    const [employers, postings, partners] = await Promise.all([
      m.getRepository(Employer).findBy({ id: In([0, ...employerLinks.map((l) => l.employerId)]) }),
      m.getRepository(JobPosting).findBy({ id: In([0, ...postingLinks.map((l) => l.postingId)]) }),
      m.getRepository(PartnerUnion).find(),
    ]);
    const employerOf = (id: number) => employers.find((e) => e.id === id);
    const partnerOf = (employerId: number) => {
      const union = employerOf(employerId)?.partnerUnionId;
      return union ? (partners.find((u) => u.id === union)?.name ?? null) : null;
    };
    return rows.map((e) => ({
      id: e.id,
      kind: e.kind,
      title: e.title,
      regionCode: e.regionCode,
      regionName: this.regions.fullName(e.regionCode),
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      online: !!e.online,
      venue: e.venue,
      onlineUrl: e.onlineUrl,
      description: e.description,
      status: this.statusOf(e),
      employers: employerLinks
        .filter((l) => l.eventId === e.id)
        .map((l) => employerOf(l.employerId))
        .filter((x): x is Employer => !!x)
        .map((x) => ({
          id: x.id,
          name: x.name,
          regionName: this.regions.fullName(x.regionCode),
          partnerUnionName: partnerOf(x.id),
        })),
      postings: postingLinks
        .filter((l) => l.eventId === e.id)
        .map((l) => postings.find((p) => p.id === l.postingId))
        .filter((p): p is JobPosting => !!p)
        .map((p) => ({
          id: p.id,
          title: p.title,
          employerName: employerOf(p.employerId)?.name ?? '',
          regionName: this.regions.fullName(p.regionCode),
          wageMinFen: p.wageMinFen,
          wageMaxFen: p.wageMaxFen,
          headcount: p.headcount,
          partnerUnionName: partnerOf(p.employerId),
        })),
      figures: figures.get(e.id) ?? { ...EMPTY_FIGURES },
      createdBy: e.createdByName,
      publishedAt: e.publishedAt?.toISOString() ?? null,
      createdAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
    }));
  }

  /** The figures of events, each an aggregate over the records (no counters). */
  private async figures(ids: number[]): Promise<Map<number, JobEventFigures>> {
    const m = this.events.manager;
    const count = (table: string) =>
      m
        .createQueryBuilder()
        .from(table, 'l')
        .select('l.event_id', 'id')
        .addSelect('COUNT(*)', 'n')
        .where('l.event_id IN (:...ids)', { ids })
        .groupBy('l.event_id')
        .getRawMany<{ id: unknown; n: unknown }>();
    const [employers, postings, signups, hires] = await Promise.all([
      count('job_event_employer'),
      count('job_event_posting'),
      m
        .createQueryBuilder()
        .from('job_event_signup', 's')
        .select('s.event_id', 'id')
        .addSelect('COUNT(*)', 'n')
        .addSelect('SUM(CASE WHEN s.attended THEN 1 ELSE 0 END)', 'attended')
        .addSelect('SUM(s.interviews)', 'interviews')
        .where('s.event_id IN (:...ids)', { ids })
        .groupBy('s.event_id')
        .getRawMany<{ id: unknown; n: unknown; attended: unknown; interviews: unknown }>(),
      m
        .createQueryBuilder()
        .from('job_event_posting', 'l')
        .innerJoin('job_event', 'e', 'e.id = l.event_id')
        .innerJoin('job_application', 'a', 'a.posting_id = l.posting_id')
        .select('l.event_id', 'id')
        .addSelect('COUNT(*)', 'n')
        .where('l.event_id IN (:...ids)', { ids })
        .andWhere('a.status = :hired AND a.hired_on >= e.starts_on AND a.hired_on <= e.ends_on', {
          hired: JobApplicationStatus.HIRED,
        })
        .groupBy('l.event_id')
        .getRawMany<{ id: unknown; n: unknown }>(),
    ]);
    const of = (rows: { id: unknown; n: unknown }[], id: number) => toInt(rows.find((r) => toInt(r.id) === id)?.n);
    return new Map(
      ids.map((id) => {
        const s = signups.find((r) => toInt(r.id) === id);
        return [
          id,
          {
            employers: of(employers, id),
            postings: of(postings, id),
            signups: toInt(s?.n),
            attended: toInt(s?.attended),
            interviews: toInt(s?.interviews),
            hires: of(hires, id),
          },
        ];
      }),
    );
  }

  private async toSignups(rows: JobEventSignup[]): Promise<JobEventSignupResponse[]> {
    if (!rows.length) return [];
    const workers = await this.workerRepo.findBy({ id: In(rows.map((r) => r.workerId)) });
    return rows.map((s) => {
      const w = workers.find((x) => x.id === s.workerId);
      return {
        id: s.id,
        eventId: s.eventId,
        workerId: s.workerId,
        workerName: w?.name ?? '',
        idNumberMasked: w?.idNumberMasked ?? '',
        phoneMasked: w?.phoneMasked ?? '',
        regionCode: s.regionCode,
        regionName: this.regions.fullName(s.regionCode),
        attended: !!s.attended,
        interviews: s.interviews,
        note: s.note,
        recordedBy: s.recordedBy,
        createdAt: s.createdAt.toISOString(),
      };
    });
  }
}
