import {
  CenterService,
  DemandAction,
  DemandCategory,
  DemandSource,
  DemandStatus,
  DemandTransferTarget,
  DisputeType,
  Role,
  ServiceRequestStatus,
  type DemandResponse,
} from '@steadywork/shared';
import { randomUUID } from 'node:crypto';
import { hardshipWorker, PNG, type HardshipWorker } from './factories/aid.factory';
import { createStaff } from './factories/staff.factory';
import { binary } from './helpers/xlsx';
import { startTestApp, TestApp } from './helpers/test-app';

const DAY = 86_400_000;

describe('workers’ demands (职工诉求, 12351)', () => {
  let t: TestApp;
  /** A county union (城东区), its city (西宁市), another county of that city (城西区). */
  let county: string;
  let city: string;
  let otherCounty: string;
  let w: HardshipWorker;

  beforeAll(async () => {
    t = await startTestApp();
    county = await t.bearer('chengdong_reviewer');
    city = await t.bearer('xining_reviewer');
    const other = await createStaff(t, { regionCode: '630104', roles: [Role.REVIEWER] });
    otherCounty = `Bearer ${(await t.login(other.username, other.password)).accessToken}`;
    w = await hardshipWorker(t, { archive: false });
  });
  afterAll(() => t.close());

  function file(worker: HardshipWorker, body: Record<string, unknown> = {}, key: string = randomUUID()) {
    return t
      .http()
      .post('/api/v1/me/demands')
      .set('Authorization', worker.auth)
      .set('Idempotency-Key', key)
      .send({
        category: DemandCategory.WAGES_OWED,
        employerName: '西宁某建筑劳务公司',
        description: '工地老板拖欠三个月工资共 1.2 万元',
        ...body,
      });
  }

  const list = async (auth: string, query = '') =>
    (await t.http().get(`/api/v1/demands?pageSize=100${query}`).set('Authorization', auth)).body
      .items as DemandResponse[];

  it('a worker files a wages-owed demand with an attachment; it lands at the county union with a 5-working-day deadline', async () => {
    // this test's instant: Wednesday 10 June 2026, 10:00 in Xining
    t.clock.set('2026-06-10T02:00:00Z');
    const upload = await t.http().post('/api/v1/files').set('Authorization', w.auth).attach('file', PNG, 'iou.png');
    expect(upload.status).toBe(201);
    const res = await file(w, { attachments: [upload.body.id] });
    expect(res.status).toBe(201);
    const d = res.body as DemandResponse;
    expect(d).toMatchObject({
      source: DemandSource.MINIAPP,
      category: DemandCategory.WAGES_OWED,
      status: DemandStatus.SUBMITTED,
      regionCode: '630102',
      regionName: '青海省 / 西宁市 / 城东区',
      late: false,
      escalated: false,
      employerName: '西宁某建筑劳务公司',
    });
    expect(d.attachments).toEqual([expect.objectContaining({ id: upload.body.id, mime: 'image/png' })]);
    // filed Wednesday 2026-06-10: Thursday to the next Wednesday are the 5 working days
    expect(d.dueAt).toBe(new Date('2026-06-17T23:59:59.999+08:00').toISOString());
    expect(d.events!.map((e) => e.action)).toEqual([DemandAction.SUBMIT]);
    expect(d.workerPhone).toMatch(/\*/);

    const seen = await list(county);
    expect(seen.map((x) => x.id)).toContain(d.id);
    expect(seen.find((x) => x.id === d.id)!.workerIdNumber).toMatch(/\*/);
    // the county's staff read the attachment; another county's do not
    const img = await t
      .http()
      .get(`/api/v1/files/${upload.body.id}`)
      .set('Authorization', county)
      .buffer(true)
      .parse(binary);
    expect(img.status).toBe(200);
    expect((await t.http().get(`/api/v1/files/${upload.body.id}`).set('Authorization', otherCounty)).status).toBe(404);
  });

  it('the same submit twice, in turn and at once, makes one demand', async () => {
    const worker = await hardshipWorker(t, { archive: false });
    const key = randomUUID();
    const first = await file(worker, {}, key);
    const again = await file(worker, {}, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);

    const key2 = randomUUID();
    const both = await Promise.all([file(worker, {}, key2), file(worker, {}, key2)]);
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(both[0].body.id).toBe(both[1].body.id);

    const mine = await t.http().get('/api/v1/me/demands').set('Authorization', worker.auth);
    expect(mine.body).toHaveLength(2);
  });

  it('accept, record, close, rate: the worker sees every step; rating only once and only when closed', async () => {
    const worker = await hardshipWorker(t, { archive: false });
    const id = (await file(worker, { category: DemandCategory.CONTRACT })).body.id as number;
    const rate = (body: Record<string, unknown>) =>
      t.http().post(`/api/v1/me/demands/${id}/rating`).set('Authorization', worker.auth).send(body);

    expect((await rate({ rating: 5 })).status).toBe(409);
    // a note before acceptance is refused
    expect(
      (await t.http().post(`/api/v1/demands/${id}/notes`).set('Authorization', county).send({ note: 'x' })).status,
    ).toBe(409);
    const accepted = await t.http().post(`/api/v1/demands/${id}/accept`).set('Authorization', county);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe(DemandStatus.ACCEPTED);
    expect((await t.http().post(`/api/v1/demands/${id}/accept`).set('Authorization', county)).status).toBe(409);
    const noted = await t
      .http()
      .post(`/api/v1/demands/${id}/notes`)
      .set('Authorization', county)
      .send({ note: '已电话联系用人单位' });
    expect(noted.status).toBe(200);
    expect((await rate({ rating: 5 })).status).toBe(409);
    const closed = await t
      .http()
      .post(`/api/v1/demands/${id}/close`)
      .set('Authorization', county)
      .send({ result: '单位已补签劳动合同' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: DemandStatus.CLOSED, result: '单位已补签劳动合同', late: false });

    const rated = await rate({ rating: 4, comment: '处理及时' });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ rating: 4, ratingComment: '处理及时' });
    const twice = await rate({ rating: 1 });
    expect(twice.status).toBe(409);

    const seen = await t.http().get(`/api/v1/me/demands/${id}`).set('Authorization', worker.auth);
    expect(seen.status).toBe(200);
    expect(seen.body.rating).toBe(4);
    expect(seen.body.events.map((e: { action: string }) => e.action)).toEqual([
      DemandAction.SUBMIT,
      DemandAction.ACCEPT,
      DemandAction.NOTE,
      DemandAction.CLOSE,
      DemandAction.RATE,
    ]);
    expect(seen.body.events[1].actorName).toBe('城东区总工会初审');
    expect(seen.body.events[2].note).toBe('已电话联系用人单位');
    // another worker cannot see it
    const stranger = await hardshipWorker(t, { archive: false });
    expect((await t.http().get(`/api/v1/me/demands/${id}`).set('Authorization', stranger.auth)).status).toBe(404);
  });

  it('left unanswered past 5 working days it is late and escalated to the city union; another county sees none of it', async () => {
    const worker = await hardshipWorker(t, { archive: false });
    const id = (await file(worker)).body.id as number;
    const before = await t.http().get('/api/v1/demands/summary').set('Authorization', city);
    // on the last day it is not late yet
    t.clock.advance(7 * DAY);
    expect((await t.http().get(`/api/v1/demands/${id}`).set('Authorization', county)).body.late).toBe(false);
    t.clock.advance(1 * DAY);
    try {
      const atCounty = await t.http().get(`/api/v1/demands/${id}`).set('Authorization', county);
      expect(atCounty.body).toMatchObject({ late: true, escalated: true, escalatedTo: '630100' });
      const atCity = await t.http().get(`/api/v1/demands/${id}`).set('Authorization', city);
      expect(atCity.status).toBe(200);
      expect(atCity.body).toMatchObject({ escalated: true, escalatedTo: '630100' });
      expect((await list(city, '&late=true')).map((d) => d.id)).toContain(id);
      expect((await list(county, '&late=true')).map((d) => d.id)).toContain(id);
      expect((await list(county, '&late=false')).map((d) => d.id)).not.toContain(id);
      const summary = await t.http().get('/api/v1/demands/summary').set('Authorization', city);
      expect(summary.body.escalatedToUs).toBeGreaterThan(before.body.escalatedToUs);
      expect(summary.body.late).toBeGreaterThanOrEqual(1);
      const countySummary = await t.http().get('/api/v1/demands/summary').set('Authorization', county);
      expect(countySummary.body.late).toBeGreaterThanOrEqual(1);
      expect(countySummary.body.byCategory[DemandCategory.WAGES_OWED]).toBeGreaterThanOrEqual(1);

      // another county: 404 on the record, none in its lists or counts
      expect((await t.http().get(`/api/v1/demands/${id}`).set('Authorization', otherCounty)).status).toBe(404);
      expect((await t.http().post(`/api/v1/demands/${id}/accept`).set('Authorization', otherCounty)).status).toBe(404);
      expect(await list(otherCounty)).toEqual([]);
      expect(await list(otherCounty, '&late=true')).toEqual([]);
      const otherSummary = await t.http().get('/api/v1/demands/summary').set('Authorization', otherCounty);
      expect(otherSummary.body).toMatchObject({ open: 0, late: 0, escalatedToUs: 0 });
      // closing it ends the escalation
      await t.http().post(`/api/v1/demands/${id}/accept`).set('Authorization', county);
      await t.http().post(`/api/v1/demands/${id}/close`).set('Authorization', county).send({ result: '已追回工资' });
      expect((await t.http().get(`/api/v1/demands/${id}`).set('Authorization', city)).body).toMatchObject({
        late: false,
        escalated: false,
      });
    } finally {
      t.clock.advance(-8 * DAY);
    }
  });

  it('the province deadline setting changes the working days counted', async () => {
    const province = await t.bearer('province_reviewer');
    expect((await t.http().get('/api/v1/demands/settings').set('Authorization', county)).body).toEqual({
      deadlineWorkingDays: 5,
    });
    expect(
      (await t.http().put('/api/v1/demands/settings').set('Authorization', county).send({ deadlineWorkingDays: 3 }))
        .status,
    ).toBe(403);
    const bad = await t
      .http()
      .put('/api/v1/demands/settings')
      .set('Authorization', province)
      .send({ deadlineWorkingDays: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('deadlineWorkingDays');
    await t.http().put('/api/v1/demands/settings').set('Authorization', province).send({ deadlineWorkingDays: 3 });
    try {
      t.clock.set('2026-06-10T02:00:00Z'); // Wednesday 10 June, 10:00 in Xining
      const d = (await file(w)).body as DemandResponse;
      expect(d.dueAt).toBe(new Date('2026-06-15T23:59:59.999+08:00').toISOString());
    } finally {
      await t.http().put('/api/v1/demands/settings').set('Authorization', province).send({ deadlineWorkingDays: 5 });
    }
  });

  it('a transfer to legal aid creates a legal-aid service request at the county’s center', async () => {
    const worker = await hardshipWorker(t, { archive: false });
    const id = (await file(worker, { category: DemandCategory.WORK_INJURY })).body.id as number;
    await t.http().post(`/api/v1/demands/${id}/accept`).set('Authorization', county);
    const res = await t
      .http()
      .post(`/api/v1/demands/${id}/transfer`)
      .set('Authorization', county)
      .send({ target: DemandTransferTarget.LEGAL_AID, note: '需要申请工伤认定' });
    expect(res.status).toBe(200);
    expect(res.body.legalAidRequestId).toEqual(expect.any(Number));
    expect(res.body.events.at(-1)).toMatchObject({ action: DemandAction.LEGAL_AID, note: '需要申请工伤认定' });
    const sr = await t
      .http()
      .get(`/api/v1/service-requests/${res.body.legalAidRequestId}`)
      .set('Authorization', await t.bearer('center_staff'));
    expect(sr.status).toBe(200);
    expect(sr.body).toMatchObject({
      serviceType: CenterService.LEGAL_AID,
      disputeType: DisputeType.INJURY,
      status: ServiceRequestStatus.PENDING,
      centerName: '西宁市城东区困难职工帮扶中心',
      workerId: worker.workerId,
    });
    // the worker sees it among their service requests too
    const mine = await t.http().get('/api/v1/me/service-requests').set('Authorization', worker.auth);
    expect(mine.body.map((r: { id: number }) => r.id)).toContain(res.body.legalAidRequestId);
    // only once
    const again = await t
      .http()
      .post(`/api/v1/demands/${id}/transfer`)
      .set('Authorization', county)
      .send({ target: DemandTransferTarget.LEGAL_AID, note: '再转' });
    expect(again.status).toBe(409);
  });

  it('a transfer to another union moves it there: the new union accepts it, the old one no longer sees it', async () => {
    const worker = await hardshipWorker(t, { archive: false });
    const id = (await file(worker)).body.id as number;
    const res = await t
      .http()
      .post(`/api/v1/demands/${id}/transfer`)
      .set('Authorization', county)
      .send({ target: DemandTransferTarget.UNION, regionCode: '630104', note: '用人单位在城西区' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: DemandStatus.TRANSFERRED, regionCode: '630104' });
    expect((await t.http().get(`/api/v1/demands/${id}`).set('Authorization', county)).status).toBe(404);
    const accepted = await t.http().post(`/api/v1/demands/${id}/accept`).set('Authorization', otherCounty);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe(DemandStatus.ACCEPTED);
    const unknown = await t
      .http()
      .post(`/api/v1/demands/${id}/transfer`)
      .set('Authorization', otherCounty)
      .send({ target: DemandTransferTarget.UNION, regionCode: '999999', note: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].field).toBe('regionCode');
  });

  it('staff record a 12351 call for a worker in their scope; the employer can be one of the registry', async () => {
    const employers = await t.db.query('SELECT id, name FROM employer ORDER BY id');
    const employer = employers[0] as { id: number; name: string };
    const res = await t
      .http()
      .post('/api/v1/demands')
      .set('Authorization', county)
      .set('Idempotency-Key', randomUUID())
      .send({
        workerId: w.workerId,
        category: DemandCategory.SOCIAL_INSURANCE,
        employerId: employer.id,
        description: '单位未缴纳社保',
      });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ source: DemandSource.HOTLINE, employerName: employer.name, regionCode: '630102' });
    const elsewhere = await t
      .http()
      .post('/api/v1/demands')
      .set('Authorization', otherCounty)
      .send({ workerId: w.workerId, category: DemandCategory.OTHER, description: '咨询' });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.details[0].field).toBe('workerId');
    // the worker sees it in 我的诉求
    const mine = await t.http().get('/api/v1/me/demands').set('Authorization', w.auth);
    expect(mine.body.map((d: DemandResponse) => d.id)).toContain(res.body.id);
    // a worker cannot use the staff routes
    expect((await t.http().get('/api/v1/demands').set('Authorization', w.auth)).status).toBe(403);
  });

  it('bad input: 400 with the field named', async () => {
    const fields = async (body: Record<string, unknown>) => {
      const res = await file(w, body);
      expect(res.status).toBe(400);
      return (res.body.details as { field: string; message: string }[]).map((d) => d.field).sort();
    };
    expect(await fields({ category: null })).toEqual(['category']);
    expect(await fields({ category: 'SALARY' })).toEqual(['category']);
    expect(await fields({ description: '' })).toEqual(['description']);
    expect(await fields({ description: '   ' })).toEqual(['description']);
    expect(await fields({ employerId: 999999 })).toEqual(['employerId']);
    const res = await file(w, { category: null });
    expect(res.body.details[0].message).toMatch(/诉求类别/);
    const rating = await t.http().post('/api/v1/me/demands/1/rating').set('Authorization', w.auth).send({ rating: 6 });
    expect(rating.status).toBe(400);
    expect(rating.body.details[0]).toEqual({ field: 'rating', message: '评分为 1 至 5 星' });
  });

  it('lists page by page and by keyset, and export a spreadsheet of the scope', async () => {
    const page1 = await t.http().get('/api/v1/demands?pageSize=2').set('Authorization', county);
    expect(page1.body.items).toHaveLength(2);
    const lastId = page1.body.items[1].id;
    const next = await t.http().get(`/api/v1/demands?pageSize=2&beforeId=${lastId}`).set('Authorization', county);
    expect(next.body.items.every((d: DemandResponse) => d.id < lastId)).toBe(true);
    const page2 = await t.http().get('/api/v1/demands?pageSize=2&page=2').set('Authorization', county);
    expect(page2.body.items.map((d: DemandResponse) => d.id)).toEqual(next.body.items.map((d: DemandResponse) => d.id));
    const byCategory = await list(county, `&category=${DemandCategory.CONTRACT}`);
    expect(byCategory.length).toBeGreaterThan(0);
    expect(byCategory.every((d) => d.category === DemandCategory.CONTRACT)).toBe(true);

    const xlsx = await t.http().get('/api/v1/demands/export').set('Authorization', county).buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect((xlsx.body as Buffer).length).toBeGreaterThan(1000);
    const reveal = await t.http().get(`/api/v1/demands/${page1.body.items[0].id}/reveal`).set('Authorization', county);
    expect(reveal.status).toBe(200);
    expect(reveal.body.phone).toMatch(/^1\d{10}$/);
  });

  it('counts the deadline from Xining’s calendar day: filed at 23:58 or at 00:02 on a Friday night, past the 端午 holiday alike', async () => {
    // Friday 12 June 2026, 23:58 in Xining (15:58 UTC), and Saturday 00:02: the count starts on
    // Monday 15 June either way; Friday 19 June is 端午节, so the fifth working day is Monday 22 June.
    for (const at of ['2026-06-12T15:58:00Z', '2026-06-12T16:02:00Z']) {
      t.clock.set(at);
      const d = (await file(w)).body as DemandResponse;
      expect({ at, dueAt: d.dueAt }).toEqual({ at, dueAt: new Date('2026-06-22T23:59:59.999+08:00').toISOString() });
    }
  });
});
