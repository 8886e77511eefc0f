import type { Page } from './api-types';
import { Role } from './roles';
import type { FileRef } from './workers';
import { WorkerTag } from './workers';
import { localizedLabels } from './i18n/labels';

/**
 * Economic layoffs (经济性裁员, 劳动合同法 第四十一条): a layoff of 20 or more at once, or of fewer
 * than 20 but at least 10% of the workforce, must be explained to the union or all workers 30 days
 * in advance, heard by them, and reported to the human-resources bureau.
 */
export const LAYOFF_STATUTORY_COUNT = 20;
export const LAYOFF_STATUTORY_PERCENT = 10;
export const LAYOFF_NOTICE_DAYS = 30;
/** 档案和社会保险关系转移: within 15 days of the termination (第五十条). */
export const LAYOFF_TRANSFER_DAYS = 15;

/** The steps after filing, in the order they must happen. */
export enum LayoffStep {
  UNION_OPINION = 'UNION_OPINION',
  CONGRESS_VOTE = 'CONGRESS_VOTE',
  PLACEMENT_PLAN = 'PLACEMENT_PLAN',
  BUREAU_REPORT = 'BUREAU_REPORT',
}

export const LAYOFF_STEPS: readonly LayoffStep[] = [
  LayoffStep.UNION_OPINION,
  LayoffStep.CONGRESS_VOTE,
  LayoffStep.PLACEMENT_PLAN,
  LayoffStep.BUREAU_REPORT,
];

export const LAYOFF_STEP_LABELS: Record<LayoffStep, string> = localizedLabels('LAYOFF_STEP_LABELS', {
  [LayoffStep.UNION_OPINION]: '企业工会意见',
  [LayoffStep.CONGRESS_VOTE]: '职工代表大会表决',
  [LayoffStep.PLACEMENT_PLAN]: '职工安置方案',
  [LayoffStep.BUREAU_REPORT]: '向人社部门报告',
});

export enum LayoffStepState {
  PENDING = 'PENDING',
  DONE = 'DONE',
  /** The congress voted it down: record a new vote. */
  FAILED = 'FAILED',
  /** The union returned it with a reason: record it again. */
  RETURNED = 'RETURNED',
}

export const LAYOFF_STEP_STATE_LABELS: Record<LayoffStepState, string> = localizedLabels('LAYOFF_STEP_STATE_LABELS', {
  [LayoffStepState.PENDING]: '待办理',
  [LayoffStepState.DONE]: '已完成',
  [LayoffStepState.FAILED]: '未通过',
  [LayoffStepState.RETURNED]: '已退回',
});

/** Where a filing stands. */
export enum LayoffStatus {
  /** Steps under way. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** Every step done; workers not all settled. */
  REPORTED = 'REPORTED',
  /** Every step done and every affected worker settled. */
  SETTLED = 'SETTLED',
}

export const LAYOFF_STATUS_LABELS: Record<LayoffStatus, string> = localizedLabels('LAYOFF_STATUS_LABELS', {
  [LayoffStatus.IN_PROGRESS]: '程序办理中',
  [LayoffStatus.REPORTED]: '安置结算中',
  [LayoffStatus.SETTLED]: '已办结',
});

export enum LayoffEventType {
  FILED = 'FILED',
  STEP_RECORDED = 'STEP_RECORDED',
  STEP_RETURNED = 'STEP_RETURNED',
  WORKERS_IMPORTED = 'WORKERS_IMPORTED',
  WORKER_SAVED = 'WORKER_SAVED',
  SETTLED = 'SETTLED',
}

export const LAYOFF_EVENT_LABELS: Record<LayoffEventType, string> = localizedLabels('LAYOFF_EVENT_LABELS', {
  [LayoffEventType.FILED]: '提交裁员报告',
  [LayoffEventType.STEP_RECORDED]: '办理程序',
  [LayoffEventType.STEP_RETURNED]: '工会退回',
  [LayoffEventType.WORKERS_IMPORTED]: '导入被裁减人员',
  [LayoffEventType.WORKER_SAVED]: '登记人员结算',
  [LayoffEventType.SETTLED]: '全部人员结算完毕',
});

