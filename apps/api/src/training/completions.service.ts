import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ATTENDED_STATUSES,
  CompletionRunEntry,
  CompletionRunResponse,
  CompletionVerifyResponse,
  EnrolmentStatus,
  maskName,
  Page,
  TrainingCompletionResponse,
} from '@steadywork/shared';
import { randomBytes } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { shanghaiDate } from '../common/dates';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal, WorkerPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation } from '../common/sql';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { applyWorkerKeyword } from '../workers/worker-keyword';
import { skipOf, toPage, inBatches } from '../common/pagination';
import { TrainingCompletionQueryDto } from './training.dto';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { countsFor } from './attendance.service';
import {
  TrainingAttendance,
  TrainingCompletion,
  TrainingCourse,
  TrainingEnrolment,
  TrainingSession,
} from './training.entities';
import { TrainingCoursesService } from './training-courses.service';

/** Unambiguous letters and digits (no I, O, 0, 1): read from a printed certificate. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function verificationCode(): string {
  return [...randomBytes(10)].map((b) => CODE_ALPHABET[b & 31]).join('');
}

/** Attended at or above the threshold: integer arithmetic, so exactly 80% of 5 is 4 of 5. */
export function meetsThreshold(attended: number, held: number, thresholdPercent: number): boolean {
  return held > 0 && attended * 100 >= thresholdPercent * held;
}

/**
 * Completions (SPEC §6): when a course has ended, each enrolled worker whose attendance reaches
 * the course's threshold completes it: one person-time toward the year's 5,000 (and the 300 of
 * domestic service), with a verification code for the certificate.
 */
