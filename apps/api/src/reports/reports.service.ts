import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  MonthlyReportFigure,
  MonthlyReportHardship,
  MonthlyReportListItem,
  MonthlyReportResponse,
  MonthlyReportStatus,
  Page,
  RegionLevel,
} from '@steadywork/shared';
import dayjs from 'dayjs';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { shanghaiDate, TZ } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage } from '../common/pagination';
import { shanghaiDayStart } from '../common/period';
import { isUniqueViolation, toInt } from '../common/sql';
import { WorkingDays } from '../common/working-days';
import { FigureTargetsService } from '../dashboard/figure-targets.service';
import { FiguresService, monthRange } from '../dashboard/figures.service';
import { RegionService } from '../region/region.service';
import { SchedulerService } from '../scheduler/scheduler.service';
import { assertInScope, DataScope } from '../scope/data-scope';
import { WarningService } from '../warning/warning.service';
import { MonthlyReport, MonthlyReportSnapshot } from './monthly-report.entity';
import { MonthlyReportNarrativeDto, MonthlyReportQueryDto } from './reports.dto';

/** 青海省总工会稳就业工作月报（2026年11月） */
export function reportTitle(regionName: string, year: number, month: number): string {
  return `${regionName}总工会稳就业工作月报（${year}年${month}月）`;
}

/**
 * 月报: on the first working day of a month the previous month's report is prepared, as a draft, for
 * the province and each city/prefecture; the figures come from the figures service (the dashboard's
 * queries) for that month, so the report of a past month computed again gives the same figures.
 */
@Injectable()
export class ReportsService implements OnModuleInit {
  constructor(
    @InjectRepository(MonthlyReport) private readonly reports: Repository<MonthlyReport>,
    private readonly figures: FiguresService,
    private readonly targets: FigureTargetsService,
    private readonly warning: WarningService,
    private readonly regions: RegionService,
    private readonly workingDays: WorkingDays,
    private readonly scheduler: SchedulerService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.scheduler.define({
      name: 'reports.monthly',
      title: '每月第一个工作日生成上月稳就业工作月报草稿（全省及各市州）',
      schedule: '0 30 7 * * *',
      leaseMs: 30 * 60_000,
      run: () => this.prepareDue(),
    });
  }

  /** The unions that get a report: the province and each city/prefecture. */
  private unions(): string[] {
    const root = this.regions.rootCode();
    return [...(root ? [root] : []), ...this.regions.cities().map((c) => c.code)];
  }

  /** The job: from the month's first working day on, makes the previous month's missing drafts. */
  async prepareDue(): Promise<{ items: number; detail: string | null }> {
    const now = this.clock.now();
    const today = shanghaiDate(now);
    const first = shanghaiDate((await this.workingDays.endOf(shanghaiDayStart(`${today.slice(0, 7)}-01`), 1)).endsAt);
    if (today < first) return { items: 0, detail: `本月第一个工作日为 ${first}，届时生成上月月报` };
    const prev = dayjs.tz(`${today.slice(0, 7)}-01`, TZ).subtract(1, 'month');
    const made = await this.prepare(prev.year(), prev.month() + 1);
    return { items: made, detail: `${prev.year()}年${prev.month() + 1}月月报：新生成 ${made} 份草稿` };
  }

  /** Makes the month's drafts that do not exist yet; a report another instance made first is left as it is. */
  async prepare(year: number, month: number): Promise<number> {
    let made = 0;
    for (const code of this.unions()) {
      if (await this.reports.existsBy({ regionCode: code, year, month })) continue;
      const snapshot = await this.compute(code, year, month);
      const now = this.clock.now();
      try {
        await this.reports.insert({
          regionCode: code,
          year,
          month,
          status: MonthlyReportStatus.DRAFT,
          snapshot,
          problems: '',
          suggestions: '',
          computedAt: now,
          issuedAt: null,
          issuedBy: null,
          issuedByName: null,
          createdAt: now,
          updatedAt: now,
        });
        made += 1;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      }
    }
    return made;
  }

