import { Role } from './roles';
import type { FileRef } from './workers';

/** Kinds of course in the 151 action (SPEC §6, seed 000 二、(三)). */
export enum TrainingCourseType {
  SKILLS = 'SKILLS',
  JOB_TRANSFER = 'JOB_TRANSFER',
  STARTUP = 'STARTUP',
}

export const TRAINING_COURSE_TYPE_LABELS: Record<TrainingCourseType, string> = {
  [TrainingCourseType.SKILLS]: '技能',
  [TrainingCourseType.JOB_TRANSFER]: '转岗',
  [TrainingCourseType.STARTUP]: '创业',
};

/** Defaults of a course; each course may change them. */
export const TRAINING_DEFAULTS = {
  /** Share of sessions (percent) a worker must attend to complete. */
  completionThreshold: 80,
  /** Minutes after a session starts from which a check-in is LATE. */
  lateAfterMinutes: 10,
  /** A trainer may open check-in this many minutes before the session starts. */
  openEarlyMinutes: 60,
  /** The QR code changes every window; the current and the previous one are accepted. */
  qrWindowSeconds: 30,
} as const;

/** The four figures of the 151 action's targets for a year (seed 000: 10, 5,000, 300, 100,000). */
export interface TrainingTargets {
  bases: number;
  completions: number;
  domesticServiceCompletions: number;
  onlineLearning: number;
}

export const TRAINING_TARGET_FIELDS = ['bases', 'completions', 'domesticServiceCompletions', 'onlineLearning'] as const;

export const TRAINING_TARGET_LABELS: Record<keyof TrainingTargets, string> = {
  bases: '认定培训基地',
  completions: '培训结业',
  domesticServiceCompletions: '家政服务培训结业',
  onlineLearning: '网上学习',
};

/** A year's targets as the training admin sets them: the province's figures and optional city splits. */
export interface TrainingTargetsRequest extends TrainingTargets {
  /** City region code → that city's share; each figure summed over the cities may not exceed the province's. */
  citySplits?: Record<string, TrainingTargets> | null;
}

/** GET /training/targets/:year: the year's targets, or null when nobody has set them (目标未设置). */
export interface TrainingTargetsResponse {
  year: number;
  targets: (TrainingTargets & { citySplits: Record<string, TrainingTargets> }) | null;
  updatedAt: string | null;
  updatedByName: string | null;
}

/** Where a course is in its life, from its dates and completion run. */
export enum TrainingCoursePhase {
  UPCOMING = 'UPCOMING',
  RUNNING = 'RUNNING',
  ENDED = 'ENDED',
  COMPLETED = 'COMPLETED',
}

export const TRAINING_COURSE_PHASE_LABELS: Record<TrainingCoursePhase, string> = {
  [TrainingCoursePhase.UPCOMING]: '未开课',
  [TrainingCoursePhase.RUNNING]: '进行中',
  [TrainingCoursePhase.ENDED]: '已结束',
  [TrainingCoursePhase.COMPLETED]: '已结业',
};

export enum TrainingSessionStatus {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export const TRAINING_SESSION_STATUS_LABELS: Record<TrainingSessionStatus, string> = {
  [TrainingSessionStatus.SCHEDULED]: '未开始',
  [TrainingSessionStatus.OPEN]: '签到中',
  [TrainingSessionStatus.CLOSED]: '已结束',
};

/**
 * Where a class's check-in window stands at `now` (ms): it opens `openEarlyMinutes` before the
 * class and stays openable until the class ends — the API's rule, so the apps offer 开始签到 only
 * when the API will accept it.
 */
export function checkInWindow(
  session: { startsAt: string; endsAt: string },
  now: number,
): 'BEFORE' | 'OPENABLE' | 'OVER' {
  if (now > Date.parse(session.endsAt)) return 'OVER';
  if (now < Date.parse(session.startsAt) - TRAINING_DEFAULTS.openEarlyMinutes * 60_000) return 'BEFORE';
  return 'OPENABLE';
}

/** A class's status as a person reads it: a class over without check-in opened says so, never 未开始. */
export function sessionStatusLabel(
  session: { status: TrainingSessionStatus; startsAt: string; endsAt: string },
  now: number,
): string {
  if (session.status === TrainingSessionStatus.SCHEDULED && checkInWindow(session, now) === 'OVER') {
    return '已下课（未开签到）';
  }
  return TRAINING_SESSION_STATUS_LABELS[session.status];
}

export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  WAITLISTED = 'WAITLISTED',
  WITHDRAWN = 'WITHDRAWN',
}

