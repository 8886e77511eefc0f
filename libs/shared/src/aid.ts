import type { Page } from './api-types';
import { Role } from './roles';
import type { ArchiveResponse, FileRef, WorkerResponse } from './workers';
import { localizedLabels } from './i18n/labels';

/** The 221 programme's two aid types (SPEC §4, seed 000 二、(二)). */
export enum AidType {
  PRODUCTION_MATERIALS = 'PRODUCTION_MATERIALS',
  STARTUP_SUBSIDY = 'STARTUP_SUBSIDY',
}

export const AID_TYPE_LABELS: Record<AidType, string> = localizedLabels('AID_TYPE_LABELS', {
  [AidType.PRODUCTION_MATERIALS]: '生产资料帮扶',
  [AidType.STARTUP_SUBSIDY]: '创业补助',
});

/** Defaults of a programme year; each year's notice may change them (they are data). */
export const AID_DEFAULTS = {
  amountFen: 2_000_000,
  quota: 20,
  outcomeTarget: 100,
  publicityWorkingDays: 5,
  minAge: 16,
  maxAge: 60,
} as const;

/**
 * An application's life: draft → submitted → first review (初审) → final review (复审, consumes
 * quota) → publicity (公示) → confirmed → paid. Return sends it back to the worker; reject and
 * revoke end it.
 */
export enum AidApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  FIRST_APPROVED = 'FIRST_APPROVED',
  APPROVED = 'APPROVED',
  PUBLICIZING = 'PUBLICIZING',
  CONFIRMED = 'CONFIRMED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
  REVOKED = 'REVOKED',
  WITHDRAWN = 'WITHDRAWN',
}

export const AID_STATUS_LABELS: Record<AidApplicationStatus, string> = localizedLabels('AID_STATUS_LABELS', {
  [AidApplicationStatus.DRAFT]: '草稿',
  [AidApplicationStatus.SUBMITTED]: '待初审',
  [AidApplicationStatus.RETURNED]: '退回修改',
  [AidApplicationStatus.FIRST_APPROVED]: '待复审',
  [AidApplicationStatus.APPROVED]: '复审通过（待公示）',
  [AidApplicationStatus.PUBLICIZING]: '公示中',
  [AidApplicationStatus.CONFIRMED]: '待发放',
  [AidApplicationStatus.PAID]: '已发放',
  [AidApplicationStatus.REJECTED]: '未通过',
  [AidApplicationStatus.REVOKED]: '已撤销',
  [AidApplicationStatus.WITHDRAWN]: '已撤回',
});

/** Statuses that hold one of the programme's places. */
export const AID_AWARDED_STATUSES: readonly AidApplicationStatus[] = [
  AidApplicationStatus.APPROVED,
  AidApplicationStatus.PUBLICIZING,
  AidApplicationStatus.CONFIRMED,
  AidApplicationStatus.PAID,
];

/** Statuses that end an application; any other counts as the worker's one open application. */
export const AID_FINAL_STATUSES: readonly AidApplicationStatus[] = [
  AidApplicationStatus.REJECTED,
  AidApplicationStatus.REVOKED,
  AidApplicationStatus.WITHDRAWN,
];

/** The worker may edit in these. */
export const AID_EDITABLE_STATUSES: readonly AidApplicationStatus[] = [
  AidApplicationStatus.DRAFT,
  AidApplicationStatus.RETURNED,
];

export enum AidReviewDecision {
  APPROVE = 'approve',
  RETURN = 'return',
  REJECT = 'reject',
}

export const AID_DECISION_LABELS: Record<AidReviewDecision, string> = localizedLabels('AID_DECISION_LABELS', {
  [AidReviewDecision.APPROVE]: '通过',
  [AidReviewDecision.RETURN]: '退回修改',
  [AidReviewDecision.REJECT]: '不予通过',
});

/** Timeline entries of an application (append-only). */
export enum AidEventType {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  SUBMITTED = 'SUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
  FIRST_APPROVED = 'FIRST_APPROVED',
  FINAL_APPROVED = 'FINAL_APPROVED',
  RETURNED = 'RETURNED',
  REJECTED = 'REJECTED',
  PUBLICIZED = 'PUBLICIZED',
  OBJECTION = 'OBJECTION',
  OBJECTION_DISMISSED = 'OBJECTION_DISMISSED',
  REVOKED = 'REVOKED',
  CONFIRMED = 'CONFIRMED',
  PAID = 'PAID',
  PAYMENT_REFUSED = 'PAYMENT_REFUSED',
}

