import {
  ATTENDANCE_STATUS_LABELS,
  AttendanceStatus,
  ENROLMENT_STATUS_LABELS,
  EnrolmentStatus,
  TRAINING_COURSE_TYPE_LABELS,
  TRAINING_DEFAULTS,
  TrainingCoursePhase,
  TrainingCourseType,
  TrainingSessionStatus,
  type CheckInRequest,
  type OnlineLearningLogRequest,
  type OpenCourseQuery,
  type RosterEntry,
  type RosterMarkInput,
  type RosterMarkResult,
  type RosterSummary,
  type TrainingAttendanceResponse,
  type TrainingCourseResponse,
  type TrainingEnrolmentResponse,
  type TrainingSessionResponse,
  FIELD_RULES,
} from '@steadywork/shared';
import { isTrainerAccount } from '@/services/principal';
import { trainingText } from './locales';
import type { LatLng, ListOrigin } from '@/services/location';

const e = trainingText.errors;

/** Fills `{name}` placeholders of a catalogue string. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Staff who run attendance in the mini-program (trainer mode): TRAINER, or the training admin. */
export const isTrainer = isTrainerAccount;

// ---------------------------------------------------------------------------------------------
// Dates: the API sends ISO UTC; everyone reads Asia/Shanghai, which is UTC+8 all year.

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

function shanghai(ms: number): { date: string; time: string; weekday: number; month: number; day: number } {
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    weekday: d.getUTCDay(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  };
}

/** "2026-11-23T08:05:00Z" → "2026-11-23 16:05" (Asia/Shanghai). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const p = shanghai(ms);
  return `${p.date} ${p.time}`;
}

/** "YYYY-MM-DD" as it is; an ISO date-time as its date in Asia/Shanghai. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (FIELD_RULES.date.pattern.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : shanghai(ms).date;
}

/** Today's date in Asia/Shanghai, plus `days`. */
export function shanghaiDate(now: Date, days = 0): string {
  return shanghai(now.getTime() + days * DAY_MS).date;
}

/** A session's time in the current language: "Mon 11/23 09:00-11:30" (Asia/Shanghai). */
export function sessionTimeText(session: Pick<TrainingSessionResponse, 'startsAt' | 'endsAt'>): string {
  const start = Date.parse(session.startsAt);
  const end = Date.parse(session.endsAt);
  if (Number.isNaN(start) || Number.isNaN(end)) return `${session.startsAt} - ${session.endsAt}`;
  const s = shanghai(start);
  const t = shanghai(end);
  const d = trainingText.dates;
  const monthDay = (p: { month: number; day: number }) => fillTemplate(d.monthDay, { month: p.month, day: p.day });
  const endText = s.date === t.date ? t.time : fillTemplate(d.endOtherDay, { date: monthDay(t), time: t.time });
  return fillTemplate(d.sessionTime, { date: monthDay(s), weekday: d.weekdays[s.weekday], from: s.time, to: endText });
}

/** True when the session starts on `now`'s day in Asia/Shanghai. */
export function isToday(session: Pick<TrainingSessionResponse, 'startsAt'>, now: Date): boolean {
  return formatDate(session.startsAt) === shanghaiDate(now);
}

// ---------------------------------------------------------------------------------------------
// Courses: type, places, distance, schedule.

export function courseTypeLabel(type: TrainingCourseType): string {
  return TRAINING_COURSE_TYPE_LABELS[type] ?? type;
}

export const COURSE_TYPES: readonly TrainingCourseType[] = [
  TrainingCourseType.SKILLS,
  TrainingCourseType.JOB_TRANSFER,
  TrainingCourseType.STARTUP,
];

/** 350 → "350 m", 1234 → "1.2 km", 125400 → "125 km" in the current language; '' when unknown. */
export function formatDistance(meters: number | null | undefined): string {
  if (meters == null || !Number.isFinite(meters) || meters < 0) return '';
  const rounded = Math.round(meters);
  const units = trainingText.units;
  if (rounded < 1000) return fillTemplate(units.meters, { n: rounded });
  const km = meters / 1000;
  if (km < 100) return fillTemplate(units.kilometers, { n: (Math.round(km * 10) / 10).toFixed(1) });
  return fillTemplate(units.kilometers, { n: Math.round(km) });
}

export function placesLeft(course: Pick<TrainingCourseResponse, 'capacity' | 'enrolled'>): number {
  return Math.max(0, course.capacity - course.enrolled);
}

