import type { Page } from './api-types';
import { Role } from './roles';
import type { Education, WorkerTag } from './workers';
import type { JobPostingKind, PartnerUnionFigures } from './jobs-events';
import { localizedLabels } from './i18n/labels';

/** 企业规模 (GB/T 统计上大中小微型企业划分). */
export enum EmployerSize {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

export const EMPLOYER_SIZE_LABELS: Record<EmployerSize, string> = localizedLabels('EMPLOYER_SIZE_LABELS', {
  [EmployerSize.MICRO]: '微型',
  [EmployerSize.SMALL]: '小型',
  [EmployerSize.MEDIUM]: '中型',
  [EmployerSize.LARGE]: '大型',
});

/** A posting's life: HR drafts and submits; union staff of its region approve or return it. */
export enum JobPostingStatus {
  DRAFT = 'DRAFT',
  PENDING = 'PENDING',
  RETURNED = 'RETURNED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  /** Not stored: an OPEN posting whose valid-until date has passed reads as expired. */
  EXPIRED = 'EXPIRED',
}

export const JOB_POSTING_STATUS_LABELS: Record<JobPostingStatus, string> = localizedLabels(
  'JOB_POSTING_STATUS_LABELS',
  {
    [JobPostingStatus.DRAFT]: '草稿',
    [JobPostingStatus.PENDING]: '待审核',
    [JobPostingStatus.RETURNED]: '已退回',
    [JobPostingStatus.OPEN]: '招聘中',
    [JobPostingStatus.CLOSED]: '已关闭',
    [JobPostingStatus.EXPIRED]: '已过期',
  },
);

export enum JobApplicationSource {
  APPLIED = 'APPLIED',
  REFERRED = 'REFERRED',
  /** Staff placed the worker on a public-welfare post (公益性岗位安置). */
  ASSIGNED = 'ASSIGNED',
}

export const JOB_APPLICATION_SOURCE_LABELS: Record<JobApplicationSource, string> = localizedLabels(
  'JOB_APPLICATION_SOURCE_LABELS',
  {
    [JobApplicationSource.APPLIED]: '本人投递',
    [JobApplicationSource.REFERRED]: '工会推荐',
    [JobApplicationSource.ASSIGNED]: '公益性岗位安置',
  },
);

/**
 * APPLIED → INVITED (HR invites to an interview) → ACCEPTED (the worker accepts: HR sees who they
 * are) → INTERVIEWED → HIRED; REJECTED from any step before the hire, WITHDRAWN by the worker.
 */
export enum JobApplicationStatus {
  APPLIED = 'APPLIED',
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  INTERVIEWED = 'INTERVIEWED',
  HIRED = 'HIRED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

export const JOB_APPLICATION_STATUS_LABELS: Record<JobApplicationStatus, string> = localizedLabels(
  'JOB_APPLICATION_STATUS_LABELS',
  {
    [JobApplicationStatus.APPLIED]: '已投递',
    [JobApplicationStatus.INVITED]: '邀请面试',
    [JobApplicationStatus.ACCEPTED]: '已接受面试',
    [JobApplicationStatus.INTERVIEWED]: '已面试',
    [JobApplicationStatus.HIRED]: '已录用',
    [JobApplicationStatus.REJECTED]: '未录用',
    [JobApplicationStatus.WITHDRAWN]: '已撤回',
  },
);

/** Union staff who register employers, refer workers, see matches and push postings. */
export const JOB_STAFF_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER, Role.REVIEWER, Role.CENTER_STAFF];
/** Union staff who approve or return postings (in their region). */
export const JOB_REVIEW_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER, Role.REVIEWER];
/** Who sets the per-city minimum wage. */
export const MIN_WAGE_ADMIN_ROLES: readonly Role[] = [Role.PROGRAM_ADMIN];

/** Qinghai's minimum wage, one tier for the province (2025–2026): ¥2,080 a month, ¥20 an hour. */
export const QINGHAI_MIN_WAGE = { monthlyFen: 208_000, hourlyFen: 2_000 };

