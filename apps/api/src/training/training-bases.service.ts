import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  FieldError,
  Page,
  TRAINING_BASE_READ_ROLES,
  TRAINING_BASE_STATUS_LABELS,
  TrainingBaseCriteria,
  TrainingBaseCriterion,
  TrainingBaseResponse,
  TrainingBaseStatus,
  TrainingBaseSubsidyResponse,
} from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { shanghaiYear } from '../common/dates';
import { AuditService } from '../audit/audit.service';
import { isStaff, type StaffPrincipal } from '../auth/principal';
import { Center } from '../centers/centers.entities';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage } from '../common/pagination';
import { FileRecordType, FilesService } from '../files/files.service';
import { RegionService } from '../region/region.service';
import { applyScope, assertInScope, DataScope } from '../scope/data-scope';
import { AccreditDto, TrainingBaseDto, TrainingBaseQueryDto, TrainingBaseSubsidyDto } from './training.dto';
import { TrainingBase, TrainingBaseSubsidy } from './training.entities';

const BASE = '培训基地';
const CRITERIA = Object.values(TrainingBaseCriterion);

/**
 * Training bases (the first "1" of 151): a center or an institution applies showing the four
 * criteria with evidence; the training admin accredits (counting toward the year's 10) or
 * refuses with a reason; a refused application may be amended and sent again.
 */
