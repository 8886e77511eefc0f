import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ATTENDED_STATUSES,
  AttendanceMethod,
  AttendanceStatus,
  EnrolmentStatus,
  RosterEntry,
  RosterMarkOutcome,
  RosterMarkResult,
  RosterSyncResponse,
  TRAINING_DEFAULTS,
  TrainerSessionResponse,
  TrainingAttendanceResponse,
  TrainingQrResponse,
  TrainingRosterResponse,
  TrainingSessionResponse,
  TrainingSessionStatus,
} from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { shanghaiDate, TZ } from '../common/dates';
import { AuditService } from '../audit/audit.service';
import { RateLimiter } from '../security/rate-limiter';
import { SecurityPolicyService } from '../security/security-policy.service';
import type { StaffPrincipal, WorkerPrincipal } from '../auth/principal';
import { distanceMeters } from '../centers/centers.service';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation } from '../common/sql';
import { DataScope } from '../scope/data-scope';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { checkShortCode, checkToken, issue, parseToken } from './attendance-token';
import { CheckInDto, RosterMarkDto, RosterSyncDto } from './training.dto';
import {
  TrainingAttendance,
  TrainingCourse,
  TrainingCourseTrainer,
  TrainingEnrolment,
  TrainingRosterMark,
  TrainingSession,
} from './training.entities';
import { sessionResponse, TrainingCoursesService } from './training-courses.service';

/** The window of the typed check-in code limits. */
const CODE_TRY_WINDOW_MS = 10 * 60_000;
const MINUTE = 60_000;
/** Trainers' devices may run a little fast; a mark further in the future is refused. */
const CLOCK_SKEW_MS = 5 * MINUTE;

