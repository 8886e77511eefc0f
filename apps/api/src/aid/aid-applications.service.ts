import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AID_AWARDED_STATUSES,
  AID_READ_ROLES,
  AID_EDITABLE_STATUSES,
  AID_EVENT_LABELS,
  AID_FINAL_STATUSES,
  AID_STATUS_LABELS,
  AidApplicationResponse,
  AidApplicationStatus,
  AidEventType,
  AidReviewContext,
  AidType,
  ArchiveStatus,
  EligibilityReason,
  EligibilityResult,
  FieldError,
  MyAidProgramResponse,
  Page,
  isValidCreditCode,
} from '@steadywork/shared';
import { EntityManager, In, MoreThanOrEqual, Not, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isStaff, Principal, WorkerPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage, inBatches } from '../common/pagination';
import { isUniqueViolation } from '../common/sql';
import { FileRecordType, FilesService } from '../files/files.service';
import { NotificationService } from '../notifications/notification.service';
import { RegionService } from '../region/region.service';
import { applyScope, assertInScope, DataScope } from '../scope/data-scope';
import { ArchiveService } from '../workers/archive.service';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { applyWorkerKeyword } from '../workers/worker-keyword';
import { checkIdempotencyKey } from '../common/idempotency';
import { AidApplication, AidApplicationEvent, AidProgram } from './aid.entities';
import { AidProgramsService } from './aid-programs.service';
import { ageOn, shanghaiDate, shanghaiYear } from '../common/dates';
import { AidApplicationDto, AidApplicationQueryDto } from './dto/aid.dto';

const ALL: DataScope = { all: true, rootRegionCode: '', regionCodes: [] };

export interface TransitionOptions {
  from: readonly AidApplicationStatus[];
  to: AidApplicationStatus;
  event: AidEventType;
  actor: Principal | null;
  comment?: string | null;
  changes?: Partial<AidApplication>;
  /** The audit action; defaults to aid_application.<event>. */
  action?: string;
  summary?: Record<string, unknown>;
}

/**
 * 221 applications: the worker's side (eligibility, drafts, submission) and the reads staff
 * share. Every status change goes through `transition`: a conditional UPDATE (so two people
 * acting at once cannot both move it), a timeline event, an audit entry and a notice.
 */