export const AID_EVENT_LABELS: Record<AidEventType, string> = localizedLabels('AID_EVENT_LABELS', {
  [AidEventType.CREATED]: '创建草稿',
  [AidEventType.UPDATED]: '修改申请',
  [AidEventType.SUBMITTED]: '提交申请',
  [AidEventType.WITHDRAWN]: '撤回申请',
  [AidEventType.FIRST_APPROVED]: '初审通过',
  [AidEventType.FINAL_APPROVED]: '复审通过',
  [AidEventType.RETURNED]: '退回修改',
  [AidEventType.REJECTED]: '不予通过',
  [AidEventType.PUBLICIZED]: '进入公示',
  [AidEventType.OBJECTION]: '收到异议',
  [AidEventType.OBJECTION_DISMISSED]: '异议不成立，维持结果',
  [AidEventType.REVOKED]: '撤销资格',
  [AidEventType.CONFIRMED]: '公示期满，确认帮扶',
  [AidEventType.PAID]: '资金已发放',
  [AidEventType.PAYMENT_REFUSED]: '暂停发放',
});

/** Who does what (checked in the API per action; the console shows menus by the same lists). */
export const AID_PROGRAM_ADMIN_ROLES: readonly Role[] = [Role.PROGRAM_ADMIN];
export const AID_FIRST_REVIEW_ROLES: readonly Role[] = [Role.REVIEWER];
export const AID_FINAL_REVIEW_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER];
export const AID_FINANCE_ROLES: readonly Role[] = [Role.FINANCE];
export const AID_READ_ROLES: readonly Role[] = [
  Role.PROGRAM_ADMIN,
  Role.REVIEWER,
  Role.PROVINCE_REVIEWER,
  Role.FINANCE,
];
/** Staff who verify and record employment outcomes (the "100"). */
export const OUTCOME_WRITE_ROLES: readonly Role[] = [
  Role.PROGRAM_ADMIN,
  Role.REVIEWER,
  Role.PROVINCE_REVIEWER,
  Role.CENTER_STAFF,
  Role.TRAINING_ADMIN,
];

/** One kind of required attachment, e.g. "营业执照或创业计划书". */
export interface AidAttachmentRequirement {
  key: string;
  label: string;
}

export interface AidProgramRequest {
  year: number;
  aidType: AidType;
  /** Shown to workers; defaults to "<year>年“221”工程<type>". */
  name?: string;
  /** Plain explanation for workers. */
  description?: string;
  amountFen?: number;
  quota?: number;
  /** Optional split of the quota among the 8 cities/prefectures (region code → places); sums to quota. */
  regionQuotas?: Record<string, number> | null;
  /** Application window, dates in Asia/Shanghai, both inclusive (YYYY-MM-DD). */
  applyFrom: string;
  applyUntil: string;
  requiredAttachments?: AidAttachmentRequirement[];
  outcomeTarget?: number;
  /** At most one 221 award per worker per programme year (default true). */
  onePerYear?: boolean;
  minAge?: number;
  maxAge?: number;
}

export interface AidRegionQuota {
  regionCode: string;
  regionName: string;
  quota: number;
  awarded: number;
}

export interface AidProgramResponse {
  id: number;
  year: number;
  aidType: AidType;
  name: string;
  description: string;
  amountFen: number;
  quota: number;
  /** Places taken (approved and not revoked). */
  awarded: number;
  regionQuotas: AidRegionQuota[] | null;
  applyFrom: string;
  applyUntil: string;
  /** The window contains today (Asia/Shanghai). */
  open: boolean;
  requiredAttachments: AidAttachmentRequirement[];
  outcomeTarget: number;
  onePerYear: boolean;
  minAge: number;
  maxAge: number;
  createdAt: string;
}

export enum EligibilityReason {
  NOT_REGISTERED = 'NOT_REGISTERED',
  NO_ACTIVE_ARCHIVE = 'NO_ACTIVE_ARCHIVE',
  AGE = 'AGE',
  ALREADY_AWARDED = 'ALREADY_AWARDED',
  WINDOW_CLOSED = 'WINDOW_CLOSED',
  OPEN_APPLICATION = 'OPEN_APPLICATION',
}

export interface EligibilityResult {
  eligible: boolean;
  /** Why not, in plain Chinese; empty when eligible. */
  reasons: { code: EligibilityReason; message: string }[];
}

/** A programme as a worker sees it in the mini-program. */
export interface MyAidProgramResponse extends AidProgramResponse {
  eligibility: EligibilityResult;
  /** The worker's open application in this programme, if any. */
  myApplicationId: number | null;
}

