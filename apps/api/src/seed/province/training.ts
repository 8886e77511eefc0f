import {
  AttendanceMethod,
  AttendanceStatus,
  EnrolmentSource,
  EnrolmentStatus,
  OnlineLearningChannel,
  TRAINING_DEFAULTS,
  TrainingCourseType,
  TrainingSessionStatus,
} from '@steadywork/shared';
import { shanghaiDate } from '../../common/dates';
import { meetsThreshold } from '../../training/completions.service';
import { newSessionSecret } from '../../training/attendance-token';
import {
  OnlineLearningRecord,
  TrainingAttendance,
  TrainingCompletion,
  TrainingCourse,
  TrainingCourseTrainer,
  TrainingEnrolment,
  TrainingSession,
} from '../../training/training.entities';
import { claimAccounts, claimedWorkers } from './accounts';
import { DAY, insertBatched, ProvinceContext } from './context';
import { ProvinceWorker } from './workers';

const MINUTE = 60_000;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

interface CoursePlan {
  title: string;
  type: TrainingCourseType;
  domesticService: boolean;
  regionCode: string;
  venue: string;
  latitude: number;
  longitude: number;
  capacity: number;
  /** Days from today of each session (a morning class, 09:00–12:00). */
  days: number[];
  enrol: number;
  description: string;
}

/** Past (completed), running and coming courses of the demo trainer around the province. */
const PLANS: CoursePlan[] = [
  {
    title: '家政服务员（母婴护理方向）技能培训',
    type: TrainingCourseType.SKILLS,
    domesticService: true,
    regionCode: '630102',
    venue: '西宁市城东区困难职工帮扶中心培训教室',
    latitude: 36.6197,
    longitude: 101.7989,
    capacity: 30,
    days: [-60, -59, -58, -57, -56],
    enrol: 24,
    description: '五天实训：产妇护理、新生儿护理、月子餐制作。结业颁发培训合格证。',
  },
  {
    title: '转岗职工电工技能培训',
    type: TrainingCourseType.JOB_TRANSFER,
    domesticService: false,
    regionCode: '630202',
    venue: '海东市乐都区困难职工帮扶中心',
    latitude: 36.4822,
    longitude: 102.4017,
    capacity: 25,
    days: [-25, -24, -23, -22],
    enrol: 18,
    description: '低压电工基础、安全用电、线路安装与检修，为考取特种作业操作证做准备。',
  },
  {
    title: '中式面点师培训（牛肉面、馍馍）',
    type: TrainingCourseType.SKILLS,
    domesticService: false,
    regionCode: '630105',
    venue: '西宁市城北区职工技能实训基地',
    latitude: 36.6661,
    longitude: 101.7566,
    capacity: 25,
    days: [-2, -1, 1, 2],
    enrol: 20,
    description: '拉面、馍馍、花卷、油饼等青海面食制作，结合小吃店经营。',
  },
  {
    title: '创业培训（SYB）格尔木班',
    type: TrainingCourseType.STARTUP,
    domesticService: false,
    regionCode: '632801',
    venue: '格尔木市困难职工帮扶中心',
    latitude: 36.4064,
    longitude: 94.9033,
    capacity: 30,
    days: [10, 11, 12, 13, 14],
    enrol: 12,
    description: '创业意识、市场评估、企业计划书编制，结业可申请创业担保贷款。',
  },
  {
    title: '养老护理员技能培训',
    type: TrainingCourseType.SKILLS,
    domesticService: true,
    regionCode: '630102',
    venue: '西宁市城东区困难职工帮扶中心培训教室',
    latitude: 36.6197,
    longitude: 101.7989,
    capacity: 30,
    days: [20, 21, 22, 23, 24],
    enrol: 6,
    description: '老年人生活照料、基础护理、康复服务与心理支持。',
  },
];

const ONLINE_ITEMS: [string, string][] = [
  ['qhzgh-2026-01', '劳动合同法要点解读'],
  ['qhzgh-2026-02', '安全生产常识'],
  ['qhzgh-2026-03', '家政服务职业道德'],
  ['qhzgh-2026-04', '电商直播入门'],
  ['qhzgh-2026-05', '创业者财务基础'],
  ['qhzgh-2026-06', '求职简历与面试技巧'],
  ['qhzgh-2026-07', '养老护理基础'],
  ['qhzgh-2026-08', '职工心理健康'],
];

