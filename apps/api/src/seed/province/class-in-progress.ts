import {
  EnrolmentSource,
  EnrolmentStatus,
  TRAINING_DEFAULTS,
  TrainingCourseType,
  TrainingSessionStatus,
} from '@steadywork/shared';
import { EntityManager, IsNull } from 'typeorm';
import { shanghaiDate } from '../../common/dates';
import { newSessionSecret } from '../../training/attendance-token';
import {
  TrainingCourse,
  TrainingCourseTrainer,
  TrainingEnrolment,
  TrainingSession,
} from '../../training/training.entities';
import { Worker } from '../../workers/worker.entity';
import { Actor, insertBatched } from './context';

const MINUTE = 60_000;
/** The class starts this long before the demo starts (rounded down to ten minutes) and lasts three hours. */
const STARTED_MINUTES_AGO = 30;
const LENGTH_MINUTES = 180;
const CHENGDONG = '630102';
/** A class already in progress will do if it goes on this long after the start. */
const KEEP_MINUTES = 120;

/**
 * Keeps a class of the demo trainer in progress at the moment the demo starts, so check-in can be
 * tried at any hour: when none of the trainer's sessions has begun and goes on for two more hours
 * (the morning class of the small demo seed, at 11:50, would not do), a one-session course
 * is added in 城东区 from a little before now to three hours after (past midnight, the course runs
 * over two dates), with 城东区 workers enrolled and places left for new ones.
 *
 * @returns the session added, or null when one was already in progress.
 */
export async function ensureClassInProgress(
  m: EntityManager,
  now: Date,
  trainer: Actor,
  enrolledBy: Actor,
): Promise<TrainingSession | null> {
  const openable = await m
    .getRepository(TrainingSession)
    .createQueryBuilder('s')
    .innerJoin(TrainingCourseTrainer, 't', 't.course_id = s.course_id AND t.staff_id = :trainer', {
      trainer: trainer.id,
    })
    .innerJoin(TrainingCourse, 'c', 'c.id = s.course_id AND c.completed_at IS NULL')
    .where('s.status <> :closed', { closed: TrainingSessionStatus.CLOSED })
    .andWhere('s.starts_at <= :now AND s.ends_at >= :later', {
      now,
      later: new Date(now.getTime() + KEEP_MINUTES * MINUTE),
    })
    .getCount();
  if (openable) return null;

  const startsAt = new Date(Math.floor((now.getTime() - STARTED_MINUTES_AGO * MINUTE) / (10 * MINUTE)) * 10 * MINUTE);
  const endsAt = new Date(startsAt.getTime() + LENGTH_MINUTES * MINUTE);
  const createdAt = new Date(now.getTime() - 3 * 86_400_000);
  const startsOn = shanghaiDate(startsAt);
  const course = await m.getRepository(TrainingCourse).save({
    title: '养老护理员技能体验课（随到随学）',
    type: TrainingCourseType.SKILLS,
    domesticService: true,
    organiser: '青海省工会干部学校',
    baseId: null,
    regionCode: CHENGDONG,
    venue: '西宁市城东区困难职工帮扶中心培训教室',
    latitude: 36.6197,
    longitude: 101.7989,
    capacity: 40,
    enrolled: 0,
    waitlisted: 0,
    targetGroups: ['困难职工', '失业人员', '农民工'],
    completionThreshold: TRAINING_DEFAULTS.completionThreshold,
    checkInRadiusMeters: null,
    lateAfterMinutes: TRAINING_DEFAULTS.lateAfterMinutes,
    startsOn,
    endsOn: shanghaiDate(endsAt),
    year: Number(startsOn.slice(0, 4)),
    description: '一次课的体验班：老年人生活照料、安全移动与转运、常见慢病护理要点。可在小程序报名后扫码签到。',
    completedAt: null,
    createdBy: enrolledBy.id,
    createdAt,
    updatedAt: createdAt,
  });
  await m.getRepository(TrainingCourseTrainer).insert({ courseId: course.id, staffId: trainer.id });
  const session = await m.getRepository(TrainingSession).save({
    courseId: course.id,
    seq: 1,
    startsAt,
    endsAt,
    status: TrainingSessionStatus.SCHEDULED,
    secret: newSessionSecret(),
    openedAt: null,
    openedBy: null,
    closedAt: null,
    closedBy: null,
    createdAt,
    updatedAt: createdAt,
  });
  // up to 20 registered 城东区 workers, enrolled by the center when the course was announced
  const workers = await m.getRepository(Worker).find({
    select: { id: true, regionCode: true, createdAt: true },
    where: { regionCode: CHENGDONG, accountId: IsNull() },
    order: { id: 'ASC' },
    take: 20,
  });
  const enrolled = workers.filter((w) => w.createdAt.getTime() < createdAt.getTime());
  await insertBatched(
    m,
    TrainingEnrolment,
    enrolled.map((w) => ({
      courseId: course.id,
      workerId: w.id,
      regionCode: w.regionCode,
      status: EnrolmentStatus.ENROLLED,
      source: EnrolmentSource.STAFF,
      activeKey: `${course.id}:${w.id}`,
      enrolledAt: createdAt,
      withdrawnAt: null,
      createdBy: enrolledBy.id,
      createdAt,
      updatedAt: createdAt,
    })),
  );
  await m.getRepository(TrainingCourse).update({ id: course.id }, { enrolled: enrolled.length });
  return session;
}
