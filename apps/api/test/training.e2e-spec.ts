import {
  AttendanceMethod,
  AttendanceStatus,
  EnrolmentSource,
  EnrolmentStatus,
  ErrorCode,
  Role,
  RosterMarkOutcome,
  TrainingBaseKind,
  TrainingBaseStatus,
  TrainingCoursePhase,
  TrainingCourseType,
  TrainingSessionStatus,
  type TrainingCourseRequest,
  type TrainingCourseResponse,
  type TrainingEnrolmentResponse,
} from '@steadywork/shared';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { hardshipWorker, PNG, workingAgeId, type HardshipWorker } from './factories/aid.factory';
import { createStaff } from './factories/staff.factory';
import { workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';
import { shanghaiParts, testNow } from '../../../testing/clock';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 西宁市城东区 */
const XINING = { lat: 36.6225, lng: 101.7801 };

const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10);

/** Sessions at the given offsets from now (each an hour and a half long), the course dates around them. */
function courseBody(
  t: TestApp,
  overrides: Partial<TrainingCourseRequest> = {},
  offsets = [DAY],
): TrainingCourseRequest {
  const now = t.clock.now().getTime();
  const sessions = offsets.map((o) => ({
    startsAt: new Date(now + o).toISOString(),
    endsAt: new Date(now + o + 90 * MINUTE).toISOString(),
  }));
  return {
    title: '家政服务员（育婴方向）技能培训',
    type: TrainingCourseType.SKILLS,
    domesticService: true,
    organiser: '青海省工会干部学校',
    regionCode: '630102',
    venue: '西宁市城东区八一路 12 号职工培训教室',
    latitude: XINING.lat,
    longitude: XINING.lng,
    capacity: 30,
    targetGroups: ['困难职工', '下岗失业人员'],
    startsOn: shanghaiDay(new Date(Math.min(...sessions.map((s) => Date.parse(s.startsAt))))),
    endsOn: shanghaiDay(new Date(Math.max(...sessions.map((s) => Date.parse(s.endsAt))))),
    sessions,
    ...overrides,
  };
}

async function staffId(t: TestApp, username: string): Promise<number> {
  const me = await t
    .http()
    .get('/api/v1/auth/me')
    .set('Authorization', await t.bearer(username));
  return me.body.id as number;
}