export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  [EnrolmentStatus.ENROLLED]: '已报名',
  [EnrolmentStatus.WAITLISTED]: '候补',
  [EnrolmentStatus.WITHDRAWN]: '已退出',
};

/** Statuses that hold a worker's one place (or waiting place) in a course. */
export const ENROLMENT_ACTIVE_STATUSES: readonly EnrolmentStatus[] = [
  EnrolmentStatus.ENROLLED,
  EnrolmentStatus.WAITLISTED,
];

export enum EnrolmentSource {
  SELF = 'SELF',
  STAFF = 'STAFF',
  NOMINATED = 'NOMINATED',
}

export const ENROLMENT_SOURCE_LABELS: Record<EnrolmentSource, string> = {
  [EnrolmentSource.SELF]: '本人报名',
  [EnrolmentSource.STAFF]: '工会代报名',
  [EnrolmentSource.NOMINATED]: '单位推荐',
};

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  LATE = 'LATE',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  [AttendanceStatus.PRESENT]: '出勤',
  [AttendanceStatus.LATE]: '迟到',
  [AttendanceStatus.ABSENT]: '缺勤',
  [AttendanceStatus.EXCUSED]: '请假',
};

/** Marks that count as attending a session toward completion. */
export const ATTENDED_STATUSES: readonly AttendanceStatus[] = [AttendanceStatus.PRESENT, AttendanceStatus.LATE];

export enum AttendanceMethod {
  QR = 'QR',
  CODE = 'CODE',
  ROSTER = 'ROSTER',
}

export const ATTENDANCE_METHOD_LABELS: Record<AttendanceMethod, string> = {
  [AttendanceMethod.QR]: '扫码签到',
  [AttendanceMethod.CODE]: '签到码',
  [AttendanceMethod.ROSTER]: '教师点名',
};

/** What became of one roster mark sent by a trainer. */
export enum RosterMarkOutcome {
  /** It is now the worker's mark for the session. */
  APPLIED = 'APPLIED',
  /** A mark made later (or a check-in) already stands; this one is kept in the log only. */
  SUPERSEDED = 'SUPERSEDED',
  /** Not recorded: the reason is in `message`. */
  REJECTED = 'REJECTED',
}

export const ROSTER_MARK_OUTCOME_LABELS: Record<RosterMarkOutcome, string> = {
  [RosterMarkOutcome.APPLIED]: '已记录',
  [RosterMarkOutcome.SUPERSEDED]: '已有更晚的记录',
  [RosterMarkOutcome.REJECTED]: '未记录',
};

/** Who does what (checked in the API per action; the console shows menus by the same lists). */
export const TRAINING_ADMIN_ROLES: readonly Role[] = [Role.TRAINING_ADMIN];
/** Staff who see courses, enrolments and rosters (in their data scope; trainers see their own courses). */
export const TRAINING_READ_ROLES: readonly Role[] = [
  Role.TRAINING_ADMIN,
  Role.TRAINER,
  Role.PROGRAM_ADMIN,
  Role.PROVINCE_REVIEWER,
  Role.REVIEWER,
];
/** The training office: the readers who see records across courses (completions, online learning); not trainers. */
export const TRAINING_OFFICE_ROLES: readonly Role[] = TRAINING_READ_ROLES.filter((role) => role !== Role.TRAINER);
/** Enterprise HR: nominate their own employees to open courses and follow the nominations. */
export const TRAINING_NOMINATE_ROLES: readonly Role[] = [Role.HR];
/** Staff who enrol workers: union staff for workers in their scope, HR for their own employees. */
export const TRAINING_ENROL_ROLES: readonly Role[] = [
  Role.TRAINING_ADMIN,
  Role.PROVINCE_REVIEWER,
  Role.REVIEWER,
  Role.CENTER_STAFF,
  Role.HR,
];
/** Staff who run attendance: the course's own trainers, and the training admin. */
export const TRAINING_ATTENDANCE_ROLES: readonly Role[] = [Role.TRAINER, Role.TRAINING_ADMIN];

export interface TrainingSessionInput {
  /** An existing session's id when a course is edited; absent for a new session. */
  id?: number;
  /** ISO time (UTC or with offset). */
  startsAt: string;
  endsAt: string;
}

