import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DEFAULT_DEMAND_DEADLINE_WORKING_DAYS,
  DEMAND_CATEGORY_LABELS,
  DEMAND_STAFF_ROLES,
  DEMAND_STATUS_LABELS,
  DemandAction,
  DemandCategory,
  DemandReveal,
  DemandResponse,
  DemandSettings,
  DemandSource,
  DemandStatus,
  DemandSummary,
  DemandTransferTarget,
  DisputeType,
  OPEN_DEMAND_STATUSES,
  Page,
} from '@steadywork/shared';
import { EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isStaff, type Principal, type StaffPrincipal, type WorkerPrincipal } from '../auth/principal';
import { ServiceRequestsService } from '../centers/service-requests.service';
import { Clock } from '../common/clock';
import { wherePeriod } from '../common/period';
import { shanghaiDate } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { checkIdempotencyKey } from '../common/idempotency';
import { inBatches, skipOf, toPage } from '../common/pagination';
import { WorkingDays } from '../common/working-days';
import { FileRecordType, FilesService, readable } from '../files/files.service';
import { Employer } from '../jobs/jobs.entities';
import { NotificationService } from '../notifications/notification.service';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { Setting } from '../security/setting.entity';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { Demand, DemandEvent } from './demands.entities';
import {
  DemandCloseDto,
  DemandDto,
  DemandNoteDto,
  DemandQueryDto,
  DemandRatingDto,
  DemandSettingsDto,
  DemandTransferDto,
  HotlineDemandDto,
} from './demands.dto';

const DAY = 86_400_000;
const SETTINGS_KEY = 'demands.settings';
const DEMAND = '诉求';

const DISPUTE_OF: Partial<Record<DemandCategory, DisputeType>> = {
  [DemandCategory.WAGES_OWED]: DisputeType.WAGES_OWED,
  [DemandCategory.CONTRACT]: DisputeType.CONTRACT,
  [DemandCategory.WORK_INJURY]: DisputeType.INJURY,
};

interface Actor {
  type: 'staff' | 'worker';
  id: number;
  name: string;
}

/**
 * 职工诉求 (12351): a worker files (or staff record a call), the union of the worker's county
 * handles it — accept, record, transfer to another union or to legal aid, close — and the worker
 * rates the result. Open past its deadline (working days, a province setting), a demand is late
 * and escalated: the union above sees it on its home.
 */
@Injectable()
export class DemandsService implements OnModuleInit {
  constructor(
    @InjectRepository(Demand) private readonly demands: Repository<Demand>,
    @InjectRepository(DemandEvent) private readonly events: Repository<DemandEvent>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    @InjectRepository(Setting) private readonly settingsRepo: Repository<Setting>,
    private readonly workers: WorkersService,
    private readonly serviceRequests: ServiceRequestsService,
    private readonly files: FilesService,
    private readonly notifications: NotificationService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly workingDays: WorkingDays,
  ) {}

  /** Attachments are read as the demand is: its worker, or demand staff in scope. */
  onModuleInit(): void {
    this.files.registerReadRule(FileRecordType.DEMAND, async (id, reader, scope) => {
      if (isStaff(reader)) {
        if (!reader.roles.some((r) => DEMAND_STAFF_ROLES.includes(r)) || !scope) return false;
        return readable(() => this.requireInScope(id, scope));
      }
      return readable(() => this.requireMine(reader, id));
    });
  }

  // ---------- settings ----------

  async settings(): Promise<DemandSettings> {
    const row = await this.settingsRepo.findOneBy({ key: SETTINGS_KEY });
    return {
      deadlineWorkingDays: DEFAULT_DEMAND_DEADLINE_WORKING_DAYS,
      ...((row?.value as Partial<DemandSettings>) ?? {}),
    };
  }