/**
 * Terms a posting may not carry (就业促进法 art. 3, 26–31; the 2023 notice on online recruitment):
 * a sex, ethnicity, religion, household-registration or origin requirement, or "高薪"/"保录"
 * promises. Returns the first term found, or null.
 */
const DISCRIMINATORY: RegExp[] = [
  /(?:限|仅限|只限|只招|仅招|要求|限招)\s*(?:男|女)(?:性|士|生)?/,
  /(?:男|女)(?:性|士|生)?\s*(?:优先|限定|专岗)/,
  /(?:限|仅限|只限|只招|仅招|要求|限招)\s*[\u4e00-\u9fa5]{1,4}族/,
  /(?:[\u4e00-\u9fa5]{1,4}族)\s*(?:优先|除外|勿扰|不要)/,
  /(?:限|仅限|只限|只招|要求)\s*(?:本地|本市|本省)?\s*(?:户籍|户口)/,
  /(?:信仰|宗教)\s*(?:要求|限制|优先)|(?:限|仅限)\s*[\u4e00-\u9fa5]{1,3}教(?:徒|信众)?/,
  /(?:不招|拒收|不要)\s*(?:女|男|外地|[\u4e00-\u9fa5]{1,4}族)/,
  /高薪|保录/,
];

export function discriminatoryTermIn(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const re of DISCRIMINATORY) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

export interface EmployerRequest {
  name: string;
  creditCode: string;
  regionCode: string;
  industry: string;
  size: EmployerSize;
  address?: string;
  contactPhone?: string;
  /** The 对口援青 partner union the employer belongs to (null: none). */
  partnerUnionId?: number | null;
}

export interface EmployerResponse {
  id: number;
  name: string;
  creditCode: string;
  regionCode: string;
  regionName: string;
  industry: string;
  size: EmployerSize;
  address: string | null;
  contactPhone: string | null;
  /** The enterprise organisation its HR accounts belong to, when it has any. */
  organizationId: number | null;
  hrAccounts: number;
  openPostings: number;
  partnerUnionId: number | null;
  partnerUnionName: string | null;
  createdAt: string;
}

/** A registered employer to pick from (GET /employers/options). */
export interface EmployerOption {
  id: number;
  name: string;
  regionName: string;
}

/** How many workers POST /employers/:id/merge-name linked to the employer. */
export interface EmployerMergeNameResponse {
  linked: number;
}

/** Whether the worker receives job pushes (GET and PUT /me/jobs/subscription). */
export interface JobSubscriptionResponse {
  subscribed: boolean;
}

export interface JobPostingRequest {
  title: string;
  occupation: string;
  regionCode: string;
  address: string;
  latitude: number;
  longitude: number;
  headcount: number;
  wageMinFen: number;
  wageMaxFen: number;
  skills: string[];
  education?: Education | null;
  ageMin?: number | null;
  ageMax?: number | null;
  contactName: string;
  contactPhone: string;
  description: string;
  validUntil: string;
  /** Only union staff publish public-welfare posts (HR: market postings only). */
  kind?: JobPostingKind;
}

