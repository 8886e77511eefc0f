import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  discriminatoryTermIn,
  FieldError,
  JOB_POSTING_STATUS_LABELS,
  JOB_REVIEW_ROLES,
  JOB_STAFF_ROLES,
  JobPostingKind,
  JobPostingResponse,
  JobPostingStatus,
  MinWageResponse,
  Page,
  RegionLevel,
} from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isStaff, type Principal, type StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { isRealDate, shanghaiDate, yuan } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { checkIdempotencyKey } from '../common/idempotency';
import { inBatches, skipOf, toPage } from '../common/pagination';
import { isUniqueViolation, likeEscape, toInt } from '../common/sql';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { EmployersService, isHrOnly } from './employers.service';
import { JobPostingDto, MinWageDto, PostingQueryDto } from './jobs.dto';
import { PartnerUnion } from './events.entities';
import { Employer, JobPosting, MinWage } from './jobs.entities';

/** Fields a discriminatory term is looked for in, with their labels. */
const SCREENED: { field: keyof JobPostingDto; label: string }[] = [
  { field: 'title', label: '职位名称' },
  { field: 'occupation', label: '职业（工种）' },
  { field: 'skills', label: '技能要求' },
  { field: 'description', label: '职位描述' },
];

/**
 * Job postings (SPEC §7): HR draft and submit; union staff of the posting's region approve or
 * return them with a reason. The posting rules (a wage not under the city's minimum, no
 * discriminatory term) are checked on every save and again at approval. A posting is open until
 * the end of its valid-until day (Asia/Shanghai): "expired" is a query condition, never a job.
 */
@Injectable()
export class PostingsService {
  constructor(
    @InjectRepository(JobPosting) private readonly postings: Repository<JobPosting>,
    @InjectRepository(MinWage) private readonly minWages: Repository<MinWage>,
    private readonly employers: EmployersService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return shanghaiDate(this.clock.now());
  }

  /** The status as people see it: an open posting past its date has expired. */
  statusOf(p: JobPosting): JobPostingStatus {
    return p.status === JobPostingStatus.OPEN && p.validUntil < this.today() ? JobPostingStatus.EXPIRED : p.status;
  }