/** "5 places left", or that the course is full (and how many wait). */
export function placesText(course: Pick<TrainingCourseResponse, 'capacity' | 'enrolled' | 'waitlisted'>): string {
  const m = trainingText.course;
  const left = placesLeft(course);
  if (left > 0) return fillTemplate(m.placesLeft, { n: left });
  return course.waitlisted > 0 ? fillTemplate(m.fullWithWaitlist, { n: course.waitlisted }) : m.full;
}

/** "2026-11-23 to 2026-12-05 · 10 sessions". */
export function scheduleText(course: Pick<TrainingCourseResponse, 'startsOn' | 'endsOn' | 'sessions'>): string {
  return fillTemplate(trainingText.course.scheduleValue, {
    from: course.startsOn,
    to: course.endsOn,
    count: course.sessions.length,
  });
}

/** Sessions held so far (started), of all. */
export function courseProgress(
  sessions: readonly TrainingSessionResponse[],
  now: Date,
): { held: number; total: number } {
  return {
    held: sessions.filter((s) => s.status === TrainingSessionStatus.CLOSED || Date.parse(s.startsAt) <= now.getTime())
      .length,
    total: sessions.length,
  };
}

/** What the enrol button of a course says and does. */
export interface EnrolAction {
  /** The worker can enrol (or join the waiting list) now. */
  canEnrol: boolean;
  full: boolean;
  label: string;
}

export function enrolAction(course: TrainingCourseResponse): EnrolAction {
  const m = trainingText.course;
  const full = placesLeft(course) === 0;
  const mine = course.myEnrolment;
  const holding = mine && (mine.status === EnrolmentStatus.ENROLLED || mine.status === EnrolmentStatus.WAITLISTED);
  const open = course.phase === TrainingCoursePhase.UPCOMING || course.phase === TrainingCoursePhase.RUNNING;
  return { canEnrol: open && !holding, full, label: full ? m.enrolWaitlist : m.enrol };
}

/** The worker's enrolment in a few words: "enrolled", "waiting list no. 2", "withdrawn". */
export function enrolmentStatusText(
  enrolment: { status: EnrolmentStatus; waitlistPosition: number | null } | null | undefined,
): string {
  if (!enrolment) return '';
  if (enrolment.status === EnrolmentStatus.WAITLISTED && enrolment.waitlistPosition) {
    return `${ENROLMENT_STATUS_LABELS[EnrolmentStatus.WAITLISTED]} · ${fillTemplate(
      trainingText.enrolments.waitlistPosition,
      {
        position: enrolment.waitlistPosition,
      },
    )}`;
  }
  return ENROLMENT_STATUS_LABELS[enrolment.status] ?? enrolment.status;
}

/** The message after enrolling: a place, or the waiting list with the position. */
export function enrolResultText(enrolment: Pick<TrainingEnrolmentResponse, 'status' | 'waitlistPosition'>): string {
  const m = trainingText.course;
  if (enrolment.status === EnrolmentStatus.WAITLISTED) {
    return fillTemplate(m.waitlisted, { position: enrolment.waitlistPosition ?? '?' });
  }
  return m.enrolled;
}

export type StatusTone = 'default' | 'primary' | 'success' | 'warning' | 'danger';

export interface EnrolmentView {
  label: string;
  tone: StatusTone;
  canWithdraw: boolean;
  /** Holds a place: can check in. */
  canCheckIn: boolean;
}

export function enrolmentView(
  enrolment: Pick<TrainingEnrolmentResponse, 'status' | 'waitlistPosition'>,
  completed = false,
): EnrolmentView {
  if (completed) {
    return { label: trainingText.enrolments.completed, tone: 'success', canWithdraw: false, canCheckIn: false };
  }
  switch (enrolment.status) {
    case EnrolmentStatus.ENROLLED:
      return { label: enrolmentStatusText(enrolment), tone: 'primary', canWithdraw: true, canCheckIn: true };
    case EnrolmentStatus.WAITLISTED:
      return { label: enrolmentStatusText(enrolment), tone: 'warning', canWithdraw: true, canCheckIn: false };
    case EnrolmentStatus.WITHDRAWN:
    default:
      return { label: enrolmentStatusText(enrolment), tone: 'default', canWithdraw: false, canCheckIn: false };
  }
}

