import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CENTER_READ_ROLES,
  CenterDashboard,
  CenterResponse,
  CenterService,
  FieldError,
  Page,
  RegionLevel,
  Role,
  ServiceRequestStatus,
  StarChecklist,
  StarEvaluationResponse,
  SubsidyResponse,
} from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isStaff, type Principal, type StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage } from '../common/pagination';
import { likeEscape, toInt } from '../common/sql';
import { FileRecordType, FilesService } from '../files/files.service';
import { RegionService } from '../region/region.service';
import { applyScope, assertInScope, DataScope } from '../scope/data-scope';
import { Setting } from '../security/setting.entity';
import { isRealDate, shanghaiDate } from '../common/dates';
import { Center, CenterSubsidy, ServiceRecord, ServiceRequest, StarEvaluation } from './centers.entities';
import { CenterDto, CenterQueryDto, StarChecklistDto, StarEvaluationDto, SubsidyDto } from './centers.dto';

const CHECKLIST_KEY = 'center.star_checklist';

/** The default 星级评定 checklist; the rights/training admin changes it in the console. */
export const DEFAULT_CHECKLIST: StarChecklist = {
  criteria: [
    { key: 'site', label: '场地设施（面积、标识、无障碍）', weight: 20 },
    { key: 'staff', label: '专职工作人员配备', weight: 15 },
    { key: 'services', label: '一站式服务项目开展', weight: 25 },
    { key: 'volume', label: '年度服务量', weight: 20 },
    { key: 'ratings', label: '职工满意度评价', weight: 10 },
    { key: 'records', label: '台账与信息化管理', weight: 10 },
  ],
  thresholds: [60, 70, 80, 90],
};

/** Great-circle distance in metres (haversine). */
export function distanceMeters(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(a)));
}

/** Stars from a weighted total and the checklist's thresholds. */
export function starsFor(total: number, thresholds: readonly number[]): number {
  return 1 + thresholds.filter((t) => total >= t).length;
}

