import {
  EmploymentStatus,
  GigJobStatus,
  GigPayKind,
  Role,
  type GigJobRequest,
  type GigJobResponse,
  type GigMatchForWorker,
  type GigWorkerMatch,
  type JobPostingResponse,
  type MyPersonRow,
} from '@steadywork/shared';
import { randomUUID } from 'node:crypto';
import { hardshipWorker, workingAgeId } from './factories/aid.factory';
import { gigRequest, postingRequest } from './factories/jobs.factory';
import { createStaff } from './factories/staff.factory';
import { workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';

const DAY = 86_400_000;
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const fields = (res: { body: { details?: { field: string }[] } }) => (res.body.details ?? []).map((d) => d.field);

const gig = gigRequest;

async function postGig(t: TestApp, who: string, body: GigJobRequest) {
  return t
    .http()
    .post('/api/v1/jobs/gigs')
    .set('Authorization', await t.bearer(who))
    .send(body);
}

async function gigMode(t: TestApp, auth: string, body: Record<string, unknown>) {
  return t.http().put('/api/v1/me/jobs/gig-mode').set('Authorization', auth).send(body);
}

describe('jobs: gig work (零工)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a day’s pay under 8 hours at the minimum, a piece without its unit, a past start and a discriminatory term, naming each field', async () => {
    const low = await postGig(t, 'hr_demo', gig(t, { payFen: 15_000 }));
    expect(low.status).toBe(400);
    expect(fields(low)).toEqual(['payFen']);
    expect(low.body.details[0].message).toContain('小时最低工资');
    const piece = await postGig(t, 'hr_demo', gig(t, { payKind: GigPayKind.PIECE, payFen: 50 }));
    expect(piece.status).toBe(400);
    expect(fields(piece)).toEqual(['pieceUnit']);
    const past = await postGig(
      t,
      'hr_demo',
      gig(t, { startsOn: shanghaiDay(new Date(t.clock.now().getTime() - DAY)) }),
    );
    expect(fields(past)).toEqual(['startsOn']);
    const male = await postGig(t, 'hr_demo', gig(t, { title: '补焊（限男性）' }));
    expect(male.status).toBe(400);
    expect(fields(male)).toEqual(['title']);
    const empty = await postGig(t, 'hr_demo', gig(t, { kinds: [] }));
    expect(empty.status).toBe(400);
    expect(fields(empty)).toEqual(['kinds']);
    // staff post only in their own region
    const elsewhere = await postGig(t, 'chengdong_reviewer', gig(t, { regionCode: '630202' }));
    expect(elsewhere.status).toBe(400);
    expect(fields(elsewhere)).toEqual(['regionCode']);
    // a piece rate with its unit is fine at any amount
    const ok = await postGig(t, 'hr_demo', gig(t, { payKind: GigPayKind.PIECE, payFen: 50, pieceUnit: '箱' }));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ status: GigJobStatus.OPEN, pieceUnit: '箱', postedBy: '青海高原建设有限公司' });
  });

  it('a worker in 零工模式 sees gigs of their kinds near them, same county first, then the city, with the reasons', async () => {
    const county = await postGig(t, 'hr_demo', gig(t, { title: '城东补焊' }));
    const city = await postGig(t, 'xining_reviewer', gig(t, { title: '城中焊接', regionCode: '630103' }));
    const otherCity = await postGig(t, 'haidong_reviewer', gig(t, { title: '乐都焊接', regionCode: '630202' }));
    const otherKind = await postGig(t, 'hr_demo', gig(t, { title: '仓库搬运', kinds: ['搬运装卸'] }));
    for (const r of [county, city, otherCity, otherKind]) expect(r.status).toBe(201);

    const w = await hardshipWorker(t, { regionCode: '630102' });
    const off = await t.http().get('/api/v1/me/jobs/gigs').set('Authorization', w.auth);
    expect(off.status).toBe(200);
    expect(off.body.total).toBe(0);
    const noKinds = await gigMode(t, w.auth, { available: true, kinds: [] });
    expect(noKinds.status).toBe(400);
    expect(fields(noKinds)).toEqual(['kinds']);
    const on = await gigMode(t, w.auth, { available: true, kinds: ['焊工', '电工'] });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ available: true, regionCode: '630102', regionName: '青海省 / 西宁市 / 城东区' });

    const near = await t.http().get('/api/v1/me/jobs/gigs?pageSize=50').set('Authorization', w.auth);
    expect(near.status).toBe(200);
    const titles = (near.body.items as GigMatchForWorker[]).map((g) => g.title);
    expect(titles).toContain('城东补焊');
    expect(titles).toContain('城中焊接');
    expect(titles).not.toContain('乐都焊接');
    expect(titles).not.toContain('仓库搬运');
    expect(titles.indexOf('城东补焊')).toBeLessThan(titles.indexOf('城中焊接'));
    const first = (near.body.items as GigMatchForWorker[]).find((g) => g.title === '城东补焊')!;
    expect(first.reasons).toEqual(['同区县', '工种：焊工']);
    expect((near.body.items as GigMatchForWorker[]).find((g) => g.title === '城中焊接')!.reasons[0]).toBe('同市州');
    // the detail is open to the worker
    const detail = await t.http().get(`/api/v1/jobs/gigs/${county.body.id}`).set('Authorization', w.auth);
    expect(detail.status).toBe(200);
    expect(detail.body.contactPhone).toBe('0971-6123456');

    // turned off, nothing
    await gigMode(t, w.auth, { available: false, kinds: ['焊工'] });
    const none = await t.http().get('/api/v1/me/jobs/gigs').set('Authorization', w.auth);
    expect(none.body.total).toBe(0);
  });

  it('HR and staff see the workers in 零工模式 near a gig: HR masked, staff in scope only, another county nothing', async () => {
    const posted = await postGig(t, 'hr_demo', gig(t, { title: '焊工急招', kinds: ['焊工', '电工'] }));
    const id = (posted.body as GigJobResponse).id;
    const here = await hardshipWorker(t, { regionCode: '630102' });
    await gigMode(t, here.auth, { available: true, kinds: ['焊工'] });
    const there = await hardshipWorker(t, { regionCode: '630103' });
    await gigMode(t, there.auth, { available: true, kinds: ['电工'] });
    const far = await hardshipWorker(t, { regionCode: '630202' });
    await gigMode(t, far.auth, { available: true, kinds: ['焊工'] });

    const hr = await t
      .http()
      .get(`/api/v1/jobs/gigs/${id}/matches?pageSize=100`)
      .set('Authorization', await t.bearer('hr_demo'));
    expect(hr.status).toBe(200);
    const hrIds = (hr.body.items as GigWorkerMatch[]).map((m) => m.workerId);
    expect(hrIds).toEqual(expect.arrayContaining([here.workerId, there.workerId]));
    expect(hrIds).not.toContain(far.workerId);
    expect(hrIds.indexOf(here.workerId)).toBeLessThan(hrIds.indexOf(there.workerId));
    const masked = (hr.body.items as GigWorkerMatch[]).find((m) => m.workerId === here.workerId)!;
    expect(masked.name).toBe('李*');
    expect(masked.reasons).toEqual(['同区县', '工种：焊工']);

    const county = await t
      .http()
      .get(`/api/v1/jobs/gigs/${id}/matches?pageSize=100`)
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    const countyIds = (county.body.items as GigWorkerMatch[]).map((m) => m.workerId);
    expect(countyIds).toContain(here.workerId);
    expect(countyIds).not.toContain(there.workerId); // 城中区 is not 城东区's
    expect((county.body.items as GigWorkerMatch[]).find((m) => m.workerId === here.workerId)!.name).toBe('李梅');

    const haidong = await t.bearer('haidong_reviewer');
    expect((await t.http().get(`/api/v1/jobs/gigs/${id}`).set('Authorization', haidong)).status).toBe(404);
    expect((await t.http().get(`/api/v1/jobs/gigs/${id}/matches`).set('Authorization', haidong)).status).toBe(404);
    const list = await t.http().get('/api/v1/jobs/gigs?pageSize=100').set('Authorization', haidong);
    expect((list.body.items as GigJobResponse[]).map((g) => g.id)).not.toContain(id);
    expect(
      (
        await t
          .http()
          .get(`/api/v1/jobs/gigs/${id}`)
          .set('Authorization', await t.bearer('auditor'))
      ).status,
    ).toBe(404);
  });

  it('lists and exports the gigs in scope; a gig past its last day reads as ended and leaves the workers’ list', async () => {
    const posted = await postGig(t, 'chengdong_reviewer', gig(t, { title: '清雪零工', kinds: ['搬运装卸'], days: 1 }));
    expect(posted.status).toBe(201);
    const w = await hardshipWorker(t, { regionCode: '630102' });
    await gigMode(t, w.auth, { available: true, kinds: ['搬运装卸'] });
    const before = await t.http().get('/api/v1/me/jobs/gigs').set('Authorization', w.auth);
    expect((before.body.items as GigJobResponse[]).map((g) => g.title)).toContain('清雪零工');

    const sheet = await t
      .http()
      .get('/api/v1/jobs/gigs/export?keyword=清雪')
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .buffer(true)
      .parse(binary);
    expect(sheet.status).toBe(200);
    const rows = await sheetRows(sheet.body);
    expect(rows[0].slice(0, 3)).toEqual(['零工名称', '工种', '开工日期']);
    expect(rows[1][0]).toBe('清雪零工');
    expect(rows[1][6]).toBe('300.00 元/天');

    const now = t.clock.now();
    t.clock.set(new Date(now.getTime() + 3 * DAY));
    try {
      const after = await t.http().get('/api/v1/me/jobs/gigs').set('Authorization', w.auth);
      expect((after.body.items as GigJobResponse[]).map((g) => g.title)).not.toContain('清雪零工');
      const ended = await t
        .http()
        .get('/api/v1/jobs/gigs?status=EXPIRED&keyword=清雪')
        .set('Authorization', await t.bearer('chengdong_reviewer'));
      expect(ended.body.items[0]).toMatchObject({ title: '清雪零工', status: GigJobStatus.EXPIRED });
    } finally {
      t.clock.set(now);
    }
    const closed = await t
      .http()
      .post(`/api/v1/jobs/gigs/${posted.body.id}/close`)
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe(GigJobStatus.CLOSED);
  });
});

