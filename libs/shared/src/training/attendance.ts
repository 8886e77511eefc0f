import {
  TrainingCourseType,
  AttendanceStatus,
  AttendanceMethod,
  RosterMarkOutcome,
  TrainingSessionResponse,
} from './courses';

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
