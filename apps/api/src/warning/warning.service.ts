import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DEMAND_CATEGORY_LABELS,
  DemandCategory,
  emptyWarningThresholds,
  EmploymentStatus,
  Page,
  RelapseRiskResponse,
  WARNING_FIGURE_LABELS,
  WarningAlert,
  WarningAlertsResponse,
  WarningFigure,
  WarningRegionFigures,
  WarningRegionsResponse,
  WarningThresholds,
  WorkerTag,
} from '@steadywork/shared';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage } from '../common/pagination';
import { Demand } from '../demands/demands.entities';
import { LayoffFiling } from '../layoffs/layoffs.entities';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { Setting } from '../security/setting.entity';
import { ArchiveEvent, HardshipArchive } from '../workers/hardship-archive.entity';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { RelapseRiskQueryDto, WarningMonthQueryDto, WarningThresholdsDto } from './warning.dto';

const SETTINGS_KEY = 'warning.thresholds';
const CATEGORIES = Object.values(DemandCategory);

const REGISTRY_NOTE =
  '在册失业人员、在册下岗职工按月末前登记的职工的当前就业状态和标签统计（就业状态和标签不记录变动日期，无法回溯到月末）';

interface Month {
  year: number;
  month: number;
  from: Date;
  to: Date;
}

type Raw = { region: string; n: string | number };

/**
 * 预警监测: per region one level below the caller's scope root, for a calendar month (Asia/Shanghai),
 * figures counted from the records (layoff filings, the worker registry, demands), compared with the
 * province's thresholds (a setting). And the 返困风险 list: workers flagged by a follow-up.
 */
