import type { Page } from './api-types';
import { localizedLabels } from './i18n/labels';

/** 就业状态 (SPEC §3, seed 004). */
export enum EmploymentStatus {
  EMPLOYED = 'EMPLOYED',
  LAID_OFF = 'LAID_OFF',
  UNEMPLOYED = 'UNEMPLOYED',
  JOB_TRANSFER = 'JOB_TRANSFER',
  FLEXIBLE = 'FLEXIBLE',
  NEW_FORMS = 'NEW_FORMS',
}

export const EMPLOYMENT_STATUS_LABELS: Record<EmploymentStatus, string> = localizedLabels('EMPLOYMENT_STATUS_LABELS', {
  [EmploymentStatus.EMPLOYED]: '在岗',
  [EmploymentStatus.LAID_OFF]: '下岗',
  [EmploymentStatus.UNEMPLOYED]: '失业',
  [EmploymentStatus.JOB_TRANSFER]: '转岗',
  [EmploymentStatus.FLEXIBLE]: '灵活就业',
  [EmploymentStatus.NEW_FORMS]: '新就业形态（外卖骑手、网约车司机等）',
});

export enum Education {
  PRIMARY = 'PRIMARY',
  JUNIOR = 'JUNIOR',
  SENIOR = 'SENIOR',
  VOCATIONAL = 'VOCATIONAL',
  COLLEGE = 'COLLEGE',
  BACHELOR = 'BACHELOR',
  POSTGRADUATE = 'POSTGRADUATE',
}

export const EDUCATION_LABELS: Record<Education, string> = localizedLabels('EDUCATION_LABELS', {
  [Education.PRIMARY]: '小学及以下',
  [Education.JUNIOR]: '初中',
  [Education.SENIOR]: '高中',
  [Education.VOCATIONAL]: '中专/技校',
  [Education.COLLEGE]: '大专',
  [Education.BACHELOR]: '本科',
  [Education.POSTGRADUATE]: '研究生',
});

/** 人员标签 (seeds 000, 001, 002): several at once. */
export enum WorkerTag {
  HARDSHIP = 'HARDSHIP',
  ZERO_EMPLOYMENT_HOUSEHOLD = 'ZERO_EMPLOYMENT_HOUSEHOLD',
  LOW_INCOME_HOUSEHOLD = 'LOW_INCOME_HOUSEHOLD',
  DISABLED = 'DISABLED',
  POVERTY_ALLEVIATED = 'POVERTY_ALLEVIATED',
  MIGRANT_WORKER = 'MIGRANT_WORKER',
  UNEMPLOYED_GRADUATE = 'UNEMPLOYED_GRADUATE',
  OVERCAPACITY_REDEPLOYED = 'OVERCAPACITY_REDEPLOYED',
  /** 下岗职工: laid off (an economic layoff's affected workers among them). */
  LAID_OFF = 'LAID_OFF',
  EMPLOYMENT_DIFFICULTY = 'EMPLOYMENT_DIFFICULTY',
  VETERAN = 'VETERAN',
  /** Awarded 221 aid: followed up monthly (set by the programme, not by hand). */
  AID_RECIPIENT = 'AID_RECIPIENT',
  /** 返困风险: out of the archive for under 24 months, a follow-up recorded a job loss or a fall in income. */
  RELAPSE_RISK = 'RELAPSE_RISK',
}

export const WORKER_TAG_LABELS: Record<WorkerTag, string> = localizedLabels('WORKER_TAG_LABELS', {
  [WorkerTag.HARDSHIP]: '困难职工',
  [WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD]: '零就业家庭',
  [WorkerTag.LOW_INCOME_HOUSEHOLD]: '低保家庭',
  [WorkerTag.DISABLED]: '残疾人',
  [WorkerTag.POVERTY_ALLEVIATED]: '脱贫人口',
  [WorkerTag.MIGRANT_WORKER]: '农民工',
  [WorkerTag.UNEMPLOYED_GRADUATE]: '离校未就业高校毕业生',
  [WorkerTag.OVERCAPACITY_REDEPLOYED]: '去产能分流职工',
  [WorkerTag.LAID_OFF]: '下岗职工',
  [WorkerTag.EMPLOYMENT_DIFFICULTY]: '就业困难人员',
  [WorkerTag.VETERAN]: '退役军人',
  [WorkerTag.AID_RECIPIENT]: '221帮扶对象',
  [WorkerTag.RELAPSE_RISK]: '返困风险',
});