@Injectable()
export class AidApplicationsService implements OnModuleInit {
  constructor(
    @InjectRepository(AidApplication) private readonly applications: Repository<AidApplication>,
    @InjectRepository(AidApplicationEvent) private readonly events: Repository<AidApplicationEvent>,
    @InjectRepository(AidProgram) private readonly programRepo: Repository<AidProgram>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly programs: AidProgramsService,
    private readonly workers: WorkersService,
    private readonly archives: ArchiveService,
    private readonly files: FilesService,
    private readonly regions: RegionService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Attachments are read as the application is: its worker, or aid staff in its region. */
  onModuleInit(): void {
    this.files.registerReadRule(FileRecordType.AID_APPLICATION, async (id, reader, scope) => {
      const app = await this.applications.findOneBy({ id });
      if (!app) return false;
      if (!isStaff(reader)) return (await this.workers.findMine(reader.id))?.id === app.workerId;
      return (
        !!scope &&
        reader.roles.some((r) => AID_READ_ROLES.includes(r)) &&
        (scope.all || scope.regionCodes.includes(app.regionCode))
      );
    });
  }

  // ---- the worker's side ----

  /** This year's programmes (and later ones), each with the worker's eligibility. */
  async myPrograms(me: WorkerPrincipal): Promise<MyAidProgramResponse[]> {
    const worker = await this.workers.findMine(me.id);
    const rows = await this.programRepo.find({
      where: { year: MoreThanOrEqual(shanghaiYear(this.clock.now())) },
      order: { year: 'ASC', aidType: 'ASC' },
    });
    const responses = await this.programs.toResponses(rows);
    const open = worker
      ? await this.applications.findBy({
          workerId: worker.id,
          programId: In(rows.length ? rows.map((r) => r.id) : [0]),
          status: Not(In([...AID_FINAL_STATUSES])),
        })
      : [];
    const out: MyAidProgramResponse[] = [];
    for (const [i, program] of rows.entries()) {
      const mine = open.find((a) => a.programId === program.id) ?? null;
      out.push({
        ...responses[i],
        eligibility: await this.eligibility(worker, program, mine?.id),
        myApplicationId: mine?.id ?? null,
      });
    }
    return out;
  }

  /**
   * Why a worker may not (now) apply to a programme — every reason at once, in plain words.
   * `exceptId` leaves the worker's own application out of the "already" checks.
   */
  async eligibility(worker: Worker | null, program: AidProgram, exceptId?: number): Promise<EligibilityResult> {
    const reasons: EligibilityResult['reasons'] = [];
    const today = shanghaiDate(this.clock.now());
    if (!worker) {
      reasons.push({ code: EligibilityReason.NOT_REGISTERED, message: '请先完成实名登记' });
    } else {
      if (worker.archiveStatus !== ArchiveStatus.ACTIVE) {
        reasons.push({
          code: EligibilityReason.NO_ACTIVE_ARCHIVE,
          message: '没有在档的困难职工档案：请联系所在县区总工会建档',
        });
      }
      const age = ageOn(worker.birthDate, today);
      if (age < program.minAge || age >= program.maxAge) {
        reasons.push({
          code: EligibilityReason.AGE,
          message: `不在劳动年龄内：须年满${program.minAge}周岁、未满${program.maxAge}周岁（现${age}周岁）`,
        });
      }
      if (program.onePerYear) {
        const awarded = await this.applications.findOne({
          where: {
            workerId: worker.id,
            year: program.year,
            status: In([...AID_AWARDED_STATUSES]),
            ...(exceptId ? { id: Not(exceptId) } : {}),
          },
        });
        if (awarded) {
          reasons.push({
            code: EligibilityReason.ALREADY_AWARDED,
            message: `${program.year}年已获得过“221”帮扶，每年限一次`,
          });
        }
      }
    }
    if (today < program.applyFrom || today > program.applyUntil) {
      reasons.push({
        code: EligibilityReason.WINDOW_CLOSED,
        message: `不在申报时间内（${program.applyFrom} 至 ${program.applyUntil}）`,
      });
    }
    return { eligible: reasons.length === 0, reasons };
  }

  async mine(me: WorkerPrincipal): Promise<AidApplicationResponse[]> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) return [];
    const rows = await this.applications.find({ where: { workerId: worker.id }, order: { id: 'DESC' } });
    return this.toResponses(rows, true);
  }

  /** Creates a draft. The same Idempotency-Key again returns the same application. */
  async create(
    me: WorkerPrincipal,
    dto: AidApplicationDto,
    key: string | undefined,
  ): Promise<{ application: AidApplicationResponse; replayed: boolean }> {
    checkIdempotencyKey(key);
    const worker = await this.workers.findMine(me.id);
    if (worker && key) {
      const earlier = await this.applications.findOneBy({ workerId: worker.id, idempotencyKey: key });
      if (earlier) return { application: (await this.toResponses([earlier], true))[0], replayed: true };
    }
    const program = await this.programRepo.findOneBy({ id: dto.programId });
    if (!program) throw DomainException.validation([{ field: 'programId', message: '帮扶项目不存在' }]);
    const check = await this.eligibility(worker, program);
    if (!check.eligible) throw notEligible(check);
    try {
      // an application already open in this programme is the answer, before its attachments are looked at
      if (await this.applications.findOneBy({ openKey: `${program.id}:${worker!.id}` })) throw alreadyOpen();
      await this.checkContent(program, dto, me);
    } catch (err) {
      // the same key sent at once: the other request created it, with the attachments
      const replay = await this.replayOf(worker, key);
      if (replay) return replay;
      throw err;
    }
    const now = this.clock.now();
    let id: number;
    try {
      id = await this.applications.manager.transaction(async (m) => {
        const result = await m.getRepository(AidApplication).insert({
          programId: program.id,
          workerId: worker!.id,
          year: program.year,
          aidType: program.aidType,
          regionCode: worker!.regionCode,
          cityCode: this.regions.cityOf(worker!.regionCode) ?? worker!.regionCode,
          status: AidApplicationStatus.DRAFT,
          ...this.content(program, dto),
          lastComment: null,
          idempotencyKey: key ?? null,
          openKey: `${program.id}:${worker!.id}`,
          awardKey: null,
          objectionPending: false,
          publicityId: null,
          submittedAt: null,
          approvedAt: null,
          paidAmountFen: null,
          voucherNo: null,
          paidAt: null,
          paidRecordedBy: null,
          paidRecordedAt: null,
          createdAt: now,
          updatedAt: now,
        });
        const appId = Number(result.identifiers[0].id);
        await this.attach(m, dto, me, appId);
        await this.addEvent(m, appId, AidEventType.CREATED, null, AidApplicationStatus.DRAFT, me, null);
        await this.audit.record(
          {
            action: 'aid_application.create',
            targetType: 'aid_application',
            targetId: appId,
            summary: { programId: program.id },
          },
          m,
        );
        return appId;
      });
    } catch (err) {
      // The same key sent twice at once: the other request created it (and took the attachments).
      const replay = await this.replayOf(worker, key);
      if (replay) return replay;
      if (!isUniqueViolation(err)) throw err;
      throw alreadyOpen();
    }
    return { application: await this.getForWorker(me, id), replayed: false };
  }

  private async replayOf(
    worker: Worker | null,
    key: string | undefined,
  ): Promise<{ application: AidApplicationResponse; replayed: boolean } | null> {
    if (!worker || !key) return null;
    const earlier = await this.applications.findOneBy({ workerId: worker.id, idempotencyKey: key });
    return earlier ? { application: (await this.toResponses([earlier], true))[0], replayed: true } : null;
  }

  async update(me: WorkerPrincipal, id: number, dto: AidApplicationDto): Promise<AidApplicationResponse> {
    const app = await this.requireMine(me, id);
    if (dto.programId !== app.programId) {
      throw DomainException.validation([{ field: 'programId', message: '不能更换申请的帮扶项目' }]);
    }
    if (!AID_EDITABLE_STATUSES.includes(app.status)) {
      throw DomainException.conflict(`申请${AID_STATUS_LABELS[app.status]}，不能修改`);
    }
    const program = await this.programs.require(app.programId);
    await this.checkContent(program, dto, me, app.id);
    await this.applications.manager.transaction(async (m) => {
      await this.attach(m, dto, me, id);
      const content = this.content(program, dto);
      const moved = await m
        .createQueryBuilder()
        .update(AidApplication)
        .set({ ...content, updatedAt: this.clock.now() })
        .where('id = :id AND status IN (:...editable)', { id, editable: AID_EDITABLE_STATUSES })
        .execute();
      if (!moved.affected) throw DomainException.conflict('申请状态已变化，请刷新后重试');
      await this.addEvent(m, id, AidEventType.UPDATED, app.status, app.status, me, null);
      await this.audit.recordChange(
        { action: 'aid_application.update', targetType: 'aid_application', targetId: id, before: app, after: content },
        m,
      );
    });
    return this.getForWorker(me, id);
  }

  async submit(me: WorkerPrincipal, id: number): Promise<AidApplicationResponse> {
    const app = await this.requireMine(me, id);
    if (!AID_EDITABLE_STATUSES.includes(app.status)) {
      throw DomainException.conflict(`申请${AID_STATUS_LABELS[app.status]}，不能重复提交`);
    }
    const program = await this.programs.require(app.programId);
    const worker = await this.workerRepo.findOneByOrFail({ id: app.workerId });
    const check = await this.eligibility(worker, program, app.id);
    if (!check.eligible) throw notEligible(check);
    const missing = this.completeness(program, app);
    if (missing.length)
      throw DomainException.validation(missing, `申请信息不完整：${missing.map((d) => d.message).join('；')}`);
    await this.applications.manager.transaction((m) =>
      this.transition(m, app, {
        from: AID_EDITABLE_STATUSES,
        to: AidApplicationStatus.SUBMITTED,
        event: AidEventType.SUBMITTED,
        actor: me,
        // the worker may have moved since the draft: review follows where they live now
        changes: {
          submittedAt: this.clock.now(),
          regionCode: worker.regionCode,
          cityCode: this.regions.cityOf(worker.regionCode) ?? worker.regionCode,
        },
      }),
    );
    return this.getForWorker(me, id);
  }

  async withdraw(me: WorkerPrincipal, id: number): Promise<AidApplicationResponse> {
    const app = await this.requireMine(me, id);
    const from = [AidApplicationStatus.DRAFT, AidApplicationStatus.RETURNED, AidApplicationStatus.SUBMITTED];
    if (!from.includes(app.status)) throw DomainException.conflict(`申请${AID_STATUS_LABELS[app.status]}，不能撤回`);
    await this.applications.manager.transaction((m) =>
      this.transition(m, app, {
        from,
        to: AidApplicationStatus.WITHDRAWN,
        event: AidEventType.WITHDRAWN,
        actor: me,
        changes: { openKey: null },
      }),
    );
    return this.getForWorker(me, id);
  }

  async getForWorker(me: WorkerPrincipal, id: number): Promise<AidApplicationResponse> {
    return (await this.toResponses([await this.requireMine(me, id)], true))[0];
  }

  // ---- staff reads ----

  async getForStaff(id: number, scope: DataScope): Promise<AidApplicationResponse> {
    return (await this.toResponses([await this.requireInScope(id, scope)], true))[0];
  }

  async requireInScope(id: number, scope: DataScope): Promise<AidApplication> {
    const app = await this.applications.findOneBy({ id });
    if (!app) throw DomainException.notFound('申请');
    assertInScope(scope, app.regionCode, '申请');
    return app;
  }

  async list(query: AidApplicationQueryDto, scope: DataScope): Promise<Page<AidApplicationResponse>> {
    const [rows, total] = await this.query(query, scope).skip(skipOf(query)).take(query.pageSize).getManyAndCount();
    return toPage(await this.toResponses(rows, false), total, query);
  }

  async *each(query: AidApplicationQueryDto, scope: DataScope, batch = 500): AsyncGenerator<AidApplicationResponse[]> {
    for await (const rows of inBatches(() => this.query(query, scope), 'a', batch))
      yield await this.toResponses(rows, false);
  }

  private query(query: AidApplicationQueryDto, scope: DataScope) {
    const qb = this.applications.createQueryBuilder('a');
    applyScope(qb, 'a.region_code', scope);
    if (query.programId) qb.andWhere('a.program_id = :programId', { programId: query.programId });
    if (query.year) qb.andWhere('a.year = :year', { year: query.year });
    if (query.aidType) qb.andWhere('a.aid_type = :aidType', { aidType: query.aidType });
    if (query.status?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: query.status });
    else qb.andWhere('a.status <> :draft', { draft: AidApplicationStatus.DRAFT }); // drafts are the worker's own
    if (query.regionCode) {
      qb.andWhere('a.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    if (query.keyword) applyWorkerKeyword(qb, 'a.worker_id', query.keyword);
    return qb.orderBy('a.id', 'ASC');
  }

  async reviewContext(id: number, scope: DataScope): Promise<AidReviewContext> {
    const app = await this.requireInScope(id, scope);
    const worker = await this.workerRepo.findOneByOrFail({ id: app.workerId });
    const others = await this.applications.find({
      where: { workerId: app.workerId, id: Not(id) },
      order: { id: 'DESC' },
    });
    const programs = await this.programRepo.findBy({ id: In([0, ...others.map((o) => o.programId)]) });
    return {
      application: (await this.toResponses([app], true))[0],
      worker: (await this.workers.toResponses([worker]))[0],
      // access was checked on the application; the worker may have moved since
      archive: await this.archives.get(worker.id, ALL),
      history: others.map((o) => ({
        id: o.id,
        programName: programs.find((p) => p.id === o.programId)?.name ?? '',
        year: o.year,
        aidType: o.aidType,
        status: o.status,
        createdAt: o.createdAt.toISOString(),
      })),
    };
  }

  // ---- shared by the workflow ----

  /** Moves an application between statuses inside `m`; returns the id of the notice to flush after commit. */
  async transition(m: EntityManager, app: AidApplication, o: TransitionOptions): Promise<number> {
    const now = this.clock.now();
    const moved = await m
      .createQueryBuilder()
      .update(AidApplication)
      .set({ ...o.changes, status: o.to, updatedAt: now })
      .where('id = :id AND status IN (:...from)', { id: app.id, from: o.from })
      .execute();
    if (!moved.affected) throw DomainException.conflict('申请状态已变化，请刷新后重试');
    await this.addEvent(m, app.id, o.event, app.status, o.to, o.actor, o.comment ?? null);
    await this.audit.record(
      {
        action: o.action ?? `aid_application.${o.event.toLowerCase()}`,
        targetType: 'aid_application',
        targetId: app.id,
        summary: { from: app.status, to: o.to, ...(o.comment ? { comment: o.comment } : {}), ...o.summary },
      },
      m,
    );
    const program = await m.getRepository(AidProgram).findOneByOrFail({ id: app.programId });
    const when = shanghaiDate(now);
    return this.notifications.enqueue(m, app.workerId, {
      title: `${AID_EVENT_LABELS[o.event]}`,
      // the programme's name carries its own quotes (“221”): none around it
      body: `您申请的${program.name}：${AID_STATUS_LABELS[o.to]}${o.comment ? `。意见：${o.comment}` : ''}`,
      page: `packages/aid/pages/application?id=${app.id}`,
      data: {
        thing1: program.name.slice(0, 20),
        phrase2: AID_STATUS_LABELS[o.to].slice(0, 5),
        time3: when,
        thing4: (o.comment ?? AID_EVENT_LABELS[o.event]).slice(0, 20),
      },
    });
  }

  async addEvent(
    m: EntityManager,
    applicationId: number,
    type: AidEventType,
    fromStatus: AidApplicationStatus | null,
    toStatus: AidApplicationStatus,
    actor: Principal | null,
    comment: string | null,
  ): Promise<void> {
    await m.getRepository(AidApplicationEvent).insert({
      applicationId,
      type,
      fromStatus,
      toStatus,
      comment,
      actorType: actor ? (isStaff(actor) ? 'staff' : 'worker') : 'system',
      actorId: actor?.id ?? null,
      actorName: actor ? (isStaff(actor) ? actor.displayName : '本人') : null,
      createdAt: this.clock.now(),
    });
  }

  async toResponses(rows: AidApplication[], withEvents: boolean): Promise<AidApplicationResponse[]> {
    if (!rows.length) return [];
    const [programs, workers, events, files] = await Promise.all([
      this.programRepo.findBy({ id: In([...new Set(rows.map((r) => r.programId))]) }),
      this.workerRepo.findBy({ id: In([...new Set(rows.map((r) => r.workerId))]) }),
      withEvents
        ? this.events.find({ where: { applicationId: In(rows.map((r) => r.id)) }, order: { id: 'ASC' } })
        : Promise.resolve([] as AidApplicationEvent[]),
      this.files.describeMany(rows.flatMap((r) => r.attachments.map((a) => a.fileId))),
    ]);
    return rows.map((a) => {
      const program = programs.find((p) => p.id === a.programId)!;
      const worker = workers.find((w) => w.id === a.workerId)!;
      return {
        id: a.id,
        programId: a.programId,
        programName: program.name,
        year: a.year,
        aidType: a.aidType,
        amountFen: program.amountFen,
        status: a.status,
        workerId: a.workerId,
        workerName: worker.name,
        idNumberMasked: worker.idNumberMasked,
        regionCode: a.regionCode,
        regionName: this.regions.fullName(a.regionCode),
        startup: a.startup,
        materials: a.materials,
        statement: a.statement,
        attachments: a.attachments
          .filter((x) => files.has(x.fileId))
          .map((x) => ({ key: x.key, ...files.get(x.fileId)! })),
        lastComment: a.lastComment,
        submittedAt: a.submittedAt?.toISOString() ?? null,
        approvedAt: a.approvedAt?.toISOString() ?? null,
        disbursement:
          a.status === AidApplicationStatus.PAID && a.paidAt
            ? {
                amountFen: a.paidAmountFen!,
                voucherNo: a.voucherNo!,
                paidAt: a.paidAt.toISOString(),
                recordedBy: a.paidRecordedBy ?? '',
                recordedAt: a.paidRecordedAt?.toISOString() ?? '',
              }
            : null,
        objectionPending: a.objectionPending,
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
        events: events
          .filter((e) => e.applicationId === a.id)
          .map((e) => ({
            id: e.id,
            type: e.type,
            fromStatus: e.fromStatus,
            toStatus: e.toStatus,
            comment: e.comment,
            actorName: e.actorName,
            createdAt: e.createdAt.toISOString(),
          })),
      };
    });
  }

  private async requireMine(me: WorkerPrincipal, id: number): Promise<AidApplication> {
    const worker = await this.workers.findMine(me.id);
    const app = worker ? await this.applications.findOneBy({ id, workerId: worker.id }) : null;
    if (!app) throw DomainException.notFound('申请');
    return app;
  }

  /** Format checks that hold for drafts too: the right kind of details, attachments the worker uploaded. */
  private async checkContent(
    program: AidProgram,
    dto: AidApplicationDto,
    me: WorkerPrincipal,
    appId?: number,
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (program.aidType === AidType.STARTUP_SUBSIDY && dto.materials) {
      errors.push({ field: 'materials', message: '创业补助无需填写生产资料清单' });
    }
    if (program.aidType === AidType.PRODUCTION_MATERIALS && dto.startup) {
      errors.push({ field: 'startup', message: '生产资料帮扶无需填写创业信息' });
    }
    const keys = new Set([...program.requiredAttachments.map((r) => r.key), 'other']);
    (dto.attachments ?? []).forEach((a, i) => {
      if (!keys.has(a.key)) errors.push({ field: `attachments[${i}].key`, message: '附件类别不在本项目的申报材料中' });
    });
    if (errors.length) throw DomainException.validation(errors);
    await this.files.checkAttachable(
      (dto.attachments ?? []).map((a) => a.fileId),
      me,
      'attachments',
      appId === undefined ? undefined : { type: FileRecordType.AID_APPLICATION, id: appId },
    );
  }

  private attach(m: EntityManager, dto: AidApplicationDto, me: WorkerPrincipal, appId: number): Promise<void> {
    const ids = (dto.attachments ?? []).map((a) => a.fileId);
    return this.files.attach(m, ids, me, { type: FileRecordType.AID_APPLICATION, id: appId }, 'attachments');
  }

  private content(program: AidProgram, dto: AidApplicationDto) {
    return {
      startup:
        program.aidType === AidType.STARTUP_SUBSIDY && dto.startup
          ? {
              businessName: dto.startup.businessName,
              creditCode: dto.startup.creditCode || null,
              businessPlan: dto.startup.businessPlan || null,
              expectedJobs: dto.startup.expectedJobs ?? 0,
            }
          : null,
      materials:
        program.aidType === AidType.PRODUCTION_MATERIALS && dto.materials
          ? {
              items: dto.materials.items.map((i) => ({
                name: i.name,
                quantity: i.quantity,
                unitPriceFen: i.unitPriceFen,
              })),
              purpose: dto.materials.purpose,
            }
          : null,
      statement: dto.statement ?? null,
      attachments: (dto.attachments ?? []).map((a) => ({ key: a.key, fileId: a.fileId })),
    };
  }

  /** What a submission needs, field by field. */
  private completeness(program: AidProgram, app: AidApplication): FieldError[] {
    const out: FieldError[] = [];
    if (program.aidType === AidType.STARTUP_SUBSIDY) {
      const s = app.startup;
      if (!s?.businessName?.trim()) out.push({ field: 'startup.businessName', message: '请填写经营主体名称' });
      if (!s?.creditCode && !s?.businessPlan?.trim()) {
        out.push({ field: 'startup.creditCode', message: '请填写统一社会信用代码，或提供创业计划书' });
      } else if (s?.creditCode && !isValidCreditCode(s.creditCode)) {
        out.push({ field: 'startup.creditCode', message: '统一社会信用代码不正确，请核对' });
      }
      if (!s || !(s.expectedJobs >= 1))
        out.push({ field: 'startup.expectedJobs', message: '预计带动就业人数至少为 1' });
    } else {
      const mat = app.materials;
      if (!mat?.items?.length)
        out.push({ field: 'materials.items', message: '请填写生产资料清单（名称、数量、单价）' });
      if (!mat?.purpose?.trim()) out.push({ field: 'materials.purpose', message: '请说明生产资料的用途' });
    }
    for (const req of program.requiredAttachments) {
      if (!app.attachments.some((a) => a.key === req.key)) {
        out.push({ field: `attachments.${req.key}`, message: `请上传${req.label}` });
      }
    }
    return out;
  }
}

export function notEligible(check: EligibilityResult): DomainException {
  return DomainException.conflict(
    `暂不符合申请条件：${check.reasons.map((r) => r.message).join('；')}`,
    check.reasons.map((r) => ({ field: 'eligibility', message: r.message, code: r.code }) as FieldError),
  );
}

function alreadyOpen(): DomainException {
  return DomainException.conflict('你在该项目已有进行中的申请，请在“我的申请”中继续', [
    { field: 'programId', message: '已有进行中的申请' },
  ]);
}