export interface StartupDetails {
  businessName: string;
  /** 统一社会信用代码 (GB 32100 check); either this or a business plan. */
  creditCode?: string | null;
  businessPlan?: string | null;
  expectedJobs: number;
}

export interface MaterialItem {
  name: string;
  quantity: number;
  unitPriceFen: number;
}

export interface MaterialsDetails {
  items: MaterialItem[];
  /** What the materials are for. */
  purpose: string;
}

export interface AidAttachmentInput {
  /** The requirement key it satisfies ("other" for extras). */
  key: string;
  fileId: string;
}

/** Create a draft (POST, with Idempotency-Key) or edit one (PUT). */
export interface AidApplicationRequest {
  programId: number;
  startup?: StartupDetails | null;
  materials?: MaterialsDetails | null;
  attachments?: AidAttachmentInput[];
  /** Why the worker applies, in their own words. */
  statement?: string;
}

export interface AidEventResponse {
  id: number;
  type: AidEventType;
  fromStatus: AidApplicationStatus | null;
  toStatus: AidApplicationStatus;
  comment: string | null;
  /** Who acted: a staff member's name, "本人" for the worker, null for the system. */
  actorName: string | null;
  createdAt: string;
}

export interface AidAttachmentResponse extends FileRef {
  key: string;
}

export interface AidDisbursementResponse {
  amountFen: number;
  voucherNo: string;
  paidAt: string;
  recordedBy: string;
  recordedAt: string;
}

export interface AidApplicationResponse {
  id: number;
  programId: number;
  programName: string;
  year: number;
  aidType: AidType;
  amountFen: number;
  status: AidApplicationStatus;
  workerId: number;
  workerName: string;
  idNumberMasked: string;
  regionCode: string;
  regionName: string;
  startup: StartupDetails | null;
  materials: MaterialsDetails | null;
  statement: string | null;
  attachments: AidAttachmentResponse[];
  /** The last reviewer's comment when returned or rejected. */
  lastComment: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  disbursement: AidDisbursementResponse | null;
  /** An objection during publicity awaits a decision. */
  objectionPending: boolean;
  createdAt: string;
  updatedAt: string;
  events: AidEventResponse[];
}

/** What a reviewer sees beside the form. */
export interface AidReviewContext {
  application: AidApplicationResponse;
  worker: WorkerResponse;
  archive: ArchiveResponse | null;
  /** The worker's other applications (any year). */
  history: Pick<AidApplicationResponse, 'id' | 'programName' | 'year' | 'aidType' | 'status' | 'createdAt'>[];
}

export interface AidApplicationQuery {
  programId?: number;
  year?: number;
  aidType?: AidType;
  status?: AidApplicationStatus | AidApplicationStatus[];
  regionCode?: string;
  keyword?: string;
  page?: number;
  pageSize?: number;
}

export interface AidReviewRequest {
  decision: AidReviewDecision;
  comment?: string;
}

export interface AidBatchReviewRequest {
  ids: number[];
  comment?: string;
}

export interface AidBatchReviewResponse {
  results: { id: number; ok: boolean; status?: AidApplicationStatus; message?: string }[];
}

export interface AidRevokeRequest {
  reason: string;
}

export interface AidObjectionRequest {
  /** What the objector says, and who they are if they gave a name. */
  content: string;
}

export interface AidObjectionDecisionRequest {
  /** uphold: revoke the award (frees the place); dismiss: keep it. */
  decision: 'uphold' | 'dismiss';
  comment: string;
}

export interface AidDisbursementRequest {
  amountFen: number;
  voucherNo: string;
  /** ISO date-time or YYYY-MM-DD. */
  paidAt: string;
}

export interface PublicityRequest {
  programId: number;
  /** Working days (Mon–Fri); default 5. */
  workingDays?: number;
  /** The day the list went up (YYYY-MM-DD, not in the future), e.g. on a notice board; default now. */
  startsOn?: string;
}

export interface PublicityEntry {
  applicationId: number;
  name: string;
  idNumberMasked: string;
  regionName: string;
  aidType: AidType;
  amountFen: number;
  status: AidApplicationStatus;
}

export interface PublicityResponse {
  id: number;
  programId: number;
  programName: string;
  year: number;
  aidType: AidType;
  startsAt: string;
  endsAt: string;
  /** Ends in the future and not closed. */
  active: boolean;
  closedAt: string | null;
  /**
   * Years of the period that had no holiday calendar when it was counted: their days were
   * counted Monday to Friday. Empty when the legal calendar covered it all.
   */
  weekdayFallbackYears: number[];
  entries: PublicityEntry[];
}