/** Tags the system keeps (the archive, the 221 award); nobody sets them by hand. */
export const SYSTEM_TAGS: readonly WorkerTag[] = [WorkerTag.HARDSHIP, WorkerTag.AID_RECIPIENT, WorkerTag.RELAPSE_RISK];

/** Tags a worker may declare about themself; the rest are set by staff. */
export const SELF_DECLARED_TAGS: readonly WorkerTag[] = [
  WorkerTag.MIGRANT_WORKER,
  WorkerTag.VETERAN,
  WorkerTag.UNEMPLOYED_GRADUATE,
  WorkerTag.DISABLED,
  WorkerTag.POVERTY_ALLEVIATED,
];

/** 民族: the 56 recognised ethnic groups. */
export const ETHNICITIES: readonly string[] = [
  '汉族',
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
];

export enum ArchiveStatus {
  NONE = 'NONE',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

export const ARCHIVE_STATUS_LABELS: Record<ArchiveStatus, string> = localizedLabels('ARCHIVE_STATUS_LABELS', {
  [ArchiveStatus.NONE]: '未建档',
  [ArchiveStatus.ACTIVE]: '在档',
  [ArchiveStatus.CLOSED]: '已脱困',
});

/** 困难程度. */
export enum HardshipLevel {
  DEEP = 'DEEP',
  RELATIVE = 'RELATIVE',
  ACCIDENTAL = 'ACCIDENTAL',
}

export const HARDSHIP_LEVEL_LABELS: Record<HardshipLevel, string> = localizedLabels('HARDSHIP_LEVEL_LABELS', {
  [HardshipLevel.DEEP]: '深度困难',
  [HardshipLevel.RELATIVE]: '相对困难',
  [HardshipLevel.ACCIDENTAL]: '意外致困',
});

export enum ArchiveEventType {
  OPENED = 'OPENED',
  REASSESSED = 'REASSESSED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  /** 返困风险: flagged by a follow-up after the archive was closed (cleared by reopening). */
  RELAPSE_RISK = 'RELAPSE_RISK',
}

export const ARCHIVE_EVENT_LABELS: Record<ArchiveEventType, string> = localizedLabels('ARCHIVE_EVENT_LABELS', {
  [ArchiveEventType.OPENED]: '建档',
  [ArchiveEventType.REASSESSED]: '重新评估',
  [ArchiveEventType.CLOSED]: '脱困销档',
  [ArchiveEventType.REOPENED]: '返困重新建档',
  [ArchiveEventType.RELAPSE_RISK]: '返困风险',
});

export enum FollowUpMethod {
  PHONE = 'PHONE',
  VISIT = 'VISIT',
  DATA_COMPARISON = 'DATA_COMPARISON',
}

export const FOLLOW_UP_METHOD_LABELS: Record<FollowUpMethod, string> = localizedLabels('FOLLOW_UP_METHOD_LABELS', {
  [FollowUpMethod.PHONE]: '电话回访',
  [FollowUpMethod.VISIT]: '实地走访',
  [FollowUpMethod.DATA_COMPARISON]: '信息比对',
});

export enum WorkerSource {
  SELF = 'SELF',
  STAFF = 'STAFF',
  IMPORT = 'IMPORT',
}

/** The real-name registration form (mini-program and console alike). */
export interface WorkerProfileInput {
  name: string;
  idNumber: string;
  phone: string;
  /** County-level region code. */
  regionCode: string;
  /** The optional particulars: null (or '') clears one. */
  ethnicity?: string | null;
  employer?: string | null;
  /** The employer picked from the registry (its name then replaces `employer`). */
  employerId?: number | null;
  unionMember?: boolean;
  employmentStatus: EmploymentStatus;
  education?: Education | null;
  skills?: string[];
  employmentIntention?: string | null;
  trainingNeeds?: string | null;
  tags?: WorkerTag[];
}

export interface MyProfileRequest extends Omit<WorkerProfileInput, 'idNumber' | 'phone'> {
  /** Required to register; when editing, leave it out (it cannot change). */
  idNumber?: string;
  /** Required to register; when editing, leave it out to keep the registered one. */
  phone?: string;
  /** The worker agreed to the privacy notice (required, true). */
  consent: boolean;
}

/**
 * PUT /me/profile answered 202: the registration waits for the SMS code (claiming a record the
 * union registered, or every first registration where the deployment asks for it). The answer is
 * the same whether or not the ID number is on file; `phoneMasked` is the number that was entered.
 */
export interface RegistrationCodeResponse {
  verification: 'SMS_CODE_SENT';
  phoneMasked: string;
  /** When this code stops working (UTC ISO). */
  expiresAt: string;
  /** When a new code may be asked for (UTC ISO). */
  resendAfter: string;
}

/** POST /me/profile/confirm: the 6-digit code from the SMS. */
export interface ConfirmRegistrationRequest {
  code: string;
}

export function isRegistrationCodeResponse(body: unknown): body is RegistrationCodeResponse {
  return !!body && (body as { verification?: unknown }).verification === 'SMS_CODE_SENT';
}

export interface WorkerResponse {
  id: number;
  name: string;
  idNumberMasked: string;
  phoneMasked: string;
  birthDate: string;
  sex: 'M' | 'F';
  regionCode: string;
  regionName: string;
  ethnicity: string | null;
  employer: string | null;
  /** The registry's employer the stated one is linked to. */
  employerId?: number | null;
  unionMember: boolean;
  employmentStatus: EmploymentStatus;
  education: Education | null;
  skills: string[];
  employmentIntention: string | null;
  trainingNeeds: string | null;
  tags: WorkerTag[];
  archiveStatus: ArchiveStatus;
  claimed: boolean;
  source: WorkerSource;
  lastFollowUpAt: string | null;
  consentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RevealResponse {
  idNumber: string;
  phone: string;
}

export interface WorkerQuery {
  page?: number;
  pageSize?: number;
  regionCode?: string;
  tag?: WorkerTag;
  employmentStatus?: EmploymentStatus;
  archiveStatus?: ArchiveStatus;
  /** A name (substring) or the last 4 characters of the ID number. */
  keyword?: string;
}

export type WorkerPage = Page<WorkerResponse>;

import { Role } from './roles';

/** Staff who may see workers (in their data scope), and who may register and change them. */
export const WORKER_READ_ROLES: readonly Role[] = [
  Role.REVIEWER,
  Role.PROVINCE_REVIEWER,
  Role.CENTER_STAFF,
  Role.PROGRAM_ADMIN,
  Role.TRAINING_ADMIN,
];
export const WORKER_WRITE_ROLES: readonly Role[] = [Role.REVIEWER, Role.PROVINCE_REVIEWER, Role.CENTER_STAFF];

export interface HouseholdInfo {
  members: number;
  monthlyIncomePerCapitaFen: number;
  zeroEmployment: boolean;
  lowIncome: boolean;
  disability: boolean;
}

/** An uploaded file: GET /files/:id downloads it. */
export interface FileRef {
  id: string;
  name: string;
  mime: string;
  size: number;
  createdAt: string;
}

export interface ArchiveEventResponse {
  id: number;
  type: ArchiveEventType;
  reason: string | null;
  snapshot: Record<string, unknown>;
  actorName: string | null;
  createdAt: string;
}

export interface ArchiveResponse {
  id: number;
  workerId: number;
  status: ArchiveStatus;
  level: HardshipLevel;
  household: HouseholdInfo;
  cause: string;
  /** Ids of uploaded files (POST /files). */
  attachments: string[];
  attachmentFiles: FileRef[];
  openedAt: string;
  closedAt: string | null;
  closeReason: string | null;
  events: ArchiveEventResponse[];
}

export interface FollowUpResponse {
  id: number;
  workerId: number;
  method: FollowUpMethod;
  followedAt: string;
  notes: string;
  employmentStatus: EmploymentStatus;
  /** 家庭月人均收入 (fen) as the follow-up found it, when recorded. */
  monthlyIncomeFen: number | null;
  staffName: string;
  createdAt: string;
}

export interface OverdueFollowUpResponse {
  worker: WorkerResponse;
  /** When the follow-up was due. */
  dueAt: string;
  daysOverdue: number;
}

/** A follow-up is due this many days after the last one (or registration): "每月至少 1 次". */
export const FOLLOW_UP_INTERVAL_DAYS = 30;

export interface ImportJobResponse {
  id: number;
  fileName: string;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  total: number;
  processed: number;
  created: number;
  updated: number;
  failed: number;
  errors: { row: number; field?: string; message: string }[];
  createdAt: string;
  finishedAt: string | null;
}
