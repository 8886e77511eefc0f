import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AID_AWARDED_STATUSES,
  AID_TYPE_LABELS,
  AidApplicationStatus,
  AidType,
  DEMAND_CATEGORY_LABELS,
  DemandCategory,
  DemandStatus,
  FigureListLink,
  JobApplicationStatus,
  TargetFigureGroup,
  TrainingBaseStatus,
  TrainingTargets,
  WorkerTag,
} from '@steadywork/shared';
import { DataSource } from 'typeorm';
import { AidProgram, AidRegionQuotaRow } from '../aid/aid.entities';
import { shanghaiDayStart } from '../common/period';
import { toInt } from '../common/sql';
import { RegionService } from '../region/region.service';

/** A half-open range of Shanghai days, [from, to), e.g. a month: 2026-11-01 .. 2026-12-01. */
export interface DayRange {
  from: string;
  to: string;
}

/** What one figure's targets come from, read once per view. */
export interface TargetContext {
  year: number;
  /** The view's region is the province (targets of the whole year apply). */
  province: boolean;
  cityCode: string | null;
  level: 'province' | 'city' | 'county';
  programs: AidProgram[];
  cityQuotas: AidRegionQuotaRow[];
  training: TrainingTargets | null;
}

/**
 * One figure: which dated records it counts (a table, a filter, the record's region and its date),
 * its target and the list that shows the same records. Every figure is an aggregate over the records
 * (never a counter kept beside them), so any past range gives the same answer again.
 */
export interface FigureSpec {
  key: string;
  group: TargetFigureGroup;
  label: string;
  unit: 'count' | 'fen' | 'people';
  table: string;
  /** Filter for the year (alias `x`), parameters named `:y`, `:yFrom`, `:yTo`. */
  where: string;
  params?: Record<string, unknown>;
  /** The record's date that places it in a month; null: a state of today (no series). */
  date: { column: string; kind: 'instant' | 'day' } | null;
  /**
   * For a state (date null) the records also date: the filter that gives the state at an instant
   * `:asOf` instead of today's, so a past month's report reads the month's end, the same at any later time.
   */
  atEnd?: string;
  /** COUNT(*) or the SUM of a column. */
  sum?: string;
  target: (ctx: TargetContext) => number | null;
  /** The list of the figure in a region (its subtree) and year. */
  list: (year: number, regionCode: string) => FigureListLink;
}

const yearRange = (year: number): DayRange => ({ from: `${year}-01-01`, to: `${year + 1}-01-01` });

/** The twelve months of a year as day ranges (Asia/Shanghai). */
export function monthsOf(year: number): DayRange[] {
  return Array.from({ length: 12 }, (_, i) => monthRange(year, i + 1));
}

export function monthRange(year: number, month: number): DayRange {
  const pad = (n: number) => String(n).padStart(2, '0');
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return { from: `${year}-${pad(month)}-01`, to: next };
}

const AWARDED = AID_AWARDED_STATUSES.map((s) => `'${s}'`).join(',');
const OPEN_DEMAND = `x.status <> '${DemandStatus.CLOSED}'`;

function link(
  page: string,
  api: string,
  query: Record<string, string | number | boolean>,
  sumField?: string,
): FigureListLink {
  return {
    page,
    api,
    query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
    total: sumField ? 'sum' : 'count',
    ...(sumField ? { sumField } : {}),
  };
}

/** The quota of a programme type in the view: the province's, a city's share, none below. */
function quotaOf(ctx: TargetContext, type: AidType): number | null {
  const program = ctx.programs.find((p) => p.aidType === type);
  if (!program) return null;
  if (ctx.province) return program.quota;
  if (ctx.level !== 'city') return null;
  return ctx.cityQuotas.find((q) => q.programId === program.id && q.regionCode === ctx.cityCode)?.quota ?? null;
}

