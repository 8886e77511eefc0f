import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CENTER_READ_ROLES,
  CENTER_SERVICE_LABELS,
  CenterService,
  DisputeType,
  OutcomeSource,
  OutcomeType,
  Page,
  REQUESTABLE_SERVICES,
  SERVICE_ACCEPT_WORKING_DAYS,
  SERVICE_OUTCOME_LABELS,
  SERVICE_REQUEST_STATUS_LABELS,
  ServiceOutcome,
  ServiceRequestResponse,
  ServiceRequestStatus,
} from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isStaff, type Principal, type StaffPrincipal, type WorkerPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage, inBatches } from '../common/pagination';
import { checkIdempotencyKey } from '../common/idempotency';
import { FileRecordType, FilesService, readable } from '../files/files.service';
import { NotificationService } from '../notifications/notification.service';
import { EmploymentOutcome } from '../outcomes/outcome.entity';
import { applyScope, DataScope } from '../scope/data-scope';
import { RegionService } from '../region/region.service';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { isRealDate, shanghaiDate } from '../common/dates';
import { fallbackYearsOf, WorkingDays } from '../common/working-days';
import { Center, ServiceRecord, ServiceRequest } from './centers.entities';
import {
  CloseServiceRequestDto,
  RateDto,
  ServiceRecordDto,
  ServiceRequestDto,
  ServiceRequestQueryDto,
} from './centers.dto';
import { CentersService } from './centers.service';

const DAY = 86_400_000;
const HIRING_SERVICES: readonly CenterService[] = [
  CenterService.JOB_REFERRAL,
  CenterService.JOB_REGISTRATION,
  CenterService.CAREER_GUIDANCE,
];

/**
 * A worker asks a center for help; its staff accept, record what they did and close with an
 * outcome; the worker rates it. A request not accepted within 2 working days is overdue.
 */
@Injectable()
export class ServiceRequestsService implements OnModuleInit {
  constructor(
    @InjectRepository(ServiceRequest) private readonly requests: Repository<ServiceRequest>,
    @InjectRepository(ServiceRecord) private readonly records: Repository<ServiceRecord>,
    @InjectRepository(Center) private readonly centerRepo: Repository<Center>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly centers: CentersService,
    private readonly workers: WorkersService,
    private readonly files: FilesService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly workingDays: WorkingDays,
    private readonly regions: RegionService,
  ) {}

  /** Attachments are read as the request is: its worker, its center's staff, center readers in its region. */
  onModuleInit(): void {
    this.files.registerReadRule(FileRecordType.SERVICE_REQUEST, async (id, reader, scope) => {
      if (isStaff(reader) && !reader.roles.some((r) => CENTER_READ_ROLES.includes(r))) return false;
      return readable(() => this.require(reader, id, scope));
    });
  }

