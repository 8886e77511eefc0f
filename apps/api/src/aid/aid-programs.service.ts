import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AID_AWARDED_STATUSES,
  AID_DEFAULTS,
  AID_TYPE_LABELS,
  AidApplicationStatus,
  AidDashboard,
  AidProgramResponse,
  AidProgramStats,
  AidType,
  FieldError,
} from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation, toInt } from '../common/sql';
import { EmploymentOutcome } from '../outcomes/outcome.entity';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { AidApplication, AidProgram, AidRegionQuotaRow } from './aid.entities';
import { isRealDate, shanghaiDate, shanghaiYear } from '../common/dates';
import { AidProgramDto } from './dto/aid.dto';

/** Programme years (SPEC §4): amounts, quotas, windows and rules are data, set each year. */
@Injectable()
export class AidProgramsService {
  constructor(
    @InjectRepository(AidProgram) private readonly programs: Repository<AidProgram>,
    @InjectRepository(AidRegionQuotaRow) private readonly shares: Repository<AidRegionQuotaRow>,
    @InjectRepository(AidApplication) private readonly applications: Repository<AidApplication>,
    @InjectRepository(EmploymentOutcome) private readonly outcomes: Repository<EmploymentOutcome>,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(dto: AidProgramDto, staff: StaffPrincipal): Promise<AidProgramResponse> {
    const values = this.validated(dto);
    const now = this.clock.now();
    let id: number;
    try {
      id = await this.programs.manager.transaction(async (m) => {
        const result = await m.getRepository(AidProgram).insert({
          ...values.program,
          awarded: 0,
          createdBy: staff.id,
          createdAt: now,
          updatedAt: now,
        });
        const programId = Number(result.identifiers[0].id);
        await this.writeShares(m, programId, values.shares);
        await this.audit.record(
          {
            action: 'aid_program.create',
            targetType: 'aid_program',
            targetId: programId,
            summary: { year: dto.year, aidType: dto.aidType, quota: values.program.quota },
          },
          m,
        );
        return programId;
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw DomainException.conflict(`${dto.year}年已有${AID_TYPE_LABELS[dto.aidType]}项目`, [
          { field: 'aidType', message: '该年度已有此类项目，请修改原项目' },
        ]);
      }
      throw err;
    }
    return this.get(id);
  }

  async update(id: number, dto: AidProgramDto): Promise<AidProgramResponse> {
    const existing = await this.require(id);
    if (dto.year !== existing.year || dto.aidType !== existing.aidType) {
      throw DomainException.validation([
        { field: dto.year !== existing.year ? 'year' : 'aidType', message: '年度和帮扶类型创建后不能修改' },
      ]);
    }
    const values = this.validated(dto);
    await this.programs.manager.transaction(async (m) => {
      // Conditional: a concurrent approval may have taken a place since we read.
      const updated = await m
        .createQueryBuilder()
        .update(AidProgram)
        .set({ ...values.program, updatedAt: this.clock.now() })
        .where('id = :id AND awarded <= :quota', { id, quota: values.program.quota })
        .execute();
      if (!updated.affected) {
        throw DomainException.validation([{ field: 'quota', message: '名额不能少于已通过复审的人数' }]);
      }
      const taken = await m.getRepository(AidRegionQuotaRow).findBy({ programId: id });
      for (const row of taken) {
        const share = values.shares?.[row.regionCode] ?? 0;
        if (values.shares && row.awarded > share) {
          throw DomainException.validation([
            {
              field: `regionQuotas.${row.regionCode}`,
              message: `${this.regions.nameOf(row.regionCode)}已有 ${row.awarded} 人通过，名额不能更少`,
            },
          ]);
        }
      }
      await m.getRepository(AidRegionQuotaRow).delete({ programId: id });
      if (values.shares) {
        // Places already taken in each city carry over to the new split.
        const counts = await this.awardedByCity(m, id);
        await this.writeShares(m, id, values.shares, counts);
      }
      await this.audit.recordChange(
        {
          action: 'aid_program.update',
          targetType: 'aid_program',
          targetId: id,
          before: existing,
          after: values.program,
        },
        m,
      );
    });
    return this.get(id);
  }

  async list(year?: number): Promise<AidProgramResponse[]> {
    const rows = await this.programs.find({
      where: year ? { year } : {},
      order: { year: 'DESC', aidType: 'ASC' },
    });
    return this.toResponses(rows);
  }

  async get(id: number): Promise<AidProgramResponse> {
    return (await this.toResponses([await this.require(id)]))[0];
  }

  async require(id: number): Promise<AidProgram> {
    const program = await this.programs.findOneBy({ id });
    if (!program) throw DomainException.notFound('帮扶项目');
    return program;
  }

  async toResponses(rows: AidProgram[]): Promise<AidProgramResponse[]> {
    if (!rows.length) return [];
    const shares = await this.shares.findBy({ programId: In(rows.map((r) => r.id)) });
    const today = shanghaiDate(this.clock.now());
    return rows.map((p) => {
      const mine = shares.filter((s) => s.programId === p.id);
      return {
        id: p.id,
        year: p.year,
        aidType: p.aidType,
        name: p.name,
        description: p.description,
        amountFen: p.amountFen,
        quota: p.quota,
        awarded: p.awarded,
        regionQuotas: mine.length
          ? mine
              .sort((a, b) => a.regionCode.localeCompare(b.regionCode))
              .map((s) => ({
                regionCode: s.regionCode,
                regionName: this.regions.nameOf(s.regionCode),
                quota: s.quota,
                awarded: s.awarded,
              }))
          : null,
        applyFrom: p.applyFrom,
        applyUntil: p.applyUntil,
        open: p.applyFrom <= today && today <= p.applyUntil,
        requiredAttachments: p.requiredAttachments,
        outcomeTarget: p.outcomeTarget,
        onePerYear: p.onePerYear,
        minAge: p.minAge,
        maxAge: p.maxAge,
        createdAt: p.createdAt.toISOString(),
      };
    });
  }

  /** The programme's figures, counted within the caller's data scope. */
  async stats(id: number, scope: DataScope): Promise<AidProgramStats> {
    const program = await this.get(id);
    const qb = this.applications
      .createQueryBuilder('a')
      .select('a.status', 'status')
      .addSelect('a.city_code', 'city')
      .addSelect('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(a.paid_amount_fen), 0)', 'paid')
      .where('a.program_id = :id', { id })
      .groupBy('a.status')
      .addGroupBy('a.city_code');
    applyScope(qb, 'a.region_code', scope);
    const rows = await qb.getRawMany<{ status: AidApplicationStatus; city: string; n: unknown; paid: unknown }>();
    const byStatus: AidProgramStats['byStatus'] = {};
    const cities = new Map<string, { awarded: number; paidCount: number; paidFen: number }>();
    for (const city of this.citiesInScope(scope)) cities.set(city, { awarded: 0, paidCount: 0, paidFen: 0 });
    let paidCount = 0;
    let paidFen = 0;
    let awaiting = 0;
    for (const r of rows) {
      const n = toInt(r.n);
      byStatus[r.status] = (byStatus[r.status] ?? 0) + n;
      const c = cities.get(r.city) ?? { awarded: 0, paidCount: 0, paidFen: 0 };
      if (AID_AWARDED_STATUSES.includes(r.status)) c.awarded += n;
      if (r.status === AidApplicationStatus.PAID) {
        c.paidCount += n;
        c.paidFen += toInt(r.paid);
        paidCount += n;
        paidFen += toInt(r.paid);
      }
      if (r.status === AidApplicationStatus.CONFIRMED) awaiting += n;
      cities.set(r.city, c);
    }
    const shareOf = new Map(program.regionQuotas?.map((s) => [s.regionCode, s.quota]) ?? []);
    return {
      program,
      byStatus,
      byRegion: [...cities.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, c]) => ({
          regionCode: code,
          regionName: this.regions.nameOf(code),
          quota: program.regionQuotas ? (shareOf.get(code) ?? 0) : null,
          ...c,
        })),
      paidCount,
      paidFen,
      awaitingPaymentCount: awaiting,
      awaitingPaymentFen: awaiting * program.amountFen,
    };
  }

