import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ATTENDED_STATUSES,
  CourseAttendanceRate,
  EnrolmentStatus,
  TrainingDashboard,
  TrainingRegionFigures,
} from '@steadywork/shared';
import { In, LessThanOrEqual, Repository } from 'typeorm';
import { shanghaiDate, shanghaiYear } from '../common/dates';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { RegionService } from '../region/region.service';
import { DataScope } from '../scope/data-scope';
import { FiguresService } from '../dashboard/figures.service';
import { countsFor } from './attendance.service';
import { TrainingTargetsService } from './training-targets.service';
import { TrainingAttendance, TrainingCourse, TrainingEnrolment, TrainingSession } from './training.entities';

const RECENT_COURSES = 20;

/**
 * The console home's 151 figures: the year's counts against the year's targets (a city's split for
 * a view of a city or below, when set; null — 目标未设置 — otherwise), per region.
 */
@Injectable()
export class TrainingDashboardService {
  constructor(
    @InjectRepository(TrainingCourse) private readonly courses: Repository<TrainingCourse>,
    @InjectRepository(TrainingSession) private readonly sessions: Repository<TrainingSession>,
    @InjectRepository(TrainingEnrolment) private readonly enrolments: Repository<TrainingEnrolment>,
    @InjectRepository(TrainingAttendance) private readonly attendance: Repository<TrainingAttendance>,
    private readonly regions: RegionService,
    private readonly targets: TrainingTargetsService,
    private readonly figures: FiguresService,
    private readonly clock: Clock,
  ) {}

  async dashboard(
    year: number | undefined,
    regionCode: string | undefined,
    scope: DataScope,
  ): Promise<TrainingDashboard> {
    const now = this.clock.now();
    const y = year ?? shanghaiYear(now);
    const root = regionCode ?? (scope.all ? this.regions.rootCode() : scope.rootRegionCode) ?? '';
    if (regionCode && (!this.regions.get(regionCode) || (!scope.all && !scope.regionCodes.includes(regionCode)))) {
      throw DomainException.notFound('地区');
    }
    const codes = this.regions.subtree(root);

    // the year's 151 counts: the targets dashboard's queries
    const totals = await this.figures.totals(root, y, [
      'training.bases',
      'training.completions',
      'training.domestic',
      'training.online',
    ]);
    const rowsOf = (key: string) => (totals.get(key) ?? []).map((r) => ({ code: r.code, n: r.total }));
    const [bases, completions, domestic, online] = [
      rowsOf('training.bases'),
      rowsOf('training.completions'),
      rowsOf('training.domestic'),
      rowsOf('training.online'),
    ];
    const sum = (rows: { n: number }[]) => rows.reduce((s, r) => s + r.n, 0);
    const children = this.regions.tree(root)?.children ?? [];
    const byRegion: TrainingRegionFigures[] = children.map((child) => {
      const inChild = (rows: { code: string; n: number }[]) =>
        sum(rows.filter((r) => this.regions.isWithin(r.code, child.code)));
      return {
        regionCode: child.code,
        regionName: child.name,
        accreditedBases: inChild(bases),
        completions: inChild(completions),
        domesticServiceCompletions: inChild(domestic),
        onlineLearning: inChild(online),
      };
    });
    return {
      year: y,
      targets: await this.targets.figuresFor(y, this.regions.cityOf(root)),
      accreditedBases: sum(bases),
      completions: sum(completions),
      domesticServiceCompletions: sum(domestic),
      onlineLearning: sum(online),
      byRegion,
      attendanceByCourse: await this.attendanceRates(y, codes, now),
      coursesToday: await this.today(codes, now),
    };
  }

  /** The year's latest courses that have held a session, with the share of expected marks attended. */
  private async attendanceRates(year: number, codes: string[], now: Date): Promise<CourseAttendanceRate[]> {
    const courses = await this.courses
      .createQueryBuilder('c')
      .where('c.year = :year AND c.region_code IN (:...codes)', { year, codes: codes.length ? codes : ['-'] })
      .andWhere('EXISTS (SELECT 1 FROM training_session s WHERE s.course_id = c.id AND s.starts_at <= :now)', { now })
      .orderBy('c.starts_on', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(RECENT_COURSES)
      .getMany();
    if (!courses.length) return [];
    const ids = courses.map((c) => c.id);
    const [sessions, enrolled, marks] = await Promise.all([
      this.sessions.findBy({ courseId: In(ids), startsAt: LessThanOrEqual(now) }),
      this.enrolments.findBy({ courseId: In(ids), status: EnrolmentStatus.ENROLLED }),
      this.attendance.findBy({ courseId: In(ids) }),
    ]);
    return courses.map((c) => {
      const held = sessions.filter((s) => s.courseId === c.id);
      const people = enrolled.filter((e) => e.courseId === c.id);
      let expected = 0;
      let attended = 0;
      for (const s of held) {
        for (const e of people) {
          const mark = marks.find((a) => a.sessionId === s.id && a.workerId === e.workerId) ?? null;
          if (!countsFor(s, e, mark)) continue;
          expected += 1;
          if (mark && ATTENDED_STATUSES.includes(mark.status)) attended += 1;
        }
      }
      return {
        courseId: c.id,
        title: c.title,
        sessionsHeld: held.length,
        expected,
        attended,
        ratePercent: expected ? Math.floor((attended * 100) / expected) : null,
      };
    });
  }

  private async today(codes: string[], now: Date) {
    const day = shanghaiDate(now);
    const from = new Date(`${day}T00:00:00+08:00`);
    const to = new Date(from.getTime() + 86_400_000);
    const rows = await this.sessions
      .createQueryBuilder('s')
      .innerJoin(TrainingCourse, 'c', 'c.id = s.course_id')
      .where('s.starts_at >= :from AND s.starts_at < :to', { from, to })
      .andWhere('c.region_code IN (:...codes)', { codes: codes.length ? codes : ['-'] })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
    const courses = await this.courses.findBy({ id: In([0, ...new Set(rows.map((r) => r.courseId))]) });
    return rows.map((s) => {
      const c = courses.find((x) => x.id === s.courseId)!;
      return {
        courseId: c.id,
        title: c.title,
        venue: c.venue,
        sessionId: s.id,
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        status: s.status,
        enrolled: c.enrolled,
      };
    });
  }
}