/** Enrolments holding a place first, then the waiting ones, then withdrawn; newest first within each. */
export function sortEnrolments<T extends Pick<TrainingEnrolmentResponse, 'status' | 'createdAt'>>(
  list: readonly T[],
): T[] {
  const rank = (s: EnrolmentStatus) => (s === EnrolmentStatus.ENROLLED ? 0 : s === EnrolmentStatus.WAITLISTED ? 1 : 2);
  return [...list].sort((a, b) => rank(a.status) - rank(b.status) || b.createdAt.localeCompare(a.createdAt));
}

// ---------------------------------------------------------------------------------------------
// The open-course list: from the worker's location, else their region (county, then city, then all).

export type { LatLng, ListOrigin };

export const COURSES_PAGE_SIZE = 20;

export interface CourseFilter {
  type: TrainingCourseType | null;
  domesticOnly: boolean;
}

/**
 * The query of one page of GET /training/courses/open. `regionCode` overrides the origin's region
 * (the list widens from the county to its city, then to everything: `null`).
 */
export function buildOpenCourseQuery(
  origin: ListOrigin,
  filter: CourseFilter,
  page: number,
  regionCode?: string | null,
): OpenCourseQuery {
  const query: OpenCourseQuery = { page, pageSize: COURSES_PAGE_SIZE };
  if (filter.type) query.type = filter.type;
  if (filter.domesticOnly) query.domesticService = true;
  if (origin.kind === 'location') {
    // Six decimals are about 10 cm: enough, and the URL stays short.
    query.lat = Math.round(origin.location.latitude * 1e6) / 1e6;
    query.lng = Math.round(origin.location.longitude * 1e6) / 1e6;
  } else if (origin.kind === 'region') {
    const code = regionCode === undefined ? origin.regionCode : regionCode;
    if (code) query.regionCode = code;
  }
  return query;
}

/** The regions to try in turn for a worker without a location: their county, its city, then all. */
export function regionSteps(regionCode: string): Array<string | null> {
  const steps: Array<string | null> = [];
  if (FIELD_RULES.regionCode.pattern.test(regionCode)) {
    steps.push(regionCode);
    const city = `${regionCode.slice(0, 4)}00`;
    if (city !== regionCode && !regionCode.endsWith('0000')) steps.push(city);
  }
  steps.push(null);
  return steps;
}

/** The note above the list saying how it is ordered. */
export function originNote(origin: ListOrigin, widened: boolean): string {
  const m = trainingText.list;
  switch (origin.kind) {
    case 'location':
      return m.byDistance;
    case 'region':
      return fillTemplate(widened ? m.byRegionWidened : m.byRegion, { region: origin.regionName || origin.regionCode });
    case 'none':
      return m.noOrigin;
  }
}

export { mergePage } from '@/components/kit/merge-page';

// ---------------------------------------------------------------------------------------------
// Check-in: the scanned token, or a session and the 6-digit code under the QR.

/** `<sessionId>.<window>.<signature>`: the string the trainer's QR code holds. */
const TOKEN_PATTERN = /^(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{20,})$/;

/**
 * The token in what a scan or a paste gave: the token itself, or a link carrying it as `token=`.
 * Null when it cannot be one.
 */