@Injectable()
export class TrainingBasesService implements OnModuleInit {
  constructor(
    @InjectRepository(TrainingBase) private readonly bases: Repository<TrainingBase>,
    @InjectRepository(TrainingBaseSubsidy) private readonly subsidies: Repository<TrainingBaseSubsidy>,
    @InjectRepository(Center) private readonly centers: Repository<Center>,
    private readonly files: FilesService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Evidence is read as the base is: base readers in its region. */
  onModuleInit(): void {
    this.files.registerReadRule(FileRecordType.TRAINING_BASE, async (id, reader, scope) => {
      if (!isStaff(reader) || !scope || !reader.roles.some((r) => TRAINING_BASE_READ_ROLES.includes(r))) return false;
      const base = await this.bases.findOneBy({ id });
      return !!base && (scope.all || scope.regionCodes.includes(base.regionCode));
    });
  }

  async apply(dto: TrainingBaseDto, staff: StaffPrincipal, scope: DataScope): Promise<TrainingBaseResponse> {
    await this.check(dto, staff, scope);
    const now = this.clock.now();
    const id = await this.bases.manager.transaction(async (m) => {
      const result = await m.getRepository(TrainingBase).insert({
        ...this.values(dto),
        status: TrainingBaseStatus.APPLIED,
        decisionReason: null,
        decidedByName: null,
        decidedAt: null,
        accreditedYear: null,
        appliedBy: staff.id,
        createdAt: now,
        updatedAt: now,
      });
      const baseId = Number(result.identifiers[0].id);
      await this.attachEvidence(m, dto, staff, baseId);
      await this.audit.record(
        {
          action: 'training_base.apply',
          targetType: 'training_base',
          targetId: baseId,
          summary: { name: dto.name, kind: dto.kind, regionCode: dto.regionCode },
        },
        m,
      );
      return baseId;
    });
    return this.get(id, scope);
  }

  /** Amends an application still waiting, or a refused one (which is then sent again). */
  async amend(
    id: number,
    dto: TrainingBaseDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<TrainingBaseResponse> {
    const base = await this.requireInScope(id, scope);
    if (base.status === TrainingBaseStatus.ACCREDITED) throw DomainException.conflict('基地已认定，不能修改申报材料');
    await this.check(dto, staff, scope, id);
    await this.bases.manager.transaction(async (m) => {
      await this.attachEvidence(m, dto, staff, id);
      const values = this.values(dto);
      const moved = await m
        .createQueryBuilder()
        .update(TrainingBase)
        .set({ ...values, status: TrainingBaseStatus.APPLIED, updatedAt: this.clock.now() })
        .where('id = :id AND status IN (:...from)', {
          id,
          from: [TrainingBaseStatus.APPLIED, TrainingBaseStatus.REFUSED],
        })
        .execute();
      if (!moved.affected) throw DomainException.conflict('基地状态已变化，请刷新后重试');
      await this.audit.recordChange(
        {
          action: 'training_base.amend',
          targetType: 'training_base',
          targetId: id,
          before: base,
          after: { ...values, status: TrainingBaseStatus.APPLIED },
        },
        m,
      );
    });
    return this.get(id, scope);
  }

  async accredit(id: number, dto: AccreditDto, staff: StaffPrincipal, scope: DataScope): Promise<TrainingBaseResponse> {
    const base = await this.requireInScope(id, scope);
    const year = dto.year ?? shanghaiYear(this.clock.now());
    await this.decide(base, TrainingBaseStatus.ACCREDITED, staff, {
      accreditedYear: year,
      decisionReason: dto.comment?.trim() || null,
    });
    return this.get(id, scope);
  }

  async refuse(id: number, reason: string, staff: StaffPrincipal, scope: DataScope): Promise<TrainingBaseResponse> {
    const base = await this.requireInScope(id, scope);
    await this.decide(base, TrainingBaseStatus.REFUSED, staff, { accreditedYear: null, decisionReason: reason.trim() });
    return this.get(id, scope);
  }

  private async decide(
    base: TrainingBase,
    to: TrainingBaseStatus,
    staff: StaffPrincipal,
    changes: Pick<TrainingBase, 'accreditedYear' | 'decisionReason'>,
  ): Promise<void> {
    if (base.status !== TrainingBaseStatus.APPLIED) {
      throw DomainException.conflict(`基地${TRAINING_BASE_STATUS_LABELS[base.status]}，不在待认定状态`);
    }
    const now = this.clock.now();
    await this.bases.manager.transaction(async (m) => {
      const moved = await m
        .createQueryBuilder()
        .update(TrainingBase)
        .set({ ...changes, status: to, decidedByName: staff.displayName, decidedAt: now, updatedAt: now })
        .where('id = :id AND status = :from', { id: base.id, from: TrainingBaseStatus.APPLIED })
        .execute();
      if (!moved.affected) throw DomainException.conflict('基地状态已变化，请刷新后重试');
      await this.audit.record(
        {
          action: to === TrainingBaseStatus.ACCREDITED ? 'training_base.accredit' : 'training_base.refuse',
          targetType: 'training_base',
          targetId: base.id,
          summary: { from: base.status, to, ...changes },
        },
        m,
      );
    });
  }

  async addSubsidy(
    id: number,
    dto: TrainingBaseSubsidyDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<TrainingBaseResponse> {
    const base = await this.requireInScope(id, scope);
    if (base.status !== TrainingBaseStatus.ACCREDITED)
      throw DomainException.conflict('只有已认定的基地可以登记建设补助');
    await this.bases.manager.transaction(async (m) => {
      const result = await m.getRepository(TrainingBaseSubsidy).insert({
        baseId: id,
        year: dto.year,
        amountFen: dto.amountFen,
        purpose: dto.purpose.trim(),
        recordedBy: staff.displayName,
        createdAt: this.clock.now(),
      });
      await this.audit.record(
        {
          action: 'training_base.subsidy',
          targetType: 'training_base',
          targetId: id,
          summary: { subsidyId: Number(result.identifiers[0].id), year: dto.year, amountFen: dto.amountFen },
        },
        m,
      );
    });
    return this.get(id, scope);
  }

  async list(query: TrainingBaseQueryDto, scope: DataScope): Promise<Page<TrainingBaseResponse>> {
    const qb = this.bases.createQueryBuilder('b');
    applyScope(qb, 'b.region_code', scope);
    if (query.status) qb.andWhere('b.status = :status', { status: query.status });
    if (query.year) qb.andWhere('b.accredited_year = :year', { year: query.year });
    if (query.regionCode) {
      qb.andWhere('b.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    const [rows, total] = await qb.orderBy('b.id', 'DESC').skip(skipOf(query)).take(query.pageSize).getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async get(id: number, scope: DataScope): Promise<TrainingBaseResponse> {
    return (await this.toResponses([await this.requireInScope(id, scope)]))[0];
  }

  async requireInScope(id: number, scope: DataScope): Promise<TrainingBase> {
    const base = await this.bases.findOneBy({ id });
    if (!base) throw DomainException.notFound(BASE);
    assertInScope(scope, base.regionCode, BASE);
    return base;
  }

  private async toResponses(rows: TrainingBase[]): Promise<TrainingBaseResponse[]> {
    if (!rows.length) return [];
    const [files, subsidies] = await Promise.all([
      this.files.describeMany(rows.flatMap((r) => CRITERIA.flatMap((c) => r.criteria[c]?.evidence ?? []))),
      this.subsidies.find({ where: { baseId: In(rows.map((r) => r.id)) }, order: { year: 'DESC', id: 'DESC' } }),
    ]);
    return rows.map((b) => ({
      id: b.id,
      name: b.name,
      kind: b.kind,
      centerId: b.centerId,
      regionCode: b.regionCode,
      regionName: this.regions.fullName(b.regionCode),
      address: b.address,
      contactName: b.contactName,
      contactPhone: b.contactPhone,
      criteria: Object.fromEntries(
        CRITERIA.map((c) => [
          c,
          {
            description: b.criteria[c]?.description ?? '',
            evidence: (b.criteria[c]?.evidence ?? []).filter((f) => files.has(f)).map((f) => files.get(f)!),
          },
        ]),
      ) as TrainingBaseResponse['criteria'],
      status: b.status,
      decisionReason: b.decisionReason,
      decidedBy: b.decidedByName,
      decidedAt: b.decidedAt?.toISOString() ?? null,
      accreditedYear: b.accreditedYear,
      subsidies: subsidies.filter((s) => s.baseId === b.id).map(subsidyResponse),
      createdAt: b.createdAt.toISOString(),
      updatedAt: b.updatedAt.toISOString(),
    }));
  }

  private values(dto: TrainingBaseDto) {
    const criteria = Object.fromEntries(
      CRITERIA.map((c) => [
        c,
        { description: dto.criteria[c].description.trim(), evidence: [...new Set(dto.criteria[c].evidence)] },
      ]),
    ) as TrainingBaseCriteria;
    return {
      name: dto.name.trim(),
      kind: dto.kind,
      centerId: dto.centerId ?? null,
      organizationId: null,
      regionCode: dto.regionCode,
      address: dto.address.trim(),
      contactName: dto.contactName.trim(),
      contactPhone: dto.contactPhone.trim(),
      criteria,
    };
  }

  private async attachEvidence(m: EntityManager, dto: TrainingBaseDto, staff: StaffPrincipal, id: number) {
    for (const c of CRITERIA) {
      await this.files.attach(
        m,
        dto.criteria[c].evidence,
        staff,
        { type: FileRecordType.TRAINING_BASE, id },
        `criteria.${c}.evidence`,
      );
    }
  }

  private async check(dto: TrainingBaseDto, staff: StaffPrincipal, scope: DataScope, id?: number): Promise<void> {
    const errors: FieldError[] = [];
    if (!this.regions.get(dto.regionCode)) errors.push({ field: 'regionCode', message: '所在地区不存在' });
    else if (!scope.all && !scope.regionCodes.includes(dto.regionCode)) {
      errors.push({ field: 'regionCode', message: '只能申报本级及下级地区的培训基地' });
    }
    if (dto.centerId && !(await this.centers.findOneBy({ id: dto.centerId }))) {
      errors.push({ field: 'centerId', message: '帮扶中心不存在' });
    }
    if (errors.length) throw DomainException.validation(errors);
    for (const c of CRITERIA) {
      await this.files.checkAttachable(
        dto.criteria[c].evidence,
        staff,
        `criteria.${c}.evidence`,
        id === undefined ? undefined : { type: FileRecordType.TRAINING_BASE, id },
      );
    }
  }
}

function subsidyResponse(s: TrainingBaseSubsidy): TrainingBaseSubsidyResponse {
  return {
    id: s.id,
    baseId: s.baseId,
    year: s.year,
    amountFen: s.amountFen,
    purpose: s.purpose,
    recordedBy: s.recordedBy,
    createdAt: s.createdAt.toISOString(),
  };
}