  async create(
    dto: JobPostingDto,
    staff: StaffPrincipal,
    key: string | undefined,
  ): Promise<{ posting: JobPostingResponse; replayed: boolean }> {
    checkIdempotencyKey(key);
    if (dto.kind === JobPostingKind.PUBLIC_WELFARE) {
      // 公益性岗位 are the union's to publish and fill (POST /jobs/public-welfare-posts)
      throw DomainException.validation([
        { field: 'kind', message: '公益性岗位只能由工会工作人员发布和安置，企业只能发布市场岗位' },
      ]);
    }
    const employer = await this.employers.ofHr(staff);
    const replay = async () => {
      const earlier = key ? await this.postings.findOneBy({ createdBy: staff.id, idempotencyKey: key }) : null;
      return earlier ? { posting: (await this.toResponses([earlier]))[0], replayed: true } : null;
    };
    const earlier = await replay();
    if (earlier) return earlier;
    await this.checkRules(dto);
    const now = this.clock.now();
    let id: number;
    try {
      id = await this.postings.manager.transaction(async (m) => {
        const r = await m.getRepository(JobPosting).insert({
          ...this.columnsOf(dto),
          employerId: employer.id,
          status: JobPostingStatus.DRAFT,
          returnReason: null,
          reviewedBy: null,
          reviewedAt: null,
          idempotencyKey: key ?? null,
          createdBy: staff.id,
          createdAt: now,
          updatedAt: now,
        });
        const postingId = Number(r.identifiers[0].id);
        await this.audit.record(
          {
            action: 'job_posting.create',
            targetType: 'job_posting',
            targetId: postingId,
            summary: { employerId: employer.id, title: dto.title },
          },
          m,
        );
        return postingId;
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        const again = await replay();
        if (again) return again;
      }
      throw err;
    }
    return { posting: await this.get(id, staff, null), replayed: false };
  }

  async update(id: number, dto: JobPostingDto, staff: StaffPrincipal): Promise<JobPostingResponse> {
    const posting = await this.requireOwn(id, staff);
    if (dto.kind === JobPostingKind.PUBLIC_WELFARE && posting.kind !== JobPostingKind.PUBLIC_WELFARE) {
      throw DomainException.validation([
        { field: 'kind', message: '公益性岗位只能由工会工作人员发布和安置，企业只能发布市场岗位' },
      ]);
    }
    if (![JobPostingStatus.DRAFT, JobPostingStatus.RETURNED].includes(posting.status)) {
      throw DomainException.conflict(`岗位${JOB_POSTING_STATUS_LABELS[posting.status]}，只有草稿或退回的岗位可以修改`);
    }
    await this.checkRules(dto);
    await this.postings.manager.transaction(async (m) => {
      const columns = this.columnsOf(dto);
      const done = await m
        .createQueryBuilder()
        .update(JobPosting)
        .set({ ...columns, updatedAt: this.clock.now() })
        .where('id = :id AND status = :status', { id, status: posting.status })
        .execute();
      if (!done.affected) throw DomainException.conflict('岗位状态已变化，请刷新后重试');
      await this.audit.recordChange(
        {
          action: 'job_posting.update',
          targetType: 'job_posting',
          targetId: id,
          summary: { title: dto.title },
          before: posting,
          after: columns,
        },
        m,
      );
    });
    return this.get(id, staff, null);
  }

  async submit(id: number, staff: StaffPrincipal): Promise<JobPostingResponse> {
    const posting = await this.requireOwn(id, staff);
    await this.checkRules(posting);
    await this.transition(posting, [JobPostingStatus.DRAFT, JobPostingStatus.RETURNED], JobPostingStatus.PENDING, {
      action: 'job_posting.submit',
      changes: { returnReason: null },
    });
    return this.get(id, staff, null);
  }

  async approve(id: number, staff: StaffPrincipal, scope: DataScope): Promise<JobPostingResponse> {
    const posting = await this.require(id, staff, scope);
    if (!staff.roles.some((r) => JOB_REVIEW_ROLES.includes(r))) throw DomainException.forbidden();
    // the rules again: the minimum wage may have been raised since the posting was saved
    await this.checkRules(posting);
    await this.transition(posting, [JobPostingStatus.PENDING], JobPostingStatus.OPEN, {
      action: 'job_posting.approve',
      changes: { reviewedBy: staff.displayName, reviewedAt: this.clock.now() },
    });
    return this.get(id, staff, scope);
  }

  async return(id: number, reason: string, staff: StaffPrincipal, scope: DataScope): Promise<JobPostingResponse> {
    const posting = await this.require(id, staff, scope);
    if (!staff.roles.some((r) => JOB_REVIEW_ROLES.includes(r))) throw DomainException.forbidden();
    await this.transition(posting, [JobPostingStatus.PENDING], JobPostingStatus.RETURNED, {
      action: 'job_posting.return',
      reason,
      changes: { returnReason: reason, reviewedBy: staff.displayName, reviewedAt: this.clock.now() },
    });
    return this.get(id, staff, scope);
  }

  /** HR close their posting (filled, withdrawn); staff of the region may close one too. */
  async close(id: number, staff: StaffPrincipal, scope: DataScope): Promise<JobPostingResponse> {
    const posting = await this.require(id, staff, scope);
    await this.transition(
      posting,
      [JobPostingStatus.DRAFT, JobPostingStatus.PENDING, JobPostingStatus.RETURNED, JobPostingStatus.OPEN],
      JobPostingStatus.CLOSED,
      { action: 'job_posting.close', changes: {} },
    );
    return this.get(id, staff, scope);
  }

  private async transition(
    posting: JobPosting,
    from: JobPostingStatus[],
    to: JobPostingStatus,
    opts: { action: string; reason?: string; changes: Partial<JobPosting> },
  ): Promise<void> {
    if (!from.includes(posting.status)) {
      throw DomainException.conflict(`岗位${JOB_POSTING_STATUS_LABELS[posting.status]}，不能${ACTION_LABELS[to]}`);
    }
    await this.postings.manager.transaction(async (m) => {
      const done = await m
        .createQueryBuilder()
        .update(JobPosting)
        .set({ ...opts.changes, status: to, updatedAt: this.clock.now() })
        .where('id = :id AND status IN (:...from)', { id: posting.id, from })
        .execute();
      if (!done.affected) throw DomainException.conflict('岗位状态已变化，请刷新后重试');
      await this.audit.record(
        {
          action: opts.action,
          targetType: 'job_posting',
          targetId: posting.id,
          summary: { from: posting.status, to, ...(opts.reason ? { reason: opts.reason } : {}) },
        },
        m,
      );
    });
  }

  /**
   * The posting rules, one message per field: the work region is a county; wages are a range not
   * under the city's minimum; ages are a range; the valid-until date is a real day from today;
   * no discriminatory term (sex, ethnicity, religion, household registration, "高薪"/"保录").
   */
  async checkRules(
    dto: Omit<JobPostingDto, 'education' | 'ageMin' | 'ageMax'> & Partial<JobPostingDto>,
  ): Promise<void> {
    const errors: FieldError[] = [];
    const region = this.regions.get(dto.regionCode);
    if (!region || region.level !== RegionLevel.COUNTY)
      errors.push({ field: 'regionCode', message: '请选择县（区）级工作地区' });
    const city = region ? this.regions.cityOf(dto.regionCode) : null;
    const min = city ? await this.minWages.findOneBy({ cityCode: city }) : null;
    if (min && dto.wageMinFen < min.monthlyFen) {
      errors.push({
        field: 'wageMinFen',
        message: `月薪下限不得低于${this.regions.nameOf(city!)}最低工资标准 ${yuan(min.monthlyFen)}/月`,
      });
    }
    if (dto.wageMaxFen < dto.wageMinFen) errors.push({ field: 'wageMaxFen', message: '月薪上限不能低于月薪下限' });
    if (dto.ageMin != null && dto.ageMax != null && dto.ageMax < dto.ageMin)
      errors.push({ field: 'ageMax', message: '最高年龄不能低于最低年龄' });
    if (!isRealDate(dto.validUntil)) errors.push({ field: 'validUntil', message: '有效期至不是有效日期' });
    else if (dto.validUntil < this.today()) errors.push({ field: 'validUntil', message: '有效期至不能早于今天' });
    for (const { field, label } of SCREENED) {
      const value = dto[field];
      const term = discriminatoryTermIn(Array.isArray(value) ? value.join('、') : (value as string | undefined));
      if (term) {
        errors.push({
          field,
          message: `${label}含有“${term}”：招聘信息不得限定性别、民族、宗教信仰、户籍地域，不得承诺高薪或保录`,
        });
      }
    }
    if (errors.length) throw DomainException.validation(errors);
  }

  /** A posting's columns from the request (skills trimmed and once each). */
  columnsOf(dto: JobPostingDto): Partial<JobPosting> {
    return {
      title: dto.title,
      occupation: dto.occupation,
      regionCode: dto.regionCode,
      address: dto.address,
      latitude: dto.latitude,
      longitude: dto.longitude,
      headcount: dto.headcount,
      wageMinFen: dto.wageMinFen,
      wageMaxFen: dto.wageMaxFen,
      skills: [...new Set(dto.skills.map((s) => s.trim()).filter(Boolean))],
      education: dto.education ?? null,
      ageMin: dto.ageMin ?? null,
      ageMax: dto.ageMax ?? null,
      contactName: dto.contactName,
      contactPhone: dto.contactPhone,
      description: dto.description,
      validUntil: dto.validUntil,
    };
  }

  async list(query: PostingQueryDto, staff: StaffPrincipal, scope: DataScope): Promise<Page<JobPostingResponse>> {
    const [rows, total] = await (
      await this.query(query, staff, scope)
    )
      .orderBy('p.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async *each(query: PostingQueryDto, staff: StaffPrincipal, scope: DataScope): AsyncGenerator<JobPostingResponse[]> {
    for await (const rows of inBatches(() => this.query(query, staff, scope), 'p')) yield await this.toResponses(rows);
  }

  /** HR: their company's postings; staff: postings in their scope. */
  private async query(query: PostingQueryDto, staff: StaffPrincipal, scope: DataScope) {
    const qb = this.postings.createQueryBuilder('p');
    if (isHrOnly(staff)) qb.andWhere('p.employer_id = :own', { own: (await this.employers.ofHr(staff)).id });
    else {
      if (!staff.roles.some((r) => JOB_STAFF_ROLES.includes(r))) throw DomainException.forbidden();
      applyScope(qb, 'p.region_code', scope);
    }
    const today = this.today();
    if (query.status === JobPostingStatus.EXPIRED) {
      qb.andWhere('p.status = :open AND p.valid_until < :today', { open: JobPostingStatus.OPEN, today });
    } else if (query.status === JobPostingStatus.OPEN) {
      qb.andWhere('p.status = :open AND p.valid_until >= :today', { open: JobPostingStatus.OPEN, today });
    } else if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.employerId) qb.andWhere('p.employer_id = :employerId', { employerId: query.employerId });
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.regionCode) {
      qb.andWhere('p.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    if (query.keyword?.trim()) {
      qb.andWhere("(p.title LIKE :kw ESCAPE '!' OR p.occupation LIKE :kw ESCAPE '!')", {
        kw: `%${likeEscape(query.keyword.trim())}%`,
      });
    }
    return qb;
  }

  /** HR: own company's; staff: in scope; a worker: open postings only. Anything else 404. */
  async get(id: number, who: Principal, scope: DataScope | null): Promise<JobPostingResponse> {
    return (await this.toResponses([await this.require(id, who, scope)]))[0];
  }

  async require(id: number, who: Principal, scope: DataScope | null): Promise<JobPosting> {
    const p = await this.postings.findOneBy({ id });
    if (p) {
      if (!isStaff(who)) {
        if (this.statusOf(p) === JobPostingStatus.OPEN) return p;
      } else if (isHrOnly(who)) {
        const own = await this.employers.ofHr(who);
        if (own.id === p.employerId) return p;
      } else if (who.roles.some((r) => JOB_STAFF_ROLES.includes(r)) && scope) {
        if (scope.all || scope.regionCodes.includes(p.regionCode)) return p;
      }
    }
    throw DomainException.notFound('岗位');
  }

  private async requireOwn(id: number, staff: StaffPrincipal): Promise<JobPosting> {
    const own = await this.employers.ofHr(staff);
    const p = await this.postings.findOneBy({ id });
    if (!p || p.employerId !== own.id) throw DomainException.notFound('岗位');
    return p;
  }

  async toResponses(rows: JobPosting[], m?: EntityManager): Promise<JobPostingResponse[]> {
    if (!rows.length) return [];
    const manager = m ?? this.postings.manager;
    const ids = rows.map((r) => r.id);
    const [employers, apps, pushes, partners] = await Promise.all([
      manager.getRepository(Employer).findBy({ id: In([...new Set(rows.map((r) => r.employerId))]) }),
      manager
        .createQueryBuilder()
        .from('job_application', 'a')
        .select('a.posting_id', 'id')
        .addSelect('COUNT(*)', 'n')
        .where('a.posting_id IN (:...ids)', { ids })
        .groupBy('a.posting_id')
        .getRawMany<{ id: unknown; n: unknown }>(),
      manager
        .createQueryBuilder()
        .from('job_push', 'x')
        .select('x.posting_id', 'id')
        .addSelect('COUNT(*)', 'n')
        .where('x.posting_id IN (:...ids)', { ids })
        .groupBy('x.posting_id')
        .getRawMany<{ id: unknown; n: unknown }>(),
      manager.getRepository(PartnerUnion).find(),
    ]);
    const partnerOf = (employerId: number) => {
      const union = employers.find((e) => e.id === employerId)?.partnerUnionId;
      return union ? (partners.find((u) => u.id === union)?.name ?? null) : null;
    };
    return rows.map((p) => ({
      id: p.id,
      employerId: p.employerId,
      employerName: employers.find((e) => e.id === p.employerId)?.name ?? '',
      title: p.title,
      occupation: p.occupation,
      regionCode: p.regionCode,
      regionName: this.regions.fullName(p.regionCode),
      address: p.address,
      latitude: Number(p.latitude),
      longitude: Number(p.longitude),
      headcount: p.headcount,
      wageMinFen: p.wageMinFen,
      wageMaxFen: p.wageMaxFen,
      skills: p.skills ?? [],
      education: p.education,
      ageMin: p.ageMin,
      ageMax: p.ageMax,
      contactName: p.contactName,
      contactPhone: p.contactPhone,
      description: p.description,
      validUntil: p.validUntil,
      status: this.statusOf(p),
      returnReason: p.returnReason,
      reviewedBy: p.reviewedBy,
      reviewedAt: p.reviewedAt?.toISOString() ?? null,
      applications: toInt(apps.find((a) => toInt(a.id) === p.id)?.n),
      pushes: toInt(pushes.find((a) => toInt(a.id) === p.id)?.n),
      kind: p.kind ?? JobPostingKind.MARKET,
      partnerUnionName: partnerOf(p.employerId),
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    }));
  }

  async minWageList(): Promise<MinWageResponse[]> {
    const rows = await this.minWages.find({ order: { cityCode: 'ASC' } });
    return rows.map((w) => ({
      cityCode: w.cityCode,
      cityName: this.regions.nameOf(w.cityCode),
      monthlyFen: w.monthlyFen,
      hourlyFen: w.hourlyFen,
      updatedAt: w.updatedAt.toISOString(),
    }));
  }

  async setMinWage(cityCode: string, dto: MinWageDto, staff: StaffPrincipal): Promise<MinWageResponse[]> {
    if (!this.regions.cities().some((c) => c.code === cityCode)) throw DomainException.notFound('市州');
    await this.minWages.manager.transaction(async (m) => {
      const before = await m.getRepository(MinWage).findOneBy({ cityCode });
      await m.getRepository(MinWage).save({
        cityCode,
        monthlyFen: dto.monthlyFen,
        hourlyFen: dto.hourlyFen,
        updatedBy: staff.displayName,
        updatedAt: this.clock.now(),
      });
      await this.audit.recordChange(
        {
          action: 'job_min_wage.set',
          targetType: 'region',
          targetId: cityCode,
          before: before ?? {},
          after: { monthlyFen: dto.monthlyFen, hourlyFen: dto.hourlyFen },
        },
        m,
      );
    });
    return this.minWageList();
  }
}

const ACTION_LABELS: Record<JobPostingStatus, string> = {
  [JobPostingStatus.DRAFT]: '保存',
  [JobPostingStatus.PENDING]: '提交审核',
  [JobPostingStatus.RETURNED]: '退回',
  [JobPostingStatus.OPEN]: '审核通过',
  [JobPostingStatus.CLOSED]: '关闭',
  [JobPostingStatus.EXPIRED]: '过期',
};
