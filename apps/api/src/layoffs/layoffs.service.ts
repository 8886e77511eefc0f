import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  addDays,
  congressPasses,
  EmploymentStatus,
  isStatutoryLayoff,
  isTransferLate,
  isWorkerSettled,
  LAYOFF_EVENT_LABELS,
  LAYOFF_NOTICE_DAYS,
  LAYOFF_STEP_LABELS,
  LAYOFF_STEPS,
  LAYOFF_TRANSFER_DAYS,
  LAYOFF_UNION_ROLES,
  LayoffEventType,
  LayoffFilingDetail,
  LayoffFilingResponse,
  LayoffStatus,
  LayoffStep,
  LayoffStepResponse,
  LayoffStepState,
  LayoffSummary,
  LayoffWorkerResponse,
  noticeShortfallDays,
  earliestLawfulDate,
  Page,
  RegionLevel,
  Role,
  WorkerSource,
  WorkerTag,
  type FieldError,
} from '@steadywork/shared';
import { EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isStaff, type StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { wherePeriod } from '../common/period';
import { isRealDate, shanghaiDate, yuan } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { checkIdempotencyKey } from '../common/idempotency';
import { inBatches, skipOf, toPage } from '../common/pagination';
import { isUniqueViolation, likeEscape, toInt } from '../common/sql';
import { PersonalDataCipher } from '../crypto/personal-data.cipher';
import { FileRecordType, FilesService, readable } from '../files/files.service';
import { Employer } from '../jobs/jobs.entities';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import {
  LayoffFilingDto,
  LayoffFilingQueryDto,
  LayoffReturnDto,
  LayoffSettlementDto,
  LayoffStepDto,
  LayoffWorkerDto,
  LayoffWorkerQueryDto,
} from './layoffs.dto';
import { LayoffEvent, LayoffFiling, LayoffStepRow, LayoffWorker } from './layoffs.entities';

const WHAT = '裁员报告';

/** An account whose only role here is HR: it acts for its own company, not a region. */
export function isHrOnly(staff: StaffPrincipal): boolean {
  return staff.roles.includes(Role.HR) && !staff.roles.some((r) => r !== Role.HR);
}

/**
 * Economic layoff filings (经济性裁员, 劳动合同法 第四十一条). HR file for their company (union staff
 * may file on its behalf); the statutory size and the 30-day notice are computed at filing and a
 * short notice is accepted but flagged on every view. The four steps follow in order, each with its
 * date and evidence; union staff may return the last one done. Affected workers are registered
 * (or matched by ID number), tagged 下岗/去产能分流, made unemployed — so they are due a follow-up
 * and appear in job matching at once — and settled one by one; the filing is settled when they all are.
 */
@Injectable()
export class LayoffsService implements OnModuleInit {
  constructor(
    @InjectRepository(LayoffFiling) private readonly filings: Repository<LayoffFiling>,
    @InjectRepository(LayoffStepRow) private readonly steps: Repository<LayoffStepRow>,
    @InjectRepository(LayoffEvent) private readonly events: Repository<LayoffEvent>,
    @InjectRepository(LayoffWorker) private readonly affected: Repository<LayoffWorker>,
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly workers: WorkersService,
    private readonly files: FilesService,
    private readonly cipher: PersonalDataCipher,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Evidence files are read as the filing is. */
  onModuleInit(): void {
    this.files.registerReadRule(FileRecordType.LAYOFF_FILING, async (id, reader, scope) => {
      if (!isStaff(reader) || !scope) return false;
      return readable(() => this.require(id, reader, scope));
    });
  }

  today(): string {
    return shanghaiDate(this.clock.now());
  }

  // ---- filing ----------------------------------------------------------------------------------

  async create(
    dto: LayoffFilingDto,
    staff: StaffPrincipal,
    scope: DataScope,
    key: string | undefined,
  ): Promise<{ filing: LayoffFilingDetail; replayed: boolean }> {
    checkIdempotencyKey(key);
    const replay = async () => {
      const earlier = key ? await this.filings.findOneBy({ filedBy: staff.id, idempotencyKey: key }) : null;
      return earlier ? { filing: await this.detail(earlier), replayed: true } : null;
    };
    const earlier = await replay();
    if (earlier) return earlier;
    const employer = await this.employerFor(dto, staff, scope);
    const errors: FieldError[] = [];
    if (dto.layoffCount > dto.totalWorkforce)
      errors.push({ field: 'layoffCount', message: '裁减人数不能超过职工总数' });
    if (!isRealDate(dto.plannedDate)) errors.push({ field: 'plannedDate', message: '计划裁员日期不是有效日期' });
    if (!isRealDate(dto.noticeDate)) errors.push({ field: 'noticeDate', message: '说明情况日期不是有效日期' });
    else if (dto.noticeDate > this.today()) errors.push({ field: 'noticeDate', message: '说明情况日期不能晚于今天' });
    if (!errors.length && dto.plannedDate < dto.noticeDate)
      errors.push({ field: 'plannedDate', message: '计划裁员日期不能早于说明情况日期' });
    if (errors.length) throw DomainException.validation(errors);

    const statutory = isStatutoryLayoff(dto.totalWorkforce, dto.layoffCount);
    const short = noticeShortfallDays(dto.noticeDate, dto.plannedDate);
    const now = this.clock.now();
    let id: number;
    try {
      id = await this.filings.manager.transaction(async (m) => {
        const r = await m.getRepository(LayoffFiling).insert({
          employerId: employer.id,
          regionCode: employer.regionCode,
          totalWorkforce: dto.totalWorkforce,
          layoffCount: dto.layoffCount,
          reasons: dto.reasons,
          plannedDate: dto.plannedDate,
          noticeDate: dto.noticeDate,
          statutory,
          earliestLawfulDate: earliestLawfulDate(dto.noticeDate),
          noticeShortDays: short,
          nextStep: LAYOFF_STEPS[0],
          workerCount: 0,
          settledCount: 0,
          transferDeadline: addDays(dto.plannedDate, LAYOFF_TRANSFER_DAYS),
          settledOn: null,
          idempotencyKey: key ?? null,
          filedBy: staff.id,
          filedByName: staff.displayName.slice(0, 64),
          createdAt: now,
          updatedAt: now,
        });
        const filingId = Number(r.identifiers[0].id);
        await m.getRepository(LayoffStepRow).insert(
          LAYOFF_STEPS.map((step) => ({
            filingId,
            step,
            state: LayoffStepState.PENDING,
            occurredOn: null,
            fileId: null,
            note: null,
            present: null,
            votesFor: null,
            votesAgainst: null,
            returnReason: null,
            recordedBy: null,
            recordedAt: null,
          })),
        );
        const parts = [
          `${employer.name}：职工 ${dto.totalWorkforce} 人，拟裁减 ${dto.layoffCount} 人，计划 ${dto.plannedDate} 实施`,
          statutory ? '属经济性裁员' : '未达经济性裁员标准',
          short
            ? `提前说明不足 ${LAYOFF_NOTICE_DAYS} 日（差 ${short} 日，最早合法日期 ${earliestLawfulDate(dto.noticeDate)}）`
            : `已提前 ${LAYOFF_NOTICE_DAYS} 日说明`,
        ];
        await this.event(m, filingId, LayoffEventType.FILED, null, parts.join('；'), staff);
        await this.audit.record(
          {
            action: 'layoff.file',
            targetType: 'layoff_filing',
            targetId: filingId,
            summary: { employerId: employer.id, layoffCount: dto.layoffCount, statutory, noticeShortDays: short },
          },
          m,
        );
        return filingId;
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        const again = await replay();
        if (again) return again;
      }
      throw err;
    }
    return { filing: await this.detail(await this.filings.findOneByOrFail({ id })), replayed: false };
  }

  /** HR: their own company (never another); union staff: a company of their region, named. */
  private async employerFor(dto: LayoffFilingDto, staff: StaffPrincipal, scope: DataScope): Promise<Employer> {
    if (isHrOnly(staff)) {
      const own = await this.employers.findOneBy({ organizationId: staff.organizationId });
      if (!own) throw DomainException.forbidden('账号所在企业尚未登记到企业名录，请联系当地工会');
      if (dto.employerId !== undefined && dto.employerId !== own.id)
        throw DomainException.validation([{ field: 'employerId', message: '只能为本企业申报' }]);
      return own;
    }
    if (dto.employerId === undefined)
      throw DomainException.validation([{ field: 'employerId', message: '请选择企业' }]);
    const e = await this.employers.findOneBy({ id: dto.employerId });
    if (!e || !(scope.all || scope.regionCodes.includes(e.regionCode)))
      throw DomainException.validation([{ field: 'employerId', message: '企业不存在或不在您的管辖范围内' }]);
    return e;
  }

  /** A filing the caller may see: HR their company's, union staff their region's; otherwise 404. */
  async require(id: number, staff: StaffPrincipal, scope: DataScope): Promise<LayoffFiling> {
    const f = await this.visible(this.filings.createQueryBuilder('f'), staff, scope)
      .andWhere('f.id = :id', { id })
      .getOne();
    if (!f) throw DomainException.notFound(WHAT);
    return f;
  }

  private visible(qb: SelectQueryBuilder<LayoffFiling>, staff: StaffPrincipal, scope: DataScope) {
    if (isHrOnly(staff)) {
      return qb.andWhere('f.employer_id IN (SELECT e.id FROM employer e WHERE e.organization_id = :hrOrg)', {
        hrOrg: staff.organizationId,
      });
    }
    return applyScope(qb, 'f.region_code', scope);
  }

  async get(id: number, staff: StaffPrincipal, scope: DataScope): Promise<LayoffFilingDetail> {
    return this.detail(await this.require(id, staff, scope));
  }

  async list(
    query: LayoffFilingQueryDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<Page<LayoffFilingResponse>> {
    const [rows, total] = await this.query(query, staff, scope)
      .orderBy('f.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async *each(
    query: LayoffFilingQueryDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): AsyncGenerator<LayoffFilingResponse[]> {
    for await (const rows of inBatches(() => this.query(query, staff, scope), 'f')) yield await this.toResponses(rows);
  }

  private query(query: LayoffFilingQueryDto, staff: StaffPrincipal, scope: DataScope) {
    const today = this.today();
    const qb = this.visible(this.filings.createQueryBuilder('f'), staff, scope);
    if (query.regionCode) {
      qb.andWhere('f.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    wherePeriod(qb, 'f.created_at', 'instant', query.filedFrom, query.filedTo, 'filed');
    if (query.status === LayoffStatus.IN_PROGRESS) qb.andWhere('f.next_step IS NOT NULL');
    else if (query.status === LayoffStatus.REPORTED) qb.andWhere('f.next_step IS NULL AND f.settled_on IS NULL');
    else if (query.status === LayoffStatus.SETTLED) qb.andWhere('f.next_step IS NULL AND f.settled_on IS NOT NULL');
    if (query.flagged !== undefined) {
      const flagged = `(f.notice_short_days > 0 OR (f.settled_on IS NULL AND f.planned_date < :flagToday) OR EXISTS (${lateSql('f')}))`;
      qb.andWhere(query.flagged ? flagged : `NOT ${flagged}`, { flagToday: today, lateToday: today });
    }
    if (query.keyword?.trim()) {
      qb.andWhere("f.employer_id IN (SELECT ke.id FROM employer ke WHERE ke.name LIKE :kw ESCAPE '!')", {
        kw: `%${likeEscape(query.keyword.trim())}%`,
      });
    }
    return qb;
  }

  /** The county home's figures: open and settled filings, red flags, affected workers. */
  async summary(staff: StaffPrincipal, scope: DataScope): Promise<LayoffSummary> {
    const today = this.today();
    const base = () => this.visible(this.filings.createQueryBuilder('f'), staff, scope);
    const raw: Record<string, unknown> | undefined = await base()
      .select('COUNT(*)', 'total')
      .addSelect('SUM(CASE WHEN f.settled_on IS NOT NULL THEN 1 ELSE 0 END)', 'settled')
      .addSelect('SUM(CASE WHEN f.notice_short_days > 0 THEN 1 ELSE 0 END)', 'noticeShort')
      .addSelect('SUM(CASE WHEN f.settled_on IS NULL AND f.planned_date < :today THEN 1 ELSE 0 END)', 'overdue')
      .addSelect('SUM(f.worker_count)', 'workers')
      .addSelect('SUM(f.worker_count - f.settled_count)', 'unsettled')
      .setParameter('today', today)
      .getRawOne();
    const late: Record<string, unknown> | undefined = await this.visible(
      this.affected
        .createQueryBuilder('lw')
        .innerJoin(LayoffFiling, 'f', 'f.id = lw.filing_id') as unknown as SelectQueryBuilder<LayoffFiling>,
      staff,
      scope,
    )
      .select('COUNT(*)', 'n')
      .andWhere(
        '((lw.transferred_on IS NOT NULL AND lw.transferred_on > f.transfer_deadline) OR (lw.transferred_on IS NULL AND f.transfer_deadline < :today))',
        { today },
      )
      .getRawOne();
    const flaggedRows = await this.query(
      Object.assign(new LayoffFilingQueryDto(), { flagged: true, page: 1, pageSize: 10 }),
      staff,
      scope,
    )
      .orderBy('f.planned_date', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .take(10)
      .getMany();
    const total = toInt(raw?.total);
    const settled = toInt(raw?.settled);
    return {
      open: total - settled,
      settled,
      noticeShort: toInt(raw?.noticeShort),
      overdueUnsettled: toInt(raw?.overdue),
      lateTransfers: toInt(late?.n),
      affectedWorkers: toInt(raw?.workers),
      unsettledWorkers: toInt(raw?.unsettled),
      flagged: await this.toResponses(flaggedRows),
    };
  }

  // ---- steps -----------------------------------------------------------------------------------

  async recordStep(
    id: number,
    step: LayoffStep,
    dto: LayoffStepDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<LayoffFilingDetail> {
    const filing = await this.require(id, staff, scope);
    if (filing.nextStep === null) throw DomainException.conflict('各项程序均已办理完毕');
    if (step !== filing.nextStep) {
      throw DomainException.conflict(
        `请按顺序办理：当前应办理“${LAYOFF_STEP_LABELS[filing.nextStep]}”，不能办理“${LAYOFF_STEP_LABELS[step]}”`,
      );
    }
    const errors: FieldError[] = [];
    if (!isRealDate(dto.date)) errors.push({ field: 'date', message: '办理日期不是有效日期' });
    else if (dto.date > this.today()) errors.push({ field: 'date', message: '办理日期不能晚于今天' });
    else {
      const index = LAYOFF_STEPS.indexOf(step);
      const before = index > 0 ? await this.steps.findOneBy({ filingId: id, step: LAYOFF_STEPS[index - 1] }) : null;
      const floor = before?.occurredOn ?? filing.noticeDate;
      if (dto.date < floor) {
        errors.push({
          field: 'date',
          message: before
            ? `办理日期不能早于上一步“${LAYOFF_STEP_LABELS[before.step]}”的日期（${floor}）`
            : `办理日期不能早于说明情况日期（${floor}）`,
        });
      }
    }
    let passed = true;
    if (step === LayoffStep.CONGRESS_VOTE) {
      const { present, votesFor, votesAgainst } = dto;
      if (present === undefined) errors.push({ field: 'present', message: '请填写到会人数' });
      if (votesFor === undefined) errors.push({ field: 'votesFor', message: '请填写赞成票数' });
      if (votesAgainst === undefined) errors.push({ field: 'votesAgainst', message: '请填写反对票数' });
      if (present !== undefined && votesFor !== undefined && votesAgainst !== undefined) {
        if (votesFor + votesAgainst > present)
          errors.push({ field: 'votesFor', message: '赞成票与反对票之和不能超过到会人数' });
        passed = congressPasses(present, votesFor);
      }
    } else {
      for (const field of ['present', 'votesFor', 'votesAgainst'] as const) {
        if (dto[field] !== undefined) errors.push({ field, message: '只有职工代表大会表决填写票数' });
      }
    }
    if (errors.length) throw DomainException.validation(errors);
    const record = { type: FileRecordType.LAYOFF_FILING, id };
    await this.files.checkAttachable([dto.fileId], staff, 'fileId', record);

    const index = LAYOFF_STEPS.indexOf(step);
    const next = passed ? (LAYOFF_STEPS[index + 1] ?? null) : step;
    await this.filings.manager.transaction(async (m) => {
      const moved = await m
        .createQueryBuilder()
        .update(LayoffFiling)
        .set({ nextStep: next, updatedAt: this.clock.now() })
        .where('id = :id AND next_step = :step', { id, step })
        .execute();
      if (!moved.affected) throw DomainException.conflict('报告状态已变化，请刷新后重试');
      await this.files.attach(m, [dto.fileId], staff, record, 'fileId');
      await m.getRepository(LayoffStepRow).update(
        { filingId: id, step },
        {
          state: passed ? LayoffStepState.DONE : LayoffStepState.FAILED,
          occurredOn: dto.date,
          fileId: dto.fileId,
          note: dto.note || null,
          present: dto.present ?? null,
          votesFor: dto.votesFor ?? null,
          votesAgainst: dto.votesAgainst ?? null,
          returnReason: null,
          recordedBy: staff.displayName.slice(0, 64),
          recordedAt: this.clock.now(),
        },
      );
      const vote =
        step === LayoffStep.CONGRESS_VOTE
          ? `：到会 ${dto.present} 人，赞成 ${dto.votesFor}，反对 ${dto.votesAgainst}，${passed ? '通过' : '未通过（须经到会人数过半数同意）'}`
          : '';
      await this.event(
        m,
        id,
        LayoffEventType.STEP_RECORDED,
        step,
        `${LAYOFF_STEP_LABELS[step]}（${dto.date}）${vote}${dto.note ? `；${dto.note}` : ''}`.slice(0, 500),
        staff,
      );
      await this.audit.record(
        { action: 'layoff.step', targetType: 'layoff_filing', targetId: id, summary: { step, passed, date: dto.date } },
        m,
      );
    });
    return this.get(id, staff, scope);
  }

  /** Union staff return the last step done, with a reason: it is to be recorded again. */
  async returnStep(
    id: number,
    step: LayoffStep,
    dto: LayoffReturnDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<LayoffFilingDetail> {
    if (!staff.roles.some((r) => LAYOFF_UNION_ROLES.includes(r)))
      throw DomainException.forbidden('仅工会工作人员可以退回');
    const filing = await this.require(id, staff, scope);
    const lastDone =
      filing.nextStep === null
        ? LAYOFF_STEPS[LAYOFF_STEPS.length - 1]
        : LAYOFF_STEPS[LAYOFF_STEPS.indexOf(filing.nextStep) - 1];
    const row = await this.steps.findOneBy({ filingId: id, step });
    if (!lastDone || step !== lastDone || row?.state !== LayoffStepState.DONE) {
      throw DomainException.conflict(
        lastDone ? `只能退回最近办理的一步“${LAYOFF_STEP_LABELS[lastDone]}”` : '尚无已办理的程序可以退回',
      );
    }
    await this.filings.manager.transaction(async (m) => {
      const moved = await m
        .createQueryBuilder()
        .update(LayoffFiling)
        .set({ nextStep: step, updatedAt: this.clock.now() })
        .where(filing.nextStep === null ? 'id = :id AND next_step IS NULL' : 'id = :id AND next_step = :current', {
          id,
          current: filing.nextStep,
        })
        .execute();
      if (!moved.affected) throw DomainException.conflict('报告状态已变化，请刷新后重试');
      await m
        .getRepository(LayoffStepRow)
        .update({ filingId: id, step }, { state: LayoffStepState.RETURNED, returnReason: dto.reason });
      await this.event(
        m,
        id,
        LayoffEventType.STEP_RETURNED,
        step,
        `退回“${LAYOFF_STEP_LABELS[step]}”：${dto.reason}`,
        staff,
      );
      await this.audit.record(
        { action: 'layoff.return', targetType: 'layoff_filing', targetId: id, summary: { step, reason: dto.reason } },
        m,
      );
    });
    return this.get(id, staff, scope);
  }

  // ---- affected workers ------------------------------------------------------------------------

  async listWorkers(
    id: number,
    query: LayoffWorkerQueryDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<Page<LayoffWorkerResponse>> {
    const filing = await this.require(id, staff, scope);
    const qb = this.affected.createQueryBuilder('lw').where('lw.filing_id = :id', { id });
    if (query.settled !== undefined) qb.andWhere('lw.settled = :settled', { settled: query.settled });
    const [rows, total] = await qb.orderBy('lw.id', 'ASC').skip(skipOf(query)).take(query.pageSize).getManyAndCount();
    return toPage(await this.workerResponses(filing, rows), total, query);
  }

  /** Adds (or updates, matched by ID number) one affected worker. */
  async addWorker(
    id: number,
    dto: LayoffWorkerDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<{ worker: LayoffWorkerResponse; created: boolean }> {
    const filing = await this.require(id, staff, scope);
    const employer = await this.employers.findOneByOrFail({ id: filing.employerId });
    const { row, created } = await this.upsertWorker(filing, employer, dto, staff, scope);
    await this.recount(filing.id, staff);
    await this.events.manager.transaction((m) =>
      this.event(
        m,
        id,
        LayoffEventType.WORKER_SAVED,
        null,
        `${created ? '登记' : '更新'}被裁减人员 ${dto.name}`,
        staff,
      ),
    );
    return { worker: (await this.workerResponses(filing, [row]))[0], created };
  }

  async updateSettlement(
    id: number,
    rowId: number,
    dto: LayoffSettlementDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<LayoffWorkerResponse> {
    const filing = await this.require(id, staff, scope);
    const row = await this.affected.findOneBy({ id: rowId, filingId: id });
    if (!row) throw DomainException.notFound('被裁减人员');
    const merged = this.merge(row, dto);
    this.checkSettlement(merged, filing);
    await this.affected.manager.transaction(async (m) => {
      await m.getRepository(LayoffWorker).update({ id: rowId }, { ...merged, updatedAt: this.clock.now() });
      const worker = await m.getRepository(Worker).findOneByOrFail({ id: row.workerId });
      await this.event(
        m,
        id,
        LayoffEventType.WORKER_SAVED,
        null,
        `${worker.name}：${describeSettlement(merged)}${merged.settled ? '，已结清' : ''}`.slice(0, 500),
        staff,
      );
      await this.audit.record(
        {
          action: 'layoff.settlement',
          targetType: 'layoff_worker',
          targetId: rowId,
          summary: { filingId: id, settled: merged.settled },
        },
        m,
      );
    });
    await this.recount(id, staff);
    return (await this.workerResponses(filing, [await this.affected.findOneByOrFail({ id: rowId })]))[0];
  }

  /**
   * Registers the person (or matches them by ID number), tags them 下岗/去产能分流, makes them
   * unemployed (the follow-up list and job matching read that), and saves their settlement.
   */
  async upsertWorker(
    filing: LayoffFiling,
    employer: Employer,
    dto: LayoffWorkerDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<{ row: LayoffWorker; created: boolean }> {
    try {
      return await this.saveWorker(filing, employer, dto, staff, scope);
    } catch (err) {
      // the same person saved at the same moment (two clicks, two uploads): the second updates
      const raced =
        isUniqueViolation(err) || (err instanceof DomainException && err.details?.[0]?.field === 'idNumber');
      if (!raced) throw err;
      return this.saveWorker(filing, employer, dto, staff, scope);
    }
  }

  private async saveWorker(
    filing: LayoffFiling,
    employer: Employer,
    dto: LayoffWorkerDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<{ row: LayoffWorker; created: boolean }> {
    const regionCode = dto.regionCode ?? employer.regionCode;
    if (this.regions.get(regionCode)?.level !== RegionLevel.COUNTY)
      throw DomainException.validation([{ field: 'regionCode', message: '所在县（区）应为县级行政区划代码' }]);
    if (!isHrOnly(staff) && !scope.all && !scope.regionCodes.includes(regionCode))
      throw DomainException.validation([{ field: 'regionCode', message: '所在县（区）不在您的管辖范围内' }]);
    const tag = dto.tag ?? WorkerTag.LAID_OFF;
    const existing = await this.workerRepo.findOneBy({ idNumberHash: this.cipher.lookupHash('id', dto.idNumber) });
    const already = existing ? await this.affected.findOneBy({ filingId: filing.id, workerId: existing.id }) : null;
    if (!already) {
      const count = await this.affected.countBy({ filingId: filing.id });
      if (count >= filing.layoffCount)
        throw DomainException.conflict(`被裁减人员已达申报的裁减人数（${filing.layoffCount} 人）`);
    }
    const base: LayoffWorker =
      already ??
      ({
        compensationOwedFen: null,
        compensationPaidFen: 0,
        wageArrearsFen: 0,
        unpaidInsuranceMonths: 0,
        certificateIssuedOn: null,
        transferredOn: null,
        settled: false,
      } as LayoffWorker);
    const merged = this.merge(base, dto);
    this.checkSettlement(merged, filing);
    const now = this.clock.now();
    const rowId = await this.affected.manager.transaction(async (m) => {
      let workerId: number;
      if (existing) {
        workerId = existing.id;
        await m.getRepository(Worker).update(
          { id: workerId },
          {
            employmentStatus: EmploymentStatus.UNEMPLOYED,
            employerId: employer.id,
            employer: employer.name,
            updatedAt: now,
          },
        );
        await this.audit.record(
          {
            action: 'worker.laid_off',
            targetType: 'worker',
            targetId: workerId,
            summary: { filingId: filing.id, tag },
          },
          m,
        );
      } else {
        workerId = await this.workers.insert(
          {
            name: dto.name,
            idNumber: dto.idNumber,
            phone: dto.phone,
            regionCode,
            employerId: employer.id,
            employmentStatus: EmploymentStatus.UNEMPLOYED,
            tags: [],
          },
          { source: WorkerSource.STAFF, createdBy: staff.id, accountId: null, consent: false },
          m,
        );
      }
      await this.workers.setTag(m, workerId, tag, true);
      if (already) {
        await m.getRepository(LayoffWorker).update({ id: already.id }, { ...merged, tag, updatedAt: now });
        return already.id;
      }
      const r = await m.getRepository(LayoffWorker).insert({
        ...merged,
        filingId: filing.id,
        workerId,
        regionCode: existing?.regionCode ?? regionCode,
        tag,
        createdAt: now,
        updatedAt: now,
      });
      return Number(r.identifiers[0].id);
    });
    return { row: await this.affected.findOneByOrFail({ id: rowId }), created: !already };
  }

  private merge(
    row: Pick<
      LayoffWorker,
      | 'compensationOwedFen'
      | 'compensationPaidFen'
      | 'wageArrearsFen'
      | 'unpaidInsuranceMonths'
      | 'certificateIssuedOn'
      | 'transferredOn'
    >,
    dto: LayoffSettlementDto,
  ) {
    const v = {
      compensationOwedFen: dto.compensationOwedFen !== undefined ? dto.compensationOwedFen : row.compensationOwedFen,
      compensationPaidFen: dto.compensationPaidFen ?? row.compensationPaidFen,
      wageArrearsFen: dto.wageArrearsFen ?? row.wageArrearsFen,
      unpaidInsuranceMonths: dto.unpaidInsuranceMonths ?? row.unpaidInsuranceMonths,
      certificateIssuedOn: dto.certificateIssuedOn !== undefined ? dto.certificateIssuedOn : row.certificateIssuedOn,
      transferredOn: dto.transferredOn !== undefined ? dto.transferredOn : row.transferredOn,
    };
    return { ...v, settled: isWorkerSettled(v) };
  }

  private checkSettlement(
    v: {
      certificateIssuedOn: string | null;
      transferredOn: string | null;
      compensationOwedFen: number | null;
      compensationPaidFen: number;
    },
    filing: LayoffFiling,
  ): void {
    const errors: FieldError[] = [];
    const today = this.today();
    for (const field of ['certificateIssuedOn', 'transferredOn'] as const) {
      const d = v[field];
      if (d === null) continue;
      if (!isRealDate(d)) errors.push({ field, message: '日期无效' });
      else if (d > today) errors.push({ field, message: '日期不能晚于今天' });
      else if (d < filing.noticeDate)
        errors.push({ field, message: `日期不能早于说明情况日期（${filing.noticeDate}）` });
    }
    if (v.compensationOwedFen === null && v.compensationPaidFen > 0)
      errors.push({ field: 'compensationOwedFen', message: '已付经济补偿金时须填写应付金额' });
    if (errors.length) throw DomainException.validation(errors);
  }

  /** Keeps the filing's counts (and its settled date) in step with its workers. */
  async recount(id: number, staff: StaffPrincipal | null): Promise<void> {
    const raw: Record<string, unknown> | undefined = await this.affected
      .createQueryBuilder('lw')
      .select('COUNT(*)', 'n')
      .addSelect('SUM(CASE WHEN lw.settled = :yes THEN 1 ELSE 0 END)', 's')
      .where('lw.filing_id = :id', { id, yes: true })
      .getRawOne();
    const n = toInt(raw?.n);
    const s = toInt(raw?.s);
    const filing = await this.filings.findOneByOrFail({ id });
    const settled = n > 0 && s === n;
    const settledOn = settled ? (filing.settledOn ?? this.today()) : null;
    await this.filings.manager.transaction(async (m) => {
      await m
        .getRepository(LayoffFiling)
        .update({ id }, { workerCount: n, settledCount: s, settledOn, updatedAt: this.clock.now() });
      if (settled && !filing.settledOn)
        await this.event(m, id, LayoffEventType.SETTLED, null, `${n} 名被裁减人员均已结算完毕`, staff);
    });
  }

  async logImport(id: number, summary: string, staff: StaffPrincipal): Promise<void> {
    await this.events.manager.transaction((m) =>
      this.event(m, id, LayoffEventType.WORKERS_IMPORTED, null, summary, staff),
    );
  }

  // ---- responses -------------------------------------------------------------------------------

  private async event(
    m: EntityManager,
    filingId: number,
    type: LayoffEventType,
    step: LayoffStep | null,
    detail: string,
    staff: StaffPrincipal | null,
  ): Promise<void> {
    await m.getRepository(LayoffEvent).insert({
      filingId,
      type,
      step,
      detail: detail.slice(0, 500),
      actorName: staff?.displayName.slice(0, 64) ?? null,
      createdAt: this.clock.now(),
    });
  }

  private async detail(f: LayoffFiling): Promise<LayoffFilingDetail> {
    const [response] = await this.toResponses([f]);
    const steps = await this.steps.findBy({ filingId: f.id });
    const files = await this.files.describeMany(steps.map((s) => s.fileId).filter((x): x is string => !!x));
    const events = await this.events.find({ where: { filingId: f.id }, order: { id: 'ASC' } });
    return {
      ...response,
      steps: LAYOFF_STEPS.map((step): LayoffStepResponse => {
        const s = steps.find((r) => r.step === step);
        const file = s?.fileId ? files.get(s.fileId) : undefined;
        return {
          step,
          state: s?.state ?? LayoffStepState.PENDING,
          date: s?.occurredOn ?? null,
          file: file
            ? { id: file.id, name: file.name, mime: file.mime, size: file.size, createdAt: file.createdAt }
            : null,
          note: s?.note ?? null,
          present: s?.present ?? null,
          votesFor: s?.votesFor ?? null,
          votesAgainst: s?.votesAgainst ?? null,
          returnReason: s?.returnReason ?? null,
          recordedBy: s?.recordedBy ?? null,
          recordedAt: s?.recordedAt?.toISOString() ?? null,
        };
      }),
      events: events.map((e) => ({
        id: e.id,
        type: e.type,
        step: e.step,
        detail: e.detail || LAYOFF_EVENT_LABELS[e.type],
        actorName: e.actorName,
        createdAt: e.createdAt.toISOString(),
      })),
    };
  }

  async toResponses(rows: LayoffFiling[]): Promise<LayoffFilingResponse[]> {
    if (!rows.length) return [];
    const today = this.today();
    const ids = rows.map((r) => r.id);
    const employers = await this.employers.findBy({ id: In([0, ...rows.map((r) => r.employerId)]) });
    const late: { filing: unknown; n: unknown }[] = await this.affected
      .createQueryBuilder('lw')
      .innerJoin(LayoffFiling, 'f', 'f.id = lw.filing_id')
      .select('lw.filing_id', 'filing')
      .addSelect('COUNT(*)', 'n')
      .where('lw.filing_id IN (:...ids)', { ids })
      .andWhere(
        '((lw.transferred_on IS NOT NULL AND lw.transferred_on > f.transfer_deadline) OR (lw.transferred_on IS NULL AND f.transfer_deadline < :today))',
        { today },
      )
      .groupBy('lw.filing_id')
      .getRawMany();
    return rows.map((f) => {
      const settled = f.workerCount > 0 && f.settledCount === f.workerCount;
      return {
        id: f.id,
        employerId: f.employerId,
        employerName: employers.find((e) => e.id === f.employerId)?.name ?? '',
        regionCode: f.regionCode,
        regionName: this.regions.fullName(f.regionCode),
        totalWorkforce: f.totalWorkforce,
        layoffCount: f.layoffCount,
        reasons: f.reasons,
        plannedDate: f.plannedDate,
        noticeDate: f.noticeDate,
        statutory: f.statutory,
        earliestLawfulDate: f.earliestLawfulDate,
        status: f.nextStep ? LayoffStatus.IN_PROGRESS : settled ? LayoffStatus.SETTLED : LayoffStatus.REPORTED,
        nextStep: f.nextStep,
        workers: f.workerCount,
        settledWorkers: f.settledCount,
        settled,
        flags: {
          noticeShort: f.noticeShortDays > 0,
          noticeShortDays: f.noticeShortDays,
          overdueUnsettled: !settled && f.plannedDate < today,
          lateTransfers: toInt(late.find((l) => toInt(l.filing) === f.id)?.n),
        },
        filedBy: f.filedByName,
        createdAt: f.createdAt.toISOString(),
        updatedAt: f.updatedAt.toISOString(),
      };
    });
  }

  private async workerResponses(filing: LayoffFiling, rows: LayoffWorker[]): Promise<LayoffWorkerResponse[]> {
    if (!rows.length) return [];
    const people = await this.workerRepo.findBy({ id: In(rows.map((r) => r.workerId)) });
    const today = this.today();
    return rows.map((r) => {
      const w = people.find((p) => p.id === r.workerId);
      return {
        id: r.id,
        filingId: r.filingId,
        workerId: r.workerId,
        name: w?.name ?? '',
        idNumberMasked: w?.idNumberMasked ?? '',
        regionCode: r.regionCode,
        regionName: this.regions.fullName(r.regionCode),
        tag: r.tag,
        compensationOwedFen: r.compensationOwedFen,
        compensationPaidFen: r.compensationPaidFen,
        wageArrearsFen: r.wageArrearsFen,
        unpaidInsuranceMonths: r.unpaidInsuranceMonths,
        certificateIssuedOn: r.certificateIssuedOn,
        transferredOn: r.transferredOn,
        settled: r.settled,
        transferLate: isTransferLate(filing.plannedDate, r.transferredOn, today),
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }
}

/** `EXISTS` body: a worker of filing `alias` whose transfer is late (`:lateToday` is today). */
function lateSql(alias: string): string {
  return (
    `SELECT 1 FROM layoff_worker lx WHERE lx.filing_id = ${alias}.id AND ` +
    `((lx.transferred_on IS NOT NULL AND lx.transferred_on > ${alias}.transfer_deadline) OR ` +
    `(lx.transferred_on IS NULL AND ${alias}.transfer_deadline < :lateToday))`
  );
}

function describeSettlement(v: {
  compensationOwedFen: number | null;
  compensationPaidFen: number;
  wageArrearsFen: number;
  unpaidInsuranceMonths: number;
}): string {
  const parts = [
    v.compensationOwedFen === null
      ? '经济补偿金未核定'
      : `经济补偿金应付 ${yuan(v.compensationOwedFen)}、已付 ${yuan(v.compensationPaidFen)}`,
  ];
  if (v.wageArrearsFen) parts.push(`拖欠工资 ${yuan(v.wageArrearsFen)}`);
  if (v.unpaidInsuranceMonths) parts.push(`欠缴社保 ${v.unpaidInsuranceMonths} 个月`);
  return parts.join('，');
}