@Injectable()
export class WarningService {
  constructor(
    @InjectRepository(LayoffFiling) private readonly filings: Repository<LayoffFiling>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    @InjectRepository(Demand) private readonly demands: Repository<Demand>,
    @InjectRepository(Setting) private readonly settingsRepo: Repository<Setting>,
    private readonly workers: WorkersService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ---------- thresholds ----------

  async thresholds(): Promise<WarningThresholds> {
    const row = await this.settingsRepo.findOneBy({ key: SETTINGS_KEY });
    const saved = (row?.value as Partial<WarningThresholds> | undefined) ?? {};
    const empty = emptyWarningThresholds();
    return {
      ...empty,
      ...saved,
      openDemandsByCategory: { ...empty.openDemandsByCategory, ...(saved.openDemandsByCategory ?? {}) },
    };
  }

  async saveThresholds(dto: WarningThresholdsDto): Promise<WarningThresholds> {
    const before = await this.thresholds();
    const byCategory = Object.fromEntries(
      CATEGORIES.map((c) => [c, dto.openDemandsByCategory?.[c] ?? null]),
    ) as WarningThresholds['openDemandsByCategory'];
    const next: WarningThresholds = {
      layoffFilings: dto.layoffFilings ?? null,
      laidOffWorkers: dto.laidOffWorkers ?? null,
      registeredUnemployed: dto.registeredUnemployed ?? null,
      laidOffTagged: dto.laidOffTagged ?? null,
      openDemands: dto.openDemands ?? null,
      openDemandsByCategory: byCategory,
    };
    await this.settingsRepo.manager.transaction(async (m) => {
      await m.getRepository(Setting).save({ key: SETTINGS_KEY, value: next, updatedAt: this.clock.now() });
      await this.audit.recordChange(
        { action: 'warning.thresholds_update', targetType: 'setting', targetId: SETTINGS_KEY, before, after: next },
        m,
      );
    });
    return this.thresholds();
  }

  // ---------- figures ----------

  /** The calendar month in Asia/Shanghai (this month by default) as UTC bounds [from, to). */
  month(query: WarningMonthQueryDto): Month {
    const today = new Date(this.clock.now().getTime() + 8 * 3_600_000);
    const year = query.year ?? today.getUTCFullYear();
    const month = query.month ?? (query.year === undefined ? today.getUTCMonth() + 1 : 12);
    const at = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1) - 8 * 3_600_000);
    return { year, month, from: at(year, month), to: month === 12 ? at(year + 1, 1) : at(year, month + 1) };
  }

  async regionsFor(query: WarningMonthQueryDto, scope: DataScope): Promise<WarningRegionsResponse> {
    const m = this.month(query);
    const parentCode = scope.rootRegionCode;
    if (!this.regions.get(parentCode)) throw DomainException.notFound('地区');
    const children = scope.regionCodes.filter((c) => this.regions.get(c)?.parentCode === parentCode);
    // a county has no region below it: its own figures
    const rows = children.length ? children : [parentCode];
    const rowOf = new Map<string, string>();
    for (const row of rows) for (const code of this.regions.subtree(row)) rowOf.set(code, row);
    const thresholds = await this.thresholds();

    const tally = (raws: Raw[]) => {
      const out = new Map<string, number>();
      for (const r of raws) {
        const row = rowOf.get(r.region);
        if (row) out.set(row, (out.get(row) ?? 0) + Number(r.n));
      }
      return out;
    };
    const grouped = async <T extends object>(qb: SelectQueryBuilder<T>, column: string, value = 'COUNT(*)') =>
      tally(
        await applyScope(qb, column, scope)
          .select(column, 'region')
          .addSelect(value, 'n')
          .groupBy(column)
          .getRawMany<Raw>(),
      );

    const filingsIn = () =>
      this.filings
        .createQueryBuilder('f')
        .where('f.created_at >= :from AND f.created_at < :to', { from: m.from, to: m.to });
    const layoffFilings = await grouped(filingsIn(), 'f.region_code');
    const laidOffWorkers = await grouped(filingsIn(), 'f.region_code', 'SUM(f.layoff_count)');
    const registeredUnemployed = await grouped(
      this.workerRepo.createQueryBuilder('w').where('w.created_at < :to AND w.employment_status = :unemployed', {
        to: m.to,
        unemployed: EmploymentStatus.UNEMPLOYED,
      }),
      'w.region_code',
    );
    const laidOffTagged = await grouped(
      this.workerRepo
        .createQueryBuilder('w')
        .where('w.created_at < :to', { to: m.to })
        .andWhere('EXISTS (SELECT 1 FROM worker_tag t WHERE t.worker_id = w.id AND t.tag = :laidOff)', {
          laidOff: WorkerTag.LAID_OFF,
        }),
      'w.region_code',
    );
    // open at the month's end: received before it, not closed by then
    const openRaw = await applyScope(
      this.demands
        .createQueryBuilder('d')
        .where('d.created_at < :to AND (d.closed_at IS NULL OR d.closed_at >= :to)', { to: m.to }),
      'd.region_code',
      scope,
    )
      .select('d.region_code', 'region')
      .addSelect('d.category', 'category')
      .addSelect('COUNT(*)', 'n')
      .groupBy('d.region_code')
      .addGroupBy('d.category')
      .getRawMany<Raw & { category: DemandCategory }>();

    const regions = rows.map((code): WarningRegionFigures => {
      const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<DemandCategory, number>;
      for (const r of openRaw) if (rowOf.get(r.region) === code) byCategory[r.category] += Number(r.n);
      const figures = {
        regionCode: code,
        regionName: this.regions.nameOf(code),
        layoffFilings: layoffFilings.get(code) ?? 0,
        laidOffWorkers: laidOffWorkers.get(code) ?? 0,
        registeredUnemployed: registeredUnemployed.get(code) ?? 0,
        laidOffTagged: laidOffTagged.get(code) ?? 0,
        openDemands: CATEGORIES.reduce((sum, c) => sum + byCategory[c], 0),
        openDemandsByCategory: byCategory,
      };
      return { ...figures, alerts: alertsOf(figures, thresholds) };
    });
    return {
      year: m.year,
      month: m.month,
      from: m.from.toISOString(),
      to: m.to.toISOString(),
      parentCode,
      parentName: this.regions.nameOf(parentCode),
      registryBasis: 'CURRENT',
      registryNote: REGISTRY_NOTE,
      thresholds,
      regions,
    };
  }

  async alerts(query: WarningMonthQueryDto, scope: DataScope): Promise<WarningAlertsResponse> {
    const all = await this.regionsFor(query, scope);
    return { year: all.year, month: all.month, regions: all.regions.filter((r) => r.alerts.length > 0) };
  }

  // ---------- 返困风险 ----------

  private relapseQuery(query: RelapseRiskQueryDto, scope: DataScope): SelectQueryBuilder<Worker> {
    const qb = this.workerRepo
      .createQueryBuilder('w')
      .innerJoin('worker_tag', 't', 't.worker_id = w.id AND t.tag = :relapse', { relapse: WorkerTag.RELAPSE_RISK });
    applyScope(qb, 'w.region_code', scope);
    if (query.regionCode) {
      qb.andWhere('w.region_code IN (:...relapseRegions)', {
        relapseRegions: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    return qb;
  }

  async relapseRisks(query: RelapseRiskQueryDto, scope: DataScope): Promise<Page<RelapseRiskResponse>> {
    const [rows, total] = await this.relapseQuery(query, scope)
      .orderBy('w.updated_at', 'DESC')
      .addOrderBy('w.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.describe(rows), total, query);
  }

  async *eachRelapseRisk(query: RelapseRiskQueryDto, scope: DataScope): AsyncGenerator<RelapseRiskResponse[]> {
    let afterId = 0;
    for (;;) {
      const rows = await this.relapseQuery(query, scope)
        .andWhere('w.id > :afterId', { afterId })
        .orderBy('w.id', 'ASC')
        .take(500)
        .getMany();
      if (!rows.length) return;
      yield await this.describe(rows);
      afterId = rows[rows.length - 1].id;
    }
  }

  private async describe(rows: Worker[]): Promise<RelapseRiskResponse[]> {
    if (!rows.length) return [];
    const ids = rows.map((w) => w.id);
    const m = this.workerRepo.manager;
    const archives = await m
      .getRepository(HardshipArchive)
      .createQueryBuilder('a')
      .where('a.worker_id IN (:...ids)', { ids })
      .getMany();
    const events = await m
      .getRepository(ArchiveEvent)
      .createQueryBuilder('e')
      .where('e.worker_id IN (:...ids) AND e.type = :type', { ids, type: 'RELAPSE_RISK' })
      .orderBy('e.id', 'DESC')
      .getMany();
    const responses = await this.workers.toResponses(rows);
    return rows.map((w, i) => {
      const event = events.find((e) => e.workerId === w.id);
      const archive = archives.find((a) => a.workerId === w.id);
      return {
        worker: responses[i],
        archiveClosedAt: archive?.closedAt?.toISOString() ?? null,
        flaggedAt: (event?.createdAt ?? w.updatedAt).toISOString(),
        reason: event?.reason ?? '返困风险',
      };
    });
  }
}

type Figures = Omit<WarningRegionFigures, 'alerts'>;

/** Each figure at or over its threshold (a null threshold never alerts). */
export function alertsOf(f: Figures, t: WarningThresholds): WarningAlert[] {
  const out: WarningAlert[] = [];
  const check = (figure: WarningFigure, value: number, threshold: number | null, category: DemandCategory | null) => {
    if (threshold === null || threshold === undefined || value < threshold) return;
    const label = WARNING_FIGURE_LABELS[figure] + (category ? `（${DEMAND_CATEGORY_LABELS[category]}）` : '');
    out.push({ figure, category, label, value, threshold });
  };
  check(WarningFigure.LAYOFF_FILINGS, f.layoffFilings, t.layoffFilings, null);
  check(WarningFigure.LAID_OFF_WORKERS, f.laidOffWorkers, t.laidOffWorkers, null);
  check(WarningFigure.REGISTERED_UNEMPLOYED, f.registeredUnemployed, t.registeredUnemployed, null);
  check(WarningFigure.LAID_OFF_TAGGED, f.laidOffTagged, t.laidOffTagged, null);
  check(WarningFigure.OPEN_DEMANDS, f.openDemands, t.openDemands, null);
  for (const c of CATEGORIES)
    check(WarningFigure.OPEN_DEMANDS, f.openDemandsByCategory[c], t.openDemandsByCategory[c], c);
  return out;
}
