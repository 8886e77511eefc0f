import { OutcomeSource, OutcomeType, TrainingCourseType, type MyAidProgramResponse } from '@steadywork/shared';
import { hardshipWorker } from './factories/aid.factory';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * What a user enters and what the product calls "today" or "this year" are read in Asia/Shanghai,
 * where every user is: in the first hour after midnight in Xining, UTC still says yesterday.
 */
describe('the calendar is Xining’s: at 00:30 on 8 December (16:30 UTC on the 7th)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { now: '2026-12-07T16:30:00.000Z' });
  });
  afterAll(() => t.close());

  it('a course created for today runs today in Xining', async () => {
    const trainer = await t
      .http()
      .get('/api/v1/auth/me')
      .set('Authorization', await t.bearer('trainer'));
    const res = await t
      .http()
      .post('/api/v1/training/courses')
      .set('Authorization', await t.bearer('training_admin'))
      .send({
        title: '中式面点师（初级）一日培训',
        type: TrainingCourseType.SKILLS,
        domesticService: false,
        organiser: '青海省工会干部学校',
        regionCode: '630102',
        venue: '西宁市城东区八一路 12 号职工培训教室',
        latitude: 36.6225,
        longitude: 101.7801,
        capacity: 20,
        targetGroups: ['困难职工'],
        trainerIds: [trainer.body.id],
        startsOn: '2026-12-08',
        endsOn: '2026-12-08',
        sessions: [{ startsAt: '2026-12-08T09:00:00+08:00', endsAt: '2026-12-08T11:30:00+08:00' }],
      });
    expect(res.status).toBe(201);
    // its first day has come in Xining (UTC's date, the 7th, would still call it 未开课)
    expect(res.body).toMatchObject({ startsOn: '2026-12-08', endsOn: '2026-12-08', phase: 'RUNNING' });
  });

  it('an outcome achieved today is accepted, and tomorrow is still refused as future', async () => {
    const w = await hardshipWorker(t);
    const province = await t.bearer('province_reviewer');
    const body = {
      workerId: w.workerId,
      type: OutcomeType.EMPLOYED,
      source: OutcomeSource.REFERRAL,
      employer: '青海盐湖工业股份有限公司',
    };
    const tomorrow = await t
      .http()
      .post('/api/v1/outcomes')
      .set('Authorization', province)
      .send({ ...body, achievedOn: '2026-12-09', contractStart: '2026-12-08' });
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.body.details).toEqual([{ field: 'achievedOn', message: '实现日期不能晚于今天' }]);
    const today = await t
      .http()
      .post('/api/v1/outcomes')
      .set('Authorization', province)
      .send({ ...body, achievedOn: '2026-12-08', contractStart: '2026-12-08' });
    expect(today.status).toBe(201);
    expect(today.body).toMatchObject({ achievedOn: '2026-12-08', year: 2026 });
  });

  it('what a worker learns online now is dated today in Xining', async () => {
    const w = await hardshipWorker(t, { archive: false });
    const logged = await t
      .http()
      .post('/api/v1/me/training/online-learning')
      .set('Authorization', w.auth)
      .send({ itemKey: 'law-001', itemTitle: '劳动法律知识', durationMinutes: 30 });
    expect(logged.status).toBe(201);
    expect(logged.body.studiedOn).toBe('2026-12-08');
  });

  it('an export made now is named for today in Xining', async () => {
    const res = await t
      .http()
      .get('/api/v1/workers/export')
      .set('Authorization', await t.bearer('province_reviewer'))
      .buffer(true)
      .parse((r, cb) => {
        r.on('data', () => undefined);
        r.on('end', () => cb(null, null));
      });
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers['content-disposition'])).toContain('职工名单-2026-12-08.xlsx');
  });
});

describe('the year turns at New Year in Xining, not in UTC: at 00:30 on 1 January 2027 (16:30 UTC on 31 December)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { now: '2026-12-31T16:30:00.000Z' });
  });
  afterAll(() => t.close());

  it('the 151 figures default to the new year', async () => {
    const home = await t
      .http()
      .get('/api/v1/training/dashboard')
      .set('Authorization', await t.bearer('training_admin'));
    expect(home.status).toBe(200);
    expect(home.body.year).toBe(2027);
  });

  it('the programme year a worker applies in is the new one', async () => {
    const w = await hardshipWorker(t);
    const list = await t.http().get('/api/v1/me/aid/programs').set('Authorization', w.auth);
    expect(list.status).toBe(200);
    const years = new Set((list.body as MyAidProgramResponse[]).map((p) => p.year));
    expect([...years]).toEqual([2027]);
  });

  it('an outcome achieved in the first minutes of the year counts in that year', async () => {
    const w = await hardshipWorker(t);
    const res = await t
      .http()
      .post('/api/v1/outcomes')
      .set('Authorization', await t.bearer('province_reviewer'))
      .send({
        workerId: w.workerId,
        type: OutcomeType.EMPLOYED,
        source: OutcomeSource.REFERRAL,
        employer: '青海盐湖工业股份有限公司',
        achievedOn: '2027-01-01',
        contractStart: '2027-01-01',
      });
    expect(res.status).toBe(201);
    expect(res.body.year).toBe(2027);
  });
});