export interface AidProgramStats {
  program: AidProgramResponse;
  byStatus: Partial<Record<AidApplicationStatus, number>>;
  byRegion: {
    regionCode: string;
    regionName: string;
    /** This city's share of the quota, or null when the quota is not split. */
    quota: number | null;
    awarded: number;
    paidCount: number;
    paidFen: number;
  }[];
  paidCount: number;
  paidFen: number;
  awaitingPaymentCount: number;
  awaitingPaymentFen: number;
}

/** The console home's figures for a year. */
/** The finance desk's figures for a year: confirmed awards awaiting payment, and paid. */
export interface AidFinanceSummary {
  year: number;
  awaitingCount: number;
  awaitingFen: number;
  paidCount: number;
  paidFen: number;
}

export interface AidDashboard {
  year: number;
  types: {
    aidType: AidType;
    programId: number | null;
    quota: number;
    awarded: number;
    paidFen: number;
  }[];
  /** target: the year's programmes' outcome target; null when no programme sets it (目标未设置). */
  outcomes: { count: number; target: number | null };
  byRegion: {
    regionCode: string;
    regionName: string;
    awarded: Partial<Record<AidType, number>>;
    paidFen: number;
    outcomes: number;
  }[];
  paidFen: number;
  awaitingPaymentCount: number;
  pendingFirstReview: number;
  pendingFinalReview: number;
}

/** Employment outcomes: the "100" (SPEC §4). */
export enum OutcomeType {
  EMPLOYED = 'EMPLOYED',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
}

export const OUTCOME_TYPE_LABELS: Record<OutcomeType, string> = localizedLabels('OUTCOME_TYPE_LABELS', {
  [OutcomeType.EMPLOYED]: '实现就业',
  [OutcomeType.SELF_EMPLOYED]: '自主创业',
});

export enum OutcomeSource {
  AID = 'AID',
  TRAINING = 'TRAINING',
  REFERRAL = 'REFERRAL',
  CENTER_SERVICE = 'CENTER_SERVICE',
}

export const OUTCOME_SOURCE_LABELS: Record<OutcomeSource, string> = localizedLabels('OUTCOME_SOURCE_LABELS', {
  [OutcomeSource.AID]: '221帮扶',
  [OutcomeSource.TRAINING]: '技能培训',
  [OutcomeSource.REFERRAL]: '职业介绍',
  [OutcomeSource.CENTER_SERVICE]: '帮扶中心服务',
});

export interface OutcomeRequest {
  workerId: number;
  type: OutcomeType;
  source: OutcomeSource;
  /** EMPLOYED: the employer and contract start. */
  employer?: string;
  contractStart?: string;
  /** SELF_EMPLOYED: the business licence's credit code. */
  businessName?: string;
  creditCode?: string;
  evidence?: string[];
  /** The date the outcome was achieved (YYYY-MM-DD); its year is the year it counts in. */
  achievedOn: string;
  applicationId?: number;
  notes?: string;
}

export interface OutcomeResponse {
  id: number;
  workerId: number;
  workerName: string;
  idNumberMasked: string;
  regionCode: string;
  regionName: string;
  year: number;
  type: OutcomeType;
  source: OutcomeSource;
  employer: string | null;
  contractStart: string | null;
  businessName: string | null;
  creditCode: string | null;
  evidence: FileRef[];
  achievedOn: string;
  applicationId: number | null;
  notes: string | null;
  verifiedBy: string;
  createdAt: string;
}

export interface OutcomeQuery {
  year?: number;
  regionCode?: string;
  source?: OutcomeSource;
  keyword?: string;
  page?: number;
  pageSize?: number;
}

export type AidApplicationPage = Page<AidApplicationResponse>;

/** Notifications to workers (WeChat subscribe messages); the outbox keeps each. */
export enum NotificationStatus {
  /** Recorded with the change; the `notifications.send` job sends it within the minute. */
  PENDING = 'PENDING',
  /** Claimed by an instance that is sending it now (claimable again once the claim expires). */
  SENDING = 'SENDING',
  /** A send failed for a passing reason (WeChat unreachable): tried again later, with backoff. */
  RETRY = 'RETRY',
  SENT = 'SENT',
  /** No WeChat credentials: recorded as what would have been sent. */
  SKIPPED = 'SKIPPED',
  /** WeChat refused it (the worker did not subscribe), or every attempt failed. */
  FAILED = 'FAILED',
}

export interface NotificationResponse {
  id: number;
  title: string;
  body: string;
  status: NotificationStatus;
  createdAt: string;
}