export function extractToken(scanned: string | null | undefined): string | null {
  const text = (scanned ?? '').trim();
  if (!text) return null;
  const param = /[?&#]token=([^&#\s]+)/.exec(text);
  const candidate = param ? safeDecode(param[1]) : text;
  return TOKEN_PATTERN.test(candidate) ? candidate : null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The session a token is for (read from the token, not verified: the API does that). */
export function sessionIdOfToken(token: string): number | null {
  const m = TOKEN_PATTERN.exec(token);
  return m ? Number(m[1]) : null;
}

export type CheckInInput = { kind: 'token'; token: string } | { kind: 'code'; shortCode: string; sessionId: number };

export type CheckInField = 'code' | 'session';

/**
 * What the check-in form holds turned into a request, or the field to fix: six digits need a
 * session; anything else must be a pasted token.
 */
export function parseCheckInForm(
  code: string,
  sessionId: number | null,
): { ok: true; input: CheckInInput } | { ok: false; field: CheckInField; message: string } {
  const text = code.trim();
  if (!text) return { ok: false, field: 'code', message: e.codeRequired };
  const compact = text.replace(/\s+/g, '');
  if (/^\d+$/.test(compact)) {
    if (compact.length !== 6) return { ok: false, field: 'code', message: e.codeFormat };
    if (!sessionId) return { ok: false, field: 'session', message: e.sessionRequired };
    return { ok: true, input: { kind: 'code', shortCode: compact, sessionId } };
  }
  const token = extractToken(text);
  if (!token) return { ok: false, field: 'code', message: e.codeFormat };
  return { ok: true, input: { kind: 'token', token } };
}

/** The body of POST /training/check-ins, with the location when the course asks for it. */
export function buildCheckInRequest(input: CheckInInput, location?: LatLng | null): CheckInRequest {
  const body: CheckInRequest =
    input.kind === 'token' ? { token: input.token } : { sessionId: input.sessionId, shortCode: input.shortCode };
  if (location && Number.isFinite(location.latitude) && Number.isFinite(location.longitude)) {
    body.lat = Math.round(location.latitude * 1e6) / 1e6;
    body.lng = Math.round(location.longitude * 1e6) / 1e6;
  }
  return body;
}

/** A session the worker may check in to now: OPEN, of a course they hold a place in. */
export interface OpenSessionChoice {
  sessionId: number;
  courseId: number;
  courseTitle: string;
  seq: number;
  startsAt: string;
  endsAt: string;
  /** The course checks the distance to the venue. */
  needsLocation: boolean;
}

export function openSessionChoices(courses: readonly TrainingCourseResponse[]): OpenSessionChoice[] {
  return courses
    .flatMap((c) =>
      c.sessions
        .filter((s) => s.status === TrainingSessionStatus.OPEN)
        .map((s) => ({
          sessionId: s.id,
          courseId: c.id,
          courseTitle: c.title,
          seq: s.seq,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          needsLocation: c.checkInRadiusMeters != null,
        })),
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export function sessionChoiceLabel(choice: OpenSessionChoice): string {
  return `${choice.courseTitle} · ${fillTemplate(trainingText.course.sessionLine, { seq: choice.seq })} · ${sessionTimeText(choice)}`;
}

/**
 * Whether to send the location with a check-in: the course's radius is known from the worker's
 * courses; a token for a session not among them is sent without (the API only checks a given point).
 */
export function needsLocationFor(input: CheckInInput, choices: readonly OpenSessionChoice[]): boolean {
  const sessionId = input.kind === 'code' ? input.sessionId : sessionIdOfToken(input.token);
  return choices.some((c) => c.sessionId === sessionId && c.needsLocation);
}

export type CheckInOutcome = 'success' | 'late' | 'repeated';

export function checkInOutcome(record: Pick<TrainingAttendanceResponse, 'status' | 'repeated'>): CheckInOutcome {
  if (record.repeated) return 'repeated';
  return record.status === AttendanceStatus.LATE ? 'late' : 'success';
}

export function checkInOutcomeText(outcome: CheckInOutcome): string {
  const m = trainingText.checkIn;
  return outcome === 'late' ? m.late : outcome === 'repeated' ? m.repeated : m.success;
}

/** A refusal's words: the field message of a 400 (expired, forged), else the API's message. */
export function refusalText(err: { message: string; details?: ReadonlyArray<{ message: string }> }): string {
  const first = err.details?.find((d) => d.message)?.message;
  return first ?? err.message;
}

// ---------------------------------------------------------------------------------------------
// Trainer mode: the trainer's courses and the sessions to show first.

/** Sessions shown on a course card by default: open ones, and those from yesterday on (at most 5). */
export function recentSessions(
  sessions: readonly TrainingSessionResponse[],
  now: Date,
  max = 5,
): TrainingSessionResponse[] {
  const yesterday = shanghaiDate(now, -1);
  return [...sessions]
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .filter((s) => s.status === TrainingSessionStatus.OPEN || formatDate(s.startsAt) >= yesterday)
    .slice(0, max);
}

const PHASE_RANK: Record<TrainingCoursePhase, number> = {
  [TrainingCoursePhase.RUNNING]: 1,
  [TrainingCoursePhase.UPCOMING]: 2,
  [TrainingCoursePhase.ENDED]: 3,
  [TrainingCoursePhase.COMPLETED]: 4,
};

/** Courses with a session today (or open now) first, then running, upcoming, ended, completed. */
export function sortTrainerCourses<T extends Pick<TrainingCourseResponse, 'id' | 'phase' | 'startsOn' | 'sessions'>>(
  courses: readonly T[],
  now: Date,
): T[] {
  const rank = (c: T) =>
    c.sessions.some((s) => s.status === TrainingSessionStatus.OPEN || isToday(s, now)) ? 0 : (PHASE_RANK[c.phase] ?? 5);
  return [...courses].sort((a, b) => rank(a) - rank(b) || a.startsOn.localeCompare(b.startsOn) || a.id - b.id);
}

// ---------------------------------------------------------------------------------------------
// The trainer's QR code: it changes every 30 s; the screen fetches the next one when it does.

const QR_WINDOW_MS = TRAINING_DEFAULTS.qrWindowSeconds * 1000;
/** Fetched a little after the change so the server has moved on to the next window. */
const QR_REFRESH_SLACK_MS = 300;

/**
 * Milliseconds until the next code is to be fetched: until `refreshAt` (plus a little), within one
 * window; a device clock far from the server's falls back to one window.
 */
export function qrRefreshDelay(refreshAt: string, now: number): number {
  const at = Date.parse(refreshAt);
  if (Number.isNaN(at)) return QR_WINDOW_MS;
  const delay = at - now + QR_REFRESH_SLACK_MS;
  if (delay < 0 || delay > QR_WINDOW_MS + QR_REFRESH_SLACK_MS) return QR_WINDOW_MS;
  return Math.max(1000, delay);
}

/** Whole seconds left before `deadline` (ms), never below 0: 12.3 s → 13. */
export function countdownSeconds(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

// ---------------------------------------------------------------------------------------------
// The trainer's hand marks: kept on the device, sent when online, each once by its client id.

/** A mark made on the device and not yet answered by the server. */
export interface QueuedMark extends RosterMarkInput {
  workerName?: string;
}

/** The marks waiting per session (the value in storage). */
export type MarkQueue = Record<string, QueuedMark[]>;

/** The marks of all sessions as read from storage; anything malformed is dropped. */
export function readQueue(stored: unknown): MarkQueue {
  const raw = typeof stored === 'string' && stored ? safeJson(stored) : stored;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: MarkQueue = {};
  for (const [sessionId, marks] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^\d+$/.test(sessionId) || !Array.isArray(marks)) continue;
    const valid = marks.filter(isQueuedMark);
    if (valid.length) out[sessionId] = valid;
  }
  return out;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

function isQueuedMark(value: unknown): value is QueuedMark {
  const m = value as Partial<QueuedMark> | null;
  return (
    typeof m?.clientId === 'string' &&
    typeof m.workerId === 'number' &&
    typeof m.markedAt === 'string' &&
    !Number.isNaN(Date.parse(m.markedAt)) &&
    Object.values(AttendanceStatus).includes(m.status as AttendanceStatus)
  );
}

/** A fresh UUID v4 (crypto.randomUUID is not on every WeChat client). */
export function newClientId(random: () => number = Math.random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A new mark, made now on the device, with its own client id (kept for every resend). */
export function makeMark(
  workerId: number,
  status: AttendanceStatus,
  now: Date,
  workerName?: string,
  random?: () => number,
): QueuedMark {
  const mark: QueuedMark = { clientId: newClientId(random), workerId, status, markedAt: now.toISOString() };
  if (workerName) mark.workerName = workerName;
  return mark;
}

/**
 * Adds a mark to a session's waiting marks. A later mark wins: one waiting mark per worker, the
 * latest made; an older one arriving (a merge) changes nothing. A mark already sent but not yet
 * answered may be dropped here safely: the server applies marks by the time they were made.
 */
export function enqueueMark(marks: readonly QueuedMark[], mark: QueuedMark): QueuedMark[] {
  if (marks.some((m) => m.clientId === mark.clientId)) return [...marks];
  const current = marks.find((m) => m.workerId === mark.workerId);
  if (current && Date.parse(current.markedAt) > Date.parse(mark.markedAt)) return [...marks];
  return [...marks.filter((m) => m.workerId !== mark.workerId), mark];
}

/** Merges two lists of waiting marks of a session (e.g. another tab's), by the same rule. */
export function mergeMarks(a: readonly QueuedMark[], b: readonly QueuedMark[]): QueuedMark[] {
  return b.reduce<QueuedMark[]>((acc, m) => enqueueMark(acc, m), [...a]);
}

/** The API takes at most 500 marks a call. */
export const SYNC_BATCH_MAX = 500;

/** What to send: the waiting marks as the API takes them, the oldest first, at most 500. */
export function syncBatch(marks: readonly QueuedMark[]): RosterMarkInput[] {
  return [...marks]
    .sort((a, b) => a.markedAt.localeCompare(b.markedAt))
    .slice(0, SYNC_BATCH_MAX)
    .map(({ clientId, workerId, status, markedAt }) => ({ clientId, workerId, status, markedAt }));
}

/**
 * Drops the marks the server answered (applied, superseded by a later mark, or refused: each is
 * final for its client id); the others stay waiting.
 */
export function clearAnswered(marks: readonly QueuedMark[], results: readonly RosterMarkResult[]): QueuedMark[] {
  const answered = new Set(results.map((r) => r.clientId.toLowerCase()));
  return marks.filter((m) => !answered.has(m.clientId.toLowerCase()));
}

/** The count on the "n waiting to sync" badge: all sessions, or one. */
export function pendingCount(queue: MarkQueue, sessionId?: number): number {
  if (sessionId !== undefined) return queue[String(sessionId)]?.length ?? 0;
  return Object.values(queue).reduce((n, marks) => n + marks.length, 0);
}

/** A roster row as the trainer sees it: the server's mark, or a waiting one made later. */
export interface RosterRow extends RosterEntry {
  /** The shown mark is waiting on the device. */
  pending: boolean;
}

export function rosterRows(entries: readonly RosterEntry[], marks: readonly QueuedMark[]): RosterRow[] {
  return entries.map((entry) => {
    const waiting = marks.find((m) => m.workerId === entry.workerId);
    const newer =
      waiting && (!entry.markedAt || Date.parse(waiting.markedAt) >= Date.parse(entry.markedAt)) ? waiting : null;
    return newer
      ? { ...entry, status: newer.status, markedAt: newer.markedAt, pending: true }
      : { ...entry, pending: false };
  });
}

/** The summary of the rows shown (waiting marks included), counted workers only. */
export function summarise(rows: readonly Pick<RosterRow, 'status' | 'counted'>[]): RosterSummary {
  const counted = rows.filter((r) => r.counted);
  const count = (s: AttendanceStatus) => counted.filter((r) => r.status === s).length;
  return {
    expected: counted.length,
    present: count(AttendanceStatus.PRESENT),
    late: count(AttendanceStatus.LATE),
    absent: count(AttendanceStatus.ABSENT),
    excused: count(AttendanceStatus.EXCUSED),
    unmarked: counted.filter((r) => r.status === null).length,
  };
}

export const MARK_STATUSES: readonly AttendanceStatus[] = [
  AttendanceStatus.PRESENT,
  AttendanceStatus.LATE,
  AttendanceStatus.ABSENT,
  AttendanceStatus.EXCUSED,
];

export function attendanceLabel(status: AttendanceStatus | null): string {
  return status ? (ATTENDANCE_STATUS_LABELS[status] ?? status) : trainingText.session.unmarked;
}

// ---------------------------------------------------------------------------------------------
// Online learning: an item the worker logs from the mini-program.

export interface LearningForm {
  itemTitle: string;
  durationMinutes: string;
  studiedOn: string;
}

export type LearningField = keyof LearningForm;

export function validateLearningForm(form: LearningForm, now: Date): Partial<Record<LearningField, string>> {
  const errors: Partial<Record<LearningField, string>> = {};
  const title = form.itemTitle.trim();
  if (!title) errors.itemTitle = e.itemTitleRequired;
  else if (title.length > 255) errors.itemTitle = e.itemTitleTooLong;
  const minutes = form.durationMinutes.trim();
  if (!minutes) errors.durationMinutes = e.durationRequired;
  else if (!/^\d+$/.test(minutes) || Number(minutes) < 1 || Number(minutes) > 1440) {
    errors.durationMinutes = e.durationRange;
  }
  if (form.studiedOn && !FIELD_RULES.date.pattern.test(form.studiedOn)) errors.studiedOn = e.dateFormat;
  else if (form.studiedOn && form.studiedOn > shanghaiDate(now)) errors.studiedOn = e.dateInFuture;
  return errors;
}

/**
 * The item's key, from its title: the same title is the same item (one person-time however often
 * it is logged). `mp:` and two 32-bit FNV-1a hashes of the normalised title.
 */
export function learningItemKey(title: string): string {
  const normal = title.trim().replace(/\s+/g, ' ').toLowerCase();
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < normal.length; i++) {
      h ^= normal.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `mp:${fnv(0x811c9dc5)}${fnv(0x01000193 ^ 0x5bd1e995)}`;
}

export function toLearningRequest(form: LearningForm): OnlineLearningLogRequest {
  const body: OnlineLearningLogRequest = {
    itemKey: learningItemKey(form.itemTitle),
    itemTitle: form.itemTitle.trim(),
    durationMinutes: Number(form.durationMinutes.trim()),
  };
  if (form.studiedOn) body.studiedOn = form.studiedOn;
  return body;
}