  async create(
    me: WorkerPrincipal,
    dto: ServiceRequestDto,
    key: string | undefined,
  ): Promise<{ request: ServiceRequestResponse; replayed: boolean }> {
    checkIdempotencyKey(key);
    const worker = await this.workers.findMine(me.id);
    if (!worker) throw DomainException.conflict('请先完成实名登记，再申请服务');
    if (key) {
      const earlier = await this.requests.findOneBy({ workerId: worker.id, idempotencyKey: key });
      if (earlier) return { request: (await this.toResponses([earlier]))[0], replayed: true };
    }
    const center = await this.centerRepo.findOneBy({ id: dto.centerId });
    if (!center) throw DomainException.validation([{ field: 'centerId', message: '服务中心不存在' }]);
    if (!REQUESTABLE_SERVICES.includes(dto.serviceType) || !center.services.includes(dto.serviceType)) {
      throw DomainException.validation([
        { field: 'serviceType', message: `${center.name}不提供“${CENTER_SERVICE_LABELS[dto.serviceType]}”服务` },
      ]);
    }
    if (dto.serviceType === CenterService.LEGAL_AID && !dto.disputeType) {
      throw DomainException.validation([{ field: 'disputeType', message: '申请法律援助请选择纠纷类型' }]);
    }
    try {
      await this.files.checkAttachable(dto.attachments ?? [], me, 'attachments');
    } catch (err) {
      // the same key sent at once: the other request created it, with the attachments
      const earlier = key ? await this.requests.findOneBy({ workerId: worker.id, idempotencyKey: key }) : null;
      if (earlier) return { request: (await this.toResponses([earlier]))[0], replayed: true };
      throw err;
    }
    const now = this.clock.now();
    const nextDay = new Date(new Date(`${shanghaiDate(new Date(now.getTime() + DAY))}T00:00:00+08:00`).getTime());
    const { endsAt: acceptDueAt } = await this.workingDays.endOf(nextDay, SERVICE_ACCEPT_WORKING_DAYS);
    let id: number;
    try {
      id = await this.requests.manager.transaction(async (m) => {
        const result = await m.getRepository(ServiceRequest).insert({
          centerId: center.id,
          regionCode: center.regionCode,
          workerId: worker.id,
          serviceType: dto.serviceType,
          description: dto.description.trim(),
          preferredTime: dto.preferredTime ? new Date(dto.preferredTime) : null,
          disputeType: dto.serviceType === CenterService.LEGAL_AID ? dto.disputeType! : null,
          attachments: dto.attachments ?? [],
          status: ServiceRequestStatus.PENDING,
          idempotencyKey: key ?? null,
          acceptDueAt,
          acceptedAt: null,
          acceptedBy: null,
          closedAt: null,
          outcome: null,
          summary: null,
          rating: null,
          ratingComment: null,
          createdAt: now,
          updatedAt: now,
        });
        const requestId = Number(result.identifiers[0].id);
        await this.files.attach(
          m,
          dto.attachments ?? [],
          me,
          { type: FileRecordType.SERVICE_REQUEST, id: requestId },
          'attachments',
        );
        await this.audit.record(
          {
            action: 'service_request.create',
            targetType: 'service_request',
            targetId: requestId,
            summary: { centerId: center.id, serviceType: dto.serviceType },
          },
          m,
        );
        return requestId;
      });
    } catch (err) {
      if (key) {
        const earlier = await this.requests.findOneBy({ workerId: worker.id, idempotencyKey: key });
        if (earlier) return { request: (await this.toResponses([earlier]))[0], replayed: true };
      }
      throw err;
    }
    return { request: await this.getFor(me, id), replayed: false };
  }

  /**
   * A union hands a worker's matter to a center's legal aid (a demand transferred, 职工诉求):
   * a PENDING legal-aid request on the worker's behalf, in the union's transaction. The center is
   * the one given, or the first offering legal aid in `regionCode`, then up the region tree.
   */
  async createLegalAid(
    m: EntityManager,
    input: { workerId: number; regionCode: string; centerId?: number; description: string; disputeType: DisputeType },
  ): Promise<number> {
    const offers = (c: Center) => c.services.includes(CenterService.LEGAL_AID);
    let center: Center | null = null;
    if (input.centerId) {
      center = await m.getRepository(Center).findOneBy({ id: input.centerId });
      if (!center || !offers(center)) {
        throw DomainException.validation([{ field: 'centerId', message: '该服务中心不提供法律援助' }]);
      }
    } else {
      for (
        let code: string | null | undefined = input.regionCode;
        code && !center;
        code = this.regions.get(code)?.parentCode
      ) {
        const here = await m.getRepository(Center).find({ where: { regionCode: code }, order: { id: 'ASC' } });
        center = here.find(offers) ?? null;
      }
      if (!center) throw DomainException.validation([{ field: 'centerId', message: '没有可提供法律援助的服务中心' }]);
    }
    const now = this.clock.now();
    const nextDay = new Date(`${shanghaiDate(new Date(now.getTime() + DAY))}T00:00:00+08:00`);
    const { endsAt: acceptDueAt } = await this.workingDays.endOf(nextDay, SERVICE_ACCEPT_WORKING_DAYS);
    const result = await m.getRepository(ServiceRequest).insert({
      centerId: center.id,
      regionCode: center.regionCode,
      workerId: input.workerId,
      serviceType: CenterService.LEGAL_AID,
      description: input.description,
      preferredTime: null,
      disputeType: input.disputeType,
      attachments: [],
      status: ServiceRequestStatus.PENDING,
      idempotencyKey: null,
      acceptDueAt,
      acceptedAt: null,
      acceptedBy: null,
      closedAt: null,
      outcome: null,
      summary: null,
      rating: null,
      ratingComment: null,
      createdAt: now,
      updatedAt: now,
    });
    const id = Number(result.identifiers[0].id);
    await this.audit.record(
      {
        action: 'service_request.create',
        targetType: 'service_request',
        targetId: id,
        summary: { centerId: center.id, serviceType: CenterService.LEGAL_AID, from: 'demand' },
      },
      m,
    );
    return id;
  }