export interface TrainingCourseRequest {
  title: string;
  type: TrainingCourseType;
  /** 家政: counts toward the 300 domestic-service completions too. */
  domesticService?: boolean;
  /** The organiser's name: a base, the cadre school (干校), a vocational college. */
  organiser: string;
  /** An accredited training base running the course, if any. */
  baseId?: number | null;
  regionCode: string;
  venue: string;
  latitude: number;
  longitude: number;
  capacity: number;
  targetGroups?: string[];
  /** Staff ids of the course's trainers (accounts holding TRAINER). */
  trainerIds?: number[];
  /** Percent of sessions to attend for completion; default 80. */
  completionThreshold?: number;
  /** When set, a worker who sends a location must be within this many metres of the venue to check in. */
  checkInRadiusMeters?: number | null;
  /** Default 10. */
  lateAfterMinutes?: number;
  /** YYYY-MM-DD (Asia/Shanghai) */
  startsOn: string;
  endsOn: string;
  description?: string;
  sessions: TrainingSessionInput[];
}

export interface TrainingSessionResponse {
  id: number;
  courseId: number;
  /** 1, 2, … in time order. */
  seq: number;
  startsAt: string;
  endsAt: string;
  status: TrainingSessionStatus;
  openedAt: string | null;
  closedAt: string | null;
}

/** A session in the trainer's list (trainer mode's home). */
export interface TrainerSessionResponse extends TrainingSessionResponse {
  courseTitle: string;
  venue: string;
  /** Workers holding a place in the course. */
  enrolled: number;
}

export interface TrainingTrainerRef {
  id: number;
  name: string;
}

export interface MyEnrolmentRef {
  id: number;
  status: EnrolmentStatus;
  waitlistPosition: number | null;
}

export interface TrainingCourseResponse {
  id: number;
  title: string;
  type: TrainingCourseType;
  domesticService: boolean;
  organiser: string;
  baseId: number | null;
  regionCode: string;
  regionName: string;
  venue: string;
  latitude: number;
  longitude: number;
  capacity: number;
  /** Places taken. */
  enrolled: number;
  /** Workers waiting for a place. */
  waitlisted: number;
  targetGroups: string[];
  trainers: TrainingTrainerRef[];
  completionThreshold: number;
  checkInRadiusMeters: number | null;
  lateAfterMinutes: number;
  startsOn: string;
  endsOn: string;
  description: string;
  phase: TrainingCoursePhase;
  completedAt: string | null;
  sessions: TrainingSessionResponse[];
  /** Metres from the point asked about (lat/lng query), or null. */
  distanceMeters: number | null;
  /** The calling worker's enrolment (workers only; null when none). */
  myEnrolment: MyEnrolmentRef | null;
  createdAt: string;
  updatedAt: string;
}

export interface TrainingCourseQuery {
  type?: TrainingCourseType;
  domesticService?: boolean;
  regionCode?: string;
  keyword?: string;
  year?: number;
  phase?: TrainingCoursePhase;
  page?: number;
  pageSize?: number;
}

export interface OpenCourseQuery {
  type?: TrainingCourseType;
  domesticService?: boolean;
  regionCode?: string;
  keyword?: string;
  /** The worker's location: the list is sorted by distance from it. */
  lat?: number;
  lng?: number;
  page?: number;
  pageSize?: number;
}

/** Staff enrolling a worker; a worker enrolling themselves sends an empty body. */
export interface EnrolmentRequest {
  workerId?: number;
}

export interface TrainingEnrolmentResponse {
  id: number;
  courseId: number;
  courseTitle: string;
  workerId: number;
  workerName: string;
  idNumberMasked: string;
  status: EnrolmentStatus;
  /** 1 for the first in line; null unless WAITLISTED. */
  waitlistPosition: number | null;
  source: EnrolmentSource;
  /** When the worker took a place (null while waiting). */
  enrolledAt: string | null;
  withdrawnAt: string | null;
  createdAt: string;
}

/** What the trainer's screen shows: the token goes into the QR code, the short code under it. */
export interface TrainingQrResponse {
  sessionId: number;
  token: string;
  /** 6 digits, for typing when scanning fails. */
  shortCode: string;
  /** When the trainer's screen should fetch the next code. */
  refreshAt: string;
  /** When this code stops being accepted (the end of the next window). */
  expiresAt: string;
}

/** A worker's check-in: the scanned token, or the session and the short code shown under the QR. */
export interface CheckInRequest {
  token?: string;
  sessionId?: number;
  shortCode?: string;
  /** The worker's location, when the device gives it. */
  lat?: number;
  lng?: number;
}