  /** The month's figures of a union, from the records: progress to the month's end, the month, the month before. */
  async compute(regionCode: string, year: number, month: number): Promise<MonthlyReportSnapshot> {
    const m = monthRange(year, month);
    const prev = month > 1 ? monthRange(year, month - 1) : { from: `${year}-01-01`, to: `${year}-01-01` };
    const toDate = { from: `${year}-01-01`, to: m.to };
    const children = (this.regions.tree(regionCode)?.children ?? []).map((c) => ({ code: c.code, name: c.name }));
    const [measured, ctx] = await Promise.all([
      this.figures.measure(regionCode, year, [toDate, m, prev], undefined, m.to),
      this.targets.targetsFor(regionCode, year),
    ]);
    const figures: MonthlyReportFigure[] = measured.map(({ spec, rows }) => {
      const period = !!spec.date;
      const part = (i: number, within?: string) =>
        rows
          .filter((r) => !within || this.regions.isWithin(r.code, within))
          .reduce((s, r) => s + (period ? r.parts[i] : r.total), 0);
      return {
        key: spec.key,
        group: spec.group,
        label: spec.label,
        unit: spec.unit,
        target: spec.target(ctx),
        basis: period ? 'PERIOD' : spec.atEnd ? 'MONTH_END' : 'CURRENT',
        cumulative: part(0),
        month: period ? part(1) : null,
        previousMonth: period ? part(2) : null,
        byRegion: children.map((c) => ({
          regionCode: c.code,
          regionName: c.name,
          cumulative: part(0, c.code),
          month: period ? part(1, c.code) : 0,
        })),
        list: spec.list(year, regionCode),
      };
    });
    const scope: DataScope = {
      all: this.regions.get(regionCode)?.level === RegionLevel.PROVINCE,
      rootRegionCode: regionCode,
      regionCodes: this.regions.subtree(regionCode),
    };
    const warning = await this.warning.regionsFor({ year, month }, scope);
    return {
      figures,
      hardship: await this.hardship(regionCode, m.from, m.to),
      alerts: warning.regions
        .filter((r) => r.alerts.length > 0)
        .map((r) => ({ regionCode: r.regionCode, regionName: r.regionName, alerts: r.alerts })),
    };
  }

  /** Hardship archives open at the month's end, opened and closed in it (dated: any past month alike). */
  private async hardship(regionCode: string, from: string, to: string): Promise<MonthlyReportHardship> {
    const codes = this.regions.subtree(regionCode);
    const start = shanghaiDayStart(from);
    const end = shanghaiDayStart(to);
    const row = await this.reports.manager
      .createQueryBuilder()
      .from('hardship_archive', 'h')
      .select(
        'SUM(CASE WHEN h.opened_at < :end AND (h.closed_at IS NULL OR h.closed_at >= :end) THEN 1 ELSE 0 END)',
        'open_at_end',
      )
      .addSelect('SUM(CASE WHEN h.opened_at >= :start AND h.opened_at < :end THEN 1 ELSE 0 END)', 'opened')
      .addSelect('SUM(CASE WHEN h.closed_at >= :start AND h.closed_at < :end THEN 1 ELSE 0 END)', 'closed')
      .where('h.region_code IN (:...codes)', { codes: codes.length ? codes : ['-'] })
      .setParameters({ start, end })
      .getRawOne<Record<string, unknown>>();
    return {
      openArchives: toInt(row?.open_at_end),
      openedInMonth: toInt(row?.opened),
      closedInMonth: toInt(row?.closed),
    };
  }

  async list(query: MonthlyReportQueryDto, scope: DataScope): Promise<Page<MonthlyReportListItem>> {
    const qb = this.reports.createQueryBuilder('r').where('r.region_code IN (:...codes)', {
      codes: scope.regionCodes.length ? scope.regionCodes : ['-'],
    });
    if (query.year) qb.andWhere('r.year = :year', { year: query.year });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    const [rows, total] = await qb
      .orderBy('r.year', 'DESC')
      .addOrderBy('r.month', 'DESC')
      .addOrderBy('r.region_code', 'ASC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(
      rows.map((r) => {
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        const { figures, hardship, alerts, ...item } = this.toResponse(r);
        return item;
      }),
      total,
      query,
    );
  }