async function createCourse(
  t: TestApp,
  overrides: Partial<TrainingCourseRequest> = {},
  offsets?: number[],
): Promise<TrainingCourseResponse> {
  const res = await t
    .http()
    .post('/api/v1/training/courses')
    .set('Authorization', await t.bearer('training_admin'))
    .send(courseBody(t, overrides, offsets));
  if (res.status !== 201) throw new Error(`create course: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as TrainingCourseResponse;
}

/** Registered workers (no archive needed for training), created a few at a time. */
async function workers(t: TestApp, n: number): Promise<HardshipWorker[]> {
  const out: HardshipWorker[] = [];
  while (out.length < n) {
    const batch = Math.min(10, n - out.length);
    out.push(...(await Promise.all(Array.from({ length: batch }, () => hardshipWorker(t, { archive: false })))));
  }
  return out;
}

function enrol(t: TestApp, courseId: number, auth: string, body: Record<string, unknown> = {}) {
  return t.http().post(`/api/v1/training/courses/${courseId}/enrolments`).set('Authorization', auth).send(body);
}

describe('151 training: courses, sessions and enrolment', () => {
  let t: TestApp;
  let trainerId: number;
  beforeAll(async () => {
    t = await startTestApp();
    trainerId = await staffId(t, 'trainer');
  });
  afterAll(() => t.close());

  describe('courses', () => {
    it('the demo data has a domestic-service course taught by the demo trainer, five classes from today, open to workers', async () => {
      const mine = await t
        .http()
        .get('/api/v1/training/courses?pageSize=100')
        .set('Authorization', await t.bearer('trainer'));
      const demo = mine.body.items.find((c: { title: string }) => c.title === '家政服务员（育婴员方向）技能培训');
      expect(demo).toMatchObject({ domesticService: true, capacity: 30, regionCode: '630102' });
      const full = await t
        .http()
        .get(`/api/v1/training/courses/${demo.id}`)
        .set('Authorization', await t.bearer('trainer'));
      expect(full.body.sessions).toHaveLength(5);
      const today = new Date(t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
      expect(new Date(Date.parse(full.body.sessions[0].startsAt) + 8 * 3600_000).toISOString().slice(0, 16)).toBe(
        `${today}T09:00`,
      );
    });

    it('the training admin creates a course with its sessions and the defaults; the trainer sees the courses they teach', async () => {
      const course = await createCourse(t, { trainerIds: [trainerId] }, [DAY, 2 * DAY, 3 * DAY]);
      expect(course).toMatchObject({
        type: TrainingCourseType.SKILLS,
        domesticService: true,
        capacity: 30,
        enrolled: 0,
        waitlisted: 0,
        completionThreshold: 80,
        lateAfterMinutes: 10,
        checkInRadiusMeters: null,
        phase: TrainingCoursePhase.UPCOMING,
        regionName: '青海省 / 西宁市 / 城东区',
        trainers: [{ id: trainerId, name: '培训教师' }],
        targetGroups: ['困难职工', '下岗失业人员'],
      });
      expect(course.sessions.map((s) => [s.seq, s.status])).toEqual([
        [1, TrainingSessionStatus.SCHEDULED],
        [2, TrainingSessionStatus.SCHEDULED],
        [3, TrainingSessionStatus.SCHEDULED],
      ]);
      expect(JSON.stringify(course)).not.toContain('secret');
      const other = await createCourse(t, { title: '电工转岗培训', type: TrainingCourseType.JOB_TRANSFER });
      const mine = await t
        .http()
        .get('/api/v1/training/courses?pageSize=100')
        .set('Authorization', await t.bearer('trainer'));
      expect(mine.status).toBe(200);
      const ids = (mine.body.items as TrainingCourseResponse[]).map((c) => c.id);
      expect(ids).toContain(course.id);
      expect(ids).not.toContain(other.id);
      const notTheirs = await t
        .http()
        .get(`/api/v1/training/courses/${other.id}`)
        .set('Authorization', await t.bearer('trainer'));
      expect(notTheirs.status).toBe(404);
      const audit = await t
        .http()
        .get(`/api/v1/audit-logs?action=training_course.create&targetId=${course.id}`)
        .set('Authorization', await t.bearer('auditor'));
      expect(audit.body.items[0]).toMatchObject({ actorName: 'training_admin', targetType: 'training_course' });
    });

    it('names every bad field in Chinese, and only the training admin writes courses', async () => {
      const admin = await t.bearer('training_admin');
      const body = courseBody(t, {}, [DAY, 2 * DAY]);
      const bad = await t
        .http()
        .post('/api/v1/training/courses')
        .set('Authorization', admin)
        .send({ ...body, title: '', type: 'COOKING', capacity: 0 });
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual(
        expect.arrayContaining([
          { field: 'title', message: '请填写课程名称' },
          { field: 'type', message: '培训类型应为技能、转岗或创业' },
          { field: 'capacity', message: '名额至少为 1' },
        ]),
      );
      const reviewerId = await staffId(t, 'province_reviewer');
      const rules = await t
        .http()
        .post('/api/v1/training/courses')
        .set('Authorization', admin)
        .send({
          ...body,
          regionCode: '999999',
          endsOn: '2020-01-01',
          trainerIds: [reviewerId],
          sessions: [body.sessions[0], { startsAt: body.sessions[1].endsAt, endsAt: body.sessions[1].startsAt }],
        });
      expect(rules.status).toBe(400);
      expect(rules.body.details).toEqual(
        expect.arrayContaining([
          { field: 'regionCode', message: '所在地区不存在' },
          { field: 'endsOn', message: '结课日期不能早于开课日期' },
          { field: 'sessions[1].endsAt', message: '下课时间应晚于上课时间' },
          { field: 'trainerIds[0]', message: '不是在用的培训教师账号' },
        ]),
      );
      const overlap = await t
        .http()
        .post('/api/v1/training/courses')
        .set('Authorization', admin)
        .send({ ...body, sessions: [body.sessions[0], body.sessions[0]] });
      expect(overlap.body.details).toEqual([{ field: 'sessions[1].startsAt', message: '与另一次课的时间重叠' }]);
      const other = await t
        .http()
        .post('/api/v1/training/courses')
        .set('Authorization', await t.bearer('program_admin'))
        .send(body);
      expect(other.status).toBe(403);
    });

    it('a county’s training admin works within the county: other regions’ courses do not exist for them', async () => {
      const county = await createStaff(t, { regionCode: '630102', roles: [Role.TRAINING_ADMIN] });
      const login = await t.login(county.username, county.password);
      const auth = `Bearer ${login.accessToken}`;
      const haidong = await createCourse(t, { regionCode: '630202', title: '乐都区农民工电焊技能培训' });
      const outside = await t
        .http()
        .post('/api/v1/training/courses')
        .set('Authorization', auth)
        .send(courseBody(t, { regionCode: '630202' }));
      expect(outside.status).toBe(400);
      expect(outside.body.details).toEqual([{ field: 'regionCode', message: '只能开设本级及下级地区的课程' }]);
      expect((await t.http().get(`/api/v1/training/courses/${haidong.id}`).set('Authorization', auth)).status).toBe(
        404,
      );
      const put = await t
        .http()
        .put(`/api/v1/training/courses/${haidong.id}`)
        .set('Authorization', auth)
        .send(courseBody(t, { regionCode: '630102' }));
      expect(put.status).toBe(404);
      const list = await t.http().get('/api/v1/training/courses?pageSize=100').set('Authorization', auth);
      expect((list.body.items as TrainingCourseResponse[]).every((c) => c.regionCode === '630102')).toBe(true);
    });

    it('workers see open courses nearest first; an ended course is not listed and takes no enrolment', async () => {
      const near = await createCourse(t, { title: '城东区面点师培训' });
      const far = await createCourse(t, {
        title: '格尔木市电工培训',
        regionCode: '632801',
        latitude: 36.4167,
        longitude: 94.9036,
      });
      const ended = await createCourse(t, { title: '上月的保洁员培训' }, [-30 * DAY]);
      const w = await hardshipWorker(t, { archive: false });
      const res = await t
        .http()
        .get(`/api/v1/training/courses/open?lat=${XINING.lat}&lng=${XINING.lng}&pageSize=100`)
        .set('Authorization', w.auth);
      expect(res.status).toBe(200);
      const items = res.body.items as TrainingCourseResponse[];
      const distances = items.map((c) => c.distanceMeters!);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(items.findIndex((c) => c.id === near.id)).toBeLessThan(items.findIndex((c) => c.id === far.id));
      expect(items.find((c) => c.id === far.id)!.distanceMeters).toBeGreaterThan(580_000);
      expect(items.some((c) => c.id === ended.id)).toBe(false);
      const late = await enrol(t, ended.id, w.auth);
      expect(late.status).toBe(409);
      expect(late.body.message).toBe('课程已结束，不能报名');
      const domestic = await t
        .http()
        .get('/api/v1/training/courses/open?domesticService=true&type=SKILLS&pageSize=100')
        .set('Authorization', w.auth);
      expect((domestic.body.items as TrainingCourseResponse[]).every((c) => c.domesticService)).toBe(true);
      const badLat = await t.http().get('/api/v1/training/courses/open?lat=200&lng=1').set('Authorization', w.auth);
      expect(badLat.status).toBe(400);
      expect(badLat.body.details[0].field).toBe('lat');
    });
  });

  describe('enrolment', () => {
    it('30 places and 50 workers enrolling at the same instant: exactly 30 enrolled, 20 waiting in line; a withdrawal moves the first in line up', async () => {
      const course = await createCourse(t, { capacity: 30 });
      const people = await workers(t, 50);
      const results = await Promise.all(people.map((w) => enrol(t, course.id, w.auth)));
      expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
      const rows = results.map((r) => r.body as TrainingEnrolmentResponse);
      const enrolled = rows.filter((r) => r.status === EnrolmentStatus.ENROLLED);
      const waiting = rows.filter((r) => r.status === EnrolmentStatus.WAITLISTED);
      expect(enrolled).toHaveLength(30);
      expect(waiting).toHaveLength(20);
      expect(rows.every((r) => r.source === EnrolmentSource.SELF)).toBe(true);
      const admin = await t.bearer('training_admin');
      const after = await t.http().get(`/api/v1/training/courses/${course.id}`).set('Authorization', admin);
      expect(after.body).toMatchObject({ enrolled: 30, waitlisted: 20 });
      const list = await t.http().get(`/api/v1/training/courses/${course.id}/enrolments`).set('Authorization', admin);
      const line = (list.body as TrainingEnrolmentResponse[]).filter((e) => e.status === EnrolmentStatus.WAITLISTED);
      expect(line.map((e) => e.waitlistPosition)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      const first = line[0];
      const leaving = enrolled[7];
      const owner = people[rows.indexOf(leaving)];
      const out = await t
        .http()
        .post(`/api/v1/training/enrolments/${leaving.id}/withdraw`)
        .set('Authorization', owner.auth);
      expect(out.status).toBe(200);
      expect(out.body).toMatchObject({ status: EnrolmentStatus.WITHDRAWN, waitlistPosition: null });
      const firstWorker = people[rows.findIndex((r) => r.id === first.id)];
      const mine = await t.http().get('/api/v1/me/training/enrolments').set('Authorization', firstWorker.auth);
      expect(mine.body[0]).toMatchObject({ id: first.id, status: EnrolmentStatus.ENROLLED, waitlistPosition: null });
      expect(mine.body[0].enrolledAt).not.toBeNull();
      const second = line[1];
      const secondWorker = people[rows.findIndex((r) => r.id === second.id)];
      const seen = await t.http().get(`/api/v1/training/courses/${course.id}`).set('Authorization', secondWorker.auth);
      expect(seen.body.myEnrolment).toEqual({ id: second.id, status: EnrolmentStatus.WAITLISTED, waitlistPosition: 1 });
      const final = await t.http().get(`/api/v1/training/courses/${course.id}`).set('Authorization', admin);
      expect(final.body).toMatchObject({ enrolled: 30, waitlisted: 19 });
      const promoted = await t
        .http()
        .get(`/api/v1/audit-logs?action=training_enrolment.promote&targetId=${first.id}`)
        .set('Authorization', await t.bearer('auditor'));
      expect(promoted.body.total).toBe(1);
    });

    it('one active enrolment per worker and course, even when the same worker taps twice at once', async () => {
      const course = await createCourse(t, { capacity: 5 });
      const w = await hardshipWorker(t, { archive: false });
      const results = await Promise.all([
        enrol(t, course.id, w.auth),
        enrol(t, course.id, w.auth),
        enrol(t, course.id, w.auth),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      expect(results.find((r) => r.status === 409)!.body.message).toBe('你已报名此课程（或在候补名单中）');
      const c = await t
        .http()
        .get(`/api/v1/training/courses/${course.id}`)
        .set('Authorization', await t.bearer('training_admin'));
      expect(c.body.enrolled).toBe(1);
      // after withdrawing, the worker may enrol again
      const id = results.find((r) => r.status === 201)!.body.id;
      await t.http().post(`/api/v1/training/enrolments/${id}/withdraw`).set('Authorization', w.auth).expect(200);
      const again = await enrol(t, course.id, w.auth);
      expect(again.status).toBe(201);
      const twice = await t.http().post(`/api/v1/training/enrolments/${id}/withdraw`).set('Authorization', w.auth);
      expect(twice.status).toBe(409);
      const other = await hardshipWorker(t, { archive: false });
      const notYours = await t
        .http()
        .post(`/api/v1/training/enrolments/${again.body.id}/withdraw`)
        .set('Authorization', other.auth);
      expect(notYours.status).toBe(404);
    });

    it('staff enrol workers in their scope; HR nominate their own employees only; raising the capacity moves the line up', async () => {
      const course = await createCourse(t, { capacity: 1 });
      const a = await hardshipWorker(t, { archive: false });
      const staffRes = await enrol(t, course.id, await t.bearer('chengdong_reviewer'), { workerId: a.workerId });
      expect(staffRes.status).toBe(201);
      expect(staffRes.body).toMatchObject({ status: EnrolmentStatus.ENROLLED, source: EnrolmentSource.STAFF });
      const haidong = await hardshipWorker(t, { archive: false, regionCode: '630202' });
      const outOfScope = await enrol(t, course.id, await t.bearer('chengdong_reviewer'), {
        workerId: haidong.workerId,
      });
      expect(outOfScope.status).toBe(404);
      const missing = await enrol(t, course.id, await t.bearer('training_admin'));
      expect(missing.body.details).toEqual([{ field: 'workerId', message: '请选择要报名的职工' }]);
      const self = await enrol(t, course.id, haidong.auth, { workerId: a.workerId });
      expect(self.body.details).toEqual([{ field: 'workerId', message: '本人报名无需填写职工' }]);

      // an employee of the demo enterprise, registered in the mini-program
      const openid = `hr-${randomUUID().slice(0, 8)}`;
      const auth = await t.workerBearer(openid);
      const reg = await t.register(auth, {
        ...workerProfile({ regionCode: '630104', employer: '青海高原建设有限公司' }),
        consent: true,
      });
      expect(reg.status).toBe(200);
      const hr = await t.bearer('hr_demo');
      const nominated = await enrol(t, course.id, hr, { workerId: reg.body.id });
      expect(nominated.status).toBe(201);
      expect(nominated.body).toMatchObject({
        status: EnrolmentStatus.WAITLISTED,
        waitlistPosition: 1,
        source: EnrolmentSource.NOMINATED,
      });
      // another company's worker answers exactly like a missing one
      const stranger = await enrol(t, course.id, hr, { workerId: haidong.workerId });
      const nobody = await enrol(t, course.id, hr, { workerId: 99_999_999 });
      expect(stranger.status).toBe(404);
      expect(nobody.status).toBe(404);
      expect(stranger.body.message).toBe(nobody.body.message);
      const trainer = await enrol(t, course.id, await t.bearer('trainer'), { workerId: a.workerId });
      expect(trainer.status).toBe(403);

      const admin = await t.bearer('training_admin');
      const body = {
        ...courseBody(t),
        sessions: course.sessions.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt })),
      };
      const shrink = await t
        .http()
        .put(`/api/v1/training/courses/${course.id}`)
        .set('Authorization', admin)
        .send({ ...body, startsOn: course.startsOn, endsOn: course.endsOn, capacity: 0 });
      expect(shrink.status).toBe(400);
      const grow = await t
        .http()
        .put(`/api/v1/training/courses/${course.id}`)
        .set('Authorization', admin)
        .send({ ...body, startsOn: course.startsOn, endsOn: course.endsOn, capacity: 2 });
      expect(grow.status).toBe(200);
      expect(grow.body).toMatchObject({ capacity: 2, enrolled: 2, waitlisted: 0 });
      const list = await t.http().get(`/api/v1/training/courses/${course.id}/enrolments`).set('Authorization', admin);
      expect((list.body as TrainingEnrolmentResponse[]).map((e) => e.status)).toEqual([
        EnrolmentStatus.ENROLLED,
        EnrolmentStatus.ENROLLED,
      ]);
    });
  });
});

describe('151 training: the trainers a course can name, and HR nominations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('the training admin lists the trainer accounts in scope; a county admin sees none from the province’s school', async () => {
    const admin = await t.bearer('training_admin');
    const res = await t.http().get('/api/v1/training/trainers').set('Authorization', admin);
    expect(res.status).toBe(200);
    expect(res.body).toContainEqual({
      id: await staffId(t, 'trainer'),
      name: '培训教师',
      organizationName: expect.any(String),
      regionName: '青海省',
    });
    const found = await t.http().get('/api/v1/training/trainers?keyword=培训').set('Authorization', admin);
    expect((found.body as { name: string }[]).map((x) => x.name)).toEqual(['培训教师']);
    const none = await t.http().get('/api/v1/training/trainers?keyword=无此人').set('Authorization', admin);
    expect(none.body).toEqual([]);
    // a trainer in 城东区, seen by the county's training admin; the province's school's is not
    const local = await createStaff(t, { regionCode: '630102', roles: [Role.TRAINER] });
    const county = await createStaff(t, { regionCode: '630102', roles: [Role.TRAINING_ADMIN] });
    const countyAuth = `Bearer ${(await t.login(county.username, county.password)).accessToken}`;
    const inCounty = await t.http().get('/api/v1/training/trainers').set('Authorization', countyAuth);
    expect((inCounty.body as { id: number }[]).map((x) => x.id)).toEqual([local.id]);
    const byReviewer = await t
      .http()
      .get('/api/v1/training/trainers')
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    expect(byReviewer.status).toBe(403);
  });

  it('HR see their own employees, nominate them, and follow the company’s nominations; other companies see none', async () => {
    const hr = await t.bearer('hr_demo');
    const register = async (employer: string) => {
      const auth = await t.workerBearer(`emp-${randomUUID().slice(0, 8)}`);
      const res = await t.register(auth, { ...workerProfile({ regionCode: '630104', employer }), consent: true });
      expect(res.status).toBe(200);
      return res.body as { id: number; idNumberMasked: string };
    };
    const mine = await register('青海高原建设有限公司');
    const other = await register('西宁某物流有限公司');
    const employees = await t
      .http()
      .get('/api/v1/training/nominations/employees?pageSize=100')
      .set('Authorization', hr);
    expect(employees.status).toBe(200);
    const ids = (employees.body.items as { workerId: number }[]).map((e) => e.workerId);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(other.id);
    const entry = (employees.body.items as { workerId: number; idNumberMasked: string; phoneMasked: string }[]).find(
      (e) => e.workerId === mine.id,
    )!;
    expect(entry.idNumberMasked).toMatch(/\*{8}/);
    expect(entry.phoneMasked).toMatch(/\*{4}/);

    const course = await createCourse(t, { capacity: 5, title: '建筑电工转岗培训' });
    expect((await enrol(t, course.id, hr, { workerId: mine.id })).status).toBe(201);
    const again = await enrol(t, course.id, hr, { workerId: mine.id });
    expect(again.status).toBe(409);
    const list = await t.http().get('/api/v1/training/nominations').set('Authorization', hr);
    expect(list.status).toBe(200);
    const nomination = (list.body.items as { workerId: number }[]).find((n) => n.workerId === mine.id);
    expect(nomination).toMatchObject({
      courseId: course.id,
      courseTitle: '建筑电工转岗培训',
      status: EnrolmentStatus.ENROLLED,
      source: EnrolmentSource.NOMINATED,
      coursePhase: TrainingCoursePhase.UPCOMING,
      nominatedBy: '企业人力资源',
      completionCode: null,
    });
    const sheet = await t
      .http()
      .get('/api/v1/training/nominations/export')
      .set('Authorization', hr)
      .buffer(true)
      .parse(binary);
    const rows = await sheetRows(sheet.body);
    expect(rows[0].slice(0, 3)).toEqual(['姓名', '身份证号', '课程']);
    expect(rows.slice(1).some((r) => r[2] === '建筑电工转岗培训' && r[6] === '已报名')).toBe(true);

    // HR of another organisation: none of these employees, none of these nominations
    const otherHr = await createStaff(t, { regionCode: '630104', roles: [Role.HR] });
    const otherAuth = `Bearer ${(await t.login(otherHr.username, otherHr.password)).accessToken}`;
    const theirs = await t.http().get('/api/v1/training/nominations').set('Authorization', otherAuth);
    expect(theirs.body).toMatchObject({ total: 0, items: [] });
    const theirEmployees = await t.http().get('/api/v1/training/nominations/employees').set('Authorization', otherAuth);
    expect((theirEmployees.body.items as { workerId: number }[]).map((e) => e.workerId)).not.toContain(mine.id);
    const byUnion = await t
      .http()
      .get('/api/v1/training/nominations')
      .set('Authorization', await t.bearer('training_admin'));
    expect(byUnion.status).toBe(403);
  });
});

describe('151 training: QR attendance, roster and completions', () => {
  let t: TestApp;
  let trainerId: number;
  beforeAll(async () => {
    t = await startTestApp();
    trainerId = await staffId(t, 'trainer');
  });
  afterAll(() => t.close());

  async function trainer(): Promise<string> {
    return t.bearer('trainer');
  }

  function checkIn(auth: string, body: Record<string, unknown>) {
    return t.http().post('/api/v1/training/check-ins').set('Authorization', auth).send(body);
  }

  async function openAndQr(sessionId: number): Promise<{ token: string; shortCode: string; expiresAt: string }> {
    const auth = await trainer();
    const opened = await t.http().post(`/api/v1/training/sessions/${sessionId}/open`).set('Authorization', auth);
    if (opened.status !== 200) throw new Error(`open: ${opened.status} ${JSON.stringify(opened.body)}`);
    const qr = await t.http().get(`/api/v1/training/sessions/${sessionId}/qr`).set('Authorization', auth);
    if (qr.status !== 200) throw new Error(`qr: ${qr.status} ${JSON.stringify(qr.body)}`);
    return qr.body;
  }

  describe('QR check-in', () => {
    it('typed codes: ten tries per worker and class in ten minutes (sent at once too), then 429; the QR still works; the limit lifts after ten minutes', async () => {
      const course = await createCourse(t, { capacity: 5, trainerIds: [trainerId] }, [-5 * MINUTE]);
      const session = course.sessions[0];
      const [a, b] = await workers(t, 2);
      for (const w of [a, b]) expect((await enrol(t, course.id, w.auth)).status).toBe(201);
      const qr = await openAndQr(session.id);
      const wrong = qr.shortCode === '000000' ? '111111' : '000000';
      const tries = await Promise.all(
        Array.from({ length: 12 }, () => checkIn(a.auth, { sessionId: session.id, shortCode: wrong })),
      );
      expect(tries.map((r) => r.status).sort()).toEqual([...Array(10).fill(400), 429, 429]);
      const right = await checkIn(a.auth, { sessionId: session.id, shortCode: qr.shortCode });
      expect(right.status).toBe(429);
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
      expect(right.body).toMatchObject({
        error: ErrorCode.TOO_MANY_REQUESTS,
        message: expect.stringMatching(/^签到码尝试次数过多，请 \d+ (分钟|秒)后再试，或扫描二维码签到$/),
      });
      // another worker of the class types on; the QR works for the one held back
      expect((await checkIn(b.auth, { sessionId: session.id, shortCode: qr.shortCode })).status).toBe(201);
      const scanned = await checkIn(a.auth, { token: qr.token });
      expect(scanned.status).toBe(201);
      expect(scanned.body.method).toBe(AttendanceMethod.QR);
      t.clock.advance(10 * MINUTE + 1000);
      const fresh = await openAndQr(session.id);
      expect((await checkIn(a.auth, { sessionId: session.id, shortCode: fresh.shortCode })).status).toBe(200);
    });

    it('the course’s trainer opens check-in; an enrolled worker checks in once; expired, forged, not enrolled and closed are refused', async () => {
      const course = await createCourse(t, { capacity: 3, trainerIds: [trainerId] }, [-5 * MINUTE]);
      const session = course.sessions[0];
      const [a, b, e, d, stranger] = await workers(t, 5);
      for (const w of [a, b, e, d]) expect((await enrol(t, course.id, w.auth)).status).toBe(201);

      const before = await t
        .http()
        .get(`/api/v1/training/sessions/${session.id}/qr`)
        .set('Authorization', await trainer());
      expect(before.status).toBe(409);
      expect(before.body.message).toBe('尚未开启签到，请先开启');
      const otherTrainer = await createStaff(t, { regionCode: '630000', roles: [Role.TRAINER] });
      const otherAuth = `Bearer ${(await t.login(otherTrainer.username, otherTrainer.password)).accessToken}`;
      const notTheirs = await t
        .http()
        .post(`/api/v1/training/sessions/${session.id}/open`)
        .set('Authorization', otherAuth);
      // a trainer not on the course: as if there were no such course
      expect(notTheirs.status).toBe(404);

      const qr = await openAndQr(session.id);
      expect(qr.shortCode).toMatch(/^\d{6}$/);
      expect(Date.parse(qr.expiresAt) - t.clock.now().getTime()).toBeLessThanOrEqual(60_000);
      const again = await t
        .http()
        .post(`/api/v1/training/sessions/${session.id}/open`)
        .set('Authorization', await trainer());
      expect(again.body.status).toBe(TrainingSessionStatus.OPEN);

      const first = await checkIn(a.auth, { token: qr.token });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        sessionId: session.id,
        workerId: a.workerId,
        status: AttendanceStatus.PRESENT,
        method: AttendanceMethod.QR,
        repeated: false,
      });
      const repeat = await checkIn(a.auth, { token: qr.token });
      expect(repeat.status).toBe(200);
      expect(repeat.body).toMatchObject({ id: first.body.id, repeated: true });

      const [sid, window, sig] = qr.token.split('.');
      const forgedSig = `${sid}.${window}.${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
      const forged = await checkIn(b.auth, { token: forgedSig });
      expect(forged.status).toBe(400);
      expect(forged.body.details).toEqual([{ field: 'token', message: '签到二维码无效，请扫描教师出示的二维码' }]);
      const garbage = await checkIn(b.auth, { token: 'hello' });
      expect(garbage.status).toBe(400);
      const nothing = await checkIn(b.auth, {});
      expect(nothing.body.details[0].field).toBe('token');

      t.clock.advance(61_000);
      const expired = await checkIn(b.auth, { token: qr.token });
      expect(expired.status).toBe(400);
      expect(expired.body.details).toEqual([{ field: 'token', message: '签到二维码已过期，请扫描屏幕上最新的二维码' }]);
      const oldCode = await checkIn(b.auth, { sessionId: session.id, shortCode: qr.shortCode });
      expect(oldCode.status).toBe(400);
      expect(oldCode.body.details[0].field).toBe('shortCode');
      const fresh = await openAndQr(session.id);
      const typed = await checkIn(b.auth, { sessionId: session.id, shortCode: fresh.shortCode });
      expect(typed.status).toBe(201);
      expect(typed.body).toMatchObject({ status: AttendanceStatus.PRESENT, method: AttendanceMethod.CODE });

      const notEnrolled = await checkIn(stranger.auth, { token: fresh.token });
      expect(notEnrolled.status).toBe(409);
      expect(notEnrolled.body.message).toBe(`你未报名“${course.title}”，不能签到`);
      const waiting = await checkIn(d.auth, { token: fresh.token });
      expect(waiting.status).toBe(409);
      expect(waiting.body.message).toBe('你在候补名单中，尚未获得名额，不能签到');

      // ten minutes after the start: late
      t.clock.advance(5 * MINUTE);
      const lateQr = await openAndQr(session.id);
      const late = await checkIn(e.auth, { token: lateQr.token });
      expect(late.body.status).toBe(AttendanceStatus.LATE);

      const closed = await t
        .http()
        .post(`/api/v1/training/sessions/${session.id}/close`)
        .set('Authorization', await trainer());
      expect(closed.body.status).toBe(TrainingSessionStatus.CLOSED);
      const afterClose = await checkIn(d.auth, { token: lateQr.token });
      expect(afterClose.status).toBe(409);
      expect(afterClose.body.message).toBe('本次课签到已结束');
      const roster = await t
        .http()
        .get(`/api/v1/training/sessions/${session.id}/roster`)
        .set('Authorization', await trainer());
      expect(roster.body.summary).toEqual({ expected: 3, present: 2, late: 1, absent: 0, excused: 0, unmarked: 0 });
      const audit = await t
        .http()
        .get(`/api/v1/audit-logs?action=training_attendance.check_in&targetId=${first.body.id}`)
        .set('Authorization', await t.bearer('auditor'));
      expect(audit.body.items[0].summary).toMatchObject({ workerId: a.workerId, to: AttendanceStatus.PRESENT });
    });

    it('with a check-in radius, a worker who sends a location far from the venue is refused', async () => {
      const course = await createCourse(t, { trainerIds: [trainerId], checkInRadiusMeters: 300 }, [-MINUTE]);
      const [near, far, silent] = await workers(t, 3);
      for (const w of [near, far, silent]) await enrol(t, course.id, w.auth);
      const qr = await openAndQr(course.sessions[0].id);
      const away = await checkIn(far.auth, { token: qr.token, lat: 36.4167, lng: 94.9036 });
      expect(away.status).toBe(409);
      expect(away.body.message).toMatch(/^你距培训地点约 \d+ 米，超出签到范围（300 米），请到现场签到$/);
      const here = await checkIn(near.auth, { token: qr.token, lat: XINING.lat + 0.001, lng: XINING.lng });
      expect(here.status).toBe(201);
      expect(here.body.distanceMeters).toBeLessThan(300);
      const noLocation = await checkIn(silent.auth, { token: qr.token });
      expect(noLocation.status).toBe(201);
      expect(noLocation.body.distanceMeters).toBeNull();
    });

    it('200 enrolled workers checking in at the same instant (20 of them twice): 200 records, no duplicates', async () => {
      const course = await createCourse(t, { capacity: 200, trainerIds: [trainerId] }, [-MINUTE]);
      const people = await workers(t, 200);
      for (let i = 0; i < people.length; i += 20) {
        const batch = await Promise.all(people.slice(i, i + 20).map((w) => enrol(t, course.id, w.auth)));
        expect(batch.every((r) => r.body.status === EnrolmentStatus.ENROLLED)).toBe(true);
      }
      const qr = await openAndQr(course.sessions[0].id);
      const results = await Promise.all(
        [...people, ...people.slice(0, 20)].map((w) => checkIn(w.auth, { token: qr.token })),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(200);
      expect(results.filter((r) => r.status === 200)).toHaveLength(20);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(200);
      const [{ n, d }] = await t.db.query(
        `SELECT COUNT(*) AS n, COUNT(DISTINCT worker_id) AS d FROM training_attendance WHERE session_id = ?`,
        [course.sessions[0].id],
      );
      expect([Number(n), Number(d)]).toEqual([200, 200]);
      const roster = await t
        .http()
        .get(`/api/v1/training/sessions/${course.sessions[0].id}/roster`)
        .set('Authorization', await trainer());
      expect(roster.body.summary).toMatchObject({ expected: 200, present: 200, unmarked: 0 });
    });
  });

  describe('roster and offline marks', () => {
    function sync(sessionId: number, marks: Record<string, unknown>[], auth?: string) {
      return (async () =>
        t
          .http()
          .post(`/api/v1/training/sessions/${sessionId}/roster/sync`)
          .set('Authorization', auth ?? (await trainer()))
          .send({ marks }))();
    }

    it('an offline batch replayed twice gives the same roster; an earlier mark sent after a later one does not override it', async () => {
      const course = await createCourse(t, { trainerIds: [trainerId] }, [10 * MINUTE]);
      const session = course.sessions[0];
      const [a, b, c] = await workers(t, 3);
      for (const w of [a, b, c]) await enrol(t, course.id, w.auth);
      t.clock.advance(2 * HOUR); // the class took place; the trainer's phone had no signal
      const at = (minutes: number) => new Date(Date.parse(session.startsAt) + minutes * MINUTE).toISOString();
      const batch = [
        { clientId: randomUUID(), workerId: a.workerId, status: AttendanceStatus.PRESENT, markedAt: at(2) },
        { clientId: randomUUID(), workerId: b.workerId, status: AttendanceStatus.LATE, markedAt: at(3) },
        { clientId: randomUUID(), workerId: c.workerId, status: AttendanceStatus.ABSENT, markedAt: at(4) },
      ];
      const first = await sync(session.id, batch);
      expect(first.status).toBe(200);
      expect(first.body.results.map((r: { outcome: string; replayed: boolean }) => [r.outcome, r.replayed])).toEqual([
        [RosterMarkOutcome.APPLIED, false],
        [RosterMarkOutcome.APPLIED, false],
        [RosterMarkOutcome.APPLIED, false],
      ]);
      const replay = await sync(session.id, batch);
      expect(replay.body.results.map((r: { outcome: string; replayed: boolean }) => [r.outcome, r.replayed])).toEqual([
        [RosterMarkOutcome.APPLIED, true],
        [RosterMarkOutcome.APPLIED, true],
        [RosterMarkOutcome.APPLIED, true],
      ]);
      expect(replay.body.roster).toEqual(first.body.roster);
      // and the same batch twice at the same instant
      const [x, y] = await Promise.all([sync(session.id, batch), sync(session.id, batch)]);
      expect(x.body.roster).toEqual(first.body.roster);
      expect(y.body.roster).toEqual(first.body.roster);
      expect(first.body.roster.summary).toEqual({
        expected: 3,
        present: 1,
        late: 1,
        absent: 1,
        excused: 0,
        unmarked: 0,
      });

      // C sent a leave note: the later mark wins; an earlier one arriving afterwards does not
      const later = await sync(session.id, [
        { clientId: randomUUID(), workerId: c.workerId, status: AttendanceStatus.EXCUSED, markedAt: at(30) },
      ]);
      expect(later.body.results[0].outcome).toBe(RosterMarkOutcome.APPLIED);
      const earlier = await sync(session.id, [
        { clientId: randomUUID(), workerId: c.workerId, status: AttendanceStatus.PRESENT, markedAt: at(10) },
      ]);
      expect(earlier.body.results[0]).toMatchObject({ outcome: RosterMarkOutcome.SUPERSEDED, replayed: false });
      const entryC = earlier.body.roster.entries.find((e: { workerId: number }) => e.workerId === c.workerId);
      expect(entryC).toMatchObject({
        status: AttendanceStatus.EXCUSED,
        method: AttendanceMethod.ROSTER,
        markedAt: at(30),
      });

      const stranger = await hardshipWorker(t, { archive: false });
      const unknown = {
        clientId: randomUUID(),
        workerId: stranger.workerId,
        status: AttendanceStatus.PRESENT,
        markedAt: at(5),
      };
      const future = {
        clientId: randomUUID(),
        workerId: a.workerId,
        status: AttendanceStatus.ABSENT,
        markedAt: new Date(t.clock.now().getTime() + HOUR).toISOString(),
      };
      const refused = await sync(session.id, [unknown, future]);
      expect(refused.body.results).toEqual([
        {
          clientId: unknown.clientId,
          workerId: stranger.workerId,
          outcome: RosterMarkOutcome.REJECTED,
          replayed: false,
          message: '该职工未报名此课程（或仍在候补名单中）',
        },
        {
          clientId: future.clientId,
          workerId: a.workerId,
          outcome: RosterMarkOutcome.REJECTED,
          replayed: false,
          message: '标记时间晚于当前时间，请校准设备时间',
        },
      ]);
      const refusedAgain = await sync(session.id, [unknown]);
      expect(refusedAgain.body.results[0]).toMatchObject({ outcome: RosterMarkOutcome.REJECTED, replayed: true });

      const bad = await sync(session.id, [
        { clientId: 'abc', workerId: a.workerId, status: 'HERE', markedAt: 'yesterday' },
      ]);
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([
        { field: 'marks[0].clientId', message: '标记编号应为 UUID' },
        { field: 'marks[0].status', message: '考勤状态应为出勤、迟到、缺勤或请假' },
        { field: 'marks[0].markedAt', message: '标记时间格式不正确' },
      ]);
      const other = await createStaff(t, { regionCode: '630000', roles: [Role.TRAINER] });
      const otherAuth = `Bearer ${(await t.login(other.username, other.password)).accessToken}`;
      expect((await sync(session.id, batch, otherAuth)).status).toBe(404);
      const outside = await t
        .http()
        .get(`/api/v1/training/sessions/${session.id}/roster`)
        .set('Authorization', await t.bearer('haidong_reviewer'));
      expect(outside.status).toBe(404);

      // closed: a mark still counts, recorded as a correction
      await t
        .http()
        .post(`/api/v1/training/sessions/${session.id}/close`)
        .set('Authorization', await trainer())
        .expect(200);
      const correction = await sync(session.id, [
        {
          clientId: randomUUID(),
          workerId: b.workerId,
          status: AttendanceStatus.PRESENT,
          markedAt: t.clock.now().toISOString(),
        },
      ]);
      expect(correction.body.results[0].outcome).toBe(RosterMarkOutcome.APPLIED);
      const audit = await t
        .http()
        .get('/api/v1/audit-logs?action=training_attendance.correction')
        .set('Authorization', await t.bearer('auditor'));
      expect(audit.body.items[0].summary).toMatchObject({
        sessionId: session.id,
        workerId: b.workerId,
        from: AttendanceStatus.LATE,
        to: AttendanceStatus.PRESENT,
      });

      // a worker who enrolled after the class is on the roster but never counted absent for it
      const newcomer = await hardshipWorker(t, { archive: false });
      await enrol(t, course.id, newcomer.auth);
      const roster = await t
        .http()
        .get(`/api/v1/training/sessions/${session.id}/roster`)
        .set('Authorization', await trainer());
      expect(roster.body.entries.find((e: { workerId: number }) => e.workerId === newcomer.workerId)).toMatchObject({
        status: null,
        counted: false,
      });
      expect(roster.body.summary).toEqual({ expected: 3, present: 2, late: 0, absent: 0, excused: 1, unmarked: 0 });
    });

    it('a QR check-in made after the trainer marked a worker absent wins; the trainer’s sessions list shows the class', async () => {
      const course = await createCourse(t, { trainerIds: [trainerId] }, [-MINUTE]);
      const session = course.sessions[0];
      const [w] = await workers(t, 1);
      await enrol(t, course.id, w.auth);
      const absent = await sync(session.id, [
        {
          clientId: randomUUID(),
          workerId: w.workerId,
          status: AttendanceStatus.ABSENT,
          markedAt: t.clock.now().toISOString(),
        },
      ]);
      expect(absent.body.results[0].outcome).toBe(RosterMarkOutcome.APPLIED);
      t.clock.advance(1000);
      const qr = await openAndQr(session.id);
      const res = await checkIn(w.auth, { token: qr.token });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: AttendanceStatus.PRESENT,
        method: AttendanceMethod.QR,
        repeated: false,
      });
      const mine = await t
        .http()
        .get('/api/v1/training/sessions/mine')
        .set('Authorization', await trainer());
      expect(mine.body.find((s: { id: number }) => s.id === session.id)).toMatchObject({
        courseTitle: course.title,
        status: TrainingSessionStatus.OPEN,
        enrolled: 1,
      });
    });
  });

  describe('completions', () => {
    it('exactly 80% completes, below does not; a worker who joined late counts only the classes after; certificates verify', async () => {
      const hour = (n: number) => n * HOUR;
      // five classes: in an hour, then daily
      const course = await createCourse(
        t,
        { trainerIds: [trainerId], title: '育婴员（家政）培训班', completionThreshold: 80 },
        [hour(1), DAY, 2 * DAY, 3 * DAY, 4 * DAY],
      );
      const [p, q, edge] = await workers(t, 3);
      for (const w of [p, q, edge]) await enrol(t, course.id, w.auth);
      const admin = await t.bearer('training_admin');
      const early = await t.http().post(`/api/v1/training/courses/${course.id}/complete`).set('Authorization', admin);
      expect(early.status).toBe(409);
      expect(early.body.message).toBe(`课程尚未结束（结课日期 ${course.endsOn}），结束后才能办理结业`);

      t.clock.advance(DAY + 2 * HOUR); // classes 1 and 2 are over
      const late = await hardshipWorker(t, { archive: false });
      await enrol(t, course.id, late.auth);
      t.clock.advance(4 * DAY); // the course is over
      const mark = (w: HardshipWorker, i: number, status: AttendanceStatus) => ({
        clientId: randomUUID(),
        workerId: w.workerId,
        status,
        markedAt: new Date(Date.parse(course.sessions[i].startsAt) + 5 * MINUTE).toISOString(),
      });
      const P = AttendanceStatus.PRESENT;
      const L = AttendanceStatus.LATE;
      const A = AttendanceStatus.ABSENT;
      const E = AttendanceStatus.EXCUSED;
      const plan: [HardshipWorker, AttendanceStatus[]][] = [
        [p, [P, L, P, P, A]], // 4 of 5: exactly 80%
        [q, [P, P, P, E, A]], // 3 of 5: 60%
        [edge, [P, P, P, A, A]], // 3 of 5
        [late, [A, A, P, P, P]], // joined after class 2: 3 of 3 (the two before do not count)
      ];
      for (const [i, s] of course.sessions.entries()) {
        const res = await t
          .http()
          .post(`/api/v1/training/sessions/${s.id}/roster/sync`)
          .set('Authorization', await trainer())
          .send({ marks: plan.filter(([w]) => w !== late || i >= 2).map(([w, marks]) => mark(w, i, marks[i])) });
        expect(res.status).toBe(200);
      }
      const run = await t.http().post(`/api/v1/training/courses/${course.id}/complete`).set('Authorization', admin);
      expect(run.status).toBe(200);
      const byWorker = (w: HardshipWorker) =>
        run.body.entries.find((e: { workerId: number }) => e.workerId === w.workerId);
      expect(byWorker(p)).toMatchObject({ attended: 4, held: 5, ratePercent: 80, completed: true });
      expect(byWorker(q)).toMatchObject({
        attended: 3,
        held: 5,
        ratePercent: 60,
        completed: false,
        verificationCode: null,
      });
      expect(byWorker(edge)).toMatchObject({ attended: 3, held: 5, completed: false });
      expect(byWorker(late)).toMatchObject({ attended: 3, held: 3, ratePercent: 100, completed: true });
      expect(run.body).toMatchObject({ completed: 2, added: 2, notCompleted: 2, completionThreshold: 80 });

      const again = await t.http().post(`/api/v1/training/courses/${course.id}/complete`).set('Authorization', admin);
      expect(again.body).toMatchObject({ completed: 2, added: 0 });
      expect(byWorker(p).verificationCode).toBe(
        again.body.entries.find((e: { workerId: number }) => e.workerId === p.workerId).verificationCode,
      );

      const mine = await t.http().get('/api/v1/me/training/completions').set('Authorization', p.auth);
      expect(mine.body).toHaveLength(1);
      expect(mine.body[0]).toMatchObject({
        courseId: course.id,
        courseTitle: '育婴员（家政）培训班',
        domesticService: true,
        attended: 4,
        held: 5,
        ratePercent: 80,
      });
      const code = mine.body[0].verificationCode as string;
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
      expect((await t.http().get('/api/v1/me/training/completions').set('Authorization', q.auth)).body).toEqual([]);
      const verified = await t
        .http()
        .get(`/api/v1/training/completions/verify/${code.toLowerCase()}`)
        .set('Authorization', q.auth);
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ valid: true, verificationCode: code, workerNameMasked: '李*' });
      const bogus = await t
        .http()
        .get('/api/v1/training/completions/verify/ZZZZZZZZZZ')
        .set('Authorization', await t.bearer('hr_demo'));
      expect(bogus.status).toBe(404);
      expect(bogus.body.message).toBe('结业证书不存在');

      // the training office's list of completions: in scope, masked, filtered, exported
      const listed = await t
        .http()
        .get(`/api/v1/training/completions?courseId=${course.id}`)
        .set('Authorization', admin);
      expect(listed.status).toBe(200);
      expect(listed.body.total).toBe(2);
      expect((listed.body.items as { workerId: number }[]).map((x) => x.workerId).sort((x, y) => x - y)).toEqual(
        [p.workerId, late.workerId].sort((x, y) => x - y),
      );
      const row = (listed.body.items as { workerId: number }[]).find((x) => x.workerId === p.workerId);
      expect(row).toMatchObject({ verificationCode: code, attended: 4, held: 5, domesticService: true });
      expect((row as unknown as { idNumberMasked: string }).idNumberMasked).toMatch(/\*{8}/);
      const domestic = await t
        .http()
        .get(`/api/v1/training/completions?courseId=${course.id}&domesticService=false`)
        .set('Authorization', admin);
      expect(domestic.body.total).toBe(0);
      const byCounty = await t
        .http()
        .get(`/api/v1/training/completions?courseId=${course.id}`)
        .set('Authorization', await t.bearer('chengdong_reviewer'));
      expect(byCounty.body.total).toBe(2);
      const outside = await t
        .http()
        .get(`/api/v1/training/completions?courseId=${course.id}`)
        .set('Authorization', await t.bearer('haidong_reviewer'));
      expect(outside.status).toBe(200);
      expect(outside.body).toMatchObject({ total: 0, items: [] });
      const byTrainer = await t
        .http()
        .get('/api/v1/training/completions')
        .set('Authorization', await trainer());
      expect(byTrainer.status).toBe(403);
      const sheet = await t
        .http()
        .get(`/api/v1/training/completions/export?courseId=${course.id}`)
        .set('Authorization', admin)
        .buffer(true)
        .parse(binary);
      expect(sheet.status).toBe(200);
      const rows = await sheetRows(sheet.body);
      expect(rows[0].slice(0, 3)).toEqual(['姓名', '身份证号', '课程']);
      expect(
        rows
          .slice(1)
          .map((r) => r[11])
          .sort(),
      ).toEqual((listed.body.items as { verificationCode: string }[]).map((x) => x.verificationCode).sort());
      expect(rows.every((r, i) => i === 0 || /\*{8}/.test(String(r[1])))).toBe(true);

      // a completed course is closed to changes
      const c = await t.http().get(`/api/v1/training/courses/${course.id}`).set('Authorization', admin);
      expect(c.body.phase).toBe(TrainingCoursePhase.COMPLETED);
      const put = await t
        .http()
        .put(`/api/v1/training/courses/${course.id}`)
        .set('Authorization', admin)
        .send({
          ...courseBody(t),
          startsOn: course.startsOn,
          endsOn: course.endsOn,
          sessions: course.sessions.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt })),
        });
      expect(put.status).toBe(409);
      const marks = await t
        .http()
        .post(`/api/v1/training/sessions/${course.sessions[4].id}/roster/sync`)
        .set('Authorization', await trainer())
        .send({ marks: [mark(q, 4, P)] });
      expect(marks.status).toBe(409);
      const withdraw = await t
        .http()
        .post(`/api/v1/training/enrolments/${byWorker(q).enrolmentId}/withdraw`)
        .set('Authorization', q.auth);
      expect(withdraw.status).toBe(409);
    });

    it('on its last day, once the last class is over, a course has ended: off the open list, listed to complete, completed that afternoon', async () => {
      // 15:00 in Shanghai, the day after tomorrow
      const sh = t.clock.now().getTime() + 8 * HOUR;
      t.clock.advance(sh - (sh % DAY) + 2 * DAY + 15 * HOUR - sh);
      const admin = await t.bearer('training_admin');
      // one class from 10:00 to 11:30 today; another course's class is at 17:00
      const done = await createCourse(t, { trainerIds: [trainerId], title: '育婴员（家政）一日培训' }, [-5 * HOUR]);
      const later = await createCourse(t, { trainerIds: [trainerId], title: '收纳整理（家政）一日培训' }, [2 * HOUR]);
      expect(done.startsOn).toBe(done.endsOn);
      expect(done.phase).toBe(TrainingCoursePhase.ENDED);
      expect(later.phase).toBe(TrainingCoursePhase.RUNNING);
      const ids = async (query: string, auth = admin) =>
        (
          (await t.http().get(`/api/v1/training/courses${query}`).set('Authorization', auth)).body
            .items as TrainingCourseResponse[]
        ).map((c) => c.id);
      expect(await ids('?phase=ENDED&pageSize=100')).toContain(done.id);
      expect(await ids('?phase=ENDED&pageSize=100')).not.toContain(later.id);
      expect(await ids('?phase=RUNNING&pageSize=100')).toContain(later.id);
      expect(await ids('?phase=RUNNING&pageSize=100')).not.toContain(done.id);
      const [w] = await workers(t, 1);
      const open = await ids('/open?pageSize=100', w.auth);
      expect(open).toContain(later.id);
      expect(open).not.toContain(done.id);

      // the paper sign-in sheet, recorded that afternoon: the office enrols, the trainer marks
      const enrolled = await enrol(t, done.id, admin, { workerId: w.workerId });
      expect(enrolled.status).toBe(201);
      const marked = await t
        .http()
        .post(`/api/v1/training/sessions/${done.sessions[0].id}/roster/sync`)
        .set('Authorization', await trainer())
        .send({
          marks: [
            {
              clientId: randomUUID(),
              workerId: w.workerId,
              status: AttendanceStatus.PRESENT,
              markedAt: t.clock.now().toISOString(),
            },
          ],
        });
      expect(marked.status).toBe(200);
      const run = await t.http().post(`/api/v1/training/courses/${done.id}/complete`).set('Authorization', admin);
      expect(run.status).toBe(200);
      expect(run.body).toMatchObject({ completed: 1, added: 1 });
      const early = await t.http().post(`/api/v1/training/courses/${later.id}/complete`).set('Authorization', admin);
      expect(early.status).toBe(409);
    });
  });
});