  async mine(me: WorkerPrincipal): Promise<ServiceRequestResponse[]> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) return [];
    return this.toResponses(await this.requests.find({ where: { workerId: worker.id }, order: { id: 'DESC' } }));
  }

  /** The worker (own), the center's staff, or read roles within scope; anyone else: 404. */
  async getFor(who: Principal, id: number, scope?: DataScope | null): Promise<ServiceRequestResponse> {
    return (await this.toResponses([await this.require(who, id, scope ?? null)]))[0];
  }

  async list(
    query: ServiceRequestQueryDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<Page<ServiceRequestResponse>> {
    const qb = await this.query(query, staff, scope);
    const [rows, total] = await qb.skip(skipOf(query)).take(query.pageSize).getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async *each(
    query: ServiceRequestQueryDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): AsyncGenerator<ServiceRequestResponse[]> {
    for await (const rows of inBatches(() => this.query(query, staff, scope), 'r')) yield await this.toResponses(rows);
  }

  private async query(query: ServiceRequestQueryDto, staff: StaffPrincipal, scope: DataScope) {
    const qb = this.requests.createQueryBuilder('r');
    const own = await this.centers.centersOfStaff(staff);
    const onlyStaff = staff.roles.every((r) => r === 'CENTER_STAFF');
    if (onlyStaff) qb.andWhere('r.center_id IN (:...own)', { own: own.length ? own : [0] });
    else applyScope(qb, 'r.region_code', scope);
    if (query.centerId) qb.andWhere('r.center_id = :centerId', { centerId: query.centerId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.serviceType) qb.andWhere('r.service_type = :serviceType', { serviceType: query.serviceType });
    if (query.overdue !== undefined) {
      qb.andWhere(
        query.overdue
          ? 'r.status = :pending AND r.accept_due_at < :now'
          : '(r.status <> :pending OR r.accept_due_at >= :now)',
        {
          pending: ServiceRequestStatus.PENDING,
          now: this.clock.now(),
        },
      );
    }
    return qb.orderBy('r.id', 'DESC');
  }

  async accept(id: number, staff: StaffPrincipal): Promise<ServiceRequestResponse> {
    const req = await this.requireOwnCenter(staff, id);
    await this.requests.manager.transaction(async (m) => {
      await this.move(m, req, ServiceRequestStatus.PENDING, ServiceRequestStatus.ACCEPTED, {
        acceptedAt: this.clock.now(),
        acceptedBy: staff.displayName,
      });
      await this.audit.record({ action: 'service_request.accept', targetType: 'service_request', targetId: id }, m);
      return this.notify(
        m,
        req,
        '服务请求已受理',
        `${staff.displayName}已受理您的${CENTER_SERVICE_LABELS[req.serviceType]}请求`,
      );
    });
    return this.getFor(staff, id);
  }

  async addRecord(id: number, dto: ServiceRecordDto, staff: StaffPrincipal): Promise<ServiceRequestResponse> {
    const req = await this.requireOwnCenter(staff, id);
    if (req.status !== ServiceRequestStatus.ACCEPTED) {
      throw DomainException.conflict(`请求${SERVICE_REQUEST_STATUS_LABELS[req.status]}：受理后、办结前才能记录服务`);
    }
    if (!isRealDate(dto.servedOn) || dto.servedOn > shanghaiDate(this.clock.now())) {
      throw DomainException.validation([{ field: 'servedOn', message: '服务日期不能晚于今天' }]);
    }
    await this.requests.manager.transaction(async (m) => {
      await m.getRepository(ServiceRecord).insert({
        requestId: id,
        centerId: req.centerId,
        servedOn: dto.servedOn,
        serviceType: dto.serviceType,
        notes: dto.notes,
        result: dto.result ?? null,
        staffId: staff.id,
        staffName: staff.displayName,
        createdAt: this.clock.now(),
      });
      await this.audit.record(
        {
          action: 'service_request.record',
          targetType: 'service_request',
          targetId: id,
          summary: { servedOn: dto.servedOn, serviceType: dto.serviceType },
        },
        m,
      );
    });
    return this.getFor(staff, id);
  }

  /** Closes with an outcome; a hire becomes an employment outcome (once per worker per year). */
  async close(id: number, dto: CloseServiceRequestDto, staff: StaffPrincipal): Promise<ServiceRequestResponse> {
    const req = await this.requireOwnCenter(staff, id);
    if (dto.outcome === ServiceOutcome.HIRED) {
      const errors = [];
      if (!HIRING_SERVICES.includes(req.serviceType))
        errors.push({ field: 'outcome', message: '只有求职登记、职业指导、职业介绍可以以“已就业”办结' });
      if (!dto.employer?.trim()) errors.push({ field: 'employer', message: '请填写就业单位' });
      if (!dto.contractStart || !isRealDate(dto.contractStart))
        errors.push({ field: 'contractStart', message: '请填写劳动合同起始日期' });
      if (errors.length) throw DomainException.validation(errors);
    }
    await this.requests.manager.transaction(async (m) => {
      await this.move(m, req, ServiceRequestStatus.ACCEPTED, ServiceRequestStatus.CLOSED, {
        closedAt: this.clock.now(),
        outcome: dto.outcome,
        summary: dto.summary,
      });
      if (dto.outcome === ServiceOutcome.HIRED) await this.recordHire(m, req, dto, staff);
      await this.audit.record(
        {
          action: 'service_request.close',
          targetType: 'service_request',
          targetId: id,
          summary: { outcome: dto.outcome },
        },
        m,
      );
      return this.notify(
        m,
        req,
        '服务已办结',
        `您的${CENTER_SERVICE_LABELS[req.serviceType]}请求已办结：${SERVICE_OUTCOME_LABELS[dto.outcome]}。欢迎评价。`,
      );
    });
    return this.getFor(staff, id);
  }

  async cancel(me: WorkerPrincipal, id: number): Promise<ServiceRequestResponse> {
    const req = await this.require(me, id, null);
    if (req.status !== ServiceRequestStatus.PENDING)
      throw DomainException.conflict('已受理的请求不能取消，请联系服务中心');
    await this.requests.manager.transaction(async (m) => {
      await this.move(m, req, ServiceRequestStatus.PENDING, ServiceRequestStatus.CANCELLED, {});
      await this.audit.record({ action: 'service_request.cancel', targetType: 'service_request', targetId: id }, m);
    });
    return this.getFor(me, id);
  }

  async rate(me: WorkerPrincipal, id: number, dto: RateDto): Promise<ServiceRequestResponse> {
    const req = await this.require(me, id, null);
    if (req.status !== ServiceRequestStatus.CLOSED) throw DomainException.conflict('服务办结后才能评价');
    await this.requests.manager.transaction(async (m) => {
      const done = await m
        .createQueryBuilder()
        .update(ServiceRequest)
        .set({ rating: dto.rating, ratingComment: dto.comment?.trim() || null, updatedAt: this.clock.now() })
        .where('id = :id AND status = :closed AND rating IS NULL', { id, closed: ServiceRequestStatus.CLOSED })
        .execute();
      if (!done.affected) throw DomainException.conflict('已经评价过了');
      await this.audit.record(
        {
          action: 'service_request.rate',
          targetType: 'service_request',
          targetId: id,
          summary: { rating: dto.rating },
        },
        m,
      );
    });
    return this.getFor(me, id);
  }

  private async recordHire(
    m: EntityManager,
    req: ServiceRequest,
    dto: CloseServiceRequestDto,
    staff: StaffPrincipal,
  ): Promise<void> {
    const worker = await m.getRepository(Worker).findOneByOrFail({ id: req.workerId });
    const achievedOn = dto.contractStart!;
    const year = Number(achievedOn.slice(0, 4));
    if (await m.getRepository(EmploymentOutcome).existsBy({ workerId: worker.id, year })) return; // already counts this year
    await m.getRepository(EmploymentOutcome).insert({
      workerId: worker.id,
      regionCode: worker.regionCode,
      year,
      type: OutcomeType.EMPLOYED,
      source: req.serviceType === CenterService.JOB_REFERRAL ? OutcomeSource.REFERRAL : OutcomeSource.CENTER_SERVICE,
      employer: dto.employer!.trim(),
      contractStart: dto.contractStart!,
      businessName: null,
      creditCode: null,
      evidence: [],
      achievedOn,
      applicationId: null,
      notes: `服务请求 #${req.id}：${dto.summary}`.slice(0, 1000),
      verifiedBy: staff.id,
      verifiedByName: staff.displayName,
      createdAt: this.clock.now(),
    });
    await this.audit.record(
      {
        action: 'outcome.record',
        targetType: 'worker',
        targetId: worker.id,
        summary: { year, source: 'service_request', requestId: req.id },
      },
      m,
    );
  }

  private async move(
    m: EntityManager,
    req: ServiceRequest,
    from: ServiceRequestStatus,
    to: ServiceRequestStatus,
    changes: Partial<ServiceRequest>,
  ): Promise<void> {
    if (req.status !== from) {
      throw DomainException.conflict(
        `请求${SERVICE_REQUEST_STATUS_LABELS[req.status]}，不能${to === ServiceRequestStatus.ACCEPTED ? '受理' : to === ServiceRequestStatus.CLOSED ? '办结' : '取消'}`,
      );
    }
    const done = await m
      .createQueryBuilder()
      .update(ServiceRequest)
      .set({ ...changes, status: to, updatedAt: this.clock.now() })
      .where('id = :id AND status = :from', { id: req.id, from })
      .execute();
    if (!done.affected) throw DomainException.conflict('请求状态已变化，请刷新后重试');
  }

  private notify(m: EntityManager, req: ServiceRequest, title: string, body: string): Promise<number> {
    return this.notifications.enqueue(m, req.workerId, {
      title,
      body,
      page: `packages/centers/pages/requests?id=${req.id}`,
      data: {
        thing1: CENTER_SERVICE_LABELS[req.serviceType],
        phrase2: title.slice(-3),
        time3: shanghaiDate(this.clock.now()),
        thing4: body.slice(0, 20),
      },
    });
  }

  private async require(who: Principal, id: number, scope: DataScope | null): Promise<ServiceRequest> {
    const req = await this.requests.findOneBy({ id });
    if (req) {
      if (!isStaff(who)) {
        const worker = await this.workers.findMine(who.id);
        if (worker && worker.id === req.workerId) return req;
      } else {
        const own = await this.centers.centersOfStaff(who);
        if (own.includes(req.centerId)) return req;
        // the roles that read the request list (a trainer or HR of the county reads none of them)
        const reader = who.roles.some((r) => r !== 'CENTER_STAFF' && CENTER_READ_ROLES.includes(r));
        if (reader && scope && (scope.all || scope.regionCodes.includes(req.regionCode))) return req;
      }
    }
    throw DomainException.notFound('服务请求');
  }

  /** Only the staff of the request's own center act on it. */
  private async requireOwnCenter(staff: StaffPrincipal, id: number): Promise<ServiceRequest> {
    const req = await this.requests.findOneBy({ id });
    const own = await this.centers.centersOfStaff(staff);
    if (!req || !own.includes(req.centerId)) throw DomainException.notFound('服务请求');
    return req;
  }

  async toResponses(rows: ServiceRequest[]): Promise<ServiceRequestResponse[]> {
    if (!rows.length) return [];
    const [centers, workers, records, files] = await Promise.all([
      this.centerRepo.findBy({ id: In([...new Set(rows.map((r) => r.centerId))]) }),
      this.workerRepo.findBy({ id: In([...new Set(rows.map((r) => r.workerId))]) }),
      this.records.find({ where: { requestId: In(rows.map((r) => r.id)) }, order: { id: 'ASC' } }),
      this.files.describeMany(rows.flatMap((r) => r.attachments)),
    ]);
    const now = this.clock.now();
    const calendar = await this.workingDays.calendar();
    return rows.map((r) => {
      const w = workers.find((x) => x.id === r.workerId)!;
      return {
        id: r.id,
        centerId: r.centerId,
        centerName: centers.find((c) => c.id === r.centerId)?.name ?? '',
        workerId: r.workerId,
        workerName: w.name,
        workerPhone: w.phoneMasked,
        serviceType: r.serviceType,
        description: r.description,
        preferredTime: r.preferredTime?.toISOString() ?? null,
        disputeType: r.disputeType,
        attachments: r.attachments.filter((f) => files.has(f)).map((f) => files.get(f)!),
        status: r.status,
        overdue: r.status === ServiceRequestStatus.PENDING && now > r.acceptDueAt,
        acceptDueAt: r.acceptDueAt.toISOString(),
        // counted from the day after the request
        acceptDueFallbackYears: fallbackYearsOf(
          new Date(r.createdAt.getTime() + DAY),
          r.acceptDueAt,
          r.createdAt,
          calendar,
        ),
        acceptedAt: r.acceptedAt?.toISOString() ?? null,
        acceptedBy: r.acceptedBy,
        closedAt: r.closedAt?.toISOString() ?? null,
        outcome: r.outcome,
        summary: r.summary,
        rating: r.rating,
        ratingComment: r.ratingComment,
        records: records
          .filter((x) => x.requestId === r.id)
          .map((x) => ({
            id: x.id,
            servedOn: x.servedOn,
            serviceType: x.serviceType,
            notes: x.notes,
            result: x.result ?? undefined,
            staffName: x.staffName,
            createdAt: x.createdAt.toISOString(),
          })),
        createdAt: r.createdAt.toISOString(),
      };
    });
  }
}