export interface TrainingAttendanceResponse {
  id: number;
  sessionId: number;
  courseId: number;
  courseTitle: string;
  workerId: number;
  workerName: string;
  status: AttendanceStatus;
  method: AttendanceMethod;
  /** When the mark was made (the trainer's device time for offline marks). */
  markedAt: string;
  checkedInAt: string | null;
  distanceMeters: number | null;
  /** Marked after the session was closed. */
  correction: boolean;
  /** True when the worker had already checked in: the existing record is returned. */
  repeated: boolean;
}

export interface RosterEntry {
  enrolmentId: number;
  workerId: number;
  workerName: string;
  idNumberMasked: string;
  /** The recorded mark, or null when unmarked. */
  status: AttendanceStatus | null;
  method: AttendanceMethod | null;
  markedAt: string | null;
  /** False when the worker enrolled after the session took place: never counted absent for it. */
  counted: boolean;
  enrolledAt: string;
}

export interface RosterSummary {
  /** Enrolled workers the session counts for. */
  expected: number;
  present: number;
  late: number;
  absent: number;
  excused: number;
  /** Counted workers without a mark (absent once the session is closed). */
  unmarked: number;
}

export interface TrainingRosterResponse {
  session: TrainingSessionResponse;
  courseId: number;
  courseTitle: string;
  summary: RosterSummary;
  entries: RosterEntry[];
}

/** One hand mark, made on the trainer's device (perhaps offline). */
export interface RosterMarkInput {
  /** A UUID the device gives the mark when it is made: a mark is recorded once. */
  clientId: string;
  workerId: number;
  status: AttendanceStatus;
  /** ISO time the mark was made on the device. */
  markedAt: string;
}

export interface RosterSyncRequest {
  marks: RosterMarkInput[];
}

export interface RosterMarkResult {
  clientId: string;
  workerId: number;
  outcome: RosterMarkOutcome;
  /** True when this clientId had been received before: nothing changed now. */
  replayed: boolean;
  message: string | null;
}

export interface RosterSyncResponse {
  results: RosterMarkResult[];
  roster: TrainingRosterResponse;
}

export interface CompletionRunEntry {
  enrolmentId: number;
  workerId: number;
  workerName: string;
  /** Sessions attended (PRESENT or LATE) among those counted. */
  attended: number;
  /** Sessions held that count for this worker (not those before they enrolled). */
  held: number;
  /** attended / held, percent, rounded down. */
  ratePercent: number;
  completed: boolean;
  verificationCode: string | null;
}

export interface CompletionRunResponse {
  courseId: number;
  completionThreshold: number;
  /** Completions of the course in all (earlier runs included). */
  completed: number;
  /** Completions this run added. */
  added: number;
  notCompleted: number;
  entries: CompletionRunEntry[];
}

export interface TrainingCompletionResponse {
  id: number;
  courseId: number;
  workerId: number;
  /** Masked (staff lists; the worker's own certificate). */
  idNumberMasked: string;
  regionCode: string;
  courseTitle: string;
  courseType: TrainingCourseType;
  domesticService: boolean;
  organiser: string;
  regionName: string;
  startsOn: string;
  endsOn: string;
  workerName: string;
  attended: number;
  held: number;
  ratePercent: number;
  /** Printed on the certificate; anyone signed in can check it. */
  verificationCode: string;
  year: number;
  completedAt: string;
}

/** The staff list of completions (the console's 结业记录), filtered like the dashboard counts them. */
export interface TrainingCompletionQuery {
  year?: number;
  regionCode?: string;
  courseId?: number;
  type?: TrainingCourseType;
  domesticService?: boolean;
  /** The last 4 ID characters, or part of the name. */
  keyword?: string;
  page?: number;
  pageSize?: number;
}

/** A trainer account the training admin can name on a course (active, holding TRAINER, in scope). */
export interface TrainerOption {
  id: number;
  name: string;
  organizationName: string;
  regionName: string;
}

/** An HR officer's employee (a registered worker whose employer is the officer's company). */
export interface EmployeeOption {
  workerId: number;
  name: string;
  idNumberMasked: string;
  phoneMasked: string;
  regionName: string;
}

/** What an HR officer's company nominated: each enrolment with the course and how it ended. */
export interface NominationResponse extends TrainingEnrolmentResponse {
  courseType: TrainingCourseType;
  domesticService: boolean;
  startsOn: string;
  endsOn: string;
  coursePhase: TrainingCoursePhase;
  nominatedBy: string;
  /** Set once the worker completed the course. */
  completionCode: string | null;
}