  async require(id: number, scope: DataScope): Promise<MonthlyReport> {
    const r = await this.reports.findOneBy({ id });
    if (!r) throw DomainException.notFound('月报');
    assertInScope(scope, r.regionCode, '月报');
    return r;
  }

  async get(id: number, scope: DataScope): Promise<MonthlyReportResponse> {
    return this.toResponse(await this.require(id, scope));
  }

  /** The narrative is written by the report's own union (a county's staff read it, they do not write it). */
  async narrative(
    id: number,
    dto: MonthlyReportNarrativeDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<MonthlyReportResponse> {
    const r = await this.draft(id, scope);
    if (staff.regionCode !== r.regionCode && !scope.all) throw DomainException.forbidden('只能填写本级工会的月报');
    const now = this.clock.now();
    await this.reports.update({ id }, { problems: dto.problems, suggestions: dto.suggestions, updatedAt: now });
    await this.audit.record({ action: 'report.narrative', targetType: 'monthly_report', targetId: id, summary: {} });
    return this.get(id, scope);
  }

  /** A draft computed again from the records (the figures of a past month come out the same). */
  async recompute(id: number, scope: DataScope): Promise<MonthlyReportResponse> {
    const r = await this.draft(id, scope);
    const now = this.clock.now();
    await this.reports.update(
      { id },
      { snapshot: await this.compute(r.regionCode, r.year, r.month), computedAt: now, updatedAt: now },
    );
    return this.get(id, scope);
  }

  /** 签发: the report is kept as issued, its figures and narrative fixed. */
  async issue(id: number, staff: StaffPrincipal, scope: DataScope): Promise<MonthlyReportResponse> {
    const r = await this.draft(id, scope);
    if (!r.problems.trim() || !r.suggestions.trim()) {
      throw DomainException.validation(
        [
          ...(!r.problems.trim() ? [{ field: 'problems', message: '签发前请填写存在问题' }] : []),
          ...(!r.suggestions.trim() ? [{ field: 'suggestions', message: '签发前请填写工作建议' }] : []),
        ],
        '月报尚未填写完整',
      );
    }
    const now = this.clock.now();
    const res = await this.reports
      .createQueryBuilder()
      .update()
      .set({
        status: MonthlyReportStatus.ISSUED,
        issuedAt: now,
        issuedBy: staff.id,
        issuedByName: staff.displayName,
        updatedAt: now,
      })
      .where('id = :id AND status = :draft', { id, draft: MonthlyReportStatus.DRAFT })
      .execute();
    if (!res.affected) throw DomainException.conflict('月报已签发');
    await this.audit.record({ action: 'report.issue', targetType: 'monthly_report', targetId: id, summary: {} });
    return this.get(id, scope);
  }

  private async draft(id: number, scope: DataScope): Promise<MonthlyReport> {
    const r = await this.require(id, scope);
    if (r.status !== MonthlyReportStatus.DRAFT) throw DomainException.conflict('月报已签发，不能再修改');
    return r;
  }

  toResponse(r: MonthlyReport): MonthlyReportResponse {
    const name = this.regions.nameOf(r.regionCode);
    return {
      id: r.id,
      regionCode: r.regionCode,
      regionName: name,
      year: r.year,
      month: r.month,
      title: reportTitle(name, r.year, r.month),
      status: r.status,
      figures: r.snapshot.figures,
      hardship: r.snapshot.hardship,
      alerts: r.snapshot.alerts,
      problems: r.problems,
      suggestions: r.suggestions,
      computedAt: r.computedAt.toISOString(),
      issuedAt: r.issuedAt?.toISOString() ?? null,
      issuedByName: r.issuedByName,
      updatedAt: r.updatedAt.toISOString(),
    };
  }
}
