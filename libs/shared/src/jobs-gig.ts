import type { Page } from './api-types';
import type { WorkerTag } from './workers';
import { localizedLabels } from './i18n/labels';

/** How a gig (零工) pays: by the day, or by the piece. */
export enum GigPayKind {
  DAY = 'DAY',
  PIECE = 'PIECE',
}

export const GIG_PAY_KIND_LABELS: Record<GigPayKind, string> = localizedLabels('GIG_PAY_KIND_LABELS', {
  [GigPayKind.DAY]: '按天计酬',
  [GigPayKind.PIECE]: '计件',
});

/** OPEN until closed or past its last day (then it reads as EXPIRED, not stored). */
export enum GigJobStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

export const GIG_JOB_STATUS_LABELS: Record<GigJobStatus, string> = localizedLabels('GIG_JOB_STATUS_LABELS', {
  [GigJobStatus.OPEN]: '招工中',
  [GigJobStatus.CLOSED]: '已关闭',
  [GigJobStatus.EXPIRED]: '已结束',
});

/** Kinds of gig work offered in the forms (a gig or a worker may name others). */
export const GIG_KINDS = [
  '搬运装卸',
  '保洁',
  '家政',
  '建筑小工',
  '焊工',
  '电工',
  '水暖',
  '装修',
  '餐饮帮厨',
  '农牧采摘',
  '快递分拣',
  '保安',
] as const;

export interface GigJobRequest {
  title: string;
  /** Kinds of work (焊工, 搬运装卸 …): matched against the workers'. */
  kinds: string[];
  /** The first day, YYYY-MM-DD (Asia/Shanghai). */
  startsOn: string;
  /** How many days it lasts (1 for a one-day job). */
  days: number;
  /** Hours a day, when it is counted in hours. */
  hoursPerDay?: number | null;
  payKind: GigPayKind;
  /** Fen a day (DAY) or a piece (PIECE). */
  payFen: number;
  /** What a piece is (件、箱、平方米) when paid by the piece. */
  pieceUnit?: string | null;
  headcount: number;
  regionCode: string;
  address: string;
  latitude: number;
  longitude: number;
  contactName: string;
  contactPhone: string;
  description?: string | null;
}

export interface GigJobResponse extends GigJobRequest {
  id: number;
  hoursPerDay: number | null;
  pieceUnit: string | null;
  description: string | null;
  regionName: string;
  /** The last day: startsOn + days - 1. */
  endsOn: string;
  status: GigJobStatus;
  /** The employer when HR posted it; null when union staff did. */
  employerId: number | null;
  employerName: string | null;
  postedBy: string;
  createdAt: string;
}

export type GigJobPage = Page<GigJobResponse>;

/** A gig near the worker: why it is shown ("同区县 · 工种：焊工"). */
export interface GigMatchForWorker extends GigJobResponse {
  sameCounty: boolean;
  reasons: string[];
}

/** A worker available for gig work near a gig. */
export interface GigWorkerMatch {
  workerId: number;
  /** Masked for HR; staff see it in their scope. */
  name: string;
  phoneMasked: string;
  regionCode: string;
  regionName: string;
  kinds: string[];
  tags: WorkerTag[];
  sameCounty: boolean;
  reasons: string[];
}

/** The worker's 零工模式 (GET and PUT /me/jobs/gig-mode). */
export interface GigModeRequest {
  available: boolean;
  kinds: string[];
  /** The county they look for work in (defaults to where they live). */
  regionCode?: string | null;
}

export interface GigModeResponse {
  available: boolean;
  kinds: string[];
  regionCode: string;
  regionName: string;
  updatedAt: string | null;
}

/** A worker a staff member is responsible for (一对一服务). */
export interface CaseworkerAssignmentRequest {
  staffId: number;
}

export interface CaseworkerAssignmentResponse {
  workerId: number;
  staffId: number;
  staffName: string;
  assignedAt: string;
}

/** A staff member who can take a worker on (in the caller's scope, and the worker in theirs). */
export interface CaseworkerOption {
  id: number;
  displayName: string;
  organizationName: string;
}

/** One of "my people" on the responsible staff member's home and list (我负责的职工). */
export interface MyPersonRow {
  workerId: number;
  name: string;
  idNumberMasked: string;
  phoneMasked: string;
  regionCode: string;
  regionName: string;
  employmentStatus: string;
  tags: WorkerTag[];
  lastFollowUpAt: string | null;
  /** Applications and referrals not yet settled (not hired, rejected or withdrawn). */
  openApplications: number;
  /** Of them, staff referrals (职业介绍). */
  openReferrals: number;
  assignedAt: string;
}