@Injectable()
export class CompletionsService {
  constructor(
    @InjectRepository(TrainingCompletion) private readonly completions: Repository<TrainingCompletion>,
    @InjectRepository(TrainingCourse) private readonly courseRepo: Repository<TrainingCourse>,
    @InjectRepository(TrainingSession) private readonly sessions: Repository<TrainingSession>,
    @InjectRepository(TrainingEnrolment) private readonly enrolments: Repository<TrainingEnrolment>,
    @InjectRepository(TrainingAttendance) private readonly attendance: Repository<TrainingAttendance>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly courses: TrainingCoursesService,
    private readonly workers: WorkersService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Runs the completion of an ended course; running it again adds only who newly qualifies. */
  async complete(courseId: number, staff: StaffPrincipal, scope: DataScope): Promise<CompletionRunResponse> {
    const course = await this.courses.requireInScope(courseId, scope);
    const sessions = await this.sessions.find({ where: { courseId }, order: { startsAt: 'ASC' } });
    const now = this.clock.now();
    const lastEnd = Math.max(...sessions.map((s) => s.endsAt.getTime()));
    if (!sessions.length || shanghaiDate(now) < course.endsOn || now.getTime() < lastEnd) {
      throw DomainException.conflict(`课程尚未结束（结课日期 ${course.endsOn}），结束后才能办理结业`);
    }
    const [enrolled, marks, earlier] = await Promise.all([
      this.enrolments.find({ where: { courseId, status: EnrolmentStatus.ENROLLED }, order: { id: 'ASC' } }),
      this.attendance.findBy({ courseId }),
      this.completions.findBy({ courseId }),
    ]);
    const workers = await this.workerRepo.findBy({ id: In([0, ...enrolled.map((e) => e.workerId)]) });
    const entries: CompletionRunEntry[] = enrolled.map((e) => {
      let held = 0;
      let attended = 0;
      for (const s of sessions) {
        const mark = marks.find((a) => a.sessionId === s.id && a.workerId === e.workerId) ?? null;
        if (!countsFor(s, e, mark)) continue;
        held += 1;
        if (mark && ATTENDED_STATUSES.includes(mark.status)) attended += 1;
      }
      const done = earlier.find((c) => c.workerId === e.workerId);
      return {
        enrolmentId: e.id,
        workerId: e.workerId,
        workerName: workers.find((w) => w.id === e.workerId)?.name ?? '',
        attended,
        held,
        ratePercent: held ? Math.floor((attended * 100) / held) : 0,
        completed: !!done || meetsThreshold(attended, held, course.completionThreshold),
        verificationCode: done?.verificationCode ?? null,
      };
    });
    const fresh = entries.filter((x) => x.completed && !x.verificationCode);
    try {
      await this.completions.manager.transaction(async (m) => {
        await m
          .createQueryBuilder()
          .update(TrainingCourse)
          .set({ completedAt: course.completedAt ?? now, updatedAt: now })
          .where('id = :id', { id: courseId })
          .execute();
        for (const x of fresh) {
          x.verificationCode = verificationCode();
          await m.getRepository(TrainingCompletion).insert({
            courseId,
            workerId: x.workerId,
            enrolmentId: x.enrolmentId,
            regionCode: course.regionCode,
            year: Number(course.endsOn.slice(0, 4)),
            courseType: course.type,
            domesticService: !!course.domesticService,
            attended: x.attended,
            held: x.held,
            verificationCode: x.verificationCode,
            completedAt: now,
            createdBy: staff.id,
          });
        }
        await this.audit.record(
          {
            action: 'training_course.complete',
            targetType: 'training_course',
            targetId: courseId,
            summary: {
              threshold: course.completionThreshold,
              added: fresh.map((x) => ({ workerId: x.workerId, attended: x.attended, held: x.held })),
              notCompleted: entries.filter((x) => !x.completed).map((x) => x.workerId),
            },
          },
          m,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw DomainException.conflict('结业正在办理中，请稍后刷新');
      throw err;
    }
    return {
      courseId,
      completionThreshold: course.completionThreshold,
      completed: entries.filter((x) => x.completed).length,
      added: fresh.length,
      notCompleted: entries.filter((x) => !x.completed).length,
      entries,
    };
  }

  async mine(me: WorkerPrincipal): Promise<TrainingCompletionResponse[]> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) return [];
    return this.toResponses(await this.completions.find({ where: { workerId: worker.id }, order: { id: 'DESC' } }));
  }

  /** The staff list (结业记录): completions of courses in the caller's scope, newest first. */
  async list(query: TrainingCompletionQueryDto, scope: DataScope): Promise<Page<TrainingCompletionResponse>> {
    const [rows, total] = await this.query(query, scope)
      .orderBy('c.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  /** The same rows for the export, in batches of 500. */
  async *each(query: TrainingCompletionQueryDto, scope: DataScope): AsyncGenerator<TrainingCompletionResponse[]> {
    for await (const rows of inBatches(() => this.query(query, scope), 'c')) yield await this.toResponses(rows);
  }

  private query(query: TrainingCompletionQueryDto, scope: DataScope) {
    const qb = this.completions.createQueryBuilder('c');
    applyScope(qb, 'c.region_code', scope);
    if (query.year) qb.andWhere('c.year = :year', { year: query.year });
    if (query.courseId) qb.andWhere('c.course_id = :courseId', { courseId: query.courseId });
    if (query.type) qb.andWhere('c.course_type = :type', { type: query.type });
    if (query.domesticService !== undefined) {
      qb.andWhere('c.domestic_service = :domestic', { domestic: query.domesticService });
    }
    if (query.regionCode) {
      qb.andWhere('c.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    if (query.keyword) applyWorkerKeyword(qb, 'c.worker_id', query.keyword);
    return qb;
  }

  private async toResponses(rows: TrainingCompletion[]): Promise<TrainingCompletionResponse[]> {
    if (!rows.length) return [];
    const [courses, workers] = await Promise.all([
      this.courseRepo.findBy({ id: In([...new Set(rows.map((r) => r.courseId))]) }),
      this.workerRepo.findBy({ id: In([...new Set(rows.map((r) => r.workerId))]) }),
    ]);
    return rows.map((c) => {
      const course = courses.find((x) => x.id === c.courseId)!;
      const worker = workers.find((w) => w.id === c.workerId)!;
      return {
        id: c.id,
        courseId: c.courseId,
        workerId: c.workerId,
        idNumberMasked: worker.idNumberMasked,
        regionCode: c.regionCode,
        courseTitle: course.title,
        courseType: c.courseType,
        domesticService: !!c.domesticService,
        organiser: course.organiser,
        regionName: this.regions.fullName(c.regionCode),
        startsOn: course.startsOn,
        endsOn: course.endsOn,
        workerName: worker.name,
        attended: c.attended,
        held: c.held,
        ratePercent: c.held ? Math.floor((c.attended * 100) / c.held) : 0,
        verificationCode: c.verificationCode,
        year: c.year,
        completedAt: c.completedAt.toISOString(),
      };
    });
  }

  /** Anyone signed in can check a certificate; the holder's name is masked. */
  async verify(code: string): Promise<CompletionVerifyResponse> {
    const normalized = code.trim().toUpperCase();
    const row = /^[A-Z0-9]{6,16}$/.test(normalized)
      ? await this.completions.findOneBy({ verificationCode: normalized })
      : null;
    if (!row) throw DomainException.notFound('结业证书');
    const [course, worker] = await Promise.all([
      this.courseRepo.findOneByOrFail({ id: row.courseId }),
      this.workerRepo.findOneByOrFail({ id: row.workerId }),
    ]);
    return {
      valid: true,
      verificationCode: row.verificationCode,
      courseTitle: course.title,
      courseType: row.courseType,
      domesticService: !!row.domesticService,
      organiser: course.organiser,
      startsOn: course.startsOn,
      endsOn: course.endsOn,
      workerNameMasked: maskName(worker.name),
      idNumberMasked: worker.idNumberMasked,
      completedAt: row.completedAt.toISOString(),
    };
  }
}