/** Every figure of the targets dashboard and of the monthly report, in their order. */
export const FIGURES: FigureSpec[] = [
  ...Object.values(AidType).map((type): FigureSpec => ({
    key: `aid.awarded.${type}`,
    group: 'aid',
    label: `${AID_TYPE_LABELS[type]}（人）`,
    unit: 'people',
    table: 'aid_application',
    where: `x.year = :y AND x.aid_type = '${type}' AND x.status IN (${AWARDED})`,
    date: { column: 'x.approved_at', kind: 'instant' },
    target: (ctx) => quotaOf(ctx, type),
    list: (y, regionCode) =>
      link('/aid/applications', '/aid/applications', {
        year: y,
        aidType: type,
        status: AID_AWARDED_STATUSES.join(','),
        regionCode,
      }),
  })),
  {
    key: 'aid.paidFen',
    group: 'aid',
    label: '帮扶资金发放（元）',
    unit: 'fen',
    table: 'aid_application',
    where: `x.year = :y AND x.status = '${AidApplicationStatus.PAID}'`,
    date: { column: 'x.paid_at', kind: 'instant' },
    sum: 'x.paid_amount_fen',
    target: () => null,
    list: (y, regionCode) =>
      link(
        '/aid/applications',
        '/aid/applications',
        { year: y, status: AidApplicationStatus.PAID, regionCode },
        'disbursement.amountFen',
      ),
  },
  {
    key: 'aid.outcomes',
    group: 'aid',
    label: '实现就业创业（人）',
    unit: 'people',
    table: 'employment_outcome',
    where: 'x.year = :y',
    date: { column: 'x.achieved_on', kind: 'day' },
    // the year's programmes set it; a city has no share of it
    target: (ctx) =>
      ctx.province && ctx.programs.length ? Math.max(...ctx.programs.map((p) => p.outcomeTarget)) : null,
    list: (y, regionCode) => link('/aid/outcomes', '/outcomes', { year: y, regionCode }),
  },
  {
    key: 'training.bases',
    group: 'training',
    label: '认定培训基地（个）',
    unit: 'count',
    table: 'training_base',
    where: `x.status = '${TrainingBaseStatus.ACCREDITED}' AND x.accredited_year = :y`,
    date: { column: 'x.decided_at', kind: 'instant' },
    target: (ctx) => ctx.training?.bases ?? null,
    list: (y, regionCode) =>
      link('/training/bases', '/training/bases', { status: TrainingBaseStatus.ACCREDITED, year: y, regionCode }),
  },
  {
    key: 'training.completions',
    group: 'training',
    label: '完成培训（人次）',
    unit: 'people',
    table: 'training_completion',
    where: 'x.year = :y',
    date: { column: 'x.completed_at', kind: 'instant' },
    target: (ctx) => ctx.training?.completions ?? null,
    list: (y, regionCode) => link('/training/completions', '/training/completions', { year: y, regionCode }),
  },
  {
    key: 'training.domestic',
    group: 'training',
    label: '其中家政服务培训（人次）',
    unit: 'people',
    table: 'training_completion',
    where: 'x.year = :y AND x.domestic_service = :yes',
    params: { yes: true },
    date: { column: 'x.completed_at', kind: 'instant' },
    target: (ctx) => ctx.training?.domesticServiceCompletions ?? null,
    list: (y, regionCode) =>
      link('/training/completions', '/training/completions', { year: y, domesticService: true, regionCode }),
  },
  {
    key: 'training.online',
    group: 'training',
    label: '线上学习（人次）',
    unit: 'people',
    table: 'online_learning_record',
    where: 'x.year = :y',
    date: { column: 'x.studied_on', kind: 'day' },
    target: (ctx) => ctx.training?.onlineLearning ?? null,
    list: (y, regionCode) => link('/training/online-learning', '/training/online-learning', { year: y, regionCode }),
  },
  {
    key: 'workers.zeroEmployment',
    group: 'workers',
    label: '零就业家庭（户，动态清零）',
    unit: 'count',
    table: 'worker',
    where: `EXISTS (SELECT 1 FROM worker_tag t WHERE t.worker_id = x.id AND t.tag = '${WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD}')`,
    date: null,
    target: () => 0,
    list: (_y, regionCode) => link('/workers', '/workers', { tag: WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD, regionCode }),
  },
  {
    key: 'jobs.referrals',
    group: 'jobs',
    label: '职业介绍（人次）',
    unit: 'people',
    table: 'job_application',
    where: 'x.created_at >= :yFrom AND x.created_at < :yTo',
    date: { column: 'x.created_at', kind: 'instant' },
    target: () => null,
    list: (y, regionCode) =>
      link('/jobs/applicants', '/jobs/applications', {
        createdFrom: yearRange(y).from,
        createdTo: yearRange(y).to,
        regionCode,
      }),
  },
  {
    key: 'jobs.hires',
    group: 'jobs',
    label: '介绍成功入职（人）',
    unit: 'people',
    table: 'job_application',
    where: `x.status = '${JobApplicationStatus.HIRED}' AND x.hired_on >= :yFromDay AND x.hired_on < :yToDay`,
    date: { column: 'x.hired_on', kind: 'day' },
    target: () => null,
    list: (y, regionCode) =>
      link('/jobs/applicants', '/jobs/applications', {
        status: JobApplicationStatus.HIRED,
        hiredFrom: yearRange(y).from,
        hiredTo: yearRange(y).to,
        regionCode,
      }),
  },
  {
    key: 'layoffs.filings',
    group: 'layoffs',
    label: '经济性裁员备案（件）',
    unit: 'count',
    table: 'layoff_filing',
    where: 'x.created_at >= :yFrom AND x.created_at < :yTo',
    date: { column: 'x.created_at', kind: 'instant' },
    target: () => null,
    list: (y, regionCode) =>
      link('/layoffs', '/layoffs', { filedFrom: yearRange(y).from, filedTo: yearRange(y).to, regionCode }),
  },
  {
    key: 'layoffs.workers',
    group: 'layoffs',
    label: '拟裁减人员（人）',
    unit: 'people',
    table: 'layoff_filing',
    where: 'x.created_at >= :yFrom AND x.created_at < :yTo',
    date: { column: 'x.created_at', kind: 'instant' },
    sum: 'x.layoff_count',
    target: () => null,
    list: (y, regionCode) =>
      link(
        '/layoffs',
        '/layoffs',
        { filedFrom: yearRange(y).from, filedTo: yearRange(y).to, regionCode },
        'layoffCount',
      ),
  },
  {
    key: 'demands.filed',
    group: 'demands',
    label: '受理职工诉求（件）',
    unit: 'count',
    table: 'demand',
    where: 'x.created_at >= :yFrom AND x.created_at < :yTo',
    date: { column: 'x.created_at', kind: 'instant' },
    target: () => null,
    list: (y, regionCode) =>
      link('/demands', '/demands', { filedFrom: yearRange(y).from, filedTo: yearRange(y).to, regionCode }),
  },
  {
    key: 'demands.closed',
    group: 'demands',
    label: '办结职工诉求（件）',
    unit: 'count',
    table: 'demand',
    where: `x.status = '${DemandStatus.CLOSED}' AND x.closed_at >= :yFrom AND x.closed_at < :yTo`,
    date: { column: 'x.closed_at', kind: 'instant' },
    target: () => null,
    list: (y, regionCode) =>
      link('/demands', '/demands', {
        status: DemandStatus.CLOSED,
        closedFrom: yearRange(y).from,
        closedTo: yearRange(y).to,
        regionCode,
      }),
  },
  ...Object.values(DemandCategory).map((category): FigureSpec => ({
    key: `demands.open.${category}`,
    group: 'demands',
    label: `未办结诉求：${DEMAND_CATEGORY_LABELS[category]}（件）`,
    unit: 'count',
    table: 'demand',
    where: `${OPEN_DEMAND} AND x.category = '${category}'`,
    date: null,
    atEnd: `x.created_at < :asOf AND (x.closed_at IS NULL OR x.closed_at >= :asOf) AND x.category = '${category}'`,
    target: () => null,
    list: (_y, regionCode) => link('/demands', '/demands', { open: true, category, regionCode }),
  })),
];