describe('151 training: bases, online learning and the console home', () => {
  let t: TestApp;
  /** The year the base below was accredited in: the home counts it in that year. */
  let baseYear: number;
  beforeAll(async () => {
    // The year's figures need the year's records made in one year: these run on a working morning
    // of the test's year, not across New Year (shanghai-calendar.e2e-spec.ts covers the turn).
    const year = shanghaiParts(testNow()).date.slice(0, 4);
    t = await startTestApp({}, { now: `${year}-06-10T10:00:00+08:00` });
  });
  afterAll(() => t.close());

  async function evidence(auth: string): Promise<string> {
    const res = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', PNG, 'site.png');
    if (res.status !== 201) throw new Error(`upload: ${res.status}`);
    return res.body.id as string;
  }

  async function baseBody(auth: string, overrides: Record<string, unknown> = {}) {
    const file = await evidence(auth);
    const criterion = (description: string) => ({ description, evidence: [file] });
    return {
      name: '城东区职工技能培训基地',
      kind: TrainingBaseKind.SUPPORT_CENTER,
      regionCode: '630102',
      address: '西宁市城东区八一路 12 号',
      contactName: '王老师',
      contactPhone: '0971-8123456',
      criteria: {
        site: criterion('教室 2 间共 160 平方米，实操车间 1 间'),
        facilities: criterion('电工、焊工实训工位 20 个，多媒体设备'),
        teachers: criterion('专兼职教师 8 名，其中高级技师 3 名'),
        training: criterion('2025 年开展家政、电工培训 12 期'),
      },
      ...overrides,
    };
  }

  it('a base applies with the four criteria and evidence; the training admin accredits or refuses with a reason; subsidies in fen', async () => {
    const admin = await t.bearer('training_admin');
    const center = await t.bearer('center_staff');
    const incomplete = await baseBody(center);
    const missing = await t
      .http()
      .post('/api/v1/training/bases')
      .set('Authorization', center)
      .send({
        ...incomplete,
        criteria: { ...incomplete.criteria, teachers: undefined, training: { description: '', evidence: [] } },
      });
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual(
      expect.arrayContaining([
        { field: 'criteria.teachers', message: '请填写“有师资”的情况和佐证' },
        { field: 'criteria.training.description', message: '请说明具备的条件' },
        { field: 'criteria.training.evidence', message: '请上传至少一份佐证材料' },
      ]),
    );
    const ghost = await t
      .http()
      .post('/api/v1/training/bases')
      .set('Authorization', center)
      .send({
        ...incomplete,
        criteria: { ...incomplete.criteria, site: { description: '教室', evidence: [randomUUID()] } },
      });
    expect(ghost.body.details).toEqual([{ field: 'criteria.site.evidence[0]', message: '附件不存在，请重新上传' }]);

    const applied = await t.http().post('/api/v1/training/bases').set('Authorization', center).send(incomplete);
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ status: TrainingBaseStatus.APPLIED, accreditedYear: null });
    expect(applied.body.criteria.site.evidence[0]).toMatchObject({ name: 'site.png' });
    const noReason = await t
      .http()
      .post(`/api/v1/training/bases/${applied.body.id}/refuse`)
      .set('Authorization', admin)
      .send({ reason: '' });
    expect(noReason.body.details).toEqual([{ field: 'reason', message: '请填写不予认定的理由' }]);
    const refused = await t
      .http()
      .post(`/api/v1/training/bases/${applied.body.id}/refuse`)
      .set('Authorization', admin)
      .send({ reason: '实训工位不足，请补充设备清单' });
    expect(refused.body).toMatchObject({
      status: TrainingBaseStatus.REFUSED,
      decisionReason: '实训工位不足，请补充设备清单',
      decidedBy: '省总经济技术部',
    });
    const notYet = await t
      .http()
      .post(`/api/v1/training/bases/${applied.body.id}/subsidies`)
      .set('Authorization', admin)
      .send({ year: 2026, amountFen: 5_000_000, purpose: '实训设备购置' });
    expect(notYet.status).toBe(409);
    const amended = await t
      .http()
      .put(`/api/v1/training/bases/${applied.body.id}`)
      .set('Authorization', center)
      .send(incomplete);
    expect(amended.body.status).toBe(TrainingBaseStatus.APPLIED);
    const year = Number(shanghaiDay(t.clock.now()).slice(0, 4));
    const accredited = await t
      .http()
      .post(`/api/v1/training/bases/${applied.body.id}/accredit`)
      .set('Authorization', admin)
      .send({});
    expect(accredited.body).toMatchObject({ status: TrainingBaseStatus.ACCREDITED, accreditedYear: year });
    baseYear = year;
    const twice = await t
      .http()
      .post(`/api/v1/training/bases/${applied.body.id}/accredit`)
      .set('Authorization', admin)
      .send({});
    expect(twice.status).toBe(409);
    const fractional = await t
      .http()
      .post(`/api/v1/training/bases/${applied.body.id}/subsidies`)
      .set('Authorization', await t.bearer('finance'))
      .send({ year, amountFen: 12.5, purpose: '实训设备购置' });
    expect(fractional.body.details).toEqual([{ field: 'amountFen', message: '补助金额须为整数（分）' }]);
    const subsidy = await t
      .http()
      .post(`/api/v1/training/bases/${applied.body.id}/subsidies`)
      .set('Authorization', await t.bearer('finance'))
      .send({ year, amountFen: 5_000_000, purpose: '实训设备购置' });
    expect(subsidy.status).toBe(201);
    expect(subsidy.body.subsidies).toEqual([
      expect.objectContaining({ year, amountFen: 5_000_000, purpose: '实训设备购置', recordedBy: '省总财务部' }),
    ]);
    const outside = await t
      .http()
      .get(`/api/v1/training/bases/${applied.body.id}`)
      .set('Authorization', await t.bearer('haidong_reviewer'));
    expect(outside.status).toBe(404);
    const audit = await t
      .http()
      .get(`/api/v1/audit-logs?targetType=training_base&targetId=${applied.body.id}`)
      .set('Authorization', await t.bearer('auditor'));
    expect((audit.body.items as { action: string }[]).map((a) => a.action).reverse()).toEqual([
      'training_base.apply',
      'training_base.refuse',
      'training_base.amend',
      'training_base.accredit',
      'training_base.subsidy',
    ]);
  });

  it('online learning imports report row by row, and a re-run adds nothing; the mini-program log counts once per item', async () => {
    const idA = workingAgeId();
    const idB = workingAgeId();
    const a = await hardshipWorker(t, { archive: false, idNumber: idA });
    await hardshipWorker(t, { archive: false, idNumber: idB });
    const today = shanghaiDay(t.clock.now());
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('记录');
    ws.addRow(['身份证号', '姓名', '学习内容编号', '学习内容', '学习时长（分钟）', '学习日期', '来源平台']);
    ws.addRow([idA, '李梅', 'law-001', '劳动法律知识', 45, today, '青海工会网上学习平台']);
    ws.addRow([idB, '', 'law-001', '劳动法律知识', 30, today.replace(/-/g, '/'), '青海工会网上学习平台']);
    ws.addRow([idA, '李梅', 'law-001', '劳动法律知识', 45, today, '青海工会网上学习平台']);
    ws.addRow([workingAgeId(), '', 'law-002', '安全生产', 20, today, '青海工会网上学习平台']);
    ws.addRow([idB, '', 'law-002', '安全生产', 0, 'yesterday', '']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const admin = await t.bearer('training_admin');
    const send = (buf: Buffer, name: string) =>
      t.http().post('/api/v1/training/online-learning/imports').set('Authorization', admin).attach('file', buf, name);
    const first = await send(file, '网上学习.xlsx');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ rows: 5, added: 2, duplicates: 1, failed: 2 });
    expect(first.body.errors).toEqual([
      { row: 5, field: 'idNumber', message: '没有这个身份证号的实名登记职工' },
      { row: 6, field: 'durationMinutes', message: '学习时长应为 1–1440 的整数（分钟）' },
      { row: 6, field: 'studiedOn', message: '学习日期格式应为 YYYY-MM-DD' },
      { row: 6, field: 'source', message: '请填写来源平台（不超过 64 字）' },
    ]);
    const again = await send(file, '网上学习.xlsx');
    expect(again.body).toMatchObject({ rows: 5, added: 0, duplicates: 3, failed: 2 });
    const csv = Buffer.from(
      `\ufeff身份证号,姓名,学习内容编号,学习内容,学习时长（分钟）,学习日期,来源平台\r\n${idA},李梅,law-002,"安全生产, 第一讲",20,${today},青海工会网上学习平台\r\n`,
    );
    const fromCsv = await send(csv, '网上学习.csv');
    expect(fromCsv.body).toMatchObject({ rows: 1, added: 1, duplicates: 0, failed: 0 });
    const noColumns = await send(Buffer.from('a,b\n1,2\n'), 'x.csv');
    expect(noColumns.status).toBe(400);
    expect(noColumns.body.details[0].field).toBe('file');

    const logged = await t
      .http()
      .post('/api/v1/me/training/online-learning')
      .set('Authorization', a.auth)
      .send({ itemKey: 'law-001', itemTitle: '劳动法律知识', durationMinutes: 40 });
    expect(logged.status).toBe(200);
    const fresh = await t
      .http()
      .post('/api/v1/me/training/online-learning')
      .set('Authorization', a.auth)
      .send({ itemKey: 'skill-101', itemTitle: '家政服务礼仪', durationMinutes: 25 });
    expect(fresh.status).toBe(201);
    expect(fresh.body).toMatchObject({ channel: 'MINIPROGRAM', studiedOn: today });
    const mine = await t.http().get('/api/v1/me/training/online-learning').set('Authorization', a.auth);
    expect((mine.body as { itemKey: string }[]).map((r) => r.itemKey).sort()).toEqual([
      'law-001',
      'law-002',
      'skill-101',
    ]);

    // the training office's list: both channels, masked, filtered; nothing outside the scope
    const last4 = idA.slice(-4);
    const listed = await t
      .http()
      .get(`/api/v1/training/online-learning?keyword=${last4}&pageSize=100`)
      .set('Authorization', admin);
    expect(listed.status).toBe(200);
    const items = listed.body.items as { itemKey: string; channel: string; idNumberMasked: string; workerId: number }[];
    expect(
      items
        .filter((r) => r.workerId === a.workerId)
        .map((r) => `${r.itemKey}:${r.channel}`)
        .sort(),
    ).toEqual(['law-001:IMPORT', 'law-002:IMPORT', 'skill-101:MINIPROGRAM']);
    expect(items.every((r) => r.idNumberMasked.endsWith(last4) && /\*{8}/.test(r.idNumberMasked))).toBe(true);
    const fromApp = await t
      .http()
      .get(`/api/v1/training/online-learning?keyword=${last4}&channel=MINIPROGRAM&item=礼仪`)
      .set('Authorization', admin);
    expect((fromApp.body.items as { itemKey: string }[]).map((r) => r.itemKey)).toEqual(['skill-101']);
    const outside = await t
      .http()
      .get(`/api/v1/training/online-learning?keyword=${last4}`)
      .set('Authorization', await t.bearer('haidong_reviewer'));
    expect(outside.body).toMatchObject({ total: 0, items: [] });
    const badChannel = await t.http().get('/api/v1/training/online-learning?channel=FAX').set('Authorization', admin);
    expect(badChannel.status).toBe(400);
    expect(badChannel.body.details).toEqual([{ field: 'channel', message: '记录来源取值不正确' }]);
    const sheet = await t
      .http()
      .get(`/api/v1/training/online-learning/export?keyword=${last4}`)
      .set('Authorization', admin)
      .buffer(true)
      .parse(binary);
    const rows = await sheetRows(sheet.body);
    expect(rows[0].slice(0, 5)).toEqual(['姓名', '身份证号', '地区', '学习内容编号', '学习内容']);
    expect(rows.length - 1).toBe(listed.body.total);
  });

  it('the console home counts the year’s bases, completions (家政 among them) and online learning per region, in scope', async () => {
    const trainerId = await staffId(t, 'trainer');
    const course = await createCourse(t, { trainerIds: [trainerId], capacity: 5 }, [MINUTE]);
    const [p, q] = await workers(t, 2);
    for (const w of [p, q]) await enrol(t, course.id, w.auth);
    t.clock.advance(2 * HOUR);
    const marked = await t
      .http()
      .post(`/api/v1/training/sessions/${course.sessions[0].id}/roster/sync`)
      .set('Authorization', await t.bearer('trainer'))
      .send({
        marks: [
          {
            clientId: randomUUID(),
            workerId: p.workerId,
            status: AttendanceStatus.PRESENT,
            markedAt: course.sessions[0].startsAt,
          },
          {
            clientId: randomUUID(),
            workerId: q.workerId,
            status: AttendanceStatus.ABSENT,
            markedAt: course.sessions[0].startsAt,
          },
        ],
      });
    expect(marked.status).toBe(200);
    const admin = await t.bearer('training_admin');
    const run = await t.http().post(`/api/v1/training/courses/${course.id}/complete`).set('Authorization', admin);
    expect(run.body).toMatchObject({ completed: 1, added: 1 });
    const todays = await createCourse(t, { title: '今日开课：电工转岗', domesticService: false }, [5 * MINUTE]);

    const year = Number(course.endsOn.slice(0, 4));
    const home = await t.http().get(`/api/v1/training/dashboard?year=${year}`).set('Authorization', admin);
    expect(home.status).toBe(200);
    expect(home.body).toMatchObject({
      year,
      targets: { bases: 10, completions: 5000, domesticServiceCompletions: 300, onlineLearning: 100_000 },
      completions: 1,
      domesticServiceCompletions: 1,
    });
    // the base counts in the year it was accredited (run at 23:58 on 31 December, the course above
    // ends in the new year while the base was accredited in the old one)
    const baseHome =
      baseYear === year
        ? home
        : await t.http().get(`/api/v1/training/dashboard?year=${baseYear}`).set('Authorization', admin);
    expect(baseHome.body.accreditedBases).toBe(1);
    expect(baseHome.body.byRegion.find((r: { regionCode: string }) => r.regionCode === '630100').accreditedBases).toBe(
      1,
    );
    expect(home.body.onlineLearning).toBeGreaterThanOrEqual(4);
    const xining = home.body.byRegion.find((r: { regionCode: string }) => r.regionCode === '630100');
    expect(xining).toMatchObject({
      regionName: '西宁市',
      completions: 1,
      domesticServiceCompletions: 1,
    });
    expect(home.body.byRegion).toHaveLength(8);
    expect(home.body.attendanceByCourse.find((c: { courseId: number }) => c.courseId === course.id)).toEqual({
      courseId: course.id,
      title: course.title,
      sessionsHeld: 1,
      expected: 2,
      attended: 1,
      ratePercent: 50,
    });
    expect(home.body.coursesToday.map((c: { courseId: number }) => c.courseId)).toContain(todays.id);

    const haidong = await t
      .http()
      .get(`/api/v1/training/dashboard?year=${year}`)
      .set('Authorization', await t.bearer('haidong_reviewer'));
    expect(haidong.body).toMatchObject({
      accreditedBases: 0,
      completions: 0,
      domesticServiceCompletions: 0,
      onlineLearning: 0,
    });
    expect(haidong.body.byRegion.every((r: { regionCode: string }) => r.regionCode.startsWith('6302'))).toBe(true);
    const peek = await t
      .http()
      .get(`/api/v1/training/dashboard?year=${year}&regionCode=630100`)
      .set('Authorization', await t.bearer('haidong_reviewer'));
    expect(peek.status).toBe(404);
  });
});
