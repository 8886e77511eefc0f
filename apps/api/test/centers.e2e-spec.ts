import {
  CenterKind,
  CenterService,
  DisputeType,
  Role,
  ServiceOutcome,
  ServiceRequestStatus,
  type CenterResponse,
  type ServiceRequestResponse,
} from '@steadywork/shared';
import { randomUUID } from 'node:crypto';
import { hardshipWorker, PNG, upload, type HardshipWorker } from './factories/aid.factory';
import { binary } from './helpers/xlsx';
import { createStaff, STRONG_PASSWORD } from './factories/staff.factory';
import { startTestApp, TestApp } from './helpers/test-app';

const XINING = { lat: 36.6225, lng: 101.7801 };
const DAY = 86_400_000;

describe('support centers: registry, requests, star rating', () => {
  let t: TestApp;
  let chengdong: CenterResponse;
  beforeAll(async () => {
    t = await startTestApp();
    const w = await hardshipWorker(t, { archive: false });
    const all = await t.http().get('/api/v1/centers?pageSize=100').set('Authorization', w.auth);
    chengdong = (all.body.items as CenterResponse[]).find((c) => c.name === '西宁市城东区困难职工帮扶中心')!;
  });
  afterAll(() => t.close());

  async function ask(w: HardshipWorker, body: Record<string, unknown> = {}) {
    return t
      .http()
      .post('/api/v1/service-requests')
      .set('Authorization', w.auth)
      .set('Idempotency-Key', randomUUID())
      .send({
        centerId: chengdong.id,
        serviceType: CenterService.JOB_REFERRAL,
        description: '想找一份保洁工作',
        ...body,
      });
  }

  it('sorts centers by distance from the worker: for a Xining location the nearest are in Xining, Golmud last', async () => {
    const w = await hardshipWorker(t, { archive: false });
    const res = await t
      .http()
      .get(`/api/v1/centers?lat=${XINING.lat}&lng=${XINING.lng}&pageSize=100`)
      .set('Authorization', w.auth);
    expect(res.status).toBe(200);
    const items = res.body.items as CenterResponse[];
    const distances = items.map((c) => c.distanceMeters!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(items[0].regionName).toMatch(/^青海省 \/ 西宁市|^青海省$/);
    expect(items[0].distanceMeters).toBeLessThan(2_000);
    expect(items.at(-1)!.name).toBe('格尔木市困难职工帮扶中心');
    // Golmud is about 620 km west of Xining
    expect(items.at(-1)!.distanceMeters).toBeGreaterThan(580_000);
    expect(items.at(-1)!.distanceMeters).toBeLessThan(660_000);
    const legal = await t
      .http()
      .get(`/api/v1/centers?lat=${XINING.lat}&lng=${XINING.lng}&service=LEGAL_AID&pageSize=100`)
      .set('Authorization', w.auth);
    expect((legal.body.items as CenterResponse[]).every((c) => c.services.includes(CenterService.LEGAL_AID))).toBe(
      true,
    );
    expect((legal.body.items as CenterResponse[]).some((c) => c.kind === CenterKind.CARING_POST)).toBe(false);
    // without a location: the worker's county first, then their city
    const byRegion = await t.http().get('/api/v1/centers?regionCode=630202&pageSize=100').set('Authorization', w.auth);
    expect(byRegion.body.items[0].name).toBe('海东市乐都区困难职工帮扶中心');
  });

  it('a county union registers a center in its county only; coordinates and services are checked', async () => {
    const reviewer = await t.bearer('chengdong_reviewer');
    const body = {
      name: '城东区东关大街职工服务站',
      kind: CenterKind.SERVICE_CENTER,
      regionCode: '630102',
      address: '西宁市城东区东关大街 88 号',
      latitude: 36.61,
      longitude: 101.79,
      openingHours: '周一至周五 9:00-17:00',
      phone: '0971-8000000',
      services: [CenterService.JOB_REGISTRATION],
    };
    const ok = await t.http().post('/api/v1/centers').set('Authorization', reviewer).send(body);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ level: 'county', regionName: '青海省 / 西宁市 / 城东区', stars: null });
    const elsewhere = await t
      .http()
      .post('/api/v1/centers')
      .set('Authorization', reviewer)
      .send({ ...body, regionCode: '630202' });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.details).toEqual([{ field: 'regionCode', message: '只能登记本级及下级地区的服务中心' }]);
    const bad = await t
      .http()
      .post('/api/v1/centers')
      .set('Authorization', reviewer)
      .send({ ...body, latitude: 120, services: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['latitude', 'services']);
    const worker = await hardshipWorker(t, { archive: false });
    expect((await t.http().post('/api/v1/centers').set('Authorization', worker.auth).send(body)).status).toBe(403);
    // photos are public to signed-in workers through the center, not as bare files
    const photo = await t.http().post('/api/v1/files').set('Authorization', reviewer).attach('file', PNG, 'hall.png');
    const withPhoto = await t
      .http()
      .put(`/api/v1/centers/${ok.body.id}`)
      .set('Authorization', reviewer)
      .send({ ...body, photos: [photo.body.id] });
    expect(withPhoto.body.photos).toEqual([expect.objectContaining({ id: photo.body.id, mime: 'image/png' })]);
    const seen = await t
      .http()
      .get(`/api/v1/centers/${ok.body.id}/photos/${photo.body.id}`)
      .set('Authorization', worker.auth)
      .buffer(true)
      .parse(binary);
    expect(seen.status).toBe(200);
    expect(Buffer.compare(seen.body as Buffer, PNG)).toBe(0);
    expect((await t.http().get(`/api/v1/files/${photo.body.id}`).set('Authorization', worker.auth)).status).toBe(404);
    const other = await upload(t, worker.auth);
    expect(
      (await t.http().get(`/api/v1/centers/${ok.body.id}/photos/${other}`).set('Authorization', worker.auth)).status,
    ).toBe(404);
  });

  it('a worker asks for legal aid: dispute type required, the service must be offered, a retry never duplicates', async () => {
    const w = await hardshipWorker(t, { archive: false });
    const noType = await ask(w, { serviceType: CenterService.LEGAL_AID, description: '公司拖欠三个月工资' });
    expect(noType.status).toBe(400);
    expect(noType.body.details).toEqual([{ field: 'disputeType', message: '申请法律援助请选择纠纷类型' }]);
    const list = await t.http().get('/api/v1/centers?pageSize=100').set('Authorization', w.auth);
    const post = (list.body.items as CenterResponse[]).find((c) => c.kind === CenterKind.CARING_POST)!;
    const notOffered = await ask(w, {
      centerId: post.id,
      serviceType: CenterService.LEGAL_AID,
      disputeType: DisputeType.WAGES_OWED,
    });
    expect(notOffered.status).toBe(400);
    expect(notOffered.body.details[0].field).toBe('serviceType');
    const key = randomUUID();
    const send = () =>
      t.http().post('/api/v1/service-requests').set('Authorization', w.auth).set('Idempotency-Key', key).send({
        centerId: chengdong.id,
        serviceType: CenterService.LEGAL_AID,
        disputeType: DisputeType.WAGES_OWED,
        description: '公司拖欠三个月工资',
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(a.body).toMatchObject({
      status: ServiceRequestStatus.PENDING,
      disputeType: DisputeType.WAGES_OWED,
      overdue: false,
    });
    const mine = await t.http().get('/api/v1/me/service-requests').set('Authorization', w.auth);
    expect(mine.body).toHaveLength(1);
    // another worker sees nothing of it
    const other = await hardshipWorker(t, { archive: false });
    expect((await t.http().get(`/api/v1/service-requests/${a.body.id}`).set('Authorization', other.auth)).status).toBe(
      404,
    );
    expect((await t.http().get('/api/v1/me/service-requests').set('Authorization', other.auth)).body).toEqual([]);
  });

  it('only the center’s own staff see and act on its queue', async () => {
    const w = await hardshipWorker(t, { archive: false });
    const req = await ask(w);
    // a CENTER_STAFF account of another center (海东)
    const haidongStaff = await createStaff(t, { regionCode: '630200', roles: [Role.CENTER_STAFF] });
    const login = await t.login(haidongStaff.username, STRONG_PASSWORD);
    const other = `Bearer ${login.accessToken}`;
    const hd = await t
      .http()
      .post('/api/v1/centers')
      .set('Authorization', await t.bearer('province_reviewer'))
      .send({
        name: '海东市平安区帮扶中心',
        kind: CenterKind.SUPPORT_CENTER,
        regionCode: '630203',
        address: '海东市平安区',
        latitude: 36.5,
        longitude: 102.1,
        openingHours: '9:00-17:00',
        phone: '0972-1234567',
        services: [CenterService.JOB_REFERRAL],
        organizationId: haidongStaff.organization.id,
      });
    expect(hd.status).toBe(201);
    const queue = await t.http().get('/api/v1/service-requests').set('Authorization', other);
    expect(queue.body.items.map((r: ServiceRequestResponse) => r.id)).not.toContain(req.body.id);
    expect((await t.http().get(`/api/v1/service-requests/${req.body.id}`).set('Authorization', other)).status).toBe(
      404,
    );
    expect(
      (await t.http().post(`/api/v1/service-requests/${req.body.id}/accept`).set('Authorization', other)).status,
    ).toBe(404);
    const own = await t
      .http()
      .get('/api/v1/service-requests?pageSize=100')
      .set('Authorization', await t.bearer('center_staff'));
    expect(own.body.items.map((r: ServiceRequestResponse) => r.id)).toContain(req.body.id);
    expect(own.body.items[0].workerPhone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('accept, record, close as hired (an employment outcome), then the worker rates — not before', async () => {
    const w = await hardshipWorker(t, { archive: false });
    const req = await ask(w);
    const staff = await t.bearer('center_staff');
    const early = await t
      .http()
      .post(`/api/v1/service-requests/${req.body.id}/rating`)
      .set('Authorization', w.auth)
      .send({ rating: 5 });
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('服务办结后才能评价');
    const accepted = await t.http().post(`/api/v1/service-requests/${req.body.id}/accept`).set('Authorization', staff);
    expect(accepted.body).toMatchObject({ status: ServiceRequestStatus.ACCEPTED, acceptedBy: '城东区帮扶中心' });
    expect(
      (await t.http().post(`/api/v1/service-requests/${req.body.id}/cancel`).set('Authorization', w.auth)).status,
    ).toBe(409);
    const today = new Date(t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const record = await t
      .http()
      .post(`/api/v1/service-requests/${req.body.id}/records`)
      .set('Authorization', staff)
      .send({
        servedOn: today,
        serviceType: CenterService.JOB_REFERRAL,
        notes: '推荐至青海高原建设有限公司面试保洁岗位',
        result: '通过面试',
      });
    expect(record.body.records).toHaveLength(1);
    const noEmployer = await t
      .http()
      .post(`/api/v1/service-requests/${req.body.id}/close`)
      .set('Authorization', staff)
      .send({ outcome: ServiceOutcome.HIRED, summary: '已入职' });
    expect(noEmployer.status).toBe(400);
    expect(noEmployer.body.details.map((d: { field: string }) => d.field)).toEqual(['employer', 'contractStart']);
    const closed = await t
      .http()
      .post(`/api/v1/service-requests/${req.body.id}/close`)
      .set('Authorization', staff)
      .send({
        outcome: ServiceOutcome.HIRED,
        summary: '已入职',
        employer: '青海高原建设有限公司',
        contractStart: today,
      });
    expect(closed.body).toMatchObject({ status: ServiceRequestStatus.CLOSED, outcome: ServiceOutcome.HIRED });
    const outcomes = await t
      .http()
      .get(`/api/v1/outcomes?keyword=${encodeURIComponent('李梅')}&pageSize=100`)
      .set('Authorization', await t.bearer('province_reviewer'));
    expect(
      outcomes.body.items.some(
        (o: { workerId: number; source: string; employer: string }) =>
          o.workerId === w.workerId && o.source === 'REFERRAL' && o.employer === '青海高原建设有限公司',
      ),
    ).toBe(true);
    const bad = await t
      .http()
      .post(`/api/v1/service-requests/${req.body.id}/rating`)
      .set('Authorization', w.auth)
      .send({ rating: 6 });
    expect(bad.status).toBe(400);
    const rated = await t
      .http()
      .post(`/api/v1/service-requests/${req.body.id}/rating`)
      .set('Authorization', w.auth)
      .send({ rating: 5, comment: '很快就帮我找到了工作' });
    expect(rated.body).toMatchObject({ rating: 5, ratingComment: '很快就帮我找到了工作' });
    const twice = await t
      .http()
      .post(`/api/v1/service-requests/${req.body.id}/rating`)
      .set('Authorization', w.auth)
      .send({ rating: 1 });
    expect(twice.status).toBe(409);
    const center = await t.http().get(`/api/v1/centers/${chengdong.id}`).set('Authorization', w.auth);
    expect(center.body.averageRating).toBe(5);
  });

  it('the star score follows the checklist; the checklist’s weights must sum to 100', async () => {
    const rater = await t.bearer('province_reviewer');
    const checklist = await t.http().get('/api/v1/centers/star-checklist').set('Authorization', rater);
    expect(checklist.body.criteria.reduce((s: number, c: { weight: number }) => s + c.weight, 0)).toBe(100);
    const bad = await t
      .http()
      .put('/api/v1/centers/star-checklist')
      .set('Authorization', rater)
      .send({
        criteria: [
          { key: 'site', label: '场地', weight: 50 },
          { key: 'staff', label: '人员', weight: 40 },
        ],
        thresholds: [60, 70, 80, 90],
      });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([{ field: 'criteria', message: '各项权重之和应为 100（现为 90）' }]);
    const saved = await t
      .http()
      .put('/api/v1/centers/star-checklist')
      .set('Authorization', rater)
      .send({
        criteria: [
          { key: 'site', label: '场地', weight: 60 },
          { key: 'staff', label: '人员', weight: 40 },
        ],
        thresholds: [60, 70, 80, 90],
      });
    expect(saved.status).toBe(200);
    const missing = await t
      .http()
      .post(`/api/v1/centers/${chengdong.id}/evaluations`)
      .set('Authorization', rater)
      .send({ year: 2026, scores: { site: 90 }, evaluatedOn: '2026-03-01' });
    expect(missing.body.details).toEqual([{ field: 'scores.staff', message: '请为“人员”打分（0–100）' }]);
    // 90 × 0.6 + 75 × 0.4 = 84 → 4 stars
    const evaluation = await t
      .http()
      .post(`/api/v1/centers/${chengdong.id}/evaluations`)
      .set('Authorization', rater)
      .send({ year: 2026, scores: { site: 90, staff: 75 }, evaluatedOn: '2026-03-01' });
    expect(evaluation.status).toBe(201);
    expect(evaluation.body).toMatchObject({ total: 84, stars: 4, evaluator: '省总权益保障部' });
    // the current rating shows with the center
    const center = await t.http().get(`/api/v1/centers/${chengdong.id}`).set('Authorization', rater);
    expect(center.body.stars).toBe(4);
    const history = await t.http().get(`/api/v1/centers/${chengdong.id}/evaluations`).set('Authorization', rater);
    expect(history.body.map((e: { stars: number }) => e.stars)).toEqual([4]);
    expect(
      (
        await t
          .http()
          .post(`/api/v1/centers/${chengdong.id}/evaluations`)
          .set('Authorization', await t.bearer('finance'))
          .send({})
      ).status,
    ).toBe(403);
    const subsidy = await t
      .http()
      .post(`/api/v1/centers/${chengdong.id}/subsidies`)
      .set('Authorization', await t.bearer('finance'))
      .send({ year: 2026, amountFen: 5_000_000, purpose: '服务大厅无障碍改造' });
    expect(subsidy.status).toBe(201);
    expect(subsidy.body).toMatchObject({ amountFen: 5_000_000, recordedBy: '省总财务部' });
  });

  it('a request not accepted within 2 working days is flagged, and the home figures count it', async () => {
    const w = await hardshipWorker(t, { archive: false });
    const req = await ask(w, { serviceType: CenterService.CAREER_GUIDANCE, description: '想了解转岗方向' });
    const due = Date.parse(req.body.acceptDueAt);
    const created = Date.parse(req.body.createdAt);
    expect(due - created).toBeGreaterThan(2 * DAY);
    // the end of a working day in Asia/Shanghai
    expect(new Date(due + 8 * 3600_000).toISOString().slice(11, 19)).toBe('23:59:59');
    expect([1, 2, 3, 4, 5]).toContain(new Date(due + 8 * 3600_000).getUTCDay());
    const staff = await t.bearer('center_staff');
    t.clock.advance(due - t.clock.now().getTime() - 60_000);
    expect(
      (await t.http().get(`/api/v1/service-requests/${req.body.id}`).set('Authorization', staff)).body.overdue,
    ).toBe(false);
    t.clock.advance(2 * 60_000);
    const late = await t.http().get(`/api/v1/service-requests/${req.body.id}`).set('Authorization', staff);
    expect(late.body.overdue).toBe(true);
    const flagged = await t
      .http()
      .get('/api/v1/service-requests?overdue=true&pageSize=100')
      .set('Authorization', staff);
    expect(flagged.body.items.map((r: ServiceRequestResponse) => r.id)).toContain(req.body.id);
    const dash = await t
      .http()
      .get('/api/v1/centers/dashboard')
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    expect(dash.body.overdueRequests).toBe(flagged.body.total);
    const all = await t
      .http()
      .get('/api/v1/service-requests?pageSize=100')
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    const counted = dash.body.requestsByService.reduce((s: number, r: { count: number }) => s + r.count, 0);
    expect(counted).toBe(all.body.total);
    expect(dash.body.averageRating).toBe(5);
    // 海东 sees none of 城东区's requests
    const haidong = await t
      .http()
      .get('/api/v1/centers/dashboard')
      .set('Authorization', await t.bearer('haidong_reviewer'));
    expect(haidong.body.requestsByService).toEqual([]);
    expect(haidong.body.overdueRequests).toBe(0);
  });
});