/** A figure measured in a set of regions: its total and its amount in each range, per region code. */
export interface Measured {
  spec: FigureSpec;
  rows: { code: string; total: number; parts: number[] }[];
}

/**
 * The figures service: every target figure, for a region's subtree, a year and any set of day
 * ranges, counted from the dated records themselves. The dashboard asks for the year's twelve
 * months, the monthly report for one month; both read the same queries.
 */
@Injectable()
export class FiguresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly regions: RegionService,
  ) {}

  /** `asOf` (a day, its start in Asia/Shanghai): states that the records date are read at that instant. */
  async measure(
    regionCode: string,
    year: number,
    ranges: DayRange[],
    specs = FIGURES,
    asOf?: string,
  ): Promise<Measured[]> {
    const codes = this.regions.subtree(regionCode);
    const span = yearRange(year);
    return Promise.all(
      specs.map(async (spec) => {
        const value = spec.sum ? `COALESCE(${spec.sum}, 0)` : '1';
        const qb = this.db
          .createQueryBuilder()
          .from(spec.table, 'x')
          .select('x.region_code', 'code')
          .addSelect(`SUM(${value})`, 'total')
          .where(asOf && spec.atEnd ? spec.atEnd : spec.where, {
            ...spec.params,
            asOf: asOf ? shanghaiDayStart(asOf) : null,
            y: year,
            yFrom: shanghaiDayStart(span.from),
            yTo: shanghaiDayStart(span.to),
            yFromDay: span.from,
            yToDay: span.to,
          })
          .andWhere('x.region_code IN (:...codes)', { codes: codes.length ? codes : ['-'] })
          .groupBy('x.region_code');
        const date = spec.date;
        if (date) {
          ranges.forEach((r, i) => {
            const at = (day: string) => (date.kind === 'instant' ? shanghaiDayStart(day) : day);
            qb.addSelect(
              `SUM(CASE WHEN ${date.column} >= :r${i}f AND ${date.column} < :r${i}t THEN ${value} ELSE 0 END)`,
              `p${i}`,
            ).setParameters({ [`r${i}f`]: at(r.from), [`r${i}t`]: at(r.to) });
          });
        }
        const raw = await qb.getRawMany<Record<string, unknown>>();
        return {
          spec,
          rows: raw.map((r) => ({
            code: String(r.code),
            total: toInt(r.total),
            parts: date ? ranges.map((_, i) => toInt(r[`p${i}`])) : [],
          })),
        };
      }),
    );
  }

  /** The year's totals of some figures per record region (the module dashboards read theirs here). */
  async totals(
    regionCode: string,
    year: number,
    keys: string[],
  ): Promise<Map<string, { code: string; total: number }[]>> {
    const specs = keys.map((k) => FIGURES.find((f) => f.key === k)!);
    const measured = await this.measure(regionCode, year, [], specs);
    return new Map(measured.map((m) => [m.spec.key, m.rows.map((r) => ({ code: r.code, total: r.total }))]));
  }
}
