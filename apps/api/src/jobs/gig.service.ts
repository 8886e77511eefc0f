import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  discriminatoryTermIn,
  FieldError,
  GigJobResponse,
  GigJobStatus,
  GigMatchForWorker,
  GigModeResponse,
  GigPayKind,
  GigWorkerMatch,
  JOB_STAFF_ROLES,
  maskName,
  Page,
  RegionLevel,
  WorkerTag,
} from '@steadywork/shared';
import { Brackets, In, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isStaff, type Principal, type StaffPrincipal, type WorkerPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { isRealDate, shanghaiDate, yuan } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { inBatches, skipOf, toPage } from '../common/pagination';
import { likeEscape, toInt } from '../common/sql';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { Worker, WorkerTagRow } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { EmployersService, isHrOnly } from './employers.service';
import { GigJobDto, GigModeDto, GigQueryDto } from './gig.dto';
import { Employer, GigJob, GigWorker, MinWage } from './jobs.entities';

/** A full day's work, in hours: a day's pay may not be under this many hours at the hourly minimum. */
const DAY_HOURS = 8;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** `col LIKE '%"焊工"%' OR …`: any of the kinds in a simple-json column (the same SQL on both databases). */
function kindsOverlap(column: string, kinds: string[], prefix: string, params: Record<string, unknown>): string {
  const list = kinds.slice(0, 10);
  if (!list.length) return '1 = 0';
  list.forEach((k, i) => (params[`${prefix}${i}`] = `%${likeEscape(JSON.stringify(k))}%`));
  return `(${list.map((_, i) => `${column} LIKE :${prefix}${i} ESCAPE '!'`).join(' OR ')})`;
}

/**
 * Gig work (零工, SPEC §7, seed 001's 零工市场): short jobs of some days or hours, paid by the day
 * or the piece, posted by HR (for their employer) or union staff (in their region), open without
 * review until closed or past their last day. A worker turns on 零工模式 with the kinds of work and
 * the county they look in. Each side sees the other near them — same county first, then the rest
 * of the city — and only where the kinds overlap; the database filters and orders, Node reads one page.
 */
@Injectable()
export class GigService {
  constructor(
    @InjectRepository(GigJob) private readonly gigs: Repository<GigJob>,
    @InjectRepository(GigWorker) private readonly gigWorkers: Repository<GigWorker>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    @InjectRepository(WorkerTagRow) private readonly tagRepo: Repository<WorkerTagRow>,
    @InjectRepository(Employer) private readonly employerRepo: Repository<Employer>,
    @InjectRepository(MinWage) private readonly minWages: Repository<MinWage>,
    private readonly employers: EmployersService,
    private readonly workers: WorkersService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return shanghaiDate(this.clock.now());
  }

  private cityCounties(regionCode: string): string[] {
    const city = this.regions.cityOf(regionCode);
    return city ? this.regions.subtree(city) : [regionCode];
  }

  statusOf(g: GigJob): GigJobStatus {
    return g.status === GigJobStatus.OPEN && g.endsOn < this.today() ? GigJobStatus.EXPIRED : g.status;
  }

  async create(dto: GigJobDto, staff: StaffPrincipal, scope: DataScope): Promise<GigJobResponse> {
    const hr = isHrOnly(staff);
    const employer = hr ? await this.employers.ofHr(staff) : null;
    await this.checkRules(dto, hr ? null : scope);
    const now = this.clock.now();
    const id = await this.gigs.manager.transaction(async (m) => {
      const r = await m.getRepository(GigJob).insert({
        title: dto.title,
        kinds: [...new Set(dto.kinds)],
        startsOn: dto.startsOn,
        endsOn: addDays(dto.startsOn, dto.days - 1),
        days: dto.days,
        hoursPerDay: dto.hoursPerDay ?? null,
        payKind: dto.payKind,
        payFen: dto.payFen,
        pieceUnit: dto.payKind === GigPayKind.PIECE ? (dto.pieceUnit?.trim() ?? null) : null,
        headcount: dto.headcount,
        regionCode: dto.regionCode,
        address: dto.address,
        latitude: dto.latitude,
        longitude: dto.longitude,
        contactName: dto.contactName,
        contactPhone: dto.contactPhone,
        description: dto.description?.trim() || null,
        status: GigJobStatus.OPEN,
        employerId: employer?.id ?? null,
        createdBy: staff.id,
        createdByName: employer?.name ?? staff.displayName,
        createdAt: now,
        updatedAt: now,
      });
      const gigId = Number(r.identifiers[0].id);
      await this.audit.record(
        { action: 'gig_job.create', targetType: 'gig_job', targetId: gigId, summary: { title: dto.title } },
        m,
      );
      return gigId;
    });
    return (await this.toResponses([await this.gigs.findOneByOrFail({ id })]))[0];
  }

  /**
   * A county; a real start day from today; a day's pay not under 8 hours at the city's hourly
   * minimum; the piece named when paid by the piece; no discriminatory term.
   */
  private async checkRules(dto: GigJobDto, scope: DataScope | null): Promise<void> {
    const errors: FieldError[] = [];
    const region = this.regions.get(dto.regionCode);
    if (!region || region.level !== RegionLevel.COUNTY)
      errors.push({ field: 'regionCode', message: '请选择县（区）级工作地区' });
    else if (scope && !scope.all && !scope.regionCodes.includes(dto.regionCode))
      errors.push({ field: 'regionCode', message: '工作地区不在您的管辖范围内' });
    if (!isRealDate(dto.startsOn)) errors.push({ field: 'startsOn', message: '开工日期不是有效日期' });
    else if (dto.startsOn < this.today()) errors.push({ field: 'startsOn', message: '开工日期不能早于今天' });
    const city = region ? this.regions.cityOf(dto.regionCode) : null;
    const min = city ? await this.minWages.findOneBy({ cityCode: city }) : null;
    if (dto.payKind === GigPayKind.DAY && min && dto.payFen < min.hourlyFen * DAY_HOURS) {
      errors.push({
        field: 'payFen',
        message: `日薪不得低于${this.regions.nameOf(city!)}小时最低工资 ${yuan(min.hourlyFen)} × ${DAY_HOURS} 小时`,
      });
    }
    if (dto.payKind === GigPayKind.PIECE && !dto.pieceUnit?.trim())
      errors.push({ field: 'pieceUnit', message: '计件报酬请填写计件单位（如 件、箱、平方米）' });
    for (const [field, label, value] of [
      ['title', '零工名称', dto.title],
      ['description', '说明', dto.description],
    ] as const) {
      const term = discriminatoryTermIn(value);
      if (term) {
        errors.push({
          field,
          message: `${label}含有“${term}”：招工信息不得限定性别、民族、宗教信仰、户籍地域，不得承诺高薪或保录`,
        });
      }
    }
    if (errors.length) throw DomainException.validation(errors);
  }

  /** HR: their employer's gigs; union staff: the gigs in their scope. */
  private async listQuery(query: GigQueryDto, staff: StaffPrincipal, scope: DataScope) {
    const qb = this.gigs.createQueryBuilder('g');
    if (isHrOnly(staff)) qb.andWhere('g.employer_id = :own', { own: (await this.employers.ofHr(staff)).id });
    else {
      if (!staff.roles.some((r) => JOB_STAFF_ROLES.includes(r))) throw DomainException.forbidden();
      applyScope(qb, 'g.region_code', scope);
    }
    const today = this.today();
    if (query.status === GigJobStatus.EXPIRED)
      qb.andWhere('g.status = :open AND g.ends_on < :today', { open: GigJobStatus.OPEN, today });
    else if (query.status === GigJobStatus.OPEN)
      qb.andWhere('g.status = :open AND g.ends_on >= :today', { open: GigJobStatus.OPEN, today });
    else if (query.status) qb.andWhere('g.status = :status', { status: query.status });
    if (query.keyword?.trim()) {
      qb.andWhere("(g.title LIKE :kw ESCAPE '!' OR g.kinds LIKE :kw ESCAPE '!')", {
        kw: `%${likeEscape(query.keyword.trim())}%`,
      });
    }
    if (query.regionCode) {
      qb.andWhere('g.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    return qb;
  }

  async list(query: GigQueryDto, staff: StaffPrincipal, scope: DataScope): Promise<Page<GigJobResponse>> {
    const [rows, total] = await (
      await this.listQuery(query, staff, scope)
    )
      .orderBy('g.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async *each(query: GigQueryDto, staff: StaffPrincipal, scope: DataScope): AsyncGenerator<GigJobResponse[]> {
    for await (const rows of inBatches(() => this.listQuery(query, staff, scope), 'g'))
      yield await this.toResponses(rows);
  }

  /** One gig: HR their own, staff in scope, a worker any that is open. */
  async require(id: number, who: Principal, scope: DataScope | null): Promise<GigJob> {
    const g = await this.gigs.findOneBy({ id });
    if (g) {
      if (!isStaff(who)) {
        if (this.statusOf(g) === GigJobStatus.OPEN) return g;
      } else if (isHrOnly(who)) {
        if (g.employerId === (await this.employers.ofHr(who)).id) return g;
      } else if (who.roles.some((r) => JOB_STAFF_ROLES.includes(r)) && scope) {
        if (scope.all || scope.regionCodes.includes(g.regionCode)) return g;
      }
    }
    throw DomainException.notFound('零工');
  }

  async get(id: number, who: Principal, scope: DataScope | null): Promise<GigJobResponse> {
    return (await this.toResponses([await this.require(id, who, scope)]))[0];
  }

  async close(id: number, staff: StaffPrincipal, scope: DataScope): Promise<GigJobResponse> {
    const g = await this.require(id, staff, scope);
    if (g.status !== GigJobStatus.OPEN) throw DomainException.conflict('零工已关闭');
    await this.gigs.manager.transaction(async (m) => {
      await m.getRepository(GigJob).update({ id }, { status: GigJobStatus.CLOSED, updatedAt: this.clock.now() });
      await this.audit.record({ action: 'gig_job.close', targetType: 'gig_job', targetId: id }, m);
    });
    return this.get(id, staff, scope);
  }

  async mode(me: WorkerPrincipal): Promise<GigModeResponse> {
    const worker = await this.requireWorker(me);
    const row = await this.gigWorkers.findOneBy({ workerId: worker.id });
    const regionCode = row?.regionCode ?? worker.regionCode;
    return {
      available: row?.available ?? false,
      kinds: row?.kinds ?? [],
      regionCode,
      regionName: this.regions.fullName(regionCode),
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  async setMode(me: WorkerPrincipal, dto: GigModeDto): Promise<GigModeResponse> {
    const worker = await this.requireWorker(me);
    const regionCode = dto.regionCode ?? worker.regionCode;
    const region = this.regions.get(regionCode);
    const errors: FieldError[] = [];
    if (!region || region.level !== RegionLevel.COUNTY)
      errors.push({ field: 'regionCode', message: '请选择县（区）级找活地区' });
    if (dto.available && !dto.kinds.length) errors.push({ field: 'kinds', message: '开启零工模式请至少选择一个工种' });
    if (errors.length) throw DomainException.validation(errors);
    await this.gigWorkers.manager.transaction(async (m) => {
      await m.getRepository(GigWorker).save({
        workerId: worker.id,
        available: dto.available,
        kinds: [...new Set(dto.kinds)],
        regionCode,
        updatedAt: this.clock.now(),
      });
      await this.audit.record(
        {
          action: 'gig_worker.mode',
          targetType: 'worker',
          targetId: worker.id,
          summary: { available: dto.available, kinds: dto.kinds, regionCode },
        },
        m,
      );
    });
    return this.mode(me);
  }

  private async requireWorker(me: WorkerPrincipal): Promise<Worker> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) throw DomainException.conflict('请先完成实名登记');
    return worker;
  }

  /** Open gigs near the worker in 零工模式 where the kinds overlap: same county first, then the city. */
  async forWorker(me: WorkerPrincipal, query: GigQueryDto): Promise<Page<GigMatchForWorker>> {
    const worker = await this.requireWorker(me);
    const mode = await this.gigWorkers.findOneBy({ workerId: worker.id });
    if (!mode?.available || !mode.kinds.length) return toPage([], 0, query);
    const params: Record<string, unknown> = {
      open: GigJobStatus.OPEN,
      today: this.today(),
      county: mode.regionCode,
      city: this.cityCounties(mode.regionCode),
    };
    const overlap = kindsOverlap('g.kinds', mode.kinds, 'wk', params);
    const base = () => {
      const qb = this.gigs
        .createQueryBuilder('g')
        .where('g.status = :open AND g.ends_on >= :today AND g.region_code IN (:...city)')
        .andWhere(overlap)
        .setParameters(params);
      if (query.keyword?.trim())
        qb.andWhere("g.title LIKE :kw ESCAPE '!'", { kw: `%${likeEscape(query.keyword.trim())}%` });
      return qb;
    };
    const total = await base().getCount();
    const rows = await base()
      .addSelect('(CASE WHEN g.region_code = :county THEN 1 ELSE 0 END)', 'same_county')
      .orderBy('same_county', 'DESC')
      .addOrderBy('g.starts_on', 'ASC')
      .addOrderBy('g.id', 'DESC')
      .offset(skipOf(query))
      .limit(query.pageSize)
      .getMany();
    const responses = await this.toResponses(rows);
    return toPage(
      responses.map((g) => {
        const sameCounty = g.regionCode === mode.regionCode;
        const kinds = g.kinds.filter((k) => mode.kinds.includes(k));
        return { ...g, sameCounty, reasons: [sameCounty ? '同区县' : '同市州', `工种：${kinds.join('、')}`] };
      }),
      total,
      query,
    );
  }

  /**
   * Workers in 零工模式 near a gig whose kinds overlap it, same county first: staff see those in
   * their scope; HR see them masked (the worker's phone stays theirs to give).
   */
  async matches(
    id: number,
    staff: StaffPrincipal,
    scope: DataScope,
    query: GigQueryDto,
  ): Promise<Page<GigWorkerMatch>> {
    const gig = await this.require(id, staff, scope);
    const hr = isHrOnly(staff);
    const params: Record<string, unknown> = {
      county: gig.regionCode,
      city: this.cityCounties(gig.regionCode),
    };
    const overlap = kindsOverlap('gw.kinds', gig.kinds, 'gk', params);
    const base = (): SelectQueryBuilder<GigWorker> => {
      const qb = this.gigWorkers
        .createQueryBuilder('gw')
        .innerJoin(Worker, 'w', 'w.id = gw.worker_id')
        .where('gw.available = :yes AND gw.region_code IN (:...city)', { yes: true })
        .andWhere(overlap)
        .setParameters(params);
      if (!hr) applyScope(qb, 'w.region_code', scope);
      if (query.keyword?.trim() && !hr)
        qb.andWhere(
          new Brackets((b) => b.where("w.name LIKE :kw ESCAPE '!'", { kw: `%${likeEscape(query.keyword!.trim())}%` })),
        );
      return qb;
    };
    const total = await base().getCount();
    const rows = await base()
      .select('gw.worker_id', 'worker_id')
      .addSelect('(CASE WHEN gw.region_code = :county THEN 1 ELSE 0 END)', 'same_county')
      .orderBy('same_county', 'DESC')
      .addOrderBy('gw.updated_at', 'DESC')
      .addOrderBy('gw.worker_id', 'ASC')
      .offset(skipOf(query))
      .limit(query.pageSize)
      .getRawMany<Record<string, unknown>>();
    const ids = rows.map((r) => toInt(r.worker_id));
    const [workers, modes, tags] = await Promise.all([
      this.workerRepo.findBy({ id: In([0, ...ids]) }),
      this.gigWorkers.findBy({ workerId: In([0, ...ids]) }),
      this.tagRepo.findBy({ workerId: In([0, ...ids]) }),
    ]);
    return toPage(
      ids.map((wid) => {
        const w = workers.find((x) => x.id === wid)!;
        const mode = modes.find((x) => x.workerId === wid)!;
        const sameCounty = mode.regionCode === gig.regionCode;
        const kinds = mode.kinds.filter((k) => gig.kinds.includes(k));
        return {
          workerId: w.id,
          name: hr ? maskName(w.name) : w.name,
          phoneMasked: w.phoneMasked,
          regionCode: mode.regionCode,
          regionName: this.regions.fullName(mode.regionCode),
          kinds: mode.kinds,
          tags: hr
            ? []
            : tags
                .filter((t) => t.workerId === wid)
                .map((t) => t.tag as WorkerTag)
                .sort(),
          sameCounty,
          reasons: [sameCounty ? '同区县' : '同市州', `工种：${kinds.join('、')}`],
        };
      }),
      total,
      query,
    );
  }

  async toResponses(rows: GigJob[]): Promise<GigJobResponse[]> {
    const employerIds = [...new Set(rows.map((g) => g.employerId).filter((x): x is number => x != null))];
    const employers = employerIds.length ? await this.employerRepo.findBy({ id: In(employerIds) }) : [];
    return rows.map((g) => ({
      id: g.id,
      title: g.title,
      kinds: g.kinds,
      startsOn: g.startsOn,
      endsOn: g.endsOn,
      days: g.days,
      hoursPerDay: g.hoursPerDay,
      payKind: g.payKind,
      payFen: g.payFen,
      pieceUnit: g.pieceUnit,
      headcount: g.headcount,
      regionCode: g.regionCode,
      regionName: this.regions.fullName(g.regionCode),
      address: g.address,
      latitude: g.latitude,
      longitude: g.longitude,
      contactName: g.contactName,
      contactPhone: g.contactPhone,
      description: g.description,
      status: this.statusOf(g),
      employerId: g.employerId,
      employerName: employers.find((e) => e.id === g.employerId)?.name ?? null,
      postedBy: g.createdByName,
      createdAt: g.createdAt.toISOString(),
    }));
  }
}
