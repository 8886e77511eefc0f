import type { Page } from './api-types';
import { Role } from './roles';
import type { FileRef } from './workers';
import { localizedLabels } from './i18n/labels';

/** 职工诉求 (the 12351 hotline): what a demand is about. */
export enum DemandCategory {
  WAGES_OWED = 'WAGES_OWED',
  CONTRACT = 'CONTRACT',
  SOCIAL_INSURANCE = 'SOCIAL_INSURANCE',
  WORK_INJURY = 'WORK_INJURY',
  NEW_FORMS_OF_WORK = 'NEW_FORMS_OF_WORK',
  HARDSHIP = 'HARDSHIP',
  OTHER = 'OTHER',
}

export const DEMAND_CATEGORY_LABELS: Record<DemandCategory, string> = localizedLabels('DEMAND_CATEGORY_LABELS', {
  [DemandCategory.WAGES_OWED]: '拖欠工资',
  [DemandCategory.CONTRACT]: '劳动合同',
  [DemandCategory.SOCIAL_INSURANCE]: '社会保险',
  [DemandCategory.WORK_INJURY]: '工伤',
  [DemandCategory.NEW_FORMS_OF_WORK]: '新就业形态劳动者权益',
  [DemandCategory.HARDSHIP]: '生活困难',
  [DemandCategory.OTHER]: '其他',
});

/**
 * SUBMITTED → ACCEPTED → CLOSED; a transfer to another union makes it TRANSFERRED until that
 * union accepts it. A transfer to legal aid keeps it ACCEPTED (the union still closes it).
 */
export enum DemandStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  TRANSFERRED = 'TRANSFERRED',
  CLOSED = 'CLOSED',
}

export const DEMAND_STATUS_LABELS: Record<DemandStatus, string> = localizedLabels('DEMAND_STATUS_LABELS', {
  [DemandStatus.SUBMITTED]: '待受理',
  [DemandStatus.ACCEPTED]: '办理中',
  [DemandStatus.TRANSFERRED]: '已转办',
  [DemandStatus.CLOSED]: '已办结',
});

export const OPEN_DEMAND_STATUSES: readonly DemandStatus[] = [
  DemandStatus.SUBMITTED,
  DemandStatus.ACCEPTED,
  DemandStatus.TRANSFERRED,
];

export enum DemandSource {
  MINIAPP = 'MINIAPP',
  HOTLINE = 'HOTLINE',
}

export const DEMAND_SOURCE_LABELS: Record<DemandSource, string> = localizedLabels('DEMAND_SOURCE_LABELS', {
  [DemandSource.MINIAPP]: '小程序',
  [DemandSource.HOTLINE]: '12351 热线',
});

export enum DemandAction {
  SUBMIT = 'SUBMIT',
  ACCEPT = 'ACCEPT',
  NOTE = 'NOTE',
  TRANSFER = 'TRANSFER',
  LEGAL_AID = 'LEGAL_AID',
  CLOSE = 'CLOSE',
  RATE = 'RATE',
}

export const DEMAND_ACTION_LABELS: Record<DemandAction, string> = localizedLabels('DEMAND_ACTION_LABELS', {
  [DemandAction.SUBMIT]: '提交诉求',
  [DemandAction.ACCEPT]: '受理',
  [DemandAction.NOTE]: '办理记录',
  [DemandAction.TRANSFER]: '转办',
  [DemandAction.LEGAL_AID]: '转法律援助',
  [DemandAction.CLOSE]: '办结',
  [DemandAction.RATE]: '评价',
});

/** The province default: a demand is answered (closed) within this many working days. */
export const DEFAULT_DEMAND_DEADLINE_WORKING_DAYS = 5;

/** Union staff who handle demands (within their data scope). */
export const DEMAND_STAFF_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER, Role.REVIEWER, Role.CENTER_STAFF];
/** Who sets the province deadline. */
export const DEMAND_SETTINGS_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER];

export interface DemandInput {
  category: DemandCategory;
  /** An employer of the registry, or … */
  employerId?: number | null;
  /** … its name as the worker gives it. One of the two. */
  employerName?: string | null;
  description: string;
  attachments?: string[];
}

/** Staff record a 12351 call for a registered worker. */
export interface HotlineDemandInput extends DemandInput {
  workerId: number;
}

export interface DemandNoteInput {
  note: string;
}

export enum DemandTransferTarget {
  UNION = 'UNION',
  LEGAL_AID = 'LEGAL_AID',
}

export interface DemandTransferInput {
  target: DemandTransferTarget;
  /** UNION: the union's region. */
  regionCode?: string;
  /** LEGAL_AID: a center offering legal aid (default: the nearest one up the region tree). */
  centerId?: number;
  note: string;
}

export interface DemandCloseInput {
  result: string;
}

export interface DemandRatingInput {
  rating: number;
  comment?: string;
}

export interface DemandSettings {
  deadlineWorkingDays: number;
}

export interface DemandEventResponse {
  id: number;
  action: DemandAction;
  actorName: string;
  note: string | null;
  at: string;
}

export interface DemandResponse {
  id: number;
  source: DemandSource;
  category: DemandCategory;
  status: DemandStatus;
  workerId: number;
  workerName: string;
  /** Masked. */
  workerPhone: string;
  /** Masked. */
  workerIdNumber: string;
  employerId: number | null;
  employerName: string;
  description: string;
  attachments: FileRef[];
  /** The union handling it. */
  regionCode: string;
  regionName: string;
  dueAt: string;
  /** Open past its deadline. */
  late: boolean;
  /** Late: the union above (escalatedTo) sees it on its home. */
  escalated: boolean;
  escalatedTo: string | null;
  legalAidRequestId: number | null;
  result: string | null;
  closedAt: string | null;
  rating: number | null;
  ratingComment: string | null;
  createdAt: string;
  /** Detail only. */
  events?: DemandEventResponse[];
}

export interface DemandQuery {
  status?: DemandStatus;
  category?: DemandCategory;
  regionCode?: string;
  late?: boolean;
  keyword?: string;
  /** Keyset paging: rows with a smaller id. */
  beforeId?: number;
  page?: number;
  pageSize?: number;
}

export type DemandPage = Page<DemandResponse>;

export interface DemandSummary {
  open: number;
  late: number;
  /** Late demands of the unions directly below the caller's (escalated to it). */
  escalatedToUs: number;
  byCategory: Record<DemandCategory, number>;
}

export interface DemandReveal {
  idNumber: string;
  phone: string;
}