const shanghaiClock = (d: Date) =>
  d.toLocaleString('zh-CN', {
    timeZone: TZ,
    hour12: false,
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/**
 * Attendance (SPEC §6): the trainer opens a session's check-in and shows a QR code that changes
 * every 30 seconds; enrolled workers check in once by scanning it (or typing its short code);
 * the trainer also marks the roster by hand, offline if need be, and closes the session.
 * Every worker has one mark per session; a later mark wins over an earlier one.
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectRepository(TrainingSession) private readonly sessions: Repository<TrainingSession>,
    @InjectRepository(TrainingCourse) private readonly courseRepo: Repository<TrainingCourse>,
    @InjectRepository(TrainingEnrolment) private readonly enrolments: Repository<TrainingEnrolment>,
    @InjectRepository(TrainingAttendance) private readonly attendance: Repository<TrainingAttendance>,
    @InjectRepository(TrainingRosterMark) private readonly marks: Repository<TrainingRosterMark>,
    @InjectRepository(TrainingCourseTrainer) private readonly trainers: Repository<TrainingCourseTrainer>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly courses: TrainingCoursesService,
    private readonly workers: WorkersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
    private readonly policy: SecurityPolicyService,
  ) {}

  // ---- the trainer's side ----

  /** Opens check-in, from an hour before the session until it ends. Opening twice changes nothing. */
  async open(id: number, staff: StaffPrincipal, scope: DataScope): Promise<TrainingSessionResponse> {
    const session = await this.requireSession(id);
    const course = await this.courses.requireForAttendance(session.courseId, staff, scope);
    if (course.completedAt) throw DomainException.conflict('课程已结业');
    if (session.status === TrainingSessionStatus.OPEN) return sessionResponse(session);
    if (session.status === TrainingSessionStatus.CLOSED) throw DomainException.conflict('本次课已结束，不能再开启签到');
    const now = this.clock.now();
    if (
      now.getTime() < session.startsAt.getTime() - TRAINING_DEFAULTS.openEarlyMinutes * MINUTE ||
      now > session.endsAt
    ) {
      throw DomainException.conflict(
        `签到只能在上课前 ${TRAINING_DEFAULTS.openEarlyMinutes} 分钟至下课期间开启（本次课 ${shanghaiClock(session.startsAt)} 至 ${shanghaiClock(session.endsAt)}）`,
      );
    }
    await this.sessions.manager.transaction(async (m) => {
      const moved = await m
        .createQueryBuilder()
        .update(TrainingSession)
        .set({ status: TrainingSessionStatus.OPEN, openedAt: now, openedBy: staff.id, updatedAt: now })
        .where('id = :id AND status = :from', { id, from: TrainingSessionStatus.SCHEDULED })
        .execute();
      if (!moved.affected) return; // opened at the same moment by someone else
      await this.audit.record(
        {
          action: 'training_session.open',
          targetType: 'training_session',
          targetId: id,
          summary: { courseId: course.id, seq: session.seq },
        },
        m,
      );
    });
    return sessionResponse(await this.requireSession(id));
  }

  /** The code the trainer's screen shows now; it changes every 30 seconds. */
  async qr(id: number, staff: StaffPrincipal, scope: DataScope): Promise<TrainingQrResponse> {
    const session = await this.requireSession(id);
    await this.courses.requireForAttendance(session.courseId, staff, scope);
    if (session.status !== TrainingSessionStatus.OPEN) {
      throw DomainException.conflict(
        session.status === TrainingSessionStatus.CLOSED ? '本次课已结束签到' : '尚未开启签到，请先开启',
      );
    }
    const code = issue(session.secret, session.id, this.clock.now());
    return {
      sessionId: session.id,
      token: code.token,
      shortCode: code.shortCode,
      refreshAt: code.refreshAt.toISOString(),
      expiresAt: code.expiresAt.toISOString(),
    };
  }

  /** Ends the session: no more check-ins; hand marks after this are recorded as corrections. */
  async close(id: number, staff: StaffPrincipal, scope: DataScope): Promise<TrainingSessionResponse> {
    const session = await this.requireSession(id);
    const course = await this.courses.requireForAttendance(session.courseId, staff, scope);
    if (session.status === TrainingSessionStatus.CLOSED) throw DomainException.conflict('本次课已结束');
    const now = this.clock.now();
    if (now < session.startsAt) throw DomainException.conflict('本次课尚未开始，不能结束');
    await this.sessions.manager.transaction(async (m) => {
      const moved = await m
        .createQueryBuilder()
        .update(TrainingSession)
        .set({ status: TrainingSessionStatus.CLOSED, closedAt: now, closedBy: staff.id, updatedAt: now })
        .where('id = :id AND status IN (:...from)', {
          id,
          from: [TrainingSessionStatus.SCHEDULED, TrainingSessionStatus.OPEN],
        })
        .execute();
      if (!moved.affected) throw DomainException.conflict('本次课已结束');
      const marked = await m.getRepository(TrainingAttendance).countBy({ sessionId: id });
      await this.audit.record(
        {
          action: 'training_session.close',
          targetType: 'training_session',
          targetId: id,
          summary: { courseId: course.id, seq: session.seq, from: session.status, marked },
        },
        m,
      );
    });
    return sessionResponse(await this.requireSession(id));
  }

  /** The caller's sessions from yesterday to two weeks ahead (trainer mode's home). */
  async mySessions(staff: StaffPrincipal): Promise<TrainerSessionResponse[]> {
    const courseIds = (await this.trainers.findBy({ staffId: staff.id })).map((t) => t.courseId);
    if (!courseIds.length) return [];
    const now = this.clock.now();
    const from = new Date(`${shanghaiDate(new Date(now.getTime() - 86_400_000))}T00:00:00+08:00`);
    const to = new Date(now.getTime() + 14 * 86_400_000);
    const rows = await this.sessions
      .createQueryBuilder('s')
      .where('s.course_id IN (:...ids) AND s.starts_at >= :from AND s.starts_at <= :to', { ids: courseIds, from, to })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
    const courses = await this.courseRepo.findBy({ id: In([0, ...new Set(rows.map((r) => r.courseId))]) });
    return rows.map((s) => {
      const c = courses.find((x) => x.id === s.courseId)!;
      return { ...sessionResponse(s), courseTitle: c.title, venue: c.venue, enrolled: c.enrolled };
    });
  }

  // ---- the worker's check-in ----

  async checkIn(me: WorkerPrincipal, dto: CheckInDto): Promise<TrainingAttendanceResponse> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) throw DomainException.conflict('请先完成实名登记');
    const now = this.clock.now();
    const { session, method } = await this.verifyCode(dto, now, worker.id);
    if (session.status !== TrainingSessionStatus.OPEN) {
      throw DomainException.conflict(
        session.status === TrainingSessionStatus.CLOSED ? '本次课签到已结束' : '本次课尚未开启签到',
      );
    }
    const course = await this.courseRepo.findOneByOrFail({ id: session.courseId });
    const enrolment = await this.enrolments.findOne({
      where: {
        courseId: course.id,
        workerId: worker.id,
        status: In([EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED]),
      },
    });
    if (!enrolment || enrolment.status !== EnrolmentStatus.ENROLLED) {
      throw DomainException.conflict(
        enrolment ? '你在候补名单中，尚未获得名额，不能签到' : `你未报名“${course.title}”，不能签到`,
      );
    }
    const existing = await this.attendance.findOneBy({ sessionId: session.id, workerId: worker.id });
    if (existing && ATTENDED_STATUSES.includes(existing.status)) {
      return this.toResponse(existing, course, worker, true);
    }
    const hasPoint = dto.lat !== undefined && dto.lng !== undefined;
    const distance = hasPoint ? distanceMeters(dto.lat!, dto.lng!, course.latitude, course.longitude) : null;
    if (course.checkInRadiusMeters !== null && distance !== null && distance > course.checkInRadiusMeters) {
      throw DomainException.conflict(
        `你距培训地点约 ${distance} 米，超出签到范围（${course.checkInRadiusMeters} 米），请到现场签到`,
        [{ field: 'lat', message: '不在签到范围内' }],
      );
    }
    const late = now.getTime() > session.startsAt.getTime() + course.lateAfterMinutes * MINUTE;
    const status = late ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
    const values = {
      status,
      method,
      markedAt: now,
      checkedInAt: now,
      distanceMeters: distance,
      markedBy: null,
      markedByName: null,
      correction: false,
      updatedAt: now,
    };
    try {
      const { id, changed } = await this.attendance.manager.transaction(async (m) => {
        let attendanceId: number;
        if (existing) {
          // the trainer marked them absent or excused earlier: the later check-in wins
          const moved = await m
            .createQueryBuilder()
            .update(TrainingAttendance)
            .set(values)
            .where('id = :id AND marked_at < :now', { id: existing.id, now })
            .execute();
          if (!moved.affected) return { id: existing.id, changed: false };
          attendanceId = existing.id;
        } else {
          const result = await m.getRepository(TrainingAttendance).insert({
            sessionId: session.id,
            courseId: course.id,
            workerId: worker.id,
            enrolmentId: enrolment.id,
            ...values,
            createdAt: now,
          });
          attendanceId = Number(result.identifiers[0].id);
        }
        await this.audit.record(
          {
            action: 'training_attendance.check_in',
            targetType: 'training_attendance',
            targetId: attendanceId,
            summary: {
              sessionId: session.id,
              courseId: course.id,
              workerId: worker.id,
              from: existing?.status ?? null,
              to: status,
              method,
              distanceMeters: distance,
            },
          },
          m,
        );
        return { id: attendanceId, changed: true };
      });
      return this.toResponse(await this.attendance.findOneByOrFail({ id }), course, worker, !changed);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // the same worker's second scan arrived at the same instant: the first one stands
      const first = await this.attendance.findOneByOrFail({ sessionId: session.id, workerId: worker.id });
      return this.toResponse(first, course, worker, true);
    }
  }

  /** Finds the session from the token or the short code and checks it; each failure named. */
  private async verifyCode(
    dto: CheckInDto,
    now: Date,
    workerId: number,
  ): Promise<{ session: TrainingSession; method: AttendanceMethod }> {
    if (dto.token) {
      const parsed = parseToken(dto.token.trim());
      const session = parsed ? await this.sessions.findOneBy({ id: parsed.sessionId }) : null;
      const check = parsed && session ? checkToken(session.secret, parsed, now) : 'forged';
      if (check === 'forged') {
        throw DomainException.validation([{ field: 'token', message: '签到二维码无效，请扫描教师出示的二维码' }]);
      }
      if (check === 'expired') {
        throw DomainException.validation([{ field: 'token', message: '签到二维码已过期，请扫描屏幕上最新的二维码' }]);
      }
      return { session: session!, method: AttendanceMethod.QR };
    }
    if (dto.sessionId === undefined || dto.shortCode === undefined) {
      throw DomainException.validation([
        { field: 'token', message: '请扫描签到二维码，或输入课次和二维码下方的 6 位签到码' },
      ]);
    }
    // A typed code is six digits that change every 30 seconds: tries are limited per worker and
    // per class (each try counted before it is checked, so tries sent at once count too); the
    // QR code, which cannot be guessed, still works.
    const policy = await this.policy.get();
    const codeTries = (wait: string) => `签到码尝试次数过多，请 ${wait}后再试，或扫描二维码签到`;
    await this.limiter.refuseWhenFull(
      `checkin-code-class:${dto.sessionId}`,
      policy.checkInCodeTriesPerSession,
      codeTries,
    );
    await this.limiter.hit(
      `checkin-code:${workerId}:${dto.sessionId}`,
      policy.checkInCodeTries,
      CODE_TRY_WINDOW_MS,
      codeTries,
    );
    const session = await this.sessions.findOneBy({ id: dto.sessionId });
    if (!session) throw DomainException.validation([{ field: 'sessionId', message: '课次不存在' }]);
    if (!checkShortCode(session.secret, session.id, dto.shortCode, now)) {
      await this.limiter.hit(
        `checkin-code-class:${session.id}`,
        policy.checkInCodeTriesPerSession,
        CODE_TRY_WINDOW_MS,
        codeTries,
      );
      throw DomainException.validation([
        { field: 'shortCode', message: '签到码不正确或已过期，请输入屏幕上最新的签到码' },
      ]);
    }
    return { session, method: AttendanceMethod.CODE };
  }

  // ---- the roster ----

  async roster(id: number, staff: StaffPrincipal, scope: DataScope): Promise<TrainingRosterResponse> {
    const session = await this.requireSession(id);
    const course = await this.courses.requireReadable(session.courseId, staff, scope);
    return this.buildRoster(session, course);
  }

  /**
   * Hand marks from the trainer's device, perhaps made offline hours ago. Each is recorded once
   * by its client id (a replayed batch changes nothing) and applied only when it was made later
   * than the worker's current mark, so the order batches arrive in does not matter.
   */
  async sync(id: number, dto: RosterSyncDto, staff: StaffPrincipal, scope: DataScope): Promise<RosterSyncResponse> {
    const session = await this.requireSession(id);
    const course = await this.courses.requireForAttendance(session.courseId, staff, scope);
    if (course.completedAt) throw DomainException.conflict('课程已结业，考勤不能再修改');
    const enrolled = await this.enrolments.findBy({ courseId: course.id, status: EnrolmentStatus.ENROLLED });
    const results: RosterMarkResult[] = [];
    for (const mark of dto.marks) {
      results.push(await this.applyMark(session, course, mark, enrolled, staff));
    }
    return { results, roster: await this.buildRoster(await this.requireSession(id), course) };
  }

  private async applyMark(
    session: TrainingSession,
    course: TrainingCourse,
    mark: RosterMarkDto,
    enrolled: TrainingEnrolment[],
    staff: StaffPrincipal,
  ): Promise<RosterMarkResult> {
    const clientId = mark.clientId.toLowerCase();
    const replay = (row: TrainingRosterMark): RosterMarkResult => ({
      clientId,
      workerId: row.workerId,
      outcome: row.outcome,
      replayed: true,
      message: row.message,
    });
    for (let attempt = 0; ; attempt++) {
      const known = await this.marks.findOneBy({ clientId });
      if (known) return replay(known);
      const now = this.clock.now();
      const markedAt = new Date(mark.markedAt);
      const enrolment = enrolled.find((e) => e.workerId === mark.workerId);
      let rejection: string | null = null;
      if (markedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) rejection = '标记时间晚于当前时间，请校准设备时间';
      else if (!enrolment) rejection = '该职工未报名此课程（或仍在候补名单中）';
      try {
        const outcome = await this.marks.manager.transaction(async (m) => {
          const result = rejection
            ? RosterMarkOutcome.REJECTED
            : await this.markIn(m, session, course, enrolment!, mark.status, markedAt, staff, clientId);
          await m.getRepository(TrainingRosterMark).insert({
            clientId,
            sessionId: session.id,
            workerId: mark.workerId,
            status: mark.status,
            markedAt,
            outcome: result,
            message: rejection,
            staffId: staff.id,
            receivedAt: now,
          });
          return result;
        });
        return { clientId, workerId: mark.workerId, outcome, replayed: false, message: rejection };
      } catch (err) {
        // the same mark arriving twice at once, or a check-in racing the first mark: look again
        if (!isUniqueViolation(err) || attempt >= 2) throw err;
      }
    }
  }

  /** Applies one hand mark inside `m` when it is later than the worker's current mark. */
  private async markIn(
    m: EntityManager,
    session: TrainingSession,
    course: TrainingCourse,
    enrolment: TrainingEnrolment,
    status: AttendanceStatus,
    markedAt: Date,
    staff: StaffPrincipal,
    clientId: string,
  ): Promise<RosterMarkOutcome> {
    const now = this.clock.now();
    const current = await m
      .getRepository(TrainingAttendance)
      .findOneBy({ sessionId: session.id, workerId: enrolment.workerId });
    const correction = session.status === TrainingSessionStatus.CLOSED;
    const values = {
      status,
      method: AttendanceMethod.ROSTER,
      markedAt,
      markedBy: staff.id,
      markedByName: staff.displayName,
      correction,
      updatedAt: now,
    };
    let attendanceId: number;
    if (!current) {
      const result = await m.getRepository(TrainingAttendance).insert({
        sessionId: session.id,
        courseId: course.id,
        workerId: enrolment.workerId,
        enrolmentId: enrolment.id,
        checkedInAt: null,
        distanceMeters: null,
        ...values,
        createdAt: now,
      });
      attendanceId = Number(result.identifiers[0].id);
    } else {
      if (current.markedAt.getTime() >= markedAt.getTime()) return RosterMarkOutcome.SUPERSEDED;
      const moved = await m
        .createQueryBuilder()
        .update(TrainingAttendance)
        .set(values)
        .where('id = :id AND marked_at < :markedAt', { id: current.id, markedAt })
        .execute();
      if (!moved.affected) return RosterMarkOutcome.SUPERSEDED;
      attendanceId = current.id;
    }
    await this.audit.record(
      {
        action: correction ? 'training_attendance.correction' : 'training_attendance.mark',
        targetType: 'training_attendance',
        targetId: attendanceId,
        summary: {
          sessionId: session.id,
          courseId: course.id,
          workerId: enrolment.workerId,
          from: current?.status ?? null,
          to: status,
          markedAt: markedAt.toISOString(),
          clientId,
        },
      },
      m,
    );
    return RosterMarkOutcome.APPLIED;
  }

  /**
   * The enrolled workers with their marks. A worker who enrolled after the session ended is
   * listed but not counted (never absent for a class held before they joined).
   */
  private async buildRoster(session: TrainingSession, course: TrainingCourse): Promise<TrainingRosterResponse> {
    const [enrolled, marks] = await Promise.all([
      this.enrolments.find({ where: { courseId: course.id, status: EnrolmentStatus.ENROLLED }, order: { id: 'ASC' } }),
      this.attendance.findBy({ sessionId: session.id }),
    ]);
    const workers = await this.workerRepo.findBy({ id: In([0, ...enrolled.map((e) => e.workerId)]) });
    const entries: RosterEntry[] = enrolled.map((e) => {
      const mark = marks.find((a) => a.workerId === e.workerId) ?? null;
      const w = workers.find((x) => x.id === e.workerId)!;
      return {
        enrolmentId: e.id,
        workerId: e.workerId,
        workerName: w.name,
        idNumberMasked: w.idNumberMasked,
        status: mark?.status ?? null,
        method: mark?.method ?? null,
        markedAt: mark?.markedAt.toISOString() ?? null,
        counted: countsFor(session, e, mark),
        enrolledAt: (e.enrolledAt ?? e.createdAt).toISOString(),
      };
    });
    const counted = entries.filter((x) => x.counted);
    const count = (s: AttendanceStatus) => counted.filter((x) => x.status === s).length;
    return {
      session: sessionResponse(session),
      courseId: course.id,
      courseTitle: course.title,
      summary: {
        expected: counted.length,
        present: count(AttendanceStatus.PRESENT),
        late: count(AttendanceStatus.LATE),
        absent: count(AttendanceStatus.ABSENT),
        excused: count(AttendanceStatus.EXCUSED),
        unmarked: counted.filter((x) => x.status === null).length,
      },
      entries,
    };
  }

  private async requireSession(id: number): Promise<TrainingSession> {
    const session = await this.sessions.findOneBy({ id });
    if (!session) throw DomainException.notFound('课次');
    return session;
  }

  private toResponse(
    a: TrainingAttendance,
    course: TrainingCourse,
    worker: Worker,
    repeated: boolean,
  ): TrainingAttendanceResponse {
    return {
      id: a.id,
      sessionId: a.sessionId,
      courseId: a.courseId,
      courseTitle: course.title,
      workerId: a.workerId,
      workerName: worker.name,
      status: a.status,
      method: a.method,
      markedAt: a.markedAt.toISOString(),
      checkedInAt: a.checkedInAt?.toISOString() ?? null,
      distanceMeters: a.distanceMeters,
      correction: !!a.correction,
      repeated,
    };
  }
}

/** Whether a session counts for an enrolment: not when it ended before they took their place. */
export function countsFor(
  session: Pick<TrainingSession, 'endsAt'>,
  e: Pick<TrainingEnrolment, 'enrolledAt' | 'createdAt'>,
  mark: Pick<TrainingAttendance, 'status'> | null,
): boolean {
  if (mark && ATTENDED_STATUSES.includes(mark.status)) return true;
  return (e.enrolledAt ?? e.createdAt).getTime() < session.endsAt.getTime();
}
