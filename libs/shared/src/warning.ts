import type { Page } from './api-types';
import { DemandCategory } from './demands';
import { Role } from './roles';
import type { WorkerResponse } from './workers';
import { localizedLabels } from './i18n/labels';

/**
 * 预警监测 (early warning): per region and month, layoffs, unemployment and open demands, compared
 * with the province's thresholds; and the workers who left the hardship archive and may fall back.
 */

/** The figures a region is watched on. */
export enum WarningFigure {
  LAYOFF_FILINGS = 'LAYOFF_FILINGS',
  LAID_OFF_WORKERS = 'LAID_OFF_WORKERS',
  REGISTERED_UNEMPLOYED = 'REGISTERED_UNEMPLOYED',
  LAID_OFF_TAGGED = 'LAID_OFF_TAGGED',
  OPEN_DEMANDS = 'OPEN_DEMANDS',
}

export const WARNING_FIGURE_LABELS: Record<WarningFigure, string> = localizedLabels('WARNING_FIGURE_LABELS', {
  [WarningFigure.LAYOFF_FILINGS]: '裁员备案数',
  [WarningFigure.LAID_OFF_WORKERS]: '裁减人数',
  [WarningFigure.REGISTERED_UNEMPLOYED]: '在册失业人员',
  [WarningFigure.LAID_OFF_TAGGED]: '在册下岗职工',
  [WarningFigure.OPEN_DEMANDS]: '未办结诉求',
});

/** Who reads the monitoring (in their data scope). */
export const WARNING_READ_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER, Role.REVIEWER];
/** Who sets the thresholds. */
export const WARNING_SETTINGS_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER];
/** Who reads the 返困风险 list. */
export const RELAPSE_RISK_READ_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER, Role.REVIEWER, Role.CENTER_STAFF];

/** A workers' hardship archive closed this many months ago or less is still followed (返困监测). */
export const RELAPSE_WATCH_MONTHS = 24;

/**
 * The province's thresholds: a region whose figure for the month reaches one (≥) is alerted.
 * null: no threshold for that figure.
 */
export interface WarningThresholds {
  layoffFilings: number | null;
  laidOffWorkers: number | null;
  registeredUnemployed: number | null;
  laidOffTagged: number | null;
  /** All open demands together. */
  openDemands: number | null;
  /** Per category of open demands. */
  openDemandsByCategory: Record<DemandCategory, number | null>;
}

export function emptyWarningThresholds(): WarningThresholds {
  return {
    layoffFilings: null,
    laidOffWorkers: null,
    registeredUnemployed: null,
    laidOffTagged: null,
    openDemands: null,
    openDemandsByCategory: Object.fromEntries(Object.values(DemandCategory).map((c) => [c, null])) as Record<
      DemandCategory,
      number | null
    >,
  };
}

/** One figure of a region at or over its threshold. */
export interface WarningAlert {
  figure: WarningFigure;
  /** OPEN_DEMANDS of one category; null for the total and the other figures. */
  category: DemandCategory | null;
  /** e.g. 未办结诉求（拖欠工资）. */
  label: string;
  value: number;
  threshold: number;
}

export interface WarningRegionFigures {
  regionCode: string;
  regionName: string;
  /** Layoff filings filed in the month (Asia/Shanghai). */
  layoffFilings: number;
  /** The workers those filings lay off (their declared 裁减人数). */
  laidOffWorkers: number;
  /** Workers in the registry whose employment status is 失业. */
  registeredUnemployed: number;
  /** Workers in the registry tagged 下岗职工. */
  laidOffTagged: number;
  /** Demands open at the month's end. */
  openDemands: number;
  openDemandsByCategory: Record<DemandCategory, number>;
  alerts: WarningAlert[];
}

/**
 * How the registry figures are counted: MONTH_END when they could be computed as of the month's
 * end, CURRENT when they are today's state of the workers registered by then (status and tags carry
 * no dates).
 */
export type RegistryBasis = 'MONTH_END' | 'CURRENT';

export interface WarningRegionsResponse {
  year: number;
  month: number;
  /** The month's bounds (UTC ISO): [from, to). */
  from: string;
  to: string;
  /** The region whose children are listed (the caller's scope root). */
  parentCode: string;
  parentName: string;
  registryBasis: RegistryBasis;
  registryNote: string;
  thresholds: WarningThresholds;
  regions: WarningRegionFigures[];
}

/** The regions that crossed a threshold in the month (for the home and the monthly report). */
export interface WarningAlertsResponse {
  year: number;
  month: number;
  regions: WarningRegionFigures[];
}

export interface WarningMonthQuery {
  year?: number;
  month?: number;
}

/** A worker out of the hardship archive whose follow-up recorded a job loss or a fall in income. */
export interface RelapseRiskResponse {
  worker: WorkerResponse;
  /** When the archive was closed (脱困). */
  archiveClosedAt: string | null;
  /** When the risk was flagged, and why. */
  flaggedAt: string;
  reason: string;
}

export type RelapseRiskPage = Page<RelapseRiskResponse>;
