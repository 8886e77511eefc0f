import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  EnrolmentStatus,
  FieldError,
  Page,
  Role,
  StaffStatus,
  TRAINING_DEFAULTS,
  TRAINING_READ_ROLES,
  TrainerOption,
  TrainingBaseStatus,
  TrainingCoursePhase,
  TrainingCourseResponse,
  TrainingSessionResponse,
  TrainingSessionStatus,
} from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { isRealDate, shanghaiDate } from '../common/dates';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { distanceMeters } from '../centers/centers.service';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage } from '../common/pagination';
import { likeEscape } from '../common/sql';
import { Organization } from '../organization/organization.entity';
import { RegionService } from '../region/region.service';
import { applyScope, assertInScope, DataScope } from '../scope/data-scope';
import { StaffRole, StaffUser } from '../staff/staff-user.entity';
import { newSessionSecret } from './attendance-token';
import { OpenCourseQueryDto, TrainingCourseDto, TrainingCourseQueryDto } from './training.dto';
import {
  TrainingAttendance,
  TrainingBase,
  TrainingCourse,
  TrainingCourseTrainer,
  TrainingEnrolment,
  TrainingSession,
} from './training.entities';

const COURSE = '培训课程';

/** A course is over: its dates are past, or it is its last day and no class ends later (params :today, :now). */
const OVER =
  'c.ends_on < :today OR (c.ends_on = :today AND NOT EXISTS ' +
  '(SELECT 1 FROM training_session s_over WHERE s_over.course_id = c.id AND s_over.ends_at > :now))';

export function sessionResponse(s: TrainingSession): TrainingSessionResponse {
  return {
    id: s.id,
    courseId: s.courseId,
    seq: s.seq,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    status: s.status,
    openedAt: s.openedAt?.toISOString() ?? null,
    closedAt: s.closedAt?.toISOString() ?? null,
  };
}

/** Staff who read training records only as the trainer of a course. */
export function onlyTrainer(staff: StaffPrincipal): boolean {
  return !staff.roles.some((r) => r !== Role.TRAINER && TRAINING_READ_ROLES.includes(r));
}

/**
 * Courses and their sessions (SPEC §6). The training admin manages them within their data
 * scope; workers browse the open ones, nearest first.
 */
