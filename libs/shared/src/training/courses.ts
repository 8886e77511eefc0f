import { Role } from '../roles';
import { localizedLabels } from '../i18n/labels';

/** Kinds of course in the 151 action (SPEC §6, seed 000 二、(三)). */
export enum TrainingCourseType {
  SKILLS = 'SKILLS',
  JOB_TRANSFER = 'JOB_TRANSFER',
  STARTUP = 'STARTUP',
}

export const TRAINING_COURSE_TYPE_LABELS: Record<TrainingCourseType, string> = localizedLabels(
  'TRAINING_COURSE_TYPE_LABELS',
  {
    [TrainingCourseType.SKILLS]: '技能',
    [TrainingCourseType.JOB_TRANSFER]: '转岗',
    [TrainingCourseType.STARTUP]: '创业',
  },
);

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

/** Where a course is in its life, from its dates and completion run. */
export enum TrainingCoursePhase {
  UPCOMING = 'UPCOMING',
  RUNNING = 'RUNNING',
  ENDED = 'ENDED',
  COMPLETED = 'COMPLETED',
}

export const TRAINING_COURSE_PHASE_LABELS: Record<TrainingCoursePhase, string> = localizedLabels(
  'TRAINING_COURSE_PHASE_LABELS',
  {
    [TrainingCoursePhase.UPCOMING]: '未开课',
    [TrainingCoursePhase.RUNNING]: '进行中',
    [TrainingCoursePhase.ENDED]: '已结束',
    [TrainingCoursePhase.COMPLETED]: '已结业',
  },
);

export enum TrainingSessionStatus {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export const TRAINING_SESSION_STATUS_LABELS: Record<TrainingSessionStatus, string> = localizedLabels(
  'TRAINING_SESSION_STATUS_LABELS',
  {
    [TrainingSessionStatus.SCHEDULED]: '未开始',
    [TrainingSessionStatus.OPEN]: '签到中',
    [TrainingSessionStatus.CLOSED]: '已结束',
  },
);

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

/** How a class reads that is over without check-in ever opened (not a status the API stores). */
export const TRAINING_SESSION_MISSED_LABELS = localizedLabels('TRAINING_SESSION_MISSED_LABELS', {
  OVER_UNOPENED: '已下课（未开签到）',
});

/** A class's status as a person reads it: a class over without check-in opened says so, never 未开始. */
export function sessionStatusLabel(
  session: { status: TrainingSessionStatus; startsAt: string; endsAt: string },
  now: number,
): string {
  if (session.status === TrainingSessionStatus.SCHEDULED && checkInWindow(session, now) === 'OVER') {
    return TRAINING_SESSION_MISSED_LABELS.OVER_UNOPENED;
  }
  return TRAINING_SESSION_STATUS_LABELS[session.status];
}

export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  WAITLISTED = 'WAITLISTED',
  WITHDRAWN = 'WITHDRAWN',
}

export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = localizedLabels('ENROLMENT_STATUS_LABELS', {
  [EnrolmentStatus.ENROLLED]: '已报名',
  [EnrolmentStatus.WAITLISTED]: '候补',
  [EnrolmentStatus.WITHDRAWN]: '已退出',
});

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

export const ENROLMENT_SOURCE_LABELS: Record<EnrolmentSource, string> = localizedLabels('ENROLMENT_SOURCE_LABELS', {
  [EnrolmentSource.SELF]: '本人报名',
  [EnrolmentSource.STAFF]: '工会代报名',
  [EnrolmentSource.NOMINATED]: '单位推荐',
});

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  LATE = 'LATE',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = localizedLabels('ATTENDANCE_STATUS_LABELS', {
  [AttendanceStatus.PRESENT]: '出勤',
  [AttendanceStatus.LATE]: '迟到',
  [AttendanceStatus.ABSENT]: '缺勤',
  [AttendanceStatus.EXCUSED]: '请假',
});

/** Marks that count as attending a session toward completion. */
export const ATTENDED_STATUSES: readonly AttendanceStatus[] = [AttendanceStatus.PRESENT, AttendanceStatus.LATE];

export enum AttendanceMethod {
  QR = 'QR',
  CODE = 'CODE',
  ROSTER = 'ROSTER',
}

export const ATTENDANCE_METHOD_LABELS: Record<AttendanceMethod, string> = localizedLabels('ATTENDANCE_METHOD_LABELS', {
  [AttendanceMethod.QR]: '扫码签到',
  [AttendanceMethod.CODE]: '签到码',
  [AttendanceMethod.ROSTER]: '教师点名',
});

/** What became of one roster mark sent by a trainer. */
export enum RosterMarkOutcome {
  /** It is now the worker's mark for the session. */
  APPLIED = 'APPLIED',
  /** A mark made later (or a check-in) already stands; this one is kept in the log only. */
  SUPERSEDED = 'SUPERSEDED',
  /** Not recorded: the reason is in `message`. */
  REJECTED = 'REJECTED',
}

export const ROSTER_MARK_OUTCOME_LABELS: Record<RosterMarkOutcome, string> = localizedLabels(
  'ROSTER_MARK_OUTCOME_LABELS',
  {
    [RosterMarkOutcome.APPLIED]: '已记录',
    [RosterMarkOutcome.SUPERSEDED]: '已有更晚的记录',
    [RosterMarkOutcome.REJECTED]: '未记录',
  },
);

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
