import {
  creditCodeCheckChar,
  EmployerSize,
  EmploymentStatus,
  JobApplicationSource,
  JobApplicationStatus,
  JobEventKind,
  JobEventStatus,
  JobPostingKind,
  JobPostingStatus,
  type JobEventResponse,
  type JobPostingRequest,
  type JobPostingResponse,
  type MyJobEvent,
  type PartnerUnionResponse,
  type RecommendedJob,
} from '@steadywork/shared';
import { randomUUID } from 'node:crypto';
import { hardshipWorker, workingAgeId, type HardshipWorker } from './factories/aid.factory';
import { eventRequest, postingRequest } from './factories/jobs.factory';
import { workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';

const DAY = 86_400_000;
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const fields = (res: { body: { details?: { field: string }[] } }) => (res.body.details ?? []).map((d) => d.field);

/** HR draft and submit, the county approves: an open posting (or, with `approve: false`, one waiting for review). */
async function hrPosting(t: TestApp, body: JobPostingRequest, approve = true): Promise<JobPostingResponse> {
  const hr = await t.bearer('hr_demo');
  const created = await t
    .http()
    .post('/api/v1/jobs/postings')
    .set('Authorization', hr)
    .set('Idempotency-Key', randomUUID())
    .send(body);
  if (created.status !== 201) throw new Error(`draft: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.id as number;
  await t.http().post(`/api/v1/jobs/postings/${id}/submit`).set('Authorization', hr).expect(200);
  if (!approve) return created.body as JobPostingResponse;
  const approved = await t
    .http()
    .post(`/api/v1/jobs/postings/${id}/approve`)
    .set('Authorization', await t.bearer('chengdong_reviewer'));
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${JSON.stringify(approved.body)}`);
  return approved.body as JobPostingResponse;
}

/** HR take the application to a hire starting today (invite → the worker accepts → hire). */
async function hire(t: TestApp, applicationId: number, worker: HardshipWorker): Promise<void> {
  const hr = await t.bearer('hr_demo');
  await t
    .http()
    .post(`/api/v1/jobs/applications/${applicationId}/invite`)
    .set('Authorization', hr)
    .send({ interviewAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString(), interviewPlace: '招聘会现场' })
    .expect(200);
  await t
    .http()
    .post(`/api/v1/me/jobs/applications/${applicationId}/accept-interview`)
    .set('Authorization', worker.auth)
    .expect(200);
  const hired = await t
    .http()
    .post(`/api/v1/jobs/applications/${applicationId}/hire`)
    .set('Authorization', hr)
    .send({ startsOn: shanghaiDay(t.clock.now()) });
  if (hired.status !== 200) throw new Error(`hire: ${hired.status} ${JSON.stringify(hired.body)}`);
}

describe('jobs: recruitment events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('staff of the city create and publish an event of approved postings; workers of the city sign up once; the figures come from the records', async () => {
    const city = await t.bearer('xining_reviewer');
    const open = await hrPosting(t, postingRequest(t));
    const waiting = await hrPosting(t, postingRequest(t, { title: '钳工' }), false);

    // the rules, one field each
    const noVenue = await t
      .http()
      .post('/api/v1/jobs/events')
      .set('Authorization', city)
      .send(eventRequest(t, { venue: null, postingIds: [open.id] }));
    expect(noVenue.status).toBe(400);
    expect(fields(noVenue)).toEqual(['venue']);
    const noLink = await t
      .http()
      .post('/api/v1/jobs/events')
      .set('Authorization', city)
      .send(eventRequest(t, { kind: JobEventKind.ONLINE_FAIR, online: true, venue: null }));
    expect(fields(noLink)).toEqual(['onlineUrl']);
    const backwards = await t
      .http()
      .post('/api/v1/jobs/events')
      .set('Authorization', city)
      .send(eventRequest(t, { endsOn: shanghaiDay(new Date(t.clock.now().getTime() - DAY)) }));
    expect(fields(backwards)).toEqual(['endsOn']);
    const unapproved = await t
      .http()
      .post('/api/v1/jobs/events')
      .set('Authorization', city)
      .send(eventRequest(t, { postingIds: [open.id, waiting.id] }));
    expect(unapproved.status).toBe(400);
    expect(fields(unapproved)).toEqual(['postingIds']);
    expect(unapproved.body.details[0].message).toContain('钳工');

    const created = await t
      .http()
      .post('/api/v1/jobs/events')
      .set('Authorization', city)
      .send(eventRequest(t, { postingIds: [open.id] }));
    expect(created.status).toBe(201);
    const event = created.body as JobEventResponse;
    expect(event).toMatchObject({
      regionCode: '630100',
      regionName: '青海省 / 西宁市',
      status: JobEventStatus.DRAFT,
      figures: { employers: 1, postings: 1, signups: 0, attended: 0, interviews: 0, hires: 0 },
    });
    expect(event.employers.map((e) => e.name)).toEqual(['青海高原建设有限公司']);
    expect(event.postings.map((p) => p.title)).toEqual(['电焊工']);

    // a draft is not the workers'
    const worker = await hardshipWorker(t);
    const other = await hardshipWorker(t);
    const haidongWorker = await hardshipWorker(t, { regionCode: '630202', archive: false });
    expect((await t.http().get(`/api/v1/me/jobs/events/${event.id}`).set('Authorization', worker.auth)).status).toBe(
      404,
    );
    const published = await t.http().post(`/api/v1/jobs/events/${event.id}/publish`).set('Authorization', city);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe(JobEventStatus.PUBLISHED);

    // workers of 西宁 see it; a worker of 海东 does not
    const mine = await t.http().get('/api/v1/me/jobs/events').set('Authorization', worker.auth);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((e: MyJobEvent) => e.id)).toContain(event.id);
    expect(mine.body.items.find((e: MyJobEvent) => e.id === event.id)).toMatchObject({ signedUp: false });
    const theirs = await t.http().get('/api/v1/me/jobs/events').set('Authorization', haidongWorker.auth);
    expect(theirs.body.items.map((e: MyJobEvent) => e.id)).not.toContain(event.id);
    expect(
      (await t.http().post(`/api/v1/me/jobs/events/${event.id}/signup`).set('Authorization', haidongWorker.auth))
        .status,
    ).toBe(404);

    // a double submit, at the same moment: one sign-up
    const both = await Promise.all(
      [0, 1, 2, 3].map(() =>
        t.http().post(`/api/v1/me/jobs/events/${event.id}/signup`).set('Authorization', worker.auth),
      ),
    );
    expect(both.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(both.every((r) => r.body.signedUp === true)).toBe(true);
    expect(both.filter((r) => r.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
    const rows = await t.db.query('SELECT id FROM job_event_signup WHERE event_id = ? AND worker_id = ?', [
      event.id,
      worker.workerId,
    ]);
    expect(rows).toHaveLength(1);
    await t.http().post(`/api/v1/me/jobs/events/${event.id}/signup`).set('Authorization', other.auth).expect(201);

    // another county's staff: nothing of it
    const haidong = await t.bearer('haidong_reviewer');
    expect((await t.http().get(`/api/v1/jobs/events/${event.id}`).set('Authorization', haidong)).status).toBe(404);
    expect((await t.http().get(`/api/v1/jobs/events/${event.id}/signups`).set('Authorization', haidong)).status).toBe(
      404,
    );
    const haidongList = await t.http().get('/api/v1/jobs/events?pageSize=100').set('Authorization', haidong);
    expect(haidongList.body).toMatchObject({ total: 0, items: [] });
    expect(
      (
        await t
          .http()
          .get('/api/v1/jobs/events')
          .set('Authorization', await t.bearer('hr_demo'))
      ).status,
    ).toBe(403);

    // attendance and interviews per sign-up
    const signups = await t.http().get(`/api/v1/jobs/events/${event.id}/signups`).set('Authorization', city);
    expect(signups.status).toBe(200);
    expect(signups.body.total).toBe(2);
    const signup = signups.body.items.find((s: { workerId: number }) => s.workerId === worker.workerId);
    expect(signup.idNumberMasked).toMatch(/\*/);
    const absentInterview = await t
      .http()
      .put(`/api/v1/jobs/events/${event.id}/signups/${signup.id}`)
      .set('Authorization', city)
      .send({ attended: false, interviews: 1 });
    expect(absentInterview.status).toBe(400);
    expect(fields(absentInterview)).toEqual(['interviews']);
    const recorded = await t
      .http()
      .put(`/api/v1/jobs/events/${event.id}/signups/${signup.id}`)
      .set('Authorization', city)
      .send({ attended: true, interviews: 2, note: '焊工岗位复试' });
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ attended: true, interviews: 2, recordedBy: '西宁市总工会初审' });
    expect(
      (
        await t
          .http()
          .put(`/api/v1/jobs/events/${event.id}/signups/${signup.id}`)
          .set('Authorization', haidong)
          .send({ attended: true, interviews: 0 })
      ).status,
    ).toBe(404);

    // the worker applies to the event's posting and is hired within the period
    const applied = await t.http().post(`/api/v1/jobs/postings/${open.id}/apply`).set('Authorization', worker.auth);
    expect(applied.status).toBe(201);
    await hire(t, applied.body.id as number, worker);
    const figures = await t.http().get(`/api/v1/jobs/events/${event.id}`).set('Authorization', city);
    expect(figures.body.figures).toEqual({
      employers: 1,
      postings: 1,
      signups: 2,
      attended: 1,
      interviews: 2,
      hires: 1,
    });
    const mineNow = await t.http().get(`/api/v1/me/jobs/events/${event.id}`).set('Authorization', worker.auth);
    expect(mineNow.body).toMatchObject({ signedUp: true, attended: true });
    expect(mineNow.body.figures).toBeUndefined();

    // the list and its exports
    const list = await t.http().get('/api/v1/jobs/events?kind=SERVICE_MONTH').set('Authorization', city);
    expect(list.body.items.map((e: JobEventResponse) => e.id)).toEqual([event.id]);
    const sheet = await t
      .http()
      .get('/api/v1/jobs/events/export')
      .set('Authorization', city)
      .buffer(true)
      .parse(binary);
    expect(sheet.status).toBe(200);
    const sheetBody = await sheetRows(sheet.body);
    expect(sheetBody[0].slice(0, 2)).toEqual(['活动名称', '类型']);
    expect(sheetBody[1][1]).toBe('工会就业创业服务月');
    // 参会企业, 岗位, 报名, 到场, 面试, 录用
    expect(sheetBody[1].slice(7, 13).map(String)).toEqual(['1', '1', '2', '1', '2', '1']);
    const signupSheet = await t
      .http()
      .get(`/api/v1/jobs/events/${event.id}/signups/export`)
      .set('Authorization', city)
      .buffer(true)
      .parse(binary);
    const signupRows = await sheetRows(signupSheet.body);
    expect(signupRows[0][0]).toBe('姓名');
    expect(signupRows.slice(1).every((r) => /\*/.test(String(r[1])))).toBe(true);

    // after its last day: ended, no new sign-up, gone from the workers' list
    t.clock.advance(21 * DAY);
    try {
      const late = await hardshipWorker(t);
      const refused = await t.http().post(`/api/v1/me/jobs/events/${event.id}/signup`).set('Authorization', late.auth);
      expect(refused.status).toBe(409);
      const after = await t.http().get('/api/v1/me/jobs/events').set('Authorization', late.auth);
      expect(after.body.items.map((e: MyJobEvent) => e.id)).not.toContain(event.id);
      const ended = await t.http().get(`/api/v1/jobs/events/${event.id}`).set('Authorization', city);
      expect(ended.body.status).toBe(JobEventStatus.ENDED);
    } finally {
      t.clock.advance(-21 * DAY);
    }
  });

  it('an online job fair of the province is seen by workers everywhere; a county event only by its county', async () => {
    const province = await t.bearer('province_reviewer');
    const fair = await t
      .http()
      .post('/api/v1/jobs/events')
      .set('Authorization', province)
      .send(
        eventRequest(t, {
          kind: JobEventKind.ONLINE_FAIR,
          title: '阳光就业网上招聘会',
          online: true,
          venue: '不会保存',
          onlineUrl: 'https://jobs.example.cn/fair/2026',
        }),
      );
    expect(fair.status).toBe(201);
    expect(fair.body).toMatchObject({ regionCode: '630000', online: true, venue: null });
    await t.http().post(`/api/v1/jobs/events/${fair.body.id}/publish`).set('Authorization', province).expect(200);
    const county = await t
      .http()
      .post('/api/v1/jobs/events')
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send(eventRequest(t, { kind: JobEventKind.SUNSHINE, title: '阳光就业行动·城东站' }));
    expect(county.body.regionCode).toBe('630102');
    await t
      .http()
      .post(`/api/v1/jobs/events/${county.body.id}/publish`)
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .expect(200);
    const haidongWorker = await hardshipWorker(t, { regionCode: '630202', archive: false });
    const chengdongWorker = await hardshipWorker(t, { archive: false });
    const ids = async (auth: string) =>
      (await t.http().get('/api/v1/me/jobs/events').set('Authorization', auth)).body.items.map((e: MyJobEvent) => e.id);
    expect(await ids(haidongWorker.auth)).toEqual(expect.arrayContaining([fair.body.id]));
    expect(await ids(haidongWorker.auth)).not.toContain(county.body.id);
    expect(await ids(chengdongWorker.auth)).toEqual(expect.arrayContaining([fair.body.id, county.body.id]));
  });
});