export interface JobPostingResponse extends JobPostingRequest {
  id: number;
  employerId: number;
  employerName: string;
  regionName: string;
  education: Education | null;
  ageMin: number | null;
  ageMax: number | null;
  status: JobPostingStatus;
  returnReason: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  applications: number;
  pushes: number;
  kind: JobPostingKind;
  /** 对口援青: the employer's partner union, shown as a mark on the posting. */
  partnerUnionName: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A posting ranked for a worker, or a worker ranked for a posting: the score and why. */
export interface FitReasons {
  score: number;
  reasons: string[];
}

export type RecommendedJob = JobPostingResponse & FitReasons;

export interface JobMatch extends FitReasons {
  workerId: number;
  name: string;
  idNumberMasked: string;
  phoneMasked: string;
  regionCode: string;
  regionName: string;
  tags: WorkerTag[];
  subscribed: boolean;
  pushed: boolean;
  applied: boolean;
}

export interface JobPushRequest {
  workerIds?: number[];
  minScore?: number;
}

export interface JobPushResponse {
  pushed: number;
  alreadyPushed: number;
  notSubscribed: number;
}

export interface JobApplicationResponse {
  id: number;
  postingId: number;
  postingTitle: string;
  employerId: number;
  employerName: string;
  workerId: number;
  /** Masked for HR until the worker accepted an interview. */
  workerName: string;
  idNumberMasked: string;
  phone: string;
  regionCode: string;
  regionName: string;
  source: JobApplicationSource;
  status: JobApplicationStatus;
  interviewAt: string | null;
  interviewPlace: string | null;
  note: string | null;
  hiredOn: string | null;
  /** The start date the worker reported (staff confirm it as the hire). */
  reportedHiredOn: string | null;
  outcomeId: number | null;
  referredBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MinWageResponse {
  cityCode: string;
  cityName: string;
  monthlyFen: number;
  hourlyFen: number;
  updatedAt: string;
}

export type JobPostingPage = Page<JobPostingResponse>;

/** The jobs figures of one region (one level below the caller's scope). */
export interface JobsRegionFigures {
  regionCode: string;
  regionName: string;
  openPostings: number;
  referrals: number;
  hires: number;
  /** Of the hires, those that became the year's employment outcome (toward the 100). */
  hiresCounted: number;
  /** 对口援青: workers of the region sent to partner employers' postings, and hired there. */
  partnerSent: number;
  partnerHires: number;
  /** Workers placed on public-welfare posts (公益性岗位). */
  publicWelfareHires: number;
}

/** The console home's jobs figures for a year: postings by their region, referrals and hires by the worker's. */
export interface JobsDashboard {
  year: number;
  /** Open today (not expired). */
  openPostings: number;
  /** Waiting for review. */
  pendingPostings: number;
  /** Applications and referrals made in the year. */
  referrals: number;
  /** Hires recorded with a start date in the year. */
  hires: number;
  /** Of those, the hires that became the year's employment outcome (toward the 100). */
  hiresCounted: number;
  /** 对口援青, counted apart: applications and referrals to partner employers' postings, and their hires. */
  partnerOpenPostings: number;
  partnerSent: number;
  partnerHires: number;
  /** Public-welfare posts open, and the workers placed on them in the year. */
  publicWelfareOpen: number;
  publicWelfareHires: number;
  byRegion: JobsRegionFigures[];
  byPartnerUnion: PartnerUnionFigures[];
}

/** The demand list (用工需求清单) template: one posting per row; the header names the column. */
export const DEMAND_LIST_COLUMNS = [
  { key: 'title', header: '职位名称', field: 'title' },
  { key: 'occupation', header: '职业（工种）', field: 'occupation' },
  { key: 'county', header: '工作地区（县区名称或代码）', field: 'regionCode' },
  { key: 'address', header: '工作地点', field: 'address' },
  { key: 'latitude', header: '纬度', field: 'latitude' },
  { key: 'longitude', header: '经度', field: 'longitude' },
  { key: 'headcount', header: '招聘人数', field: 'headcount' },
  { key: 'wageMin', header: '月薪下限（元）', field: 'wageMinFen' },
  { key: 'wageMax', header: '月薪上限（元）', field: 'wageMaxFen' },
  { key: 'skills', header: '技能要求（顿号分隔）', field: 'skills' },
  { key: 'education', header: '学历要求', field: 'education' },
  { key: 'ageMin', header: '最低年龄', field: 'ageMin' },
  { key: 'ageMax', header: '最高年龄', field: 'ageMax' },
  { key: 'contactName', header: '联系人', field: 'contactName' },
  { key: 'contactPhone', header: '联系电话', field: 'contactPhone' },
  { key: 'description', header: '职位描述', field: 'description' },
  { key: 'validUntil', header: '有效期至', field: 'validUntil' },
] as const;

export interface DemandListRowError {
  /** The sheet's row number (row 1 is the header). */
  row: number;
  column: string;
  message: string;
}

export interface DemandListImportResponse {
  /** Postings created, submitted for review. */
  added: number;
  /** Rows already imported for this employer (a file sent again adds nothing). */
  alreadyImported: number;
  failed: number;
  errors: DemandListRowError[];
}