  /** The console home: the year's awards per type against quota, funds paid, outcomes against the target. */
  async dashboard(year: number | undefined, scope: DataScope): Promise<AidDashboard> {
    const y = year ?? shanghaiYear(this.clock.now());
    const programs = await this.programs.findBy({ year: y });
    const apps = this.applications
      .createQueryBuilder('a')
      .select('a.aid_type', 'aidType')
      .addSelect('a.status', 'status')
      .addSelect('a.city_code', 'city')
      .addSelect('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(a.paid_amount_fen), 0)', 'paid')
      .where('a.year = :y', { y })
      .groupBy('a.aid_type')
      .addGroupBy('a.status')
      .addGroupBy('a.city_code');
    applyScope(apps, 'a.region_code', scope);
    const rows = await apps.getRawMany<{
      aidType: AidType;
      status: AidApplicationStatus;
      city: string;
      n: unknown;
      paid: unknown;
    }>();
    const outcomeQb = this.outcomes
      .createQueryBuilder('o')
      .select('o.region_code', 'region')
      .addSelect('COUNT(*)', 'n')
      .where('o.year = :y', { y })
      .groupBy('o.region_code');
    applyScope(outcomeQb, 'o.region_code', scope);
    const outcomeRows = await outcomeQb.getRawMany<{ region: string; n: unknown }>();

    const regionRows = new Map<string, AidDashboard['byRegion'][number]>();
    for (const city of this.citiesInScope(scope)) {
      regionRows.set(city, {
        regionCode: city,
        regionName: this.regions.nameOf(city),
        awarded: {},
        paidFen: 0,
        outcomes: 0,
      });
    }
    const rowFor = (city: string) => {
      if (!regionRows.has(city)) {
        regionRows.set(city, {
          regionCode: city,
          regionName: this.regions.nameOf(city),
          awarded: {},
          paidFen: 0,
          outcomes: 0,
        });
      }
      return regionRows.get(city)!;
    };
    const perType = new Map<AidType, { awarded: number; paidFen: number }>();
    let paidFen = 0;
    let awaiting = 0;
    let firstReview = 0;
    let finalReview = 0;
    for (const r of rows) {
      const n = toInt(r.n);
      const t = perType.get(r.aidType) ?? { awarded: 0, paidFen: 0 };
      const region = rowFor(r.city);
      if (AID_AWARDED_STATUSES.includes(r.status)) {
        t.awarded += n;
        region.awarded[r.aidType] = (region.awarded[r.aidType] ?? 0) + n;
      }
      if (r.status === AidApplicationStatus.PAID) {
        t.paidFen += toInt(r.paid);
        region.paidFen += toInt(r.paid);
        paidFen += toInt(r.paid);
      }
      if (r.status === AidApplicationStatus.CONFIRMED) awaiting += n;
      if (r.status === AidApplicationStatus.SUBMITTED) firstReview += n;
      if (r.status === AidApplicationStatus.FIRST_APPROVED) finalReview += n;
      perType.set(r.aidType, t);
    }
    let outcomes = 0;
    for (const o of outcomeRows) {
      const n = toInt(o.n);
      outcomes += n;
      const city = this.regions.cityOf(o.region);
      if (city) rowFor(city).outcomes += n;
    }
    // no programme for the year: no target (目标未设置), never a figure from the code
    const target = programs.length ? Math.max(...programs.map((p) => p.outcomeTarget)) : null;
    return {
      year: y,
      types: Object.values(AidType).map((aidType) => {
        const p = programs.find((x) => x.aidType === aidType);
        return {
          aidType,
          programId: p?.id ?? null,
          quota: p?.quota ?? 0,
          awarded: perType.get(aidType)?.awarded ?? 0,
          paidFen: perType.get(aidType)?.paidFen ?? 0,
        };
      }),
      outcomes: { count: outcomes, target },
      byRegion: [...regionRows.values()].sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
      paidFen,
      awaitingPaymentCount: awaiting,
      pendingFirstReview: firstReview,
      pendingFinalReview: finalReview,
    };
  }

