import { Role } from './roles';
import type { FigureListLink, TargetFigureGroup } from './dashboard';
import type { WarningAlert } from './warning';
import { localizedLabels } from './i18n/labels';

/** 月报 status: prepared by the system as a draft, issued (签发) by the office. */
export enum MonthlyReportStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
}

export const MONTHLY_REPORT_STATUS_LABELS: Record<MonthlyReportStatus, string> = localizedLabels(
  'MONTHLY_REPORT_STATUS_LABELS',
  {
    [MonthlyReportStatus.DRAFT]: '草稿',
    [MonthlyReportStatus.ISSUED]: '已签发',
  },
);

/** Who reads the monthly reports of their scope and writes the narrative of their own union's. */
export const REPORT_READ_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER, Role.REVIEWER];
/**
 * Who signs a report off (签发): the provincial reviewer (权益保障部), standing in for the office head,
 * for the province's report and each city's.
 */
export const REPORT_ISSUE_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER];

export interface MonthlyReportFigureRegion {
  regionCode: string;
  regionName: string;
  cumulative: number;
  month: number;
}

/** One target figure in a month's report: progress to the month's end, the month's amount and the month before. */
export interface MonthlyReportFigure {
  key: string;
  group: TargetFigureGroup;
  label: string;
  unit: 'count' | 'fen' | 'people';
  target: number | null;
  basis: 'PERIOD' | 'MONTH_END' | 'CURRENT';
  /**
   * From 1 January to the month's end (PERIOD); the state at the month's end, from the records'
   * dates (MONTH_END); the state when the report was computed, for what the records do not date (CURRENT).
   */
  cumulative: number;
  /** Dated in the month (PERIOD); null for CURRENT. */
  month: number | null;
  /** Dated in the month before (PERIOD); null for CURRENT. */
  previousMonth: number | null;
  byRegion: MonthlyReportFigureRegion[];
  list: FigureListLink;
}

export interface MonthlyReportHardship {
  /** Hardship archives open at the month's end. */
  openArchives: number;
  /** Archives opened in the month. */
  openedInMonth: number;
  /** Archives closed (脱困) in the month. */
  closedInMonth: number;
}

export interface MonthlyReportAlertRow {
  regionCode: string;
  regionName: string;
  alerts: WarningAlert[];
}

/** A report in the list: what it is and where it stands. */
export interface MonthlyReportListItem {
  id: number;
  regionCode: string;
  regionName: string;
  year: number;
  month: number;
  title: string;
  status: MonthlyReportStatus;
  problems: string;
  suggestions: string;
  computedAt: string;
  issuedAt: string | null;
  issuedByName: string | null;
  updatedAt: string;
}

/** A report whole: the list's fields, the figures, hardship and alerts of the month. */
export interface MonthlyReportResponse extends MonthlyReportListItem {
  figures: MonthlyReportFigure[];
  hardship: MonthlyReportHardship;
  alerts: MonthlyReportAlertRow[];
}

export interface MonthlyReportNarrativeRequest {
  problems: string;
  suggestions: string;
}

export interface MonthlyReportQuery {
  year?: number;
  status?: MonthlyReportStatus;
  page?: number;
  pageSize?: number;
}

const num = (n: number) => n.toLocaleString('zh-CN');
/** A figure as the report prints it: money in 万元 with two decimals, counts as they are. */
export function figureValue(f: Pick<MonthlyReportFigure, 'unit'>, n: number | null): string {
  if (n === null) return '—';
  return f.unit === 'fen' ? `${(n / 1_000_000).toFixed(2)}万元` : num(n);
}
const percent = (f: MonthlyReportFigure) =>
  f.target && f.target > 0 ? `${Math.floor((f.cumulative * 100) / f.target)}%` : f.target === 0 ? '—' : '目标未设置';
const change = (f: MonthlyReportFigure) => {
  if (f.month === null || f.previousMonth === null) return '—';
  const d = f.month - f.previousMonth;
  return `${d > 0 ? '+' : ''}${figureValue(f, d)}`;
};

/** The report's tables, as rows of text: the .docx, the .xlsx and the console's preview print the same. */
export function reportTables(r: MonthlyReportResponse) {
  const targets = {
    header: ['指标', '年度目标', '累计完成', '完成率', '本月', '上月', '环比变化'],
    rows: r.figures.map((f) => [
      f.label,
      f.target === null ? '—' : figureValue(f, f.target),
      figureValue(f, f.cumulative) + (f.basis === 'CURRENT' ? '（在册）' : f.basis === 'MONTH_END' ? '（月末）' : ''),
      percent(f),
      figureValue(f, f.month),
      figureValue(f, f.previousMonth),
      change(f),
    ]),
  };
  const regionFigures = r.figures.filter((f) => f.basis === 'PERIOD' && !f.key.startsWith('demands.open'));
  const regions = r.figures[0]?.byRegion ?? [];
  // a figure per row, a region per column: 累计/本月 (money in 万元)
  const plain = (f: MonthlyReportFigure, n: number) => (f.unit === 'fen' ? (n / 1_000_000).toFixed(2) : num(n));
  const byRegion = {
    header: ['指标（累计/本月）', ...regions.map((reg) => reg.regionName)],
    rows: regionFigures.map((f) => [
      f.unit === 'fen' ? f.label.replace('（元）', '（万元）') : f.label,
      ...regions.map((reg) => {
        const x = f.byRegion.find((b) => b.regionCode === reg.regionCode)!;
        return `${plain(f, x.cumulative)}/${plain(f, x.month)}`;
      }),
    ]),
  };
  const alerts = {
    header: ['地区', '预警事项', '数值', '阈值'],
    rows: r.alerts.flatMap((a) => a.alerts.map((x) => [a.regionName, x.label, num(x.value), num(x.threshold)])),
  };
  return { targets, byRegion, alerts };
}