/** The trainer's courses: two completed, one under way, two to come; and online learning. */
export async function generateTraining(ctx: ProvinceContext, workers: ProvinceWorker[]): Promise<number> {
  const { m, rng, now } = ctx;
  const trainer = ctx.actor('trainer');
  const admin = ctx.actor('training_admin');
  const codes = new Set<string>();
  let courses = 0;
  for (const plan of PLANS) {
    // those who signed in since (an applicant this year) did not enrol in the mini-program before
    const claimed = await claimedWorkers(ctx);
    const sessions = plan.days.map((d) => {
      const date = shanghaiDate(new Date(now.getTime() + d * DAY));
      return { startsAt: new Date(`${date}T09:00:00+08:00`), endsAt: new Date(`${date}T12:00:00+08:00`) };
    });
    const over = sessions.filter((s) => s.endsAt < now);
    const done = over.length === sessions.length;
    const createdAt = new Date(sessions[0].startsAt.getTime() - 20 * DAY);
    // trainees from the course's city, registered before it was announced
    const pool = workers.filter(
      (w) => w.cityCode === plan.regionCode.slice(0, 4) + '00' && w.createdAt < createdAt && !claimed.has(w.id),
    );
    const trainees = rng.sample(pool, plan.enrol);
    const enrolledAt = new Map(trainees.map((w) => [w.id, new Date(createdAt.getTime() + rng.int(1, 15) * DAY)]));
    await claimAccounts(
      ctx,
      trainees.map((w) => ({
        workerId: w.id,
        at: new Date(enrolledAt.get(w.id)!.getTime() - rng.int(5, 600) * MINUTE),
      })),
    );
    const completedAt = done ? new Date(sessions[sessions.length - 1].endsAt.getTime() + DAY) : null;
    const course = await m.getRepository(TrainingCourse).save({
      title: plan.title,
      type: plan.type,
      domesticService: plan.domesticService,
      organiser: '青海省工会干部学校',
      baseId: null,
      regionCode: plan.regionCode,
      venue: plan.venue,
      latitude: plan.latitude,
      longitude: plan.longitude,
      capacity: plan.capacity,
      enrolled: trainees.length,
      waitlisted: 0,
      targetGroups: ['困难职工', '失业人员', '农民工'],
      completionThreshold: TRAINING_DEFAULTS.completionThreshold,
      checkInRadiusMeters: null,
      lateAfterMinutes: TRAINING_DEFAULTS.lateAfterMinutes,
      startsOn: shanghaiDate(sessions[0].startsAt),
      endsOn: shanghaiDate(sessions[sessions.length - 1].startsAt),
      year: Number(shanghaiDate(sessions[0].startsAt).slice(0, 4)),
      description: plan.description,
      completedAt: completedAt && completedAt < now ? completedAt : null,
      createdBy: admin.id,
      createdAt,
      updatedAt: completedAt && completedAt < now ? completedAt : createdAt,
    });
    courses++;
    await m.getRepository(TrainingCourseTrainer).insert({ courseId: course.id, staffId: trainer.id });
    await insertBatched(
      m,
      TrainingSession,
      sessions.map((s, i) => {
        const closed = s.endsAt < now;
        return {
          courseId: course.id,
          seq: i + 1,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          status: closed ? TrainingSessionStatus.CLOSED : TrainingSessionStatus.SCHEDULED,
          secret: newSessionSecret(),
          openedAt: closed ? new Date(s.startsAt.getTime() - 10 * MINUTE) : null,
          openedBy: closed ? trainer.id : null,
          closedAt: closed ? s.endsAt : null,
          closedBy: closed ? trainer.id : null,
          createdAt,
          updatedAt: closed ? s.endsAt : createdAt,
        };
      }),
    );
    const sessionRows = await m
      .getRepository(TrainingSession)
      .find({ where: { courseId: course.id }, order: { seq: 'ASC' } });
    await insertBatched(
      m,
      TrainingEnrolment,
      trainees.map((w) => {
        const self = rng.chance(0.6);
        return {
          courseId: course.id,
          workerId: w.id,
          regionCode: w.regionCode,
          status: EnrolmentStatus.ENROLLED,
          source: self ? EnrolmentSource.SELF : EnrolmentSource.STAFF,
          activeKey: `${course.id}:${w.id}`,
          enrolledAt: enrolledAt.get(w.id)!,
          withdrawnAt: null,
          createdBy: self ? null : ctx.actorFor(w.regionCode).id,
          createdAt: enrolledAt.get(w.id)!,
          updatedAt: enrolledAt.get(w.id)!,
        };
      }),
    );
    const enrolments = await m.getRepository(TrainingEnrolment).find({ where: { courseId: course.id } });
    // check-ins by QR code at the classes held; the absent have no mark
    const attendance: Partial<TrainingAttendance>[] = [];
    const attendedBy = new Map<number, number>();
    const reliable = new Map(trainees.map((w) => [w.id, rng.chance(0.85)]));
    for (const s of sessionRows.filter((x) => x.status === TrainingSessionStatus.CLOSED)) {
      for (const e of enrolments) {
        if (!rng.chance(reliable.get(e.workerId) ? 0.95 : 0.55)) continue;
        const late = rng.chance(0.08);
        const at = new Date(
          s.startsAt.getTime() +
            (late ? rng.int(TRAINING_DEFAULTS.lateAfterMinutes + 1, 45) : rng.int(-15, 8)) * MINUTE,
        );
        attendance.push({
          sessionId: s.id,
          courseId: course.id,
          workerId: e.workerId,
          enrolmentId: e.id,
          status: late ? AttendanceStatus.LATE : AttendanceStatus.PRESENT,
          method: AttendanceMethod.QR,
          markedAt: at,
          checkedInAt: at,
          distanceMeters: rng.int(3, 120),
          markedBy: null,
          markedByName: null,
          correction: false,
          createdAt: at,
          updatedAt: at,
        });
        attendedBy.set(e.workerId, (attendedBy.get(e.workerId) ?? 0) + 1);
      }
    }
    await insertBatched(m, TrainingAttendance, attendance, 300);
    if (course.completedAt) {
      const held = sessionRows.length;
      await insertBatched(
        m,
        TrainingCompletion,
        enrolments
          .filter((e) => meetsThreshold(attendedBy.get(e.workerId) ?? 0, held, course.completionThreshold))
          .map((e) => {
            let code: string;
            do code = Array.from({ length: 10 }, () => rng.pick(CODE_ALPHABET.split(''))).join('');
            while (codes.has(code));
            codes.add(code);
            return {
              courseId: course.id,
              workerId: e.workerId,
              enrolmentId: e.id,
              regionCode: e.regionCode,
              year: course.year,
              courseType: course.type,
              domesticService: course.domesticService,
              attended: attendedBy.get(e.workerId) ?? 0,
              held,
              verificationCode: code,
              completedAt: course.completedAt!,
              createdBy: trainer.id,
            };
          }),
      );
    }
  }

  // online learning imported from the province's e-learning platform this year
  const today = shanghaiDate(now);
  const yearStart = new Date(`${today.slice(0, 4)}-01-01T00:00:00+08:00`);
  const learners = rng.sample(workers, 250);
  const records: Partial<OnlineLearningRecord>[] = [];
  for (const w of learners) {
    for (const [key, title] of rng.sample(ONLINE_ITEMS, rng.int(1, 3))) {
      const from = w.createdAt > yearStart ? w.createdAt : yearStart;
      if (from >= now) continue;
      const studied = new Date(from.getTime() + Math.floor(rng.next() * (now.getTime() - from.getTime())));
      records.push({
        workerId: w.id,
        regionCode: w.regionCode,
        itemKey: key,
        itemTitle: title,
        durationMinutes: rng.int(20, 90),
        studiedOn: shanghaiDate(studied),
        year: Number(today.slice(0, 4)),
        source: '青海职工网上学校',
        channel: OnlineLearningChannel.IMPORT,
        createdBy: admin.id,
        createdAt: now,
      });
    }
  }
  await insertBatched(m, OnlineLearningRecord, records, 300);
  return courses;
}
