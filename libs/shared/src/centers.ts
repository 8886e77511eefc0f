import { Role } from './roles';
import type { FileRef } from './workers';
import { localizedLabels } from './i18n/labels';

/** Kinds of site in the registry (SPEC §5, seeds 000 and 004). */
export enum CenterKind {
  SUPPORT_CENTER = 'SUPPORT_CENTER',
  SERVICE_CENTER = 'SERVICE_CENTER',
  OUTDOOR_STATION = 'OUTDOOR_STATION',
  DRIVERS_HOME = 'DRIVERS_HOME',
  CARING_POST = 'CARING_POST',
}

export const CENTER_KIND_LABELS: Record<CenterKind, string> = localizedLabels('CENTER_KIND_LABELS', {
  [CenterKind.SUPPORT_CENTER]: '困难职工帮扶中心',
  [CenterKind.SERVICE_CENTER]: '职工服务中心',
  [CenterKind.OUTDOOR_STATION]: '户外劳动者服务站点',
  [CenterKind.DRIVERS_HOME]: '司机之家',
  [CenterKind.CARING_POST]: '爱心驿站',
});

/** Kinds that are stations (amenities), not service centers. */
export const STATION_KINDS: readonly CenterKind[] = [
  CenterKind.OUTDOOR_STATION,
  CenterKind.DRIVERS_HOME,
  CenterKind.CARING_POST,
];

/** The one-stop services (一站式) and the stations' amenities. */
export enum CenterService {
  JOB_REGISTRATION = 'JOB_REGISTRATION',
  CAREER_GUIDANCE = 'CAREER_GUIDANCE',
  JOB_REFERRAL = 'JOB_REFERRAL',
  SKILLS_TRAINING = 'SKILLS_TRAINING',
  LEGAL_AID = 'LEGAL_AID',
  REST = 'REST',
  WATER = 'WATER',
  CHARGING = 'CHARGING',
  MEALS = 'MEALS',
  TOILET = 'TOILET',
}

export const CENTER_SERVICE_LABELS: Record<CenterService, string> = localizedLabels('CENTER_SERVICE_LABELS', {
  [CenterService.JOB_REGISTRATION]: '求职登记',
  [CenterService.CAREER_GUIDANCE]: '职业指导',
  [CenterService.JOB_REFERRAL]: '职业介绍',
  [CenterService.SKILLS_TRAINING]: '技能培训',
  [CenterService.LEGAL_AID]: '法律援助',
  [CenterService.REST]: '休息',
  [CenterService.WATER]: '饮水',
  [CenterService.CHARGING]: '充电',
  [CenterService.MEALS]: '热饭',
  [CenterService.TOILET]: '如厕',
});

/** Services a worker can ask for (a request); amenities are just used. */
export const REQUESTABLE_SERVICES: readonly CenterService[] = [
  CenterService.JOB_REGISTRATION,
  CenterService.CAREER_GUIDANCE,
  CenterService.JOB_REFERRAL,
  CenterService.SKILLS_TRAINING,
  CenterService.LEGAL_AID,
];

export enum DisputeType {
  WAGES_OWED = 'WAGES_OWED',
  CONTRACT = 'CONTRACT',
  INJURY = 'INJURY',
  DISMISSAL = 'DISMISSAL',
  OTHER = 'OTHER',
}

export const DISPUTE_TYPE_LABELS: Record<DisputeType, string> = localizedLabels('DISPUTE_TYPE_LABELS', {
  [DisputeType.WAGES_OWED]: '拖欠工资',
  [DisputeType.CONTRACT]: '劳动合同',
  [DisputeType.INJURY]: '工伤',
  [DisputeType.DISMISSAL]: '解除劳动关系',
  [DisputeType.OTHER]: '其他',
});

export enum ServiceRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export const SERVICE_REQUEST_STATUS_LABELS: Record<ServiceRequestStatus, string> = localizedLabels(
  'SERVICE_REQUEST_STATUS_LABELS',
  {
    [ServiceRequestStatus.PENDING]: '待受理',
    [ServiceRequestStatus.ACCEPTED]: '服务中',
    [ServiceRequestStatus.CLOSED]: '已办结',
    [ServiceRequestStatus.CANCELLED]: '已取消',
  },
);

export enum ServiceOutcome {
  RESOLVED = 'RESOLVED',
  HIRED = 'HIRED',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  UNRESOLVED = 'UNRESOLVED',
}

export const SERVICE_OUTCOME_LABELS: Record<ServiceOutcome, string> = localizedLabels('SERVICE_OUTCOME_LABELS', {
  [ServiceOutcome.RESOLVED]: '已解决',
  [ServiceOutcome.HIRED]: '推荐成功，已就业',
  [ServiceOutcome.REFERRED_ELSEWHERE]: '转介其他机构',
  [ServiceOutcome.UNRESOLVED]: '未能解决',
});

/** A request not accepted within this many working days is overdue. */
export const SERVICE_ACCEPT_WORKING_DAYS = 2;

/** Who manages the registry (within their data scope). */
export const CENTER_ADMIN_ROLES: readonly Role[] = [Role.PROGRAM_ADMIN, Role.PROVINCE_REVIEWER, Role.REVIEWER];
/** Who maintains the star checklist, evaluates, and records subsidies. */
export const CENTER_RATING_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER, Role.TRAINING_ADMIN];
export const CENTER_SUBSIDY_ROLES: readonly Role[] = [Role.PROGRAM_ADMIN, Role.FINANCE];
/** Staff who see the registry and its figures. */
export const CENTER_READ_ROLES: readonly Role[] = [
  Role.PROGRAM_ADMIN,
  Role.PROVINCE_REVIEWER,
  Role.REVIEWER,
  Role.TRAINING_ADMIN,
  Role.FINANCE,
  Role.CENTER_STAFF,
];