/** The registry of support centers and stations, star evaluations and subsidies (SPEC §5). */
@Injectable()
export class CentersService implements OnModuleInit {
  constructor(
    @InjectRepository(Center) private readonly centers: Repository<Center>,
    @InjectRepository(StarEvaluation) private readonly evaluations: Repository<StarEvaluation>,
    @InjectRepository(CenterSubsidy) private readonly subsidies: Repository<CenterSubsidy>,
    @InjectRepository(ServiceRequest) private readonly requests: Repository<ServiceRequest>,
    @InjectRepository(ServiceRecord) private readonly records: Repository<ServiceRecord>,
    @InjectRepository(Setting) private readonly settings: Repository<Setting>,
    private readonly regions: RegionService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * As files, a center's photos and its star-evaluation evidence are read by center readers in the
   * center's region. A center's current photos are public only through GET /centers/:id/photos/:fileId.
   */
  onModuleInit(): void {
    this.files.registerReadRule(FileRecordType.CENTER, async (id, reader, scope) => {
      const center = await this.centers.findOneBy({ id });
      return !!center && this.isCenterReader(reader, scope, center.regionCode);
    });
    this.files.registerReadRule(FileRecordType.STAR_EVALUATION, async (id, reader, scope) => {
      const evaluation = await this.evaluations.findOneBy({ id });
      const center = evaluation ? await this.centers.findOneBy({ id: evaluation.centerId }) : null;
      return !!center && this.isCenterReader(reader, scope, center.regionCode);
    });
  }

  private isCenterReader(reader: Principal, scope: DataScope | null, regionCode: string): boolean {
    return (
      isStaff(reader) &&
      !!scope &&
      reader.roles.some((r) => CENTER_READ_ROLES.includes(r)) &&
      (scope.all || scope.regionCodes.includes(regionCode))
    );
  }

  async create(dto: CenterDto, staff: StaffPrincipal, scope: DataScope): Promise<CenterResponse> {
    await this.check(dto, staff, scope);
    const now = this.clock.now();
    const id = await this.centers.manager.transaction(async (m) => {
      const result = await m.getRepository(Center).insert({
        ...this.values(dto),
        stars: null,
        createdAt: now,
        updatedAt: now,
      });
      const centerId = Number(result.identifiers[0].id);
      await this.attachPhotos(m, dto, staff, centerId);
      await this.audit.record(
        {
          action: 'center.create',
          targetType: 'center',
          targetId: centerId,
          summary: { name: dto.name, kind: dto.kind },
        },
        m,
      );
      return centerId;
    });
    return this.get(id);
  }

  async update(id: number, dto: CenterDto, staff: StaffPrincipal, scope: DataScope): Promise<CenterResponse> {
    const center = await this.requireInScope(id, scope);
    await this.check(dto, staff, scope, id);
    await this.centers.manager.transaction(async (m) => {
      await this.attachPhotos(m, dto, staff, id);
      const values = this.values(dto);
      await m.getRepository(Center).update({ id }, { ...values, updatedAt: this.clock.now() });
      await this.audit.recordChange(
        { action: 'center.update', targetType: 'center', targetId: id, before: center, after: values },
        m,
      );
    });
    return this.get(id);
  }

  async get(id: number, at?: { lat?: number; lng?: number }): Promise<CenterResponse> {
    const center = await this.centers.findOneBy({ id });
    if (!center) throw DomainException.notFound('服务中心');
    return (await this.toResponses([center], at))[0];
  }

  async requireInScope(id: number, scope: DataScope): Promise<Center> {
    const center = await this.centers.findOneBy({ id });
    if (!center) throw DomainException.notFound('服务中心');
    assertInScope(scope, center.regionCode, '服务中心');
    return center;
  }

  /**
   * The registry, filtered. With a location the list is sorted by distance (computed here: the
   * registry holds hundreds of sites, not millions); with a region only, the worker's county
   * comes first, then their city, then the rest.
   */
  async list(query: CenterQueryDto, scope: DataScope | null): Promise<Page<CenterResponse>> {
    const qb = this.centers.createQueryBuilder('c');
    if (scope) applyScope(qb, 'c.region_code', scope);
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.keyword) qb.andWhere("c.name LIKE :kw ESCAPE '!'", { kw: `%${likeEscape(query.keyword.trim())}%` });
    if (query.service)
      qb.andWhere("c.services LIKE :service ESCAPE '!'", { service: `%"${likeEscape(query.service)}"%` });
    const hasPoint = query.lat !== undefined && query.lng !== undefined;
    if (!hasPoint && query.regionCode && scope) {
      qb.andWhere('c.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    const all = await qb.orderBy('c.id', 'ASC').getMany();
    let ordered = all;
    if (hasPoint) {
      ordered = [...all].sort(
        (a, b) =>
          distanceMeters(query.lat!, query.lng!, a.latitude, a.longitude) -
          distanceMeters(query.lat!, query.lng!, b.latitude, b.longitude),
      );
    } else if (query.regionCode && !scope) {
      const city = this.regions.cityOf(query.regionCode);
      const rank = (c: Center) =>
        this.regions.isWithin(c.regionCode, query.regionCode!)
          ? 0
          : city && this.regions.isWithin(c.regionCode, city)
            ? 1
            : 2;
      ordered = [...all].sort((a, b) => rank(a) - rank(b) || a.id - b.id);
    }
    const page = ordered.slice(skipOf(query), skipOf(query) + query.pageSize);
    return toPage(await this.toResponses(page, { lat: query.lat, lng: query.lng }), ordered.length, query);
  }

  async *each(query: CenterQueryDto, scope: DataScope): AsyncGenerator<CenterResponse[]> {
    const page = await this.list({ ...query, page: 1, pageSize: 100_000 } as CenterQueryDto, scope);
    for (let i = 0; i < page.items.length; i += 500) yield page.items.slice(i, i + 500);
  }

  // ---- star rating ----

  async checklist(): Promise<StarChecklist> {
    const row = await this.settings.findOneBy({ key: CHECKLIST_KEY });
    return (row?.value as StarChecklist | undefined) ?? DEFAULT_CHECKLIST;
  }

  async saveChecklist(dto: StarChecklistDto): Promise<StarChecklist> {
    const errors: FieldError[] = [];
    const sum = dto.criteria.reduce((s, c) => s + c.weight, 0);
    if (sum !== 100) errors.push({ field: 'criteria', message: `各项权重之和应为 100（现为 ${sum}）` });
    const keys = dto.criteria.map((c) => c.key);
    const dup = keys.findIndex((k, i) => keys.indexOf(k) !== i);
    if (dup >= 0) errors.push({ field: `criteria[${dup}].key`, message: '指标代码重复' });
    const t = dto.thresholds;
    if (!t.every((v, i) => v >= 0 && v <= 100 && (i === 0 || v > t[i - 1]))) {
      errors.push({ field: 'thresholds', message: '二至五星的分数线应在 0–100 之间并逐级升高' });
    }
    if (errors.length) throw DomainException.validation(errors);
    const value: StarChecklist = {
      criteria: dto.criteria.map((c) => ({ key: c.key, label: c.label, weight: c.weight })),
      thresholds: [t[0], t[1], t[2], t[3]],
    };
    await this.settings.manager.transaction(async (m) => {
      await m.getRepository(Setting).save({ key: CHECKLIST_KEY, value, updatedAt: this.clock.now() });
      await this.audit.record(
        { action: 'center.checklist_update', targetType: 'setting', targetId: CHECKLIST_KEY, summary: { ...value } },
        m,
      );
    });
    return value;
  }

  async evaluate(
    id: number,
    dto: StarEvaluationDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<StarEvaluationResponse> {
    await this.requireInScope(id, scope);
    const checklist = await this.checklist();
    const errors: FieldError[] = [];
    for (const c of checklist.criteria) {
      const v = dto.scores[c.key];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) {
        errors.push({ field: `scores.${c.key}`, message: `请为“${c.label}”打分（0–100）` });
      }
    }
    for (const key of Object.keys(dto.scores)) {
      if (!checklist.criteria.some((c) => c.key === key))
        errors.push({ field: `scores.${key}`, message: '不是评定标准中的指标' });
    }
    if (!isRealDate(dto.evaluatedOn) || dto.evaluatedOn > shanghaiDate(this.clock.now())) {
      errors.push({ field: 'evaluatedOn', message: '评定日期不能晚于今天' });
    }
    if (errors.length) throw DomainException.validation(errors);
    await this.files.checkAttachable(dto.evidence ?? [], staff, 'evidence');
    // weighted total with one decimal, kept as tenths to stay exact
    const totalTenths = Math.round(checklist.criteria.reduce((s, c) => s + dto.scores[c.key] * c.weight, 0) / 10);
    const stars = starsFor(totalTenths / 10, checklist.thresholds);
    const evalId = await this.centers.manager.transaction(async (m) => {
      const result = await m.getRepository(StarEvaluation).insert({
        centerId: id,
        year: dto.year,
        scores: Object.fromEntries(checklist.criteria.map((c) => [c.key, dto.scores[c.key]])),
        totalTenths,
        stars,
        evaluatedOn: dto.evaluatedOn,
        evaluatorId: staff.id,
        evaluatorName: staff.displayName,
        evidence: dto.evidence ?? [],
        notes: dto.notes ?? null,
        createdAt: this.clock.now(),
      });
      await this.files.attach(
        m,
        dto.evidence ?? [],
        staff,
        { type: FileRecordType.STAR_EVALUATION, id: Number(result.identifiers[0].id) },
        'evidence',
      );
      // the current rating is the latest evaluation's
      const latest = await m.getRepository(StarEvaluation).findOne({
        where: { centerId: id },
        order: { year: 'DESC', evaluatedOn: 'DESC', id: 'DESC' },
      });
      await m.getRepository(Center).update({ id }, { stars: latest!.stars, updatedAt: this.clock.now() });
      await this.audit.record(
        {
          action: 'center.evaluate',
          targetType: 'center',
          targetId: id,
          summary: { year: dto.year, total: totalTenths / 10, stars },
        },
        m,
      );
      return Number(result.identifiers[0].id);
    });
    return (await this.evaluationResponses(await this.evaluations.findBy({ id: evalId })))[0];
  }

  async evaluationsOf(id: number, scope: DataScope): Promise<StarEvaluationResponse[]> {
    await this.requireInScope(id, scope);
    return this.evaluationResponses(
      await this.evaluations.find({ where: { centerId: id }, order: { year: 'DESC', id: 'DESC' } }),
    );
  }

  private async evaluationResponses(rows: StarEvaluation[]): Promise<StarEvaluationResponse[]> {
    const files = await this.files.describeMany(rows.flatMap((r) => r.evidence));
    return rows.map((e) => ({
      id: e.id,
      centerId: e.centerId,
      year: e.year,
      scores: e.scores,
      total: e.totalTenths / 10,
      stars: e.stars,
      evaluatedOn: e.evaluatedOn,
      evaluator: e.evaluatorName,
      evidence: e.evidence.filter((f) => files.has(f)).map((f) => files.get(f)!),
      notes: e.notes,
      createdAt: e.createdAt.toISOString(),
    }));
  }

  async addSubsidy(id: number, dto: SubsidyDto, staff: StaffPrincipal, scope: DataScope): Promise<SubsidyResponse> {
    await this.requireInScope(id, scope);
    const subsidyId = await this.centers.manager.transaction(async (m) => {
      const result = await m.getRepository(CenterSubsidy).insert({
        centerId: id,
        year: dto.year,
        amountFen: dto.amountFen,
        purpose: dto.purpose,
        recordedBy: staff.displayName,
        createdAt: this.clock.now(),
      });
      await this.audit.record(
        {
          action: 'center.subsidy',
          targetType: 'center',
          targetId: id,
          summary: { year: dto.year, amountFen: dto.amountFen },
        },
        m,
      );
      return Number(result.identifiers[0].id);
    });
    return subsidyResponse(await this.subsidies.findOneByOrFail({ id: subsidyId }));
  }

  async subsidiesOf(id: number, scope: DataScope): Promise<SubsidyResponse[]> {
    await this.requireInScope(id, scope);
    return (await this.subsidies.find({ where: { centerId: id }, order: { year: 'DESC', id: 'DESC' } })).map(
      subsidyResponse,
    );
  }

  // ---- the console home ----

  async dashboard(scope: DataScope): Promise<CenterDashboard> {
    const stars = this.centers
      .createQueryBuilder('c')
      .select('c.stars', 'stars')
      .addSelect('COUNT(*)', 'n')
      .groupBy('c.stars');
    applyScope(stars, 'c.region_code', scope);
    const byService = this.requests
      .createQueryBuilder('r')
      .select('r.service_type', 'serviceType')
      .addSelect('r.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .groupBy('r.service_type')
      .addGroupBy('r.status');
    applyScope(byService, 'r.region_code', scope);
    const overdue = this.requests.createQueryBuilder('r').where('r.status = :pending AND r.accept_due_at < :now', {
      pending: ServiceRequestStatus.PENDING,
      now: this.clock.now(),
    });
    applyScope(overdue, 'r.region_code', scope);
    const rating = this.requests.createQueryBuilder('r').select('AVG(r.rating)', 'avg').where('r.rating IS NOT NULL');
    applyScope(rating, 'r.region_code', scope);
    const month = shanghaiDate(this.clock.now()).slice(0, 7);
    const served = this.records
      .createQueryBuilder('s')
      .innerJoin(Center, 'c', 'c.id = s.center_id')
      .where('s.served_on >= :from AND s.served_on <= :to', { from: `${month}-01`, to: `${month}-31` });
    applyScope(served, 'c.region_code', scope);
    const [starRows, serviceRows, overdueCount, ratingRow, servedCount] = await Promise.all([
      stars.getRawMany<{ stars: unknown; n: unknown }>(),
      byService.getRawMany<{ serviceType: CenterService; status: ServiceRequestStatus; n: unknown }>(),
      overdue.getCount(),
      rating.getRawOne<{ avg: unknown }>(),
      served.getCount(),
    ]);
    const avg = ratingRow?.avg === null || ratingRow?.avg === undefined ? null : Number(ratingRow.avg);
    return {
      centersByStars: starRows
        .map((r) => ({ stars: r.stars === null ? null : toInt(r.stars), count: toInt(r.n) }))
        .sort((a, b) => (b.stars ?? 0) - (a.stars ?? 0)),
      requestsByService: serviceRows.map((r) => ({ serviceType: r.serviceType, status: r.status, count: toInt(r.n) })),
      overdueRequests: overdueCount,
      averageRating: avg === null ? null : Math.round(avg * 10) / 10,
      servicesThisMonth: servedCount,
    };
  }

  async toResponses(rows: Center[], at?: { lat?: number; lng?: number }): Promise<CenterResponse[]> {
    if (!rows.length) return [];
    const ratings = await this.requests
      .createQueryBuilder('r')
      .select('r.center_id', 'centerId')
      .addSelect('AVG(r.rating)', 'avg')
      .where('r.center_id IN (:...ids) AND r.rating IS NOT NULL', { ids: rows.map((r) => r.id) })
      .groupBy('r.center_id')
      .getRawMany<{ centerId: unknown; avg: unknown }>();
    const files = await this.files.describeMany(rows.flatMap((r) => r.photos));
    const hasPoint = at?.lat !== undefined && at?.lng !== undefined;
    return rows.map((c) => {
      const region = this.regions.get(c.regionCode);
      const avg = ratings.find((r) => toInt(r.centerId) === c.id)?.avg;
      return {
        id: c.id,
        name: c.name,
        kind: c.kind,
        level:
          region?.level === RegionLevel.PROVINCE ? 'province' : region?.level === RegionLevel.CITY ? 'city' : 'county',
        regionCode: c.regionCode,
        regionName: this.regions.fullName(c.regionCode),
        address: c.address,
        latitude: Number(c.latitude),
        longitude: Number(c.longitude),
        openingHours: c.openingHours,
        phone: c.phone,
        services: c.services,
        photos: c.photos.filter((f) => files.has(f)).map((f) => files.get(f)!),
        organizationId: c.organizationId,
        description: c.description,
        stars: c.stars,
        averageRating: avg === undefined || avg === null ? null : Math.round(Number(avg) * 10) / 10,
        distanceMeters: hasPoint ? distanceMeters(at!.lat!, at!.lng!, c.latitude, c.longitude) : null,
      };
    });
  }

  private attachPhotos(m: EntityManager, dto: CenterDto, staff: StaffPrincipal, centerId: number): Promise<void> {
    return this.files.attach(m, dto.photos ?? [], staff, { type: FileRecordType.CENTER, id: centerId }, 'photos');
  }

  private async check(dto: CenterDto, staff: StaffPrincipal, scope: DataScope, id?: number): Promise<void> {
    const region = this.regions.get(dto.regionCode);
    if (!region) throw DomainException.validation([{ field: 'regionCode', message: '所在地区不存在' }]);
    if (!scope.all && !scope.regionCodes.includes(dto.regionCode)) {
      throw DomainException.validation([{ field: 'regionCode', message: '只能登记本级及下级地区的服务中心' }]);
    }
    await this.files.checkAttachable(
      dto.photos ?? [],
      staff,
      'photos',
      id === undefined ? undefined : { type: FileRecordType.CENTER, id },
    );
  }

  private values(dto: CenterDto) {
    return {
      name: dto.name.trim(),
      kind: dto.kind,
      regionCode: dto.regionCode,
      address: dto.address.trim(),
      latitude: dto.latitude,
      longitude: dto.longitude,
      openingHours: dto.openingHours,
      phone: dto.phone,
      services: [...new Set(dto.services)],
      photos: dto.photos ?? [],
      organizationId: dto.organizationId ?? null,
      description: dto.description ?? '',
    };
  }

  /** The centers a CENTER_STAFF account works at (its organisation's). */
  async centersOfStaff(staff: StaffPrincipal): Promise<number[]> {
    if (!staff.roles.includes(Role.CENTER_STAFF)) return [];
    return (await this.centers.find({ select: { id: true }, where: { organizationId: staff.organizationId } })).map(
      (c) => c.id,
    );
  }

  centersByIds(ids: number[]): Promise<Center[]> {
    return this.centers.findBy({ id: In(ids.length ? ids : [0]) });
  }
}

function subsidyResponse(s: CenterSubsidy): SubsidyResponse {
  return {
    id: s.id,
    centerId: s.centerId,
    year: s.year,
    amountFen: s.amountFen,
    purpose: s.purpose,
    recordedBy: s.recordedBy,
    createdAt: s.createdAt.toISOString(),
  };
}