/** The tags an affected worker gets (下岗 or 去产能分流). */
export const LAYOFF_WORKER_TAGS: readonly WorkerTag[] = [WorkerTag.LAID_OFF, WorkerTag.OVERCAPACITY_REDEPLOYED];

/** Who files (HR of their own company; union staff on the company's behalf) and who reviews. */
export const LAYOFF_UNION_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER, Role.REVIEWER, Role.CENTER_STAFF];
export const LAYOFF_FILE_ROLES: readonly Role[] = [Role.HR, ...LAYOFF_UNION_ROLES];
/** Who may return a step: union reviewers. */
export const LAYOFF_REVIEW_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER, Role.REVIEWER];

// ---- pure rules --------------------------------------------------------------------------------

/** 经济性裁员: 20 or more at once, or fewer than 20 but at least 10% of the workforce. */
export function isStatutoryLayoff(total: number, count: number): boolean {
  if (!Number.isInteger(total) || !Number.isInteger(count) || count <= 0 || total <= 0) return false;
  return count >= LAYOFF_STATUTORY_COUNT || count * 100 >= total * LAYOFF_STATUTORY_PERCENT;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (YYYY-MM-DD) plus `days` (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = DATE.exec(from);
  const b = DATE.exec(to);
  if (!a || !b) throw new Error(`not a date: ${from} / ${to}`);
  const ta = Date.UTC(Number(a[1]), Number(a[2]) - 1, Number(a[3]));
  const tb = Date.UTC(Number(b[1]), Number(b[2]) - 1, Number(b[3]));
  return Math.round((tb - ta) / 86_400_000);
}

/** The earliest lawful layoff date: 30 days after the union and workers were told. */
export function earliestLawfulDate(noticeDate: string): string {
  return addDays(noticeDate, LAYOFF_NOTICE_DAYS);
}

/** Days the notice falls short of 30 before the planned date (0 when it is lawful). */
export function noticeShortfallDays(noticeDate: string, plannedDate: string): number {
  return Math.max(0, LAYOFF_NOTICE_DAYS - daysBetween(noticeDate, plannedDate));
}

/** The workers' congress passes the plan only with a majority of those present. */
export function congressPasses(present: number, votesFor: number): boolean {
  return present > 0 && votesFor * 2 > present;
}

export interface LayoffSettlementFields {
  compensationOwedFen: number | null;
  compensationPaidFen: number;
  wageArrearsFen: number;
  unpaidInsuranceMonths: number;
  certificateIssuedOn: string | null;
  transferredOn: string | null;
}

/**
 * An affected worker is settled when the economic compensation is recorded and paid in full, no
 * wages or social-insurance months are owed, the termination certificate is issued and the file
 * and social insurance are transferred.
 */
export function isWorkerSettled(w: LayoffSettlementFields): boolean {
  return (
    w.compensationOwedFen !== null &&
    w.compensationPaidFen >= w.compensationOwedFen &&
    w.wageArrearsFen === 0 &&
    w.unpaidInsuranceMonths === 0 &&
    !!w.certificateIssuedOn &&
    !!w.transferredOn
  );
}

/**
 * The transfer is late when done more than 15 days after the layoff date, or not done and today
 * is past that deadline.
 */
export function isTransferLate(layoffDate: string, transferredOn: string | null, today: string): boolean {
  const deadline = addDays(layoffDate, LAYOFF_TRANSFER_DAYS);
  return transferredOn ? transferredOn > deadline : today > deadline;
}

// ---- API types ---------------------------------------------------------------------------------

export interface LayoffFilingRequest {
  /** Union staff filing on the company's behalf name it; HR file for their own company. */
  employerId?: number;
  totalWorkforce: number;
  layoffCount: number;
  reasons: string;
  /** YYYY-MM-DD (Asia/Shanghai). */
  plannedDate: string;
  /** The date the union and workers were told, YYYY-MM-DD. */
  noticeDate: string;
}

export interface LayoffStepRequest {
  /** YYYY-MM-DD. */
  date: string;
  /** An uploaded file's id (POST /files): the evidence. */
  fileId: string;
  note?: string;
  /** The congress vote only. */
  present?: number;
  votesFor?: number;
  votesAgainst?: number;
}

export interface LayoffReturnRequest {
  reason: string;
}

export interface LayoffStepResponse {
  step: LayoffStep;
  state: LayoffStepState;
  date: string | null;
  file: FileRef | null;
  note: string | null;
  present: number | null;
  votesFor: number | null;
  votesAgainst: number | null;
  returnReason: string | null;
  recordedBy: string | null;
  recordedAt: string | null;
}

export interface LayoffEventResponse {
  id: number;
  type: LayoffEventType;
  step: LayoffStep | null;
  detail: string;
  actorName: string | null;
  createdAt: string;
}

/** The red flags a filing carries (shown on every view). */
export interface LayoffFlags {
  /** The notice was given fewer than 30 days before the planned date. */
  noticeShort: boolean;
  noticeShortDays: number;
  /** Past the planned date with workers unsettled. */
  overdueUnsettled: boolean;
  /** Affected workers whose file and insurance transfer is (or was) late. */
  lateTransfers: number;
}

export interface LayoffFilingResponse {
  id: number;
  employerId: number;
  employerName: string;
  regionCode: string;
  regionName: string;
  totalWorkforce: number;
  layoffCount: number;
  reasons: string;
  plannedDate: string;
  noticeDate: string;
  statutory: boolean;
  earliestLawfulDate: string;
  status: LayoffStatus;
  /** The next step to record, or null when all are done. */
  nextStep: LayoffStep | null;
  workers: number;
  settledWorkers: number;
  settled: boolean;
  flags: LayoffFlags;
  filedBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface LayoffFilingDetail extends LayoffFilingResponse {
  steps: LayoffStepResponse[];
  events: LayoffEventResponse[];
}

export interface LayoffFilingQuery {
  page?: number;
  pageSize?: number;
  regionCode?: string;
  status?: LayoffStatus;
  /** Only the filings with a red flag. */
  flagged?: boolean;
  keyword?: string;
}

export type LayoffFilingPage = Page<LayoffFilingResponse>;

/** An affected worker entered by hand (the import fills the same fields). */
export interface LayoffWorkerRequest {
  name: string;
  idNumber: string;
  phone: string;
  /** The worker's county; the company's when left out. */
  regionCode?: string;
  tag?: WorkerTag;
  compensationOwedFen?: number | null;
  compensationPaidFen?: number;
  wageArrearsFen?: number;
  unpaidInsuranceMonths?: number;
  certificateIssuedOn?: string | null;
  transferredOn?: string | null;
}

export type LayoffSettlementRequest = Partial<LayoffSettlementFields>;

export interface LayoffWorkerResponse extends LayoffSettlementFields {
  id: number;
  filingId: number;
  workerId: number;
  name: string;
  idNumberMasked: string;
  regionCode: string;
  regionName: string;
  tag: WorkerTag;
  settled: boolean;
  transferLate: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface LayoffImportResponse {
  total: number;
  created: number;
  updated: number;
  failed: number;
  errors: { row: number; field?: string; message: string }[];
}

/** GET /layoffs/summary: the county home's figures. */
export interface LayoffSummary {
  open: number;
  settled: number;
  noticeShort: number;
  overdueUnsettled: number;
  lateTransfers: number;
  affectedWorkers: number;
  unsettledWorkers: number;
  /** The flagged filings, most urgent first (at most 10). */
  flagged: LayoffFilingResponse[];
}