  private citiesInScope(scope: DataScope): string[] {
    if (scope.all) return this.regions.cities().map((c) => c.code);
    const city = this.regions.cityOf(scope.rootRegionCode);
    return city ? [city] : [];
  }

  private async awardedByCity(m: EntityManager, programId: number): Promise<Map<string, number>> {
    const rows = await m
      .getRepository(AidApplication)
      .createQueryBuilder('a')
      .select('a.city_code', 'city')
      .addSelect('COUNT(*)', 'n')
      .where('a.program_id = :programId AND a.status IN (:...awarded)', { programId, awarded: AID_AWARDED_STATUSES })
      .groupBy('a.city_code')
      .getRawMany<{ city: string; n: unknown }>();
    return new Map(rows.map((r) => [r.city, toInt(r.n)]));
  }

  private async writeShares(
    m: EntityManager,
    programId: number,
    shares: Record<string, number> | null,
    awarded = new Map<string, number>(),
  ): Promise<void> {
    if (!shares) return;
    const rows = Object.entries(shares).map(([regionCode, quota]) => ({
      programId,
      regionCode,
      quota,
      awarded: awarded.get(regionCode) ?? 0,
    }));
    if (rows.length) await m.getRepository(AidRegionQuotaRow).insert(rows);
  }

  private validated(dto: AidProgramDto) {
    const errors: FieldError[] = [];
    if (!isRealDate(dto.applyFrom)) errors.push({ field: 'applyFrom', message: '申报开始日期不是有效日期' });
    if (!isRealDate(dto.applyUntil)) errors.push({ field: 'applyUntil', message: '申报截止日期不是有效日期' });
    if (!errors.length && dto.applyUntil < dto.applyFrom) {
      errors.push({ field: 'applyUntil', message: '申报截止日期不能早于开始日期' });
    }
    const quota = dto.quota ?? AID_DEFAULTS.quota;
    const minAge = dto.minAge ?? AID_DEFAULTS.minAge;
    const maxAge = dto.maxAge ?? AID_DEFAULTS.maxAge;
    if (maxAge <= minAge) errors.push({ field: 'maxAge', message: '年龄上限应大于最低年龄' });
    let shares: Record<string, number> | null = null;
    if (dto.regionQuotas && Object.keys(dto.regionQuotas).length) {
      const cities = new Set(this.regions.cities().map((c) => c.code));
      let sum = 0;
      for (const [code, n] of Object.entries(dto.regionQuotas)) {
        if (!cities.has(code)) errors.push({ field: `regionQuotas.${code}`, message: '名额只能分配到市州' });
        else if (!Number.isInteger(n) || n < 0)
          errors.push({ field: `regionQuotas.${code}`, message: '名额应为非负整数' });
        else sum += n;
      }
      if (!errors.length && sum !== quota) {
        errors.push({ field: 'regionQuotas', message: `各市州名额之和（${sum}）应等于总名额（${quota}）` });
      }
      shares = dto.regionQuotas;
    }
    const keys = (dto.requiredAttachments ?? []).map((a) => a.key);
    const dup = keys.findIndex((k, i) => keys.indexOf(k) !== i);
    if (dup >= 0) errors.push({ field: `requiredAttachments[${dup}].key`, message: '材料代码重复' });
    if (errors.length) throw DomainException.validation(errors);
    return {
      program: {
        year: dto.year,
        aidType: dto.aidType,
        name: dto.name ?? `${dto.year}年“221”工程${AID_TYPE_LABELS[dto.aidType]}`,
        description: dto.description ?? '',
        amountFen: dto.amountFen ?? AID_DEFAULTS.amountFen,
        quota,
        applyFrom: dto.applyFrom,
        applyUntil: dto.applyUntil,
        requiredAttachments: (dto.requiredAttachments ?? []).map((a) => ({ key: a.key, label: a.label })),
        outcomeTarget: dto.outcomeTarget ?? AID_DEFAULTS.outcomeTarget,
        onePerYear: dto.onePerYear ?? true,
        minAge,
        maxAge,
      },
      shares,
    };
  }
}