export interface CenterRequest {
  name: string;
  kind: CenterKind;
  /** Its county, city or the province. */
  regionCode: string;
  address: string;
  /** WGS-84 / GCJ-02 as the map gives it. */
  latitude: number;
  longitude: number;
  openingHours: string;
  phone: string;
  services: CenterService[];
  photos?: string[];
  /** The organisation whose CENTER_STAFF accounts work here (a SUPPORT_CENTER organisation). */
  organizationId?: number | null;
  description?: string;
}

export interface CenterResponse {
  id: number;
  name: string;
  kind: CenterKind;
  /** province / city / county, from the region. */
  level: 'province' | 'city' | 'county';
  regionCode: string;
  regionName: string;
  address: string;
  latitude: number;
  longitude: number;
  openingHours: string;
  phone: string;
  services: CenterService[];
  photos: FileRef[];
  organizationId: number | null;
  description: string;
  /** The current star rating (the latest evaluation), or null when never rated. */
  stars: number | null;
  /** Average of workers' ratings of closed requests (1–5), or null. */
  averageRating: number | null;
  /** Metres from the point asked about (lat/lng query), or null. */
  distanceMeters: number | null;
}

export interface CenterQuery {
  service?: CenterService;
  kind?: CenterKind;
  regionCode?: string;
  keyword?: string;
  /** The worker's location: the list is sorted by distance from it. */
  lat?: number;
  lng?: number;
  page?: number;
  pageSize?: number;
}

export interface ServiceRequestInput {
  centerId: number;
  serviceType: CenterService;
  description: string;
  /** ISO time the worker would like to come or be called. */
  preferredTime?: string;
  attachments?: string[];
  /** LEGAL_AID only, and required there. */
  disputeType?: DisputeType;
}

export interface ServiceRecordInput {
  /** YYYY-MM-DD */
  servedOn: string;
  serviceType: CenterService;
  notes: string;
  result?: string;
}

export interface ServiceRecordResponse extends ServiceRecordInput {
  id: number;
  staffName: string;
  createdAt: string;
}

export interface CloseServiceRequest {
  outcome: ServiceOutcome;
  summary: string;
  /** HIRED: the employer and contract start (recorded as an employment outcome). */
  employer?: string;
  contractStart?: string;
}

export interface RateServiceRequest {
  rating: number;
  comment?: string;
}

export interface ServiceRequestResponse {
  id: number;
  centerId: number;
  centerName: string;
  workerId: number;
  workerName: string;
  /** Masked. */
  workerPhone: string;
  serviceType: CenterService;
  description: string;
  preferredTime: string | null;
  disputeType: DisputeType | null;
  attachments: FileRef[];
  status: ServiceRequestStatus;
  /** Still PENDING after SERVICE_ACCEPT_WORKING_DAYS working days. */
  overdue: boolean;
  acceptDueAt: string;
  /** Years with no holiday calendar when the deadline was counted (Monday to Friday instead); usually empty. */
  acceptDueFallbackYears: number[];
  acceptedAt: string | null;
  acceptedBy: string | null;
  closedAt: string | null;
  outcome: ServiceOutcome | null;
  summary: string | null;
  rating: number | null;
  ratingComment: string | null;
  records: ServiceRecordResponse[];
  createdAt: string;
}

export interface ServiceRequestQuery {
  centerId?: number;
  status?: ServiceRequestStatus;
  serviceType?: CenterService;
  overdue?: boolean;
  page?: number;
  pageSize?: number;
}

/** One criterion of the yearly star evaluation (星级评定). */
export interface StarCriterion {
  key: string;
  label: string;
  /** Its share of the 100 points. */
  weight: number;
}

export interface StarChecklist {
  criteria: StarCriterion[];
  /** Minimum total (0–100) for 2, 3, 4 and 5 stars; below the first is 1 star. */
  thresholds: [number, number, number, number];
}

export interface StarEvaluationRequest {
  year: number;
  /** Per criterion key, 0–100 (the share of that criterion met). */
  scores: Record<string, number>;
  evaluatedOn: string;
  evidence?: string[];
  notes?: string;
}

export interface StarEvaluationResponse {
  id: number;
  centerId: number;
  year: number;
  scores: Record<string, number>;
  /** Weighted total, 0–100, one decimal. */
  total: number;
  stars: number;
  evaluatedOn: string;
  evaluator: string;
  evidence: FileRef[];
  notes: string | null;
  createdAt: string;
}

export interface SubsidyRequest {
  year: number;
  amountFen: number;
  purpose: string;
}

export interface SubsidyResponse extends SubsidyRequest {
  id: number;
  centerId: number;
  recordedBy: string;
  createdAt: string;
}

/** The console home's support-center figures. */
export interface CenterDashboard {
  centersByStars: { stars: number | null; count: number }[];
  requestsByService: { serviceType: CenterService; status: ServiceRequestStatus; count: number }[];
  overdueRequests: number;
  averageRating: number | null;
  /** Service records dated this month (Asia/Shanghai). */
  servicesThisMonth: number;
}