@Injectable()
export class TrainingCoursesService {
  constructor(
    @InjectRepository(TrainingCourse) private readonly courses: Repository<TrainingCourse>,
    @InjectRepository(TrainingSession) private readonly sessions: Repository<TrainingSession>,
    @InjectRepository(TrainingCourseTrainer) private readonly trainers: Repository<TrainingCourseTrainer>,
    @InjectRepository(TrainingEnrolment) private readonly enrolments: Repository<TrainingEnrolment>,
    @InjectRepository(TrainingBase) private readonly bases: Repository<TrainingBase>,
    @InjectRepository(StaffUser) private readonly staffUsers: Repository<StaffUser>,
    @InjectRepository(StaffRole) private readonly staffRoles: Repository<StaffRole>,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The trainer accounts a course can name: active staff holding TRAINER whose organisation is
   * in the caller's scope (the training admin cannot list staff accounts otherwise).
   */
  async trainerOptions(keyword: string | undefined, scope: DataScope): Promise<TrainerOption[]> {
    const qb = this.staffUsers
      .createQueryBuilder('u')
      .innerJoin(StaffRole, 'r', 'r.user_id = u.id AND r.role = :role', { role: Role.TRAINER })
      .innerJoin(Organization, 'o', 'o.id = u.organization_id')
      .select(['u.id AS id', 'u.display_name AS name', 'o.name AS org', 'o.region_code AS region'])
      .where('u.status = :active', { active: StaffStatus.ACTIVE });
    applyScope(qb, 'o.region_code', scope);
    const kw = keyword?.trim();
    if (kw) {
      qb.andWhere("(u.display_name LIKE :kw ESCAPE '!' OR u.username LIKE :kw ESCAPE '!')", {
        kw: `%${likeEscape(kw)}%`,
      });
    }
    const rows = await qb
      .orderBy('u.id', 'ASC')
      .limit(200)
      .getRawMany<{ id: number; name: string; org: string; region: string }>();
    return rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      organizationName: r.org,
      regionName: this.regions.fullName(r.region),
    }));
  }

  async create(dto: TrainingCourseDto, staff: StaffPrincipal, scope: DataScope): Promise<TrainingCourseResponse> {
    const sessions = await this.check(dto, scope, []);
    const now = this.clock.now();
    const id = await this.courses.manager.transaction(async (m) => {
      const result = await m.getRepository(TrainingCourse).insert({
        ...this.values(dto),
        enrolled: 0,
        waitlisted: 0,
        completedAt: null,
        createdBy: staff.id,
        createdAt: now,
        updatedAt: now,
      });
      const courseId = Number(result.identifiers[0].id);
      await this.writeTrainers(m, courseId, dto.trainerIds ?? []);
      await m.getRepository(TrainingSession).insert(
        sessions.map((s, i) => ({
          courseId,
          seq: i + 1,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          status: TrainingSessionStatus.SCHEDULED,
          secret: newSessionSecret(),
          openedAt: null,
          openedBy: null,
          closedAt: null,
          closedBy: null,
          createdAt: now,
          updatedAt: now,
        })),
      );
      await this.audit.record(
        {
          action: 'training_course.create',
          targetType: 'training_course',
          targetId: courseId,
          summary: { title: dto.title, type: dto.type, capacity: dto.capacity, sessions: sessions.length },
        },
        m,
      );
      return courseId;
    });
    return this.getForStaff(id, staff, scope);
  }

  /**
   * Edits a course. Sessions are matched by id: new ones are added, missing ones removed (only
   * while nothing was recorded for them), and a session once opened keeps its times. Raising the
   * capacity moves the waiting list up; it never drops below the places taken.
   */
  async update(
    id: number,
    dto: TrainingCourseDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<TrainingCourseResponse> {
    const course = await this.requireInScope(id, scope);
    if (course.completedAt) throw DomainException.conflict('课程已结业，不能修改');
    const existing = await this.sessions.find({ where: { courseId: id }, order: { startsAt: 'ASC', id: 'ASC' } });
    const sessions = await this.check(dto, scope, existing);
    const keep = new Set(sessions.filter((s) => s.id).map((s) => s.id!));
    const removed = existing.filter((s) => !keep.has(s.id));
    if (removed.length) {
      const marked = await this.courses.manager
        .getRepository(TrainingAttendance)
        .count({ where: { sessionId: In(removed.map((s) => s.id)) } });
      const started = removed.filter((s) => s.status !== TrainingSessionStatus.SCHEDULED);
      if (marked || started.length) {
        const s = started[0] ?? removed[0];
        throw DomainException.validation([
          { field: 'sessions', message: `第 ${s.seq} 次课已开始签到或已有考勤记录，不能删除` },
        ]);
      }
    }
    const now = this.clock.now();
    await this.courses.manager.transaction(async (m) => {
      // The course row first, as enrolment takes it: the capacity may not drop below places taken.
      const updated = await m
        .createQueryBuilder()
        .update(TrainingCourse)
        .set({ ...this.values(dto), updatedAt: now })
        .where('id = :id AND enrolled <= :capacity AND completed_at IS NULL', { id, capacity: dto.capacity })
        .execute();
      if (!updated.affected) {
        throw DomainException.validation([{ field: 'capacity', message: '名额不能少于已报名人数' }]);
      }
      await m.getRepository(TrainingCourseTrainer).delete({ courseId: id });
      await this.writeTrainers(m, id, dto.trainerIds ?? []);
      if (removed.length) await m.getRepository(TrainingSession).delete({ id: In(removed.map((s) => s.id)) });
      for (const [i, s] of sessions.entries()) {
        if (s.id) {
          await m
            .getRepository(TrainingSession)
            .update({ id: s.id }, { seq: i + 1, startsAt: s.startsAt, endsAt: s.endsAt, updatedAt: now });
        } else {
          await m.getRepository(TrainingSession).insert({
            courseId: id,
            seq: i + 1,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            status: TrainingSessionStatus.SCHEDULED,
            secret: newSessionSecret(),
            openedAt: null,
            openedBy: null,
            closedAt: null,
            closedBy: null,
            createdAt: now,
            updatedAt: now,
          });
        }
      }
      const promoted = await this.promoteWaitlisted(m, id);
      await this.audit.recordChange(
        {
          action: 'training_course.update',
          targetType: 'training_course',
          targetId: id,
          summary: promoted.length ? { promotedEnrolments: promoted } : undefined,
          before: { title: course.title, capacity: course.capacity, sessions: existing.length },
          after: { title: dto.title, capacity: dto.capacity, sessions: sessions.length },
        },
        m,
      );
    });
    return this.getForStaff(id, staff, scope);
  }

  /**
   * Gives free places to the first in the waiting list, in order. Runs inside a transaction that
   * already holds the course row.
   */
  async promoteWaitlisted(m: EntityManager, courseId: number): Promise<number[]> {
    const course = await m.getRepository(TrainingCourse).findOneByOrFail({ id: courseId });
    const free = course.capacity - course.enrolled;
    if (free <= 0 || course.waitlisted <= 0) return [];
    const waiting = await m.getRepository(TrainingEnrolment).find({
      where: { courseId, status: EnrolmentStatus.WAITLISTED },
      order: { id: 'ASC' },
      take: free,
    });
    const now = this.clock.now();
    const promoted: number[] = [];
    for (const e of waiting) {
      const moved = await m
        .createQueryBuilder()
        .update(TrainingEnrolment)
        .set({ status: EnrolmentStatus.ENROLLED, enrolledAt: now, updatedAt: now })
        .where('id = :id AND status = :waiting', { id: e.id, waiting: EnrolmentStatus.WAITLISTED })
        .execute();
      if (!moved.affected) continue;
      const took = await m
        .createQueryBuilder()
        .update(TrainingCourse)
        .set({ enrolled: () => 'enrolled + 1', waitlisted: () => 'waitlisted - 1' })
        .where('id = :id AND enrolled < capacity AND waitlisted > 0', { id: courseId })
        .execute();
      if (!took.affected) throw DomainException.conflict('名额已变化，请刷新后重试');
      await this.audit.record(
        {
          action: 'training_enrolment.promote',
          targetType: 'training_enrolment',
          targetId: e.id,
          summary: { courseId, workerId: e.workerId, from: EnrolmentStatus.WAITLISTED, to: EnrolmentStatus.ENROLLED },
        },
        m,
      );
      promoted.push(e.id);
    }
    return promoted;
  }

  async list(
    query: TrainingCourseQueryDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<Page<TrainingCourseResponse>> {
    const qb = this.courses.createQueryBuilder('c');
    if (onlyTrainer(staff)) {
      qb.andWhere('c.id IN (SELECT t.course_id FROM training_course_trainer t WHERE t.staff_id = :me)', {
        me: staff.id,
      });
    } else applyScope(qb, 'c.region_code', scope);
    this.filter(qb, query);
    if (query.year) qb.andWhere('c.year = :year', { year: query.year });
    const now = this.clock.now();
    const today = shanghaiDate(now);
    switch (query.phase) {
      case TrainingCoursePhase.UPCOMING:
        qb.andWhere('c.completed_at IS NULL AND c.starts_on > :today', { today });
        break;
      case TrainingCoursePhase.RUNNING:
        qb.andWhere(`c.completed_at IS NULL AND c.starts_on <= :today AND NOT (${OVER})`, { today, now });
        break;
      case TrainingCoursePhase.ENDED:
        qb.andWhere(`c.completed_at IS NULL AND ${OVER}`, { today, now });
        break;
      case TrainingCoursePhase.COMPLETED:
        qb.andWhere('c.completed_at IS NOT NULL');
        break;
      case undefined:
        break;
    }
    const [rows, total] = await qb
      .orderBy('c.starts_on', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async *each(query: TrainingCourseQueryDto, staff: StaffPrincipal, scope: DataScope) {
    for (let page = 1; ; page++) {
      const batch = await this.list({ ...query, page, pageSize: 100 } as TrainingCourseQueryDto, staff, scope);
      if (!batch.items.length) return;
      yield batch.items;
      if (batch.items.length < 100) return;
    }
  }

  /**
   * Courses a worker can still enrol in (not ended, not completed). With a location the list is
   * sorted by distance from it (computed here, as for centers: hundreds of courses, not millions).
   */
  async open(query: OpenCourseQueryDto, workerId: number | null): Promise<Page<TrainingCourseResponse>> {
    const today = shanghaiDate(this.clock.now());
    const qb = this.courses
      .createQueryBuilder('c')
      .where(`c.completed_at IS NULL AND NOT (${OVER})`, { today, now: this.clock.now() });
    this.filter(qb, query);
    const all = await qb.orderBy('c.starts_on', 'ASC').addOrderBy('c.id', 'ASC').getMany();
    const hasPoint = query.lat !== undefined && query.lng !== undefined;
    const ordered = hasPoint
      ? [...all].sort(
          (a, b) =>
            distanceMeters(query.lat!, query.lng!, a.latitude, a.longitude) -
            distanceMeters(query.lat!, query.lng!, b.latitude, b.longitude),
        )
      : all;
    const page = ordered.slice(skipOf(query), skipOf(query) + query.pageSize);
    return toPage(await this.toResponses(page, { lat: query.lat, lng: query.lng, workerId }), ordered.length, query);
  }

  private filter(
    qb: ReturnType<Repository<TrainingCourse>['createQueryBuilder']>,
    query: { type?: string; domesticService?: boolean; regionCode?: string; keyword?: string },
  ): void {
    if (query.type) qb.andWhere('c.course_type = :type', { type: query.type });
    if (query.domesticService !== undefined) {
      qb.andWhere('c.domestic_service = :ds', { ds: query.domesticService });
    }
    if (query.regionCode) {
      qb.andWhere('c.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    if (query.keyword) {
      qb.andWhere("(c.title LIKE :kw ESCAPE '!' OR c.organiser LIKE :kw ESCAPE '!')", {
        kw: `%${likeEscape(query.keyword.trim())}%`,
      });
    }
  }

  /** A course as workers (and staff outside the training roles) see it: courses are advertised. */
  async getPublic(id: number, workerId: number | null): Promise<TrainingCourseResponse> {
    const course = await this.courses.findOneBy({ id });
    if (!course) throw DomainException.notFound(COURSE);
    return (await this.toResponses([course], { workerId }))[0];
  }

  async getForStaff(id: number, staff: StaffPrincipal, scope: DataScope): Promise<TrainingCourseResponse> {
    return (await this.toResponses([await this.requireReadable(id, staff, scope)]))[0];
  }

  async requireInScope(id: number, scope: DataScope): Promise<TrainingCourse> {
    const course = await this.courses.findOneBy({ id });
    if (!course) throw DomainException.notFound(COURSE);
    assertInScope(scope, course.regionCode, COURSE);
    return course;
  }

  /** Read roles within their scope; a trainer their own courses; anyone else: 404. */
  async requireReadable(id: number, staff: StaffPrincipal, scope: DataScope): Promise<TrainingCourse> {
    const course = await this.courses.findOneBy({ id });
    if (!course) throw DomainException.notFound(COURSE);
    if (staff.roles.includes(Role.TRAINER) && (await this.isTrainerOf(id, staff.id))) return course;
    if (onlyTrainer(staff)) throw DomainException.notFound(COURSE);
    assertInScope(scope, course.regionCode, COURSE);
    return course;
  }

  /** Attendance is run by the course's own trainers, and by the training admin within scope. */
  async requireForAttendance(id: number, staff: StaffPrincipal, scope: DataScope): Promise<TrainingCourse> {
    const course = await this.courses.findOneBy({ id });
    if (!course) throw DomainException.notFound(COURSE);
    if (staff.roles.includes(Role.TRAINER) && (await this.isTrainerOf(id, staff.id))) return course;
    if (staff.roles.includes(Role.TRAINING_ADMIN)) {
      assertInScope(scope, course.regionCode, COURSE);
      return course;
    }
    // a trainer not on the course learns nothing of it: as if it did not exist
    throw DomainException.notFound(COURSE);
  }

  async isTrainerOf(courseId: number, staffId: number): Promise<boolean> {
    return (await this.trainers.countBy({ courseId, staffId })) > 0;
  }

  /**
   * Where a course is: ended once its dates are past, or on its last day once its last class is
   * over (the office can run the completion that afternoon: the rule of CompletionsService).
   */
  phaseOf(c: TrainingCourse, lastEnd: Date | null, now = this.clock.now()): TrainingCoursePhase {
    const today = shanghaiDate(now);
    if (c.completedAt) return TrainingCoursePhase.COMPLETED;
    if (today < c.startsOn) return TrainingCoursePhase.UPCOMING;
    if (today > c.endsOn || (today === c.endsOn && lastEnd && lastEnd <= now)) return TrainingCoursePhase.ENDED;
    return TrainingCoursePhase.RUNNING;
  }

  /** The end of each course's last class. */
  async lastEnds(courseIds: number[]): Promise<Map<number, Date>> {
    const out = new Map<number, Date>();
    if (!courseIds.length) return out;
    const sessions = await this.sessions.find({
      select: { courseId: true, endsAt: true },
      where: { courseId: In(courseIds) },
    });
    for (const s of sessions) {
      const seen = out.get(s.courseId);
      if (!seen || s.endsAt > seen) out.set(s.courseId, s.endsAt);
    }
    return out;
  }

  async toResponses(
    rows: TrainingCourse[],
    at: { lat?: number; lng?: number; workerId?: number | null } = {},
  ): Promise<TrainingCourseResponse[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [sessions, trainerRows, mine] = await Promise.all([
      this.sessions.find({ where: { courseId: In(ids) }, order: { startsAt: 'ASC', id: 'ASC' } }),
      this.trainers.findBy({ courseId: In(ids) }),
      at.workerId
        ? this.enrolments.find({ where: { courseId: In(ids), workerId: at.workerId }, order: { id: 'DESC' } })
        : Promise.resolve([] as TrainingEnrolment[]),
    ]);
    const staff = await this.staffUsers.findBy({ id: In([0, ...new Set(trainerRows.map((t) => t.staffId))]) });
    const positions = new Map<number, number>();
    for (const e of mine.filter((x) => x.status === EnrolmentStatus.WAITLISTED)) {
      positions.set(e.id, await this.waitlistPosition(e));
    }
    const now = this.clock.now();
    const hasPoint = at.lat !== undefined && at.lng !== undefined;
    return rows.map((c) => {
      const my = mine.find((e) => e.courseId === c.id && e.status !== EnrolmentStatus.WITHDRAWN) ?? null;
      return {
        id: c.id,
        title: c.title,
        type: c.type,
        domesticService: !!c.domesticService,
        organiser: c.organiser,
        baseId: c.baseId,
        regionCode: c.regionCode,
        regionName: this.regions.fullName(c.regionCode),
        venue: c.venue,
        latitude: Number(c.latitude),
        longitude: Number(c.longitude),
        capacity: c.capacity,
        enrolled: c.enrolled,
        waitlisted: c.waitlisted,
        targetGroups: c.targetGroups,
        trainers: trainerRows
          .filter((t) => t.courseId === c.id)
          .map((t) => ({ id: t.staffId, name: staff.find((s) => s.id === t.staffId)?.displayName ?? '' })),
        completionThreshold: c.completionThreshold,
        checkInRadiusMeters: c.checkInRadiusMeters,
        lateAfterMinutes: c.lateAfterMinutes,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        description: c.description,
        phase: this.phaseOf(
          c,
          sessions
            .filter((x) => x.courseId === c.id)
            .reduce<Date | null>((m, x) => (!m || x.endsAt > m ? x.endsAt : m), null),
          now,
        ),
        completedAt: c.completedAt?.toISOString() ?? null,
        sessions: sessions.filter((s) => s.courseId === c.id).map(sessionResponse),
        distanceMeters: hasPoint ? distanceMeters(at.lat!, at.lng!, c.latitude, c.longitude) : null,
        myEnrolment: my ? { id: my.id, status: my.status, waitlistPosition: positions.get(my.id) ?? null } : null,
        createdAt: c.createdAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
      };
    });
  }

  /** 1 for the first in line. */
  async waitlistPosition(e: TrainingEnrolment): Promise<number> {
    const ahead = await this.enrolments
      .createQueryBuilder('e')
      .where('e.course_id = :courseId AND e.status = :waiting AND e.id < :id', {
        courseId: e.courseId,
        waiting: EnrolmentStatus.WAITLISTED,
        id: e.id,
      })
      .getCount();
    return ahead + 1;
  }

  private values(dto: TrainingCourseDto) {
    return {
      title: dto.title.trim(),
      type: dto.type,
      domesticService: dto.domesticService ?? false,
      organiser: dto.organiser.trim(),
      baseId: dto.baseId ?? null,
      regionCode: dto.regionCode,
      venue: dto.venue.trim(),
      latitude: dto.latitude,
      longitude: dto.longitude,
      capacity: dto.capacity,
      targetGroups: [...new Set((dto.targetGroups ?? []).map((g) => g.trim()).filter(Boolean))],
      completionThreshold: dto.completionThreshold ?? TRAINING_DEFAULTS.completionThreshold,
      checkInRadiusMeters: dto.checkInRadiusMeters ?? null,
      lateAfterMinutes: dto.lateAfterMinutes ?? TRAINING_DEFAULTS.lateAfterMinutes,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn,
      year: Number(dto.startsOn.slice(0, 4)),
      description: dto.description ?? '',
    };
  }

  private async writeTrainers(m: EntityManager, courseId: number, trainerIds: number[]): Promise<void> {
    const ids = [...new Set(trainerIds)];
    if (ids.length) await m.getRepository(TrainingCourseTrainer).insert(ids.map((staffId) => ({ courseId, staffId })));
  }

  /** Every rule a course must meet, each bad field named; returns the sessions in time order. */
  private async check(
    dto: TrainingCourseDto,
    scope: DataScope,
    existing: TrainingSession[],
  ): Promise<{ id?: number; startsAt: Date; endsAt: Date }[]> {
    const errors: FieldError[] = [];
    if (!this.regions.get(dto.regionCode)) errors.push({ field: 'regionCode', message: '所在地区不存在' });
    else if (!scope.all && !scope.regionCodes.includes(dto.regionCode)) {
      errors.push({ field: 'regionCode', message: '只能开设本级及下级地区的课程' });
    }
    const datesOk = isRealDate(dto.startsOn) && isRealDate(dto.endsOn);
    if (!isRealDate(dto.startsOn)) errors.push({ field: 'startsOn', message: '开课日期不是有效日期' });
    if (!isRealDate(dto.endsOn)) errors.push({ field: 'endsOn', message: '结课日期不是有效日期' });
    if (datesOk && dto.endsOn < dto.startsOn) errors.push({ field: 'endsOn', message: '结课日期不能早于开课日期' });
    const sessions = dto.sessions.map((s, i) => ({
      i,
      id: s.id,
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
    }));
    const seen = new Set<number>();
    for (const s of sessions) {
      const at = `sessions[${s.i}]`;
      if (!(s.endsAt > s.startsAt)) {
        errors.push({ field: `${at}.endsAt`, message: '下课时间应晚于上课时间' });
        continue;
      }
      if (datesOk && (shanghaiDate(s.startsAt) < dto.startsOn || shanghaiDate(s.endsAt) > dto.endsOn)) {
        errors.push({
          field: `${at}.startsAt`,
          message: `课次应在开课和结课日期之间（${dto.startsOn} 至 ${dto.endsOn}）`,
        });
      }
      if (s.id !== undefined) {
        const old = existing.find((e) => e.id === s.id);
        if (!old || seen.has(s.id)) errors.push({ field: `${at}.id`, message: '课次不存在或重复' });
        else if (
          old.status !== TrainingSessionStatus.SCHEDULED &&
          (old.startsAt.getTime() !== s.startsAt.getTime() || old.endsAt.getTime() !== s.endsAt.getTime())
        ) {
          errors.push({ field: `${at}.startsAt`, message: `第 ${old.seq} 次课已开始签到，不能修改时间` });
        }
        seen.add(s.id);
      }
    }
    const ordered = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (let k = 1; k < ordered.length; k++) {
      if (ordered[k].startsAt < ordered[k - 1].endsAt) {
        errors.push({ field: `sessions[${ordered[k].i}].startsAt`, message: '与另一次课的时间重叠' });
      }
    }
    const trainerIds = dto.trainerIds ?? [];
    if (trainerIds.length) {
      const users = await this.staffUsers.findBy({ id: In(trainerIds), status: StaffStatus.ACTIVE });
      const roles = await this.staffRoles.findBy({ userId: In(trainerIds), role: Role.TRAINER });
      trainerIds.forEach((tid, i) => {
        if (!users.some((u) => u.id === tid) || !roles.some((r) => r.userId === tid)) {
          errors.push({ field: `trainerIds[${i}]`, message: '不是在用的培训教师账号' });
        }
      });
    }
    if (dto.baseId) {
      const base = await this.bases.findOneBy({ id: dto.baseId });
      if (!base || base.status !== TrainingBaseStatus.ACCREDITED) {
        errors.push({ field: 'baseId', message: '培训基地不存在或尚未认定' });
      }
    }
    if (errors.length) throw DomainException.validation(errors);
    return ordered.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt }));
  }
}