describe('jobs: 对口援青 partner unions and public-welfare posts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('an employer of a partner union marks its postings; workers sent and hired are counted apart per region and partner', async () => {
    const province = await t.bearer('province_reviewer');
    const unions = await t.http().get('/api/v1/jobs/partner-unions').set('Authorization', province);
    expect(unions.status).toBe(200);
    expect((unions.body as PartnerUnionResponse[]).map((u) => u.province)).toEqual([
      '北京市',
      '上海市',
      '天津市',
      '江苏省',
      '浙江省',
      '山东省',
    ]);
    const beijing = (unions.body as PartnerUnionResponse[])[0];
    expect(beijing).toMatchObject({ name: '北京市总工会', pairedRegionName: '玉树藏族自治州' });

    const company = (
      await t
        .http()
        .get('/api/v1/jobs/employers')
        .set('Authorization', await t.bearer('hr_demo'))
    ).body.items[0];
    const body = {
      name: company.name,
      creditCode: company.creditCode,
      regionCode: company.regionCode,
      industry: company.industry,
      size: company.size,
      organizationId: company.organizationId,
    };
    const unknown = await t
      .http()
      .put(`/api/v1/jobs/employers/${company.id}`)
      .set('Authorization', province)
      .send({ ...body, partnerUnionId: 9999 });
    expect(unknown.status).toBe(400);
    expect(fields(unknown)).toEqual(['partnerUnionId']);
    const joined = await t
      .http()
      .put(`/api/v1/jobs/employers/${company.id}`)
      .set('Authorization', province)
      .send({ ...body, partnerUnionId: beijing.id });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ partnerUnionId: beijing.id, partnerUnionName: '北京市总工会' });

    const job = await hrPosting(t, postingRequest(t));
    expect(job).toMatchObject({ partnerUnionName: '北京市总工会', kind: JobPostingKind.MARKET });
    const worker = await hardshipWorker(t);
    const seen = await t.http().get(`/api/v1/jobs/postings/${job.id}`).set('Authorization', worker.auth);
    expect(seen.body.partnerUnionName).toBe('北京市总工会');
    const applied = await t.http().post(`/api/v1/jobs/postings/${job.id}/apply`).set('Authorization', worker.auth);
    expect(applied.status).toBe(201);

    const dashboard = async (who: string) =>
      (
        await t
          .http()
          .get('/api/v1/jobs/dashboard')
          .set('Authorization', await t.bearer(who))
      ).body;
    let home = await dashboard('xining_reviewer');
    expect(home).toMatchObject({ partnerOpenPostings: 1, partnerSent: 1, partnerHires: 0 });
    await hire(t, applied.body.id as number, worker);
    home = await dashboard('xining_reviewer');
    expect(home).toMatchObject({ partnerSent: 1, partnerHires: 1, hires: 1, hiresCounted: 1 });
    expect(home.byRegion.find((r: { regionCode: string }) => r.regionCode === '630102')).toMatchObject({
      hires: 1,
      hiresCounted: 1,
      partnerSent: 1,
      partnerHires: 1,
    });
    expect(home.byPartnerUnion[0]).toEqual({
      partnerUnionId: beijing.id,
      name: '北京市总工会',
      openPostings: 1,
      sent: 1,
      hires: 1,
    });
    expect(home.byPartnerUnion[1]).toMatchObject({ name: '上海市总工会', sent: 0, hires: 0 });
    // another city's union: none of them
    const haidong = await dashboard('haidong_reviewer');
    expect(haidong).toMatchObject({ partnerOpenPostings: 0, partnerSent: 0, partnerHires: 0 });
    expect(haidong.byPartnerUnion[0]).toMatchObject({ openPostings: 0, sent: 0, hires: 0 });
  });

  it('a public-welfare post: only staff publish and fill it, for a worker the market did not place; the placement is an outcome', async () => {
    const county = await t.bearer('chengdong_reviewer');
    const hr = await t.bearer('hr_demo');
    // HR: market postings only
    const byHr = await t
      .http()
      .post('/api/v1/jobs/postings')
      .set('Authorization', hr)
      .set('Idempotency-Key', randomUUID())
      .send({ ...postingRequest(t), kind: JobPostingKind.PUBLIC_WELFARE });
    expect(byHr.status).toBe(400);
    expect(fields(byHr)).toEqual(['kind']);
    const first17 = '91630102MA7500077';
    const community = await t
      .http()
      .post('/api/v1/jobs/employers')
      .set('Authorization', county)
      .send({
        name: '城东区东关大街社区居委会',
        creditCode: first17 + creditCodeCheckChar(first17),
        regionCode: '630102',
        industry: '公共管理、社会保障和社会组织',
        size: EmployerSize.MICRO,
      });
    expect(community.status).toBe(201);
    const post = {
      ...postingRequest(t, {
        title: '社区公共环境保洁员',
        occupation: '保洁员',
        skills: ['保洁'],
        headcount: 1,
        wageMinFen: 210_000,
        wageMaxFen: 230_000,
      }),
      employerId: community.body.id as number,
    };
    expect((await t.http().post('/api/v1/jobs/public-welfare-posts').set('Authorization', hr).send(post)).status).toBe(
      403,
    );
    const haidongPost = await t
      .http()
      .post('/api/v1/jobs/public-welfare-posts')
      .set('Authorization', await t.bearer('haidong_reviewer'))
      .send(post);
    expect(haidongPost.status).toBe(400);
    expect(fields(haidongPost).sort()).toEqual(['employerId', 'regionCode']);
    const created = await t.http().post('/api/v1/jobs/public-welfare-posts').set('Authorization', county).send(post);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: JobPostingKind.PUBLIC_WELFARE,
      status: JobPostingStatus.OPEN,
      reviewedBy: '城东区总工会初审',
    });
    const postId = created.body.id as number;

    // no self-application, no referral, not among a worker's recommended jobs
    const worker = await hardshipWorker(t);
    const self = await t.http().post(`/api/v1/jobs/postings/${postId}/apply`).set('Authorization', worker.auth);
    expect(self.status).toBe(400);
    expect(fields(self)).toEqual(['postingId']);
    expect(self.body.details[0].message).toContain('公益性岗位');
    const referral = await t
      .http()
      .post(`/api/v1/jobs/postings/${postId}/referrals`)
      .set('Authorization', county)
      .send({ workerId: worker.workerId });
    expect(referral.status).toBe(400);
    const push = await t
      .http()
      .post(`/api/v1/jobs/postings/${postId}/push`)
      .set('Authorization', county)
      .send({ workerIds: [worker.workerId] });
    expect(push.status).toBe(409);
    const recommended = await t.http().get('/api/v1/me/jobs/recommended').set('Authorization', worker.auth);
    expect((recommended.body.items as RecommendedJob[]).map((p) => p.id)).not.toContain(postId);

    // only someone the market did not place
    const flexAuth = await t.workerBearer(`f-${randomUUID().slice(0, 8)}`);
    const flex = await t.register(flexAuth, {
      ...workerProfile({ idNumber: workingAgeId('630102'), employmentStatus: EmploymentStatus.FLEXIBLE }),
      consent: true,
    });
    expect(flex.status).toBe(200);
    const today = shanghaiDay(t.clock.now());
    const notPlaceable = await t
      .http()
      .post(`/api/v1/jobs/public-welfare-posts/${postId}/assign`)
      .set('Authorization', county)
      .send({ workerId: flex.body.id, startsOn: today });
    expect(notPlaceable.status).toBe(400);
    expect(fields(notPlaceable)).toEqual(['workerId']);
    const elsewhere = await hardshipWorker(t, { regionCode: '630202' });
    expect(
      (
        await t
          .http()
          .post(`/api/v1/jobs/public-welfare-posts/${postId}/assign`)
          .set('Authorization', county)
          .send({ workerId: elsewhere.workerId, startsOn: today })
      ).status,
    ).toBe(404);
    expect(
      (
        await t
          .http()
          .post(`/api/v1/jobs/public-welfare-posts/${postId}/assign`)
          .set('Authorization', hr)
          .send({ workerId: worker.workerId, startsOn: today })
      ).status,
    ).toBe(403);

    const placed = await t
      .http()
      .post(`/api/v1/jobs/public-welfare-posts/${postId}/assign`)
      .set('Authorization', county)
      .send({ workerId: worker.workerId, startsOn: today, note: '零就业家庭托底安置' });
    expect(placed.status).toBe(200);
    expect(placed.body).toMatchObject({
      source: JobApplicationSource.ASSIGNED,
      status: JobApplicationStatus.HIRED,
      hiredOn: today,
      referredBy: '城东区总工会初审',
    });
    expect(placed.body.outcomeId).toEqual(expect.any(Number));
    const outcomes = await t
      .http()
      .get(`/api/v1/outcomes?year=${today.slice(0, 4)}&pageSize=100`)
      .set('Authorization', county);
    const own = outcomes.body.items.filter((o: { workerId: number }) => o.workerId === worker.workerId);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ employer: '城东区东关大街社区居委会', contractStart: today });
    const record = await t.http().get(`/api/v1/workers/${worker.workerId}`).set('Authorization', county);
    expect(record.body.employmentStatus).toBe(EmploymentStatus.EMPLOYED);

    // one place: full now
    const second = await hardshipWorker(t);
    const full = await t
      .http()
      .post(`/api/v1/jobs/public-welfare-posts/${postId}/assign`)
      .set('Authorization', county)
      .send({ workerId: second.workerId, startsOn: today });
    expect(full.status).toBe(409);

    const home = (await t.http().get('/api/v1/jobs/dashboard').set('Authorization', county)).body;
    expect(home).toMatchObject({ publicWelfareOpen: 1, publicWelfareHires: 1 });
    const list = await t
      .http()
      .get(`/api/v1/jobs/postings?kind=${JobPostingKind.PUBLIC_WELFARE}`)
      .set('Authorization', county);
    expect(list.body.items.map((p: JobPostingResponse) => p.id)).toEqual([postId]);
    const haidongHome = (
      await t
        .http()
        .get('/api/v1/jobs/dashboard')
        .set('Authorization', await t.bearer('haidong_reviewer'))
    ).body;
    expect(haidongHome).toMatchObject({ publicWelfareOpen: 0, publicWelfareHires: 0 });
  });

  it('placements made at the same moment never pass the post’s headcount', async () => {
    const county = await t.bearer('chengdong_reviewer');
    const first17 = '91630102MA7500078';
    const community = await t
      .http()
      .post('/api/v1/jobs/employers')
      .set('Authorization', county)
      .send({
        name: '城东区林家崖社区居委会',
        creditCode: first17 + creditCodeCheckChar(first17),
        regionCode: '630102',
        industry: '公共管理、社会保障和社会组织',
        size: EmployerSize.MICRO,
      });
    expect(community.status).toBe(201);
    const created = await t
      .http()
      .post('/api/v1/jobs/public-welfare-posts')
      .set('Authorization', county)
      .send({
        ...postingRequest(t, { title: '社区治安巡逻员', occupation: '巡逻员', skills: [], headcount: 2 }),
        employerId: community.body.id as number,
      });
    expect(created.status).toBe(201);
    const workers = await Promise.all([1, 2, 3, 4].map(() => hardshipWorker(t)));
    const today = shanghaiDay(t.clock.now());
    const answers = await Promise.all(
      workers.map((w) =>
        t
          .http()
          .post(`/api/v1/jobs/public-welfare-posts/${created.body.id}/assign`)
          .set('Authorization', county)
          .send({ workerId: w.workerId, startsOn: today }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 409, 409]);
    const rows: unknown[] = await t.db.query(
      `SELECT id FROM job_application WHERE posting_id = ${Number(created.body.id)} AND status = 'HIRED'`,
    );
    expect(rows).toHaveLength(2);
  });
});