export interface NominationQuery {
  status?: EnrolmentStatus;
  keyword?: string;
  page?: number;
  pageSize?: number;
}

/** What a verification shows: enough to confirm a certificate, with the name masked. */
export interface CompletionVerifyResponse {
  valid: true;
  verificationCode: string;
  courseTitle: string;
  courseType: TrainingCourseType;
  domesticService: boolean;
  organiser: string;
  startsOn: string;
  endsOn: string;
  /** e.g. 李*梅 */
  workerNameMasked: string;
  idNumberMasked: string;
  completedAt: string;
}

// ---- training bases (the first "1": 10 accredited bases a year) ----

export enum TrainingBaseKind {
  SUPPORT_CENTER = 'SUPPORT_CENTER',
  INSTITUTION = 'INSTITUTION',
  CADRE_SCHOOL = 'CADRE_SCHOOL',
  VOCATIONAL_COLLEGE = 'VOCATIONAL_COLLEGE',
  ENTERPRISE = 'ENTERPRISE',
}

export const TRAINING_BASE_KIND_LABELS: Record<TrainingBaseKind, string> = {
  [TrainingBaseKind.SUPPORT_CENTER]: '帮扶（服务）中心',
  [TrainingBaseKind.INSTITUTION]: '培训机构',
  [TrainingBaseKind.CADRE_SCHOOL]: '工会干部学校',
  [TrainingBaseKind.VOCATIONAL_COLLEGE]: '职业院校',
  [TrainingBaseKind.ENTERPRISE]: '企业',
};

export enum TrainingBaseStatus {
  APPLIED = 'APPLIED',
  ACCREDITED = 'ACCREDITED',
  REFUSED = 'REFUSED',
}

export const TRAINING_BASE_STATUS_LABELS: Record<TrainingBaseStatus, string> = {
  [TrainingBaseStatus.APPLIED]: '待认定',
  [TrainingBaseStatus.ACCREDITED]: '已认定',
  [TrainingBaseStatus.REFUSED]: '未通过',
};

/** 有场地、有设施、有师资、有培训 (seed 000): a base shows each with evidence. */
export enum TrainingBaseCriterion {
  SITE = 'site',
  FACILITIES = 'facilities',
  TEACHERS = 'teachers',
  TRAINING = 'training',
}

export const TRAINING_BASE_CRITERION_LABELS: Record<TrainingBaseCriterion, string> = {
  [TrainingBaseCriterion.SITE]: '有场地',
  [TrainingBaseCriterion.FACILITIES]: '有设施',
  [TrainingBaseCriterion.TEACHERS]: '有师资',
  [TrainingBaseCriterion.TRAINING]: '有培训',
};

export interface TrainingBaseCriterionInput {
  /** What the base has, in words (area, equipment, teachers, courses run). */
  description: string;
  /** Uploaded evidence: file ids (photos, certificates, PDF). */
  evidence: string[];
}

export type TrainingBaseCriteria = Record<TrainingBaseCriterion, TrainingBaseCriterionInput>;

/** Who applies for a base (for a center or an institution) and who sees the list. */
export const TRAINING_BASE_APPLY_ROLES: readonly Role[] = [
  Role.TRAINING_ADMIN,
  Role.CENTER_STAFF,
  Role.REVIEWER,
  Role.PROVINCE_REVIEWER,
];
export const TRAINING_BASE_READ_ROLES: readonly Role[] = [...TRAINING_READ_ROLES, Role.CENTER_STAFF, Role.FINANCE];
/** Who records a base-construction subsidy. */
export const TRAINING_BASE_SUBSIDY_ROLES: readonly Role[] = [Role.TRAINING_ADMIN, Role.FINANCE];

export interface TrainingBaseRequest {
  name: string;
  kind: TrainingBaseKind;
  /** The support center applying, when the base is one. */
  centerId?: number | null;
  regionCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
  criteria: TrainingBaseCriteria;
}

export interface TrainingBaseCriterionResponse {
  description: string;
  evidence: FileRef[];
}

export interface TrainingBaseSubsidyResponse {
  id: number;
  baseId: number;
  year: number;
  amountFen: number;
  purpose: string;
  recordedBy: string;
  createdAt: string;
}