  async saveSettings(dto: DemandSettingsDto): Promise<DemandSettings> {
    const before = await this.settings();
    const next: DemandSettings = { deadlineWorkingDays: dto.deadlineWorkingDays };
    await this.settingsRepo.manager.transaction(async (m) => {
      await m.getRepository(Setting).save({ key: SETTINGS_KEY, value: next, updatedAt: this.clock.now() });
      await this.audit.recordChange(
        { action: 'demand.settings_update', targetType: 'setting', targetId: SETTINGS_KEY, before, after: next },
        m,
      );
    });
    return this.settings();
  }

  /** The deadline of a demand received now: counted from the next day, in working days. */
  private async dueFromNow(): Promise<Date> {
    const now = this.clock.now();
    const nextDay = new Date(`${shanghaiDate(new Date(now.getTime() + DAY))}T00:00:00+08:00`);
    const { deadlineWorkingDays } = await this.settings();
    return (await this.workingDays.endOf(nextDay, deadlineWorkingDays)).endsAt;
  }

  // ---------- filing ----------

  async file(
    me: WorkerPrincipal,
    dto: DemandDto,
    key: string | undefined,
  ): Promise<{ demand: DemandResponse; replayed: boolean }> {
    checkIdempotencyKey(key);
    const worker = await this.workers.findMine(me.id);
    if (!worker) throw DomainException.conflict('请先完成实名登记，再提交诉求');
    const actor: Actor = { type: 'worker', id: me.id, name: worker.name };
    return this.insert(worker, dto, key, me, actor, DemandSource.MINIAPP, null);
  }

  /** Staff record a 12351 call for a registered worker in their scope. */
  async recordCall(
    staff: StaffPrincipal,
    scope: DataScope,
    dto: HotlineDemandDto,
    key: string | undefined,
  ): Promise<{ demand: DemandResponse; replayed: boolean }> {
    checkIdempotencyKey(key);
    const worker = await this.workerRepo.findOneBy({ id: dto.workerId });
    if (!worker || !(scope.all || scope.regionCodes.includes(worker.regionCode))) {
      throw DomainException.validation([{ field: 'workerId', message: '职工不存在或不在您的管辖范围内' }]);
    }
    const actor: Actor = { type: 'staff', id: staff.id, name: staff.displayName };
    return this.insert(worker, dto, key, staff, actor, DemandSource.HOTLINE, staff.id);
  }

  private async insert(
    worker: Worker,
    dto: DemandDto,
    key: string | undefined,
    by: Principal,
    actor: Actor,
    source: DemandSource,
    createdBy: number | null,
  ): Promise<{ demand: DemandResponse; replayed: boolean }> {
    const earlier = async () => (key ? this.demands.findOneBy({ workerId: worker.id, idempotencyKey: key }) : null);
    const replay = async (d: Demand) => ({ demand: await this.detail(d), replayed: true });
    const found = await earlier();
    if (found) return replay(found);
    let employerName = dto.employerName?.trim() ?? '';
    if (dto.employerId) {
      const employer = await this.employers.findOneBy({ id: dto.employerId });
      if (!employer) throw DomainException.validation([{ field: 'employerId', message: '所在单位不存在' }]);
      employerName = employer.name;
    }
    try {
      await this.files.checkAttachable(dto.attachments ?? [], by, 'attachments');
    } catch (err) {
      // the same key sent at once: the other request created it, with the attachments
      const other = await earlier();
      if (other) return replay(other);
      throw err;
    }
    const now = this.clock.now();
    const dueAt = await this.dueFromNow();
    let id: number;
    try {
      id = await this.demands.manager.transaction(async (m) => {
        const result = await m.getRepository(Demand).insert({
          source,
          category: dto.category,
          status: DemandStatus.SUBMITTED,
          workerId: worker.id,
          employerId: dto.employerId ?? null,
          employerName,
          description: dto.description.trim(),
          attachments: dto.attachments ?? [],
          regionCode: worker.regionCode,
          dueAt,
          idempotencyKey: key ?? null,
          legalAidRequestId: null,
          result: null,
          closedAt: null,
          rating: null,
          ratingComment: null,
          createdBy,
          createdAt: now,
          updatedAt: now,
        });
        const demandId = Number(result.identifiers[0].id);
        await this.files.attach(
          m,
          dto.attachments ?? [],
          by,
          { type: FileRecordType.DEMAND, id: demandId },
          'attachments',
        );
        await this.addEvent(
          m,
          demandId,
          DemandAction.SUBMIT,
          actor,
          source === DemandSource.HOTLINE ? '12351 热线来电' : null,
        );
        await this.audit.record(
          {
            action: 'demand.create',
            targetType: 'demand',
            targetId: demandId,
            summary: { category: dto.category, source, regionCode: worker.regionCode },
          },
          m,
        );
        return demandId;
      });
    } catch (err) {
      const other = await earlier();
      if (other) return replay(other);
      throw err;
    }
    return { demand: await this.detail(await this.demands.findOneByOrFail({ id })), replayed: false };
  }