describe('jobs: one-to-one service (一对一服务)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function centerStaffId(): Promise<number> {
    const me = await t
      .http()
      .get('/api/v1/auth/me')
      .set('Authorization', await t.bearer('center_staff'));
    return me.body.id as number;
  }

  it('staff of the worker’s region are made responsible; another county can neither assign nor see; reassigning is audited', async () => {
    const w = await hardshipWorker(t, { regionCode: '630102' });
    const county = await t.bearer('chengdong_reviewer');
    const options = await t
      .http()
      .get(`/api/v1/jobs/one-to-one/options?workerId=${w.workerId}`)
      .set('Authorization', county);
    expect(options.status).toBe(200);
    const centerId = await centerStaffId();
    expect(options.body.map((o: { id: number }) => o.id)).toContain(centerId);

    const haidongStaff = await createStaff(t, { regionCode: '630202', roles: [Role.REVIEWER] });
    expect(options.body.map((o: { id: number }) => o.id)).not.toContain(haidongStaff.id);
    const wrong = await t
      .http()
      .put(`/api/v1/jobs/one-to-one/${w.workerId}`)
      .set('Authorization', county)
      .send({ staffId: haidongStaff.id });
    expect(wrong.status).toBe(400);
    expect(fields(wrong)).toEqual(['staffId']);
    const bad = await t.http().put(`/api/v1/jobs/one-to-one/${w.workerId}`).set('Authorization', county).send({});
    expect(bad.status).toBe(400);
    expect(fields(bad)).toEqual(['staffId']);

    const assigned = await t
      .http()
      .put(`/api/v1/jobs/one-to-one/${w.workerId}`)
      .set('Authorization', county)
      .send({ staffId: centerId });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ workerId: w.workerId, staffId: centerId });

    const haidong = await t.bearer('haidong_reviewer');
    const outsider = await t
      .http()
      .put(`/api/v1/jobs/one-to-one/${w.workerId}`)
      .set('Authorization', haidong)
      .send({ staffId: haidongStaff.id });
    expect(outsider.status).toBe(404);
    expect((await t.http().get(`/api/v1/jobs/one-to-one/${w.workerId}`).set('Authorization', haidong)).status).toBe(
      404,
    );
    expect(
      (await t.http().get(`/api/v1/jobs/one-to-one/${w.workerId}`).set('Authorization', county)).body.staffId,
    ).toBe(centerId);

    const colleague = await createStaff(t, { regionCode: '630102', roles: [Role.REVIEWER] });
    const reassigned = await t
      .http()
      .put(`/api/v1/jobs/one-to-one/${w.workerId}`)
      .set('Authorization', county)
      .send({ staffId: colleague.id });
    expect(reassigned.status).toBe(200);
    const audit = await t.db.query(
      "SELECT action, summary FROM audit_log WHERE action LIKE 'job_caseworker.%' AND target_id = ? ORDER BY id",
      [String(w.workerId)],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'job_caseworker.assign',
      'job_caseworker.reassign',
    ]);
    expect(JSON.parse(String(audit[1].summary))).toEqual({ from: centerId, to: colleague.id });
  });

  it('only hardship or unemployed workers get a responsible staff member', async () => {
    const auth = await t.workerBearer(`w-${randomUUID().slice(0, 12)}`);
    const reg = await t.register(auth, {
      ...workerProfile({ idNumber: workingAgeId('630102'), employmentStatus: EmploymentStatus.EMPLOYED }),
      consent: true,
    });
    expect(reg.status).toBe(200);
    const res = await t
      .http()
      .put(`/api/v1/jobs/one-to-one/${reg.body.id}`)
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send({ staffId: await centerStaffId() });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('困难职工');
  });

  it('the responsible staff member lists their people with the last follow-up and the open referrals, and exports them', async () => {
    const w = await hardshipWorker(t, { regionCode: '630102' });
    const centerId = await centerStaffId();
    await t
      .http()
      .put(`/api/v1/jobs/one-to-one/${w.workerId}`)
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send({ staffId: centerId });
    const center = await t.bearer('center_staff');
    // an open posting, and the center refers the worker to it (职业介绍)
    const created = await t
      .http()
      .post('/api/v1/jobs/postings')
      .set('Authorization', await t.bearer('hr_demo'))
      .set('Idempotency-Key', randomUUID())
      .send(postingRequest(t));
    const postingId = (created.body as JobPostingResponse).id;
    await t
      .http()
      .post(`/api/v1/jobs/postings/${postingId}/submit`)
      .set('Authorization', await t.bearer('hr_demo'));
    const approved = await t
      .http()
      .post(`/api/v1/jobs/postings/${postingId}/approve`)
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    expect(approved.status).toBe(200);
    const referred = await t
      .http()
      .post(`/api/v1/jobs/postings/${postingId}/referrals`)
      .set('Authorization', center)
      .send({ workerId: w.workerId, note: '一对一帮扶推荐' });
    expect(referred.status).toBe(201);

    const mine = await t.http().get('/api/v1/jobs/one-to-one/mine?pageSize=100').set('Authorization', center);
    expect(mine.status).toBe(200);
    const row = (mine.body.items as MyPersonRow[]).find((p) => p.workerId === w.workerId)!;
    expect(row).toMatchObject({ lastFollowUpAt: null, openApplications: 1, openReferrals: 1, name: '李梅' });
    expect(row.phoneMasked).toMatch(/\*/);
    // someone else's people are not on the county reviewer's list
    const reviewer = await t
      .http()
      .get('/api/v1/jobs/one-to-one/mine')
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    expect((reviewer.body.items as MyPersonRow[]).map((p) => p.workerId)).not.toContain(w.workerId);

    const sheet = await t
      .http()
      .get('/api/v1/jobs/one-to-one/mine/export')
      .set('Authorization', center)
      .buffer(true)
      .parse(binary);
    expect(sheet.status).toBe(200);
    const rows = await sheetRows(sheet.body);
    expect(rows[0]).toContain('最近走访');
    const line = rows.find((r) => r[0] === '李梅' && r[7] === '1');
    expect(line?.[6]).toBe('未走访');
    expect(line?.[8]).toBe('1');
  });
  it('the referrals board filters the applications in scope by source, region and reported hire; another county sees none', async () => {
    const center = await t.bearer('center_staff');
    const county = await t.bearer('chengdong_reviewer');
    const board = await t
      .http()
      .get('/api/v1/jobs/applications?source=REFERRED&regionCode=630102&pageSize=100')
      .set('Authorization', county);
    expect(board.status).toBe(200);
    expect(board.body.total).toBeGreaterThan(0);
    for (const a of board.body.items) expect(a).toMatchObject({ source: 'REFERRED', regionCode: '630102' });
    const referred = board.body.items[0] as { id: number; workerId: number };
    const applied = await t
      .http()
      .get('/api/v1/jobs/applications?source=APPLIED&regionCode=630102')
      .set('Authorization', county);
    expect((applied.body.items as { id: number }[]).map((a) => a.id)).not.toContain(referred.id);
    const bad = await t.http().get('/api/v1/jobs/applications?source=PHONE').set('Authorization', county);
    expect(bad.status).toBe(400);
    expect(fields(bad)).toEqual(['source']);

    // the worker reports the start (我已入职); the board's 待确认入职 filter shows it until staff confirm
    const openid = (await t.db.query(
      'SELECT a.openid FROM worker_account a JOIN worker w ON w.account_id = a.id WHERE w.id = ?',
      [referred.workerId],
    )) as { openid: string }[];
    const auth = await t.workerBearer(openid[0].openid);
    const start = shanghaiDay(t.clock.now());
    const reported = await t
      .http()
      .post(`/api/v1/me/jobs/applications/${referred.id}/report-hire`)
      .set('Authorization', auth)
      .send({ startsOn: start });
    expect(reported.status).toBe(200);
    const waiting = await t.http().get('/api/v1/jobs/applications?reportedHire=true').set('Authorization', center);
    expect((waiting.body.items as { id: number }[]).map((a) => a.id)).toContain(referred.id);
    const confirmed = await t
      .http()
      .post(`/api/v1/jobs/applications/${referred.id}/confirm-hire`)
      .set('Authorization', center);
    expect(confirmed.status).toBe(200);
    const after = await t.http().get('/api/v1/jobs/applications?reportedHire=true').set('Authorization', center);
    expect((after.body.items as { id: number }[]).map((a) => a.id)).not.toContain(referred.id);
    // the worker leaves the open referrals of their responsible staff member
    const mine = await t.http().get('/api/v1/jobs/one-to-one/mine?pageSize=100').set('Authorization', center);
    expect((mine.body.items as MyPersonRow[]).find((p) => p.workerId === referred.workerId)?.openReferrals).toBe(0);

    const haidong = await t
      .http()
      .get('/api/v1/jobs/applications?source=REFERRED&pageSize=100')
      .set('Authorization', await t.bearer('haidong_reviewer'));
    expect((haidong.body.items as { id: number }[]).map((a) => a.id)).not.toContain(referred.id);
  });
});