export interface TrainingBaseResponse {
  id: number;
  name: string;
  kind: TrainingBaseKind;
  centerId: number | null;
  regionCode: string;
  regionName: string;
  address: string;
  contactName: string;
  contactPhone: string;
  criteria: Record<TrainingBaseCriterion, TrainingBaseCriterionResponse>;
  status: TrainingBaseStatus;
  /** The reason of a refusal (or the accreditation's comment). */
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The year the accreditation counts toward (of the target of 10). */
  accreditedYear: number | null;
  subsidies: TrainingBaseSubsidyResponse[];
  createdAt: string;
  updatedAt: string;
}

export interface TrainingBaseQuery {
  status?: TrainingBaseStatus;
  /** Accredited in this year. */
  year?: number;
  regionCode?: string;
  page?: number;
  pageSize?: number;
}

export interface AccreditRequest {
  /** The year it counts toward; default the current year. */
  year?: number;
  comment?: string;
}

export interface RefuseBaseRequest {
  reason: string;
}

export interface TrainingBaseSubsidyRequest {
  year: number;
  amountFen: number;
  purpose: string;
}

// ---- online learning (the last "1": 100,000 person-times a year) ----

export enum OnlineLearningChannel {
  IMPORT = 'IMPORT',
  MINIPROGRAM = 'MINIPROGRAM',
}

export const ONLINE_LEARNING_CHANNEL_LABELS: Record<OnlineLearningChannel, string> = {
  [OnlineLearningChannel.IMPORT]: '平台导入',
  [OnlineLearningChannel.MINIPROGRAM]: '小程序学习',
};

/** The columns of the import sheet (.xlsx or .csv, first row the headers). */
export const ONLINE_LEARNING_COLUMNS = [
  { key: 'idNumber', header: '身份证号' },
  { key: 'name', header: '姓名' },
  { key: 'itemKey', header: '学习内容编号' },
  { key: 'itemTitle', header: '学习内容' },
  { key: 'durationMinutes', header: '学习时长（分钟）' },
  { key: 'studiedOn', header: '学习日期' },
  { key: 'source', header: '来源平台' },
] as const;

/** A record the mini-program's learning pages log for the worker. */
export interface OnlineLearningLogRequest {
  itemKey: string;
  itemTitle: string;
  durationMinutes: number;
  /** YYYY-MM-DD; default today. */
  studiedOn?: string;
}

export interface OnlineLearningRecordResponse {
  id: number;
  workerId: number;
  itemKey: string;
  itemTitle: string;
  durationMinutes: number;
  studiedOn: string;
  source: string;
  channel: OnlineLearningChannel;
  createdAt: string;
}

/** A record in the staff list (the console's 网上学习记录). */
export interface OnlineLearningListItem extends OnlineLearningRecordResponse {
  workerName: string;
  idNumberMasked: string;
  regionCode: string;
  regionName: string;
}

export interface OnlineLearningQuery {
  year?: number;
  regionCode?: string;
  channel?: OnlineLearningChannel;
  /** The last 4 ID characters, or part of the name. */
  keyword?: string;
  /** Part of the item's number or title. */
  item?: string;
  page?: number;
  pageSize?: number;
}

export interface OnlineLearningRowError {
  /** The sheet's row number (the header is row 1). */
  row: number;
  field: string;
  message: string;
}

export interface OnlineLearningImportResponse {
  rows: number;
  added: number;
  /** Rows already counted before (same worker and item): nothing added. */
  duplicates: number;
  failed: number;
  errors: OnlineLearningRowError[];
}

// ---- the console home ----

export interface TrainingRegionFigures {
  regionCode: string;
  regionName: string;
  accreditedBases: number;
  completions: number;
  domesticServiceCompletions: number;
  onlineLearning: number;
}

export interface CourseAttendanceRate {
  courseId: number;
  title: string;
  /** Sessions started so far. */
  sessionsHeld: number;
  /** Marks expected (enrolled workers × the sessions that count for them). */
  expected: number;
  attended: number;
  /** attended / expected, percent rounded down; null before any session. */
  ratePercent: number | null;
}

export interface CourseToday {
  courseId: number;
  title: string;
  venue: string;
  sessionId: number;
  startsAt: string;
  endsAt: string;
  status: TrainingSessionStatus;
  enrolled: number;
}

export interface TrainingDashboard {
  year: number;
  /** The year's targets (a city-scoped caller's: the city's split when set); null: 目标未设置. */
  targets: TrainingTargets | null;
  accreditedBases: number;
  completions: number;
  domesticServiceCompletions: number;
  onlineLearning: number;
  /** One row per region one level below the caller's scope (cities for the province). */
  byRegion: TrainingRegionFigures[];
  attendanceByCourse: CourseAttendanceRate[];
  coursesToday: CourseToday[];
}