  // ---------- the worker's side ----------

  async mine(me: WorkerPrincipal): Promise<DemandResponse[]> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) return [];
    return this.toResponses(await this.demands.find({ where: { workerId: worker.id }, order: { id: 'DESC' } }));
  }

  async getMine(me: WorkerPrincipal, id: number): Promise<DemandResponse> {
    return this.detail(await this.requireMine(me, id));
  }

  async rate(me: WorkerPrincipal, id: number, dto: DemandRatingDto): Promise<DemandResponse> {
    const d = await this.requireMine(me, id);
    if (d.status !== DemandStatus.CLOSED) throw DomainException.conflict('诉求办结后才能评价');
    const worker = (await this.workers.findMine(me.id))!;
    await this.demands.manager.transaction(async (m) => {
      const done = await m
        .createQueryBuilder()
        .update(Demand)
        .set({ rating: dto.rating, ratingComment: dto.comment?.trim() || null, updatedAt: this.clock.now() })
        .where('id = :id AND status = :closed AND rating IS NULL', { id, closed: DemandStatus.CLOSED })
        .execute();
      if (!done.affected) throw DomainException.conflict('已经评价过了');
      const note = `${dto.rating} 星${dto.comment?.trim() ? `：${dto.comment.trim()}` : ''}`;
      await this.addEvent(m, id, DemandAction.RATE, { type: 'worker', id: me.id, name: worker.name }, note);
      await this.audit.record(
        { action: 'demand.rate', targetType: 'demand', targetId: id, summary: { rating: dto.rating } },
        m,
      );
    });
    return this.getMine(me, id);
  }

  // ---------- the staff side ----------

  async list(query: DemandQueryDto, scope: DataScope): Promise<Page<DemandResponse>> {
    const qb = this.query(query, scope);
    if (query.beforeId) qb.andWhere('d.id < :beforeId', { beforeId: query.beforeId });
    const [rows, total] = await qb
      .skip(query.beforeId ? 0 : skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async *each(query: DemandQueryDto, scope: DataScope): AsyncGenerator<DemandResponse[]> {
    for await (const rows of inBatches(() => this.query(query, scope), 'd')) yield await this.toResponses(rows);
  }

  private query(query: DemandQueryDto, scope: DataScope): SelectQueryBuilder<Demand> {
    const qb = this.demands.createQueryBuilder('d');
    applyScope(qb, 'd.region_code', scope);
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.category) qb.andWhere('d.category = :category', { category: query.category });
    if (query.regionCode) {
      qb.andWhere('d.region_code IN (:...within)', { within: this.regions.subtree(query.regionCode).concat(['-']) });
    }
    if (query.late !== undefined) this.whereLate(qb, query.late);
    if (query.open !== undefined)
      qb.andWhere(query.open ? 'd.status <> :closed' : 'd.status = :closed', { closed: DemandStatus.CLOSED });
    wherePeriod(qb, 'd.created_at', 'instant', query.filedFrom, query.filedTo, 'filed');
    wherePeriod(qb, 'd.closed_at', 'instant', query.closedFrom, query.closedTo, 'closed');
    if (query.keyword?.trim()) {
      qb.andWhere('d.worker_id IN (SELECT w.id FROM worker w WHERE w.name LIKE :kw)', {
        kw: `%${query.keyword.trim()}%`,
      });
    }
    return qb.orderBy('d.id', 'DESC');
  }

  private whereLate(qb: SelectQueryBuilder<Demand>, late: boolean): void {
    qb.andWhere(
      late ? '(d.status IN (:...open) AND d.due_at < :now)' : '(d.status NOT IN (:...open) OR d.due_at >= :now)',
      { open: [...OPEN_DEMAND_STATUSES], now: this.clock.now() },
    );
  }

  async summary(staff: StaffPrincipal, scope: DataScope): Promise<DemandSummary> {
    const base = () => applyScope(this.demands.createQueryBuilder('d'), 'd.region_code', scope);
    const open = await base()
      .andWhere('d.status IN (:...open)', { open: [...OPEN_DEMAND_STATUSES] })
      .getCount();
    const lateQb = base();
    this.whereLate(lateQb, true);
    const late = await lateQb.getCount();
    const children = this.regions
      .subtree(staff.regionCode)
      .filter((c) => this.regions.get(c)?.parentCode === staff.regionCode);
    let escalatedToUs = 0;
    if (children.length) {
      const qb = this.demands.createQueryBuilder('d').andWhere('d.region_code IN (:...children)', { children });
      this.whereLate(qb, true);
      escalatedToUs = await qb.getCount();
    }
    const rows = await base()
      .select('d.category', 'category')
      .addSelect('COUNT(*)', 'n')
      .groupBy('d.category')
      .getRawMany<{ category: DemandCategory; n: string | number }>();
    const byCategory = Object.fromEntries(Object.values(DemandCategory).map((c) => [c, 0])) as Record<
      DemandCategory,
      number
    >;
    for (const r of rows) byCategory[r.category] = Number(r.n);
    return { open, late, escalatedToUs, byCategory };
  }

  async get(id: number, scope: DataScope): Promise<DemandResponse> {
    return this.detail(await this.requireInScope(id, scope));
  }

  /** The worker's full ID and phone numbers: every read is audited. */
  async reveal(id: number, scope: DataScope): Promise<DemandReveal> {
    const d = await this.requireInScope(id, scope);
    await this.audit.record({
      action: 'demand.reveal',
      targetType: 'demand',
      targetId: id,
      summary: { workerId: d.workerId },
    });
    return this.workers.reveal(d.workerId, { all: true, rootRegionCode: '', regionCodes: [] });
  }

  async accept(id: number, staff: StaffPrincipal, scope: DataScope): Promise<DemandResponse> {
    const d = await this.requireInScope(id, scope);
    await this.move(d, [DemandStatus.SUBMITTED, DemandStatus.TRANSFERRED], '受理', staff, async (m) => {
      await this.update(m, d, [DemandStatus.SUBMITTED, DemandStatus.TRANSFERRED], { status: DemandStatus.ACCEPTED });
      await this.addEvent(m, id, DemandAction.ACCEPT, this.staffActor(staff), null);
      return this.notify(m, d, '诉求已受理', `${staff.displayName}已受理您的${DEMAND_CATEGORY_LABELS[d.category]}诉求`);
    });
    return this.get(id, scope);
  }

  async note(id: number, dto: DemandNoteDto, staff: StaffPrincipal, scope: DataScope): Promise<DemandResponse> {
    const d = await this.requireInScope(id, scope);
    await this.move(d, [DemandStatus.ACCEPTED], '记录办理情况', staff, async (m) => {
      await this.addEvent(m, id, DemandAction.NOTE, this.staffActor(staff), dto.note.trim());
      return 0;
    });
    return this.get(id, scope);
  }

  async transfer(id: number, dto: DemandTransferDto, staff: StaffPrincipal, scope: DataScope): Promise<DemandResponse> {
    const d = await this.requireInScope(id, scope);
    const from = [DemandStatus.SUBMITTED, DemandStatus.ACCEPTED];
    if (dto.target === DemandTransferTarget.UNION) {
      const target = this.regions.get(dto.regionCode!);
      if (!target) throw DomainException.validation([{ field: 'regionCode', message: '转办的工会不存在' }]);
      if (target.code === d.regionCode) {
        throw DomainException.validation([{ field: 'regionCode', message: '不能转办给本级工会' }]);
      }
      const dueAt = await this.dueFromNow();
      await this.move(d, from, '转办', staff, async (m) => {
        await this.update(m, d, from, { status: DemandStatus.TRANSFERRED, regionCode: target.code, dueAt });
        const note = `转至${this.regions.fullName(target.code)}工会：${dto.note.trim()}`;
        await this.addEvent(m, id, DemandAction.TRANSFER, this.staffActor(staff), note);
        return 0;
      });
    } else {
      if (d.legalAidRequestId) throw DomainException.conflict('该诉求已转法律援助');
      await this.move(d, from, '转法律援助', staff, async (m) => {
        const requestId = await this.serviceRequests.createLegalAid(m, {
          workerId: d.workerId,
          regionCode: d.regionCode,
          centerId: dto.centerId,
          description: `职工诉求 #${d.id}（${DEMAND_CATEGORY_LABELS[d.category]}）：${d.description}`.slice(0, 2000),
          disputeType: DISPUTE_OF[d.category] ?? DisputeType.OTHER,
        });
        await this.update(m, d, from, { status: DemandStatus.ACCEPTED, legalAidRequestId: requestId });
        await this.addEvent(m, id, DemandAction.LEGAL_AID, this.staffActor(staff), dto.note.trim());
        return 0;
      });
    }
    // after a transfer to a union outside the scope, the record is no longer the caller's
    const after = await this.demands.findOneByOrFail({ id });
    return this.detail(after);
  }

  async close(id: number, dto: DemandCloseDto, staff: StaffPrincipal, scope: DataScope): Promise<DemandResponse> {
    const d = await this.requireInScope(id, scope);
    await this.move(d, [DemandStatus.ACCEPTED], '办结', staff, async (m) => {
      await this.update(m, d, [DemandStatus.ACCEPTED], {
        status: DemandStatus.CLOSED,
        result: dto.result.trim(),
        closedAt: this.clock.now(),
      });
      await this.addEvent(m, id, DemandAction.CLOSE, this.staffActor(staff), dto.result.trim());
      return this.notify(m, d, '诉求已办结', `您的${DEMAND_CATEGORY_LABELS[d.category]}诉求已办结，欢迎评价`);
    });
    return this.get(id, scope);
  }

  // ---------- helpers ----------

  private staffActor(staff: StaffPrincipal): Actor {
    return { type: 'staff', id: staff.id, name: staff.displayName };
  }

  /** Runs a step from one of `from`, in a transaction with its audit entry. Answers a notice id (0: none). */
  private async move(
    d: Demand,
    from: DemandStatus[],
    what: string,
    staff: StaffPrincipal,
    step: (m: EntityManager) => Promise<number>,
  ): Promise<number> {
    if (!from.includes(d.status)) throw DomainException.conflict(`诉求${DEMAND_STATUS_LABELS[d.status]}，不能${what}`);
    return this.demands.manager.transaction(async (m) => {
      const notice = await step(m);
      await this.audit.record(
        { action: 'demand.update', targetType: 'demand', targetId: d.id, summary: { step: what, by: staff.id } },
        m,
      );
      return notice;
    });
  }

  private async update(m: EntityManager, d: Demand, from: DemandStatus[], changes: Partial<Demand>): Promise<void> {
    const done = await m
      .createQueryBuilder()
      .update(Demand)
      .set({ ...changes, updatedAt: this.clock.now() })
      .where('id = :id AND status IN (:...from) AND region_code = :region', { id: d.id, from, region: d.regionCode })
      .execute();
    if (!done.affected) throw DomainException.conflict('诉求状态已变化，请刷新后重试');
  }

  private async addEvent(
    m: EntityManager,
    demandId: number,
    action: DemandAction,
    actor: Actor,
    note: string | null,
  ): Promise<void> {
    await m.getRepository(DemandEvent).insert({
      demandId,
      action,
      actorType: actor.type,
      actorId: actor.id,
      actorName: actor.name.slice(0, 64),
      note,
      createdAt: this.clock.now(),
    });
  }

  private async notify(m: EntityManager, d: Demand, title: string, body: string): Promise<number> {
    return this.notifications.enqueue(m, d.workerId, {
      title,
      body,
      page: `packages/demands/pages/detail?id=${d.id}`,
      data: {
        thing1: DEMAND_CATEGORY_LABELS[d.category].slice(0, 20),
        phrase2: title.slice(-3),
        time3: shanghaiDate(this.clock.now()),
        thing4: body.slice(0, 20),
      },
    });
  }

  private async requireInScope(id: number, scope: DataScope): Promise<Demand> {
    const d = await this.demands.findOneBy({ id });
    if (!d || !(scope.all || scope.regionCodes.includes(d.regionCode))) throw DomainException.notFound(DEMAND);
    return d;
  }

  private async requireMine(me: Principal, id: number): Promise<Demand> {
    const d = await this.demands.findOneBy({ id });
    if (d && !isStaff(me)) {
      const worker = await this.workers.findMine(me.id);
      if (worker && worker.id === d.workerId) return d;
    }
    throw DomainException.notFound(DEMAND);
  }

  private async detail(d: Demand): Promise<DemandResponse> {
    const [response] = await this.toResponses([d]);
    const events = await this.events.find({ where: { demandId: d.id }, order: { id: 'ASC' } });
    return {
      ...response,
      events: events.map((e) => ({
        id: e.id,
        action: e.action,
        actorName: e.actorName,
        note: e.note,
        at: e.createdAt.toISOString(),
      })),
    };
  }

  async toResponses(rows: Demand[]): Promise<DemandResponse[]> {
    if (!rows.length) return [];
    const [workers, files] = await Promise.all([
      this.workerRepo.findBy({ id: In([...new Set(rows.map((r) => r.workerId))]) }),
      this.files.describeMany(rows.flatMap((r) => r.attachments)),
    ]);
    const now = this.clock.now();
    return rows.map((r) => {
      const w = workers.find((x) => x.id === r.workerId);
      const late = OPEN_DEMAND_STATUSES.includes(r.status) && now > r.dueAt;
      const parent = this.regions.get(r.regionCode)?.parentCode ?? null;
      return {
        id: r.id,
        source: r.source,
        category: r.category,
        status: r.status,
        workerId: r.workerId,
        workerName: w?.name ?? '',
        workerPhone: w?.phoneMasked ?? '',
        workerIdNumber: w?.idNumberMasked ?? '',
        employerId: r.employerId,
        employerName: r.employerName,
        description: r.description,
        attachments: r.attachments.filter((f) => files.has(f)).map((f) => files.get(f)!),
        regionCode: r.regionCode,
        regionName: this.regions.fullName(r.regionCode),
        dueAt: r.dueAt.toISOString(),
        late,
        escalated: late && !!parent,
        escalatedTo: late ? parent : null,
        legalAidRequestId: r.legalAidRequestId,
        result: r.result,
        closedAt: r.closedAt?.toISOString() ?? null,
        rating: r.rating,
        ratingComment: r.ratingComment,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }
}
