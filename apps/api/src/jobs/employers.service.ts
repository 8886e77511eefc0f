import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  EmployerMergeNameResponse,
  EmployerOption,
  EmployerResponse,
  JobPostingStatus,
  OrganizationType,
  Page,
  Role,
} from '@steadywork/shared';
import { In, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { shanghaiDate } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { inBatches, skipOf, toPage } from '../common/pagination';
import { isUniqueViolation, likeEscape, toInt } from '../common/sql';
import { Organization } from '../organization/organization.entity';
import { RegionService } from '../region/region.service';
import { applyScope, assertInScope, DataScope } from '../scope/data-scope';
import { StaffUser } from '../staff/staff-user.entity';
import { Worker } from '../workers/worker.entity';
import { PartnerUnion } from './events.entities';
import { EmployerDto, EmployerQueryDto } from './jobs.dto';
import { Employer } from './jobs.entities';

/**
 * The employer registry (SPEC §7): enterprises by unified social credit code, registered by union
 * staff in their region. An enterprise organisation's HR accounts act for the employer linked to
 * it; workers pick their employer from the registry (decision 14 moved onto this link).
 */
@Injectable()
export class EmployersService {
  constructor(
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
    @InjectRepository(Worker) private readonly workers: Repository<Worker>,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The HR officer's employer; an HR account of no registered enterprise acts for none. */
  async ofHr(staff: StaffPrincipal): Promise<Employer> {
    const employer = await this.employers.findOneBy({ organizationId: staff.organizationId });
    if (!employer) throw DomainException.forbidden('账号所在企业尚未登记到企业名录，请联系当地工会');
    return employer;
  }

  async list(query: EmployerQueryDto, staff: StaffPrincipal, scope: DataScope): Promise<Page<EmployerResponse>> {
    const [rows, total] = await (
      await this.query(query, staff, scope)
    )
      .orderBy('e.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async *each(query: EmployerQueryDto, staff: StaffPrincipal, scope: DataScope): AsyncGenerator<EmployerResponse[]> {
    for await (const rows of inBatches(() => this.query(query, staff, scope), 'e')) yield await this.toResponses(rows);
  }

  private async query(query: EmployerQueryDto, staff: StaffPrincipal, scope: DataScope) {
    const qb = this.employers.createQueryBuilder('e');
    if (isHrOnly(staff)) qb.andWhere('e.organization_id = :org', { org: staff.organizationId });
    else applyScope(qb, 'e.region_code', scope);
    if (query.keyword?.trim()) {
      qb.andWhere("(e.name LIKE :kw ESCAPE '!' OR e.credit_code = :code)", {
        kw: `%${likeEscape(query.keyword.trim())}%`,
        code: query.keyword.trim().toUpperCase(),
      });
    }
    if (query.regionCode) {
      qb.andWhere('e.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    return qb;
  }

  /** Names and ids for a worker or staff member to pick from (anyone signed in). */
  async options(keyword: string | undefined): Promise<EmployerOption[]> {
    const qb = this.employers.createQueryBuilder('e').orderBy('e.name', 'ASC').take(20);
    if (keyword?.trim()) qb.where("e.name LIKE :kw ESCAPE '!'", { kw: `%${likeEscape(keyword.trim())}%` });
    const rows = await qb.getMany();
    return rows.map((e) => ({ id: e.id, name: e.name, regionName: this.regions.fullName(e.regionCode) }));
  }

  async get(id: number, staff: StaffPrincipal, scope: DataScope): Promise<EmployerResponse> {
    return (await this.toResponses([await this.require(id, staff, scope)]))[0];
  }

  async require(id: number, staff: StaffPrincipal, scope: DataScope): Promise<Employer> {
    const e = await this.employers.findOneBy({ id });
    if (!e) throw DomainException.notFound('企业');
    if (isHrOnly(staff)) {
      if (e.organizationId !== staff.organizationId) throw DomainException.notFound('企业');
    } else assertInScope(scope, e.regionCode, '企业');
    return e;
  }

  async create(dto: EmployerDto, staff: StaffPrincipal, scope: DataScope): Promise<EmployerResponse> {
    await this.check(dto, scope, null);
    const now = this.clock.now();
    let id: number;
    try {
      id = await this.employers.manager.transaction(async (m) => {
        const r = await m.getRepository(Employer).insert({
          ...this.values(dto),
          createdBy: staff.id,
          createdAt: now,
          updatedAt: now,
        });
        const employerId = Number(r.identifiers[0].id);
        // the workers who typed exactly this name are its employees from now on
        await m.getRepository(Worker).update({ employer: dto.name, employerId: IsNull() }, { employerId });
        await this.audit.record(
          {
            action: 'employer.create',
            targetType: 'employer',
            targetId: employerId,
            summary: { creditCode: dto.creditCode, organizationId: dto.organizationId ?? null },
          },
          m,
        );
        return employerId;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw this.taken(dto);
      throw err;
    }
    return this.get(id, staff, scope);
  }

  /** The columns an employer form sets (create and edit alike). */
  private values(dto: EmployerDto) {
    return {
      name: dto.name,
      creditCode: dto.creditCode,
      regionCode: dto.regionCode,
      industry: dto.industry,
      size: dto.size,
      address: dto.address?.trim() || null,
      contactPhone: dto.contactPhone?.trim() || null,
      organizationId: dto.organizationId ?? null,
      partnerUnionId: dto.partnerUnionId ?? null,
    };
  }

  async update(id: number, dto: EmployerDto, staff: StaffPrincipal, scope: DataScope): Promise<EmployerResponse> {
    if (isHrOnly(staff)) throw DomainException.forbidden();
    const before = await this.require(id, staff, scope);
    await this.check(dto, scope, id);
    try {
      await this.employers.manager.transaction(async (m) => {
        const values = this.values(dto);
        await m.getRepository(Employer).update({ id }, { ...values, updatedAt: this.clock.now() });
        if (before.name !== dto.name) await m.getRepository(Worker).update({ employerId: id }, { employer: dto.name });
        await this.audit.recordChange(
          { action: 'employer.update', targetType: 'employer', targetId: id, before, after: values },
          m,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw this.taken(dto);
      throw err;
    }
    return this.get(id, staff, scope);
  }

  /**
   * Merges a name workers typed into this employer: those workers are linked to it and their
   * stated employer becomes its registered name. Returns how many were linked.
   */
  async mergeName(
    id: number,
    name: string,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<EmployerMergeNameResponse> {
    const employer = await this.require(id, staff, scope);
    return this.employers.manager.transaction(async (m) => {
      const done = await m
        .getRepository(Worker)
        .update({ employer: name, employerId: IsNull() }, { employerId: id, employer: employer.name });
      const linked = done.affected ?? 0;
      await this.audit.record(
        { action: 'employer.merge_name', targetType: 'employer', targetId: id, summary: { name, linked } },
        m,
      );
      return { linked };
    });
  }

  private async check(dto: EmployerDto, scope: DataScope, id: number | null): Promise<void> {
    const errors = [];
    const region = this.regions.get(dto.regionCode);
    if (!region) errors.push({ field: 'regionCode', message: '所在地区不存在' });
    else if (!scope.all && !scope.regionCodes.includes(dto.regionCode))
      errors.push({ field: 'regionCode', message: '所在地区不在您的管辖范围内' });
    if (dto.organizationId !== undefined) {
      const org = await this.orgs.findOneBy({ id: dto.organizationId });
      if (!org || org.type !== OrganizationType.ENTERPRISE)
        errors.push({ field: 'organizationId', message: '请选择企业类型的组织' });
      else {
        const other = await this.employers.findOneBy({ organizationId: org.id });
        if (other && other.id !== id)
          errors.push({ field: 'organizationId', message: `该组织已关联企业“${other.name}”` });
      }
    }
    if (
      dto.partnerUnionId != null &&
      !(await this.employers.manager.getRepository(PartnerUnion).existsBy({ id: dto.partnerUnionId }))
    )
      errors.push({ field: 'partnerUnionId', message: '对口援青合作工会不存在' });
    if (errors.length) throw DomainException.validation(errors);
  }

  private taken(dto: EmployerDto): DomainException {
    return DomainException.conflict('该统一社会信用代码的企业已登记', [
      { field: 'creditCode', message: `统一社会信用代码 ${dto.creditCode} 已登记` },
    ]);
  }

  async toResponses(rows: Employer[]): Promise<EmployerResponse[]> {
    if (!rows.length) return [];
    const orgIds = [0, ...rows.map((r) => r.organizationId ?? 0)];
    const hr: { org: number; n: unknown }[] = await this.employers.manager
      .createQueryBuilder(StaffUser, 's')
      .innerJoin('staff_role', 'r', 'r.user_id = s.id AND r.role = :hr', { hr: Role.HR })
      .select('s.organization_id', 'org')
      .addSelect('COUNT(*)', 'n')
      .where('s.organization_id IN (:...orgIds)', { orgIds })
      .groupBy('s.organization_id')
      .getRawMany();
    const open: { employer: number; n: unknown }[] = await this.employers.manager
      .createQueryBuilder()
      .from('job_posting', 'p')
      .select('p.employer_id', 'employer')
      .addSelect('COUNT(*)', 'n')
      .where('p.employer_id IN (:...ids)', { ids: rows.map((r) => r.id) })
      .andWhere('p.status = :open AND p.valid_until >= :today', {
        open: JobPostingStatus.OPEN,
        today: shanghaiDate(this.clock.now()),
      })
      .groupBy('p.employer_id')
      .getRawMany();
    const partners = await this.employers.manager.getRepository(PartnerUnion).find();
    return rows.map((e) => ({
      id: e.id,
      name: e.name,
      creditCode: e.creditCode,
      regionCode: e.regionCode,
      regionName: this.regions.fullName(e.regionCode),
      industry: e.industry,
      size: e.size,
      address: e.address,
      contactPhone: e.contactPhone,
      organizationId: e.organizationId,
      hrAccounts: toInt(hr.find((h) => toInt(h.org) === e.organizationId)?.n),
      openPostings: toInt(open.find((o) => toInt(o.employer) === e.id)?.n),
      partnerUnionId: e.partnerUnionId,
      partnerUnionName: partners.find((u) => u.id === e.partnerUnionId)?.name ?? null,
      createdAt: e.createdAt.toISOString(),
    }));
  }

  byIds(ids: number[]): Promise<Employer[]> {
    return this.employers.findBy({ id: In([0, ...ids]) });
  }
}

/** An account whose only job role is HR: it sees its own company, not a region. */
export function isHrOnly(staff: StaffPrincipal): boolean {
  return staff.roles.includes(Role.HR) && !staff.roles.some((r) => r !== Role.HR);
}
