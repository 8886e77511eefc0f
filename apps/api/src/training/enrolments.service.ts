import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ENROLMENT_ACTIVE_STATUSES,
  ENROLMENT_STATUS_LABELS,
  EnrolmentSource,
  EnrolmentStatus,
  Role,
  TRAINING_ENROL_ROLES,
  TrainingEnrolmentResponse,
} from '@steadywork/shared';
import { In, Repository } from 'typeorm';
import { shanghaiDate } from '../common/dates';
import { AuditService } from '../audit/audit.service';
import { isStaff, type Principal, type StaffPrincipal, type WorkerPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation } from '../common/sql';
import { Employer } from '../jobs/jobs.entities';
import { assertInScope, DataScope } from '../scope/data-scope';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { EnrolmentDto } from './training.dto';
import { TrainingCourse, TrainingEnrolment } from './training.entities';
import { TrainingCoursesService } from './training-courses.service';

/**
 * Enrolment (SPEC §6): workers enrol themselves, union staff enrol workers in their scope, HR
 * nominate their own employees. Places are taken with a conditional UPDATE on the course, so
 * however many enrol at once the course never holds more than its capacity; the rest wait in
 * line, and a withdrawal gives the place to the first in line in the same transaction.
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectRepository(TrainingEnrolment) private readonly enrolments: Repository<TrainingEnrolment>,
    @InjectRepository(TrainingCourse) private readonly courseRepo: Repository<TrainingCourse>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    @InjectRepository(Employer) private readonly employerRepo: Repository<Employer>,
    private readonly courses: TrainingCoursesService,
    private readonly workers: WorkersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async enrol(
    courseId: number,
    dto: EnrolmentDto,
    who: Principal,
    scope: DataScope | null,
  ): Promise<TrainingEnrolmentResponse> {
    const course = await this.courseRepo.findOneBy({ id: courseId });
    if (!course) throw DomainException.notFound('培训课程');
    const { worker, source } = await this.resolveWorker(dto, who, scope);
    if (course.completedAt || shanghaiDate(this.clock.now()) > course.endsOn) {
      throw DomainException.conflict('课程已结束，不能报名');
    }
    const now = this.clock.now();
    let id: number;
    try {
      id = await this.enrolments.manager.transaction(async (m) => {
        // The course row first: enrolments queue on it (on MySQL, inserting the enrolment first
        // takes a shared lock on the course row for the foreign key, and two such transactions
        // upgrading to exclusive deadlock).
        const took = await m
          .createQueryBuilder()
          .update(TrainingCourse)
          .set({ enrolled: () => 'enrolled + 1' })
          .where('id = :id AND enrolled < capacity AND completed_at IS NULL', { id: courseId })
          .execute();
        if (!took.affected) {
          const queued = await m
            .createQueryBuilder()
            .update(TrainingCourse)
            .set({ waitlisted: () => 'waitlisted + 1' })
            .where('id = :id AND completed_at IS NULL', { id: courseId })
            .execute();
          if (!queued.affected) throw DomainException.conflict('课程已结束，不能报名');
        }
        const status = took.affected ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
        const result = await m.getRepository(TrainingEnrolment).insert({
          courseId,
          workerId: worker.id,
          regionCode: worker.regionCode,
          status,
          source,
          activeKey: `${courseId}:${worker.id}`,
          enrolledAt: took.affected ? now : null,
          withdrawnAt: null,
          createdBy: isStaff(who) ? who.id : null,
          createdAt: now,
          updatedAt: now,
        });
        const enrolmentId = Number(result.identifiers[0].id);
        await this.audit.record(
          {
            action: 'training_enrolment.create',
            targetType: 'training_enrolment',
            targetId: enrolmentId,
            summary: { courseId, workerId: worker.id, status, source },
          },
          m,
        );
        return enrolmentId;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      throw DomainException.conflict(
        isStaff(who) ? '该职工已报名此课程（或在候补名单中）' : '你已报名此课程（或在候补名单中）',
        [{ field: isStaff(who) ? 'workerId' : 'courseId', message: '已报名此课程' }],
      );
    }
    return (await this.toResponses([await this.enrolments.findOneByOrFail({ id })]))[0];
  }

  async withdraw(id: number, who: Principal, scope: DataScope | null): Promise<TrainingEnrolmentResponse> {
    const e = await this.requireFor(id, who, scope);
    if (!ENROLMENT_ACTIVE_STATUSES.includes(e.status)) {
      throw DomainException.conflict(`报名${ENROLMENT_STATUS_LABELS[e.status]}，无需再退出`);
    }
    const course = await this.courseRepo.findOneByOrFail({ id: e.courseId });
    if (course.completedAt) throw DomainException.conflict('课程已结业，不能退出');
    const now = this.clock.now();
    await this.enrolments.manager.transaction(async (m) => {
      // the course row first, as in enrolment
      await m
        .createQueryBuilder()
        .update(TrainingCourse)
        .set(
          e.status === EnrolmentStatus.ENROLLED
            ? { enrolled: () => 'enrolled - 1' }
            : { waitlisted: () => 'waitlisted - 1' },
        )
        .where(e.status === EnrolmentStatus.ENROLLED ? 'id = :id AND enrolled > 0' : 'id = :id AND waitlisted > 0', {
          id: e.courseId,
        })
        .execute();
      const moved = await m
        .createQueryBuilder()
        .update(TrainingEnrolment)
        .set({ status: EnrolmentStatus.WITHDRAWN, activeKey: null, withdrawnAt: now, updatedAt: now })
        .where('id = :id AND status = :from', { id, from: e.status })
        .execute();
      if (!moved.affected) throw DomainException.conflict('报名状态已变化，请刷新后重试');
      await this.audit.record(
        {
          action: 'training_enrolment.withdraw',
          targetType: 'training_enrolment',
          targetId: id,
          summary: { courseId: e.courseId, workerId: e.workerId, from: e.status, to: EnrolmentStatus.WITHDRAWN },
        },
        m,
      );
      if (e.status === EnrolmentStatus.ENROLLED) await this.courses.promoteWaitlisted(m, e.courseId);
    });
    return (await this.toResponses([await this.enrolments.findOneByOrFail({ id })]))[0];
  }

  /** A course's enrolments in order: places taken, then the waiting list, then withdrawals. */
  async ofCourse(courseId: number, staff: StaffPrincipal, scope: DataScope): Promise<TrainingEnrolmentResponse[]> {
    await this.courses.requireReadable(courseId, staff, scope);
    const rows = await this.enrolments.find({ where: { courseId }, order: { id: 'ASC' } });
    const rank = (s: EnrolmentStatus) =>
      s === EnrolmentStatus.ENROLLED ? 0 : s === EnrolmentStatus.WAITLISTED ? 1 : 2;
    return this.toResponses([...rows].sort((a, b) => rank(a.status) - rank(b.status) || a.id - b.id));
  }

  async mine(me: WorkerPrincipal): Promise<TrainingEnrolmentResponse[]> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) return [];
    return this.toResponses(await this.enrolments.find({ where: { workerId: worker.id }, order: { id: 'DESC' } }));
  }

  async toResponses(rows: TrainingEnrolment[]): Promise<TrainingEnrolmentResponse[]> {
    if (!rows.length) return [];
    const courseIds = [...new Set(rows.map((r) => r.courseId))];
    const [courses, workers, waiting] = await Promise.all([
      this.courseRepo.findBy({ id: In(courseIds) }),
      this.workerRepo.findBy({ id: In([...new Set(rows.map((r) => r.workerId))]) }),
      rows.some((r) => r.status === EnrolmentStatus.WAITLISTED)
        ? this.enrolments.find({
            select: { id: true, courseId: true },
            where: { courseId: In(courseIds), status: EnrolmentStatus.WAITLISTED },
            order: { id: 'ASC' },
          })
        : Promise.resolve([] as TrainingEnrolment[]),
    ]);
    return rows.map((e) => {
      const worker = workers.find((w) => w.id === e.workerId)!;
      const line = waiting.filter((w) => w.courseId === e.courseId);
      return {
        id: e.id,
        courseId: e.courseId,
        courseTitle: courses.find((c) => c.id === e.courseId)?.title ?? '',
        workerId: e.workerId,
        workerName: worker.name,
        idNumberMasked: worker.idNumberMasked,
        status: e.status,
        waitlistPosition:
          e.status === EnrolmentStatus.WAITLISTED ? line.findIndex((w) => w.id === e.id) + 1 || null : null,
        source: e.source,
        enrolledAt: e.enrolledAt?.toISOString() ?? null,
        withdrawnAt: e.withdrawnAt?.toISOString() ?? null,
        createdAt: e.createdAt.toISOString(),
      };
    });
  }

  /** The worker an enrolment is for, and whether the caller may act for them. */
  private async resolveWorker(
    dto: EnrolmentDto,
    who: Principal,
    scope: DataScope | null,
  ): Promise<{ worker: Worker; source: EnrolmentSource }> {
    if (!isStaff(who)) {
      if (dto.workerId !== undefined) {
        throw DomainException.validation([{ field: 'workerId', message: '本人报名无需填写职工' }]);
      }
      const worker = await this.workers.findMine(who.id);
      if (!worker) throw DomainException.conflict('请先完成实名登记，再报名培训');
      return { worker, source: EnrolmentSource.SELF };
    }
    if (!who.roles.some((r) => TRAINING_ENROL_ROLES.includes(r))) throw DomainException.forbidden();
    if (dto.workerId === undefined) {
      throw DomainException.validation([{ field: 'workerId', message: '请选择要报名的职工' }]);
    }
    const worker = await this.workerRepo.findOneBy({ id: dto.workerId });
    if (!worker) throw DomainException.notFound('职工');
    await this.assertMayActFor(worker.regionCode, worker, who, scope, '职工');
    const unionStaff = who.roles.some((r) => r !== Role.HR && TRAINING_ENROL_ROLES.includes(r));
    return { worker, source: unionStaff ? EnrolmentSource.STAFF : EnrolmentSource.NOMINATED };
  }

  /**
   * Union staff act for workers in their scope; HR for their own company's employees. Anything
   * else answers 404, as if `what` did not exist: an HR officer cannot tell another company's
   * worker from a missing id.
   */
  private async assertMayActFor(
    regionCode: string,
    worker: Worker,
    staff: StaffPrincipal,
    scope: DataScope | null,
    what: string,
  ): Promise<void> {
    if (staff.roles.some((r) => r !== Role.HR && TRAINING_ENROL_ROLES.includes(r))) {
      assertInScope(scope ?? { all: false, rootRegionCode: '', regionCodes: [] }, regionCode, what);
      return;
    }
    if (staff.roles.includes(Role.HR)) {
      const employer = await this.employerRepo.findOneBy({ organizationId: staff.organizationId });
      if (employer && worker.employerId === employer.id) return;
      throw DomainException.notFound(what);
    }
    throw DomainException.forbidden();
  }

  private async requireFor(id: number, who: Principal, scope: DataScope | null): Promise<TrainingEnrolment> {
    const e = await this.enrolments.findOneBy({ id });
    if (!e) throw DomainException.notFound('报名记录');
    if (!isStaff(who)) {
      const worker = await this.workers.findMine(who.id);
      if (!worker || worker.id !== e.workerId) throw DomainException.notFound('报名记录');
      return e;
    }
    if (!who.roles.some((r) => TRAINING_ENROL_ROLES.includes(r))) throw DomainException.forbidden();
    const worker = await this.workerRepo.findOneByOrFail({ id: e.workerId });
    await this.assertMayActFor(e.regionCode, worker, who, scope, '报名记录');
    return e;
  }
}
