import {
  LayoffStatus,
  LayoffStep,
  LayoffStepState,
  Role,
  WorkerTag,
  type JobMatch,
  type LayoffFilingDetail,
  type LayoffFilingResponse,
  type LayoffImportResponse,
  type LayoffSummary,
  type LayoffWorkerResponse,
  type OverdueFollowUpResponse,
  type WorkerResponse,
} from '@steadywork/shared';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { PNG } from './factories/aid.factory';
import { createStaff } from './factories/staff.factory';
import { phoneNumber, residentId } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';

const HEADERS = [
  '姓名*',
  '身份证号码*',
  '手机号码*',
  '所在县（区）',
  '人员类别',
  '经济补偿金应付（元）',
  '经济补偿金已付（元）',
  '拖欠工资（元）',
  '欠缴社保月数',
  '解除劳动合同证明出具日期',
  '档案和社保关系转移日期',
];

async function sheet(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('被裁减人员');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The test instant is 2026-06-10 (Asia/Shanghai): told on 06-01, laid off 06-11 — 10 days' notice. */
const NOTICE = '2026-06-01';
const PLANNED = '2026-06-11';

describe('layoffs: economic layoff filings (经济性裁员)', () => {
  let t: TestApp;
  let hr: string;
  let city: string;
  let county: string;
  let other: string;
  beforeAll(async () => {
    t = await startTestApp({}, { now: '2026-06-10T02:00:00.000Z' });
    hr = await t.bearer('hr_demo');
    city = await t.bearer('xining_reviewer'); // 西宁市: hr_demo's company is in 城西区 under it
    county = await t.bearer('chengdong_reviewer'); // 城东区: another county
    other = await t.bearer('haidong_reviewer'); // another city
  });
  afterAll(() => t.close());

  const body = (overrides: Record<string, unknown> = {}) => ({
    totalWorkforce: 200,
    layoffCount: 25,
    reasons: '生产经营发生严重困难，主要生产线停产',
    plannedDate: PLANNED,
    noticeDate: NOTICE,
    ...overrides,
  });

  async function file(auth = hr): Promise<string> {
    const res = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', PNG, '证明.png');
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  async function step(id: number, s: LayoffStep, extra: Record<string, unknown> = {}, auth = hr) {
    return t
      .http()
      .post(`/api/v1/layoffs/${id}/steps/${s}`)
      .set('Authorization', auth)
      .send({ fileId: await file(auth), ...extra });
  }

  let filing: LayoffFilingDetail;

  it('HR file 25 of 200 with 10 days’ notice: a statutory layoff, accepted but flagged short of 30 days', async () => {
    const res = await t
      .http()
      .post('/api/v1/layoffs')
      .set('Authorization', hr)
      .set('Idempotency-Key', randomUUID())
      .send(body());
    expect(res.status).toBe(201);
    filing = res.body as LayoffFilingDetail;
    expect(filing).toMatchObject({
      employerName: '青海高原建设有限公司',
      regionCode: '630104',
      statutory: true,
      earliestLawfulDate: '2026-07-01',
      status: LayoffStatus.IN_PROGRESS,
      nextStep: LayoffStep.UNION_OPINION,
      settled: false,
      flags: { noticeShort: true, noticeShortDays: 20, overdueUnsettled: false, lateTransfers: 0 },
    });
    expect(filing.steps.map((s) => s.state)).toEqual(Array(4).fill(LayoffStepState.PENDING));
    expect(filing.events[0].detail).toContain('提前说明不足 30 日（差 20 日，最早合法日期 2026-07-01）');

    // the red flag is on every view: the list, the detail, the county home
    const list = await t.http().get('/api/v1/layoffs').set('Authorization', city);
    expect(list.body.items[0]).toMatchObject({ id: filing.id, flags: { noticeShort: true } });
    const flagged = await t.http().get('/api/v1/layoffs?flagged=true').set('Authorization', city);
    expect(flagged.body.items.map((f: LayoffFilingResponse) => f.id)).toContain(filing.id);
    const summary = await t.http().get('/api/v1/layoffs/summary').set('Authorization', city);
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({ open: 1, noticeShort: 1 });
    expect((summary.body as LayoffSummary).flagged.map((f) => f.id)).toEqual([filing.id]);
  });

  it('fewer than 20 is statutory only at 10% of the workforce; with 30 days’ notice nothing is flagged', async () => {
    const small = await t
      .http()
      .post('/api/v1/layoffs')
      .set('Authorization', hr)
      .send(body({ layoffCount: 15, noticeDate: '2026-06-10', plannedDate: '2026-07-10' }));
    expect(small.status).toBe(201);
    expect(small.body).toMatchObject({ statutory: false, flags: { noticeShort: false, noticeShortDays: 0 } });
    const tenth = await t
      .http()
      .post('/api/v1/layoffs')
      .set('Authorization', hr)
      .send(body({ totalWorkforce: 150, layoffCount: 15, noticeDate: '2026-06-10', plannedDate: '2026-07-10' }));
    expect(tenth.body.statutory).toBe(true);
    const notFlagged = await t.http().get('/api/v1/layoffs?flagged=false').set('Authorization', hr);
    expect(notFlagged.body.items.map((f: LayoffFilingResponse) => f.id).sort()).toEqual(
      [small.body.id, tenth.body.id].sort(),
    );
  });

  it('bad input is a 400 per field in Chinese', async () => {
    const bad = await t
      .http()
      .post('/api/v1/layoffs')
      .set('Authorization', hr)
      .send(body({ totalWorkforce: null, reasons: '', plannedDate: '2026/06/11' }));
    expect(bad.status).toBe(400);
    const fields = (bad.body.details as { field: string; message: string }[]).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['totalWorkforce', 'reasons', 'plannedDate']));
    expect(JSON.stringify(bad.body.details)).toMatch(/职工总数|裁员理由/);

    const tooMany = await t
      .http()
      .post('/api/v1/layoffs')
      .set('Authorization', hr)
      .send(body({ layoffCount: 201 }));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details).toEqual([{ field: 'layoffCount', message: '裁减人数不能超过职工总数' }]);
    const nullEmployer = await t
      .http()
      .post('/api/v1/layoffs')
      .set('Authorization', hr)
      .send(body({ employerId: null }));
    expect(nullEmployer.status).toBe(400);
    const invalidDay = await t
      .http()
      .post('/api/v1/layoffs')
      .set('Authorization', hr)
      .send(body({ noticeDate: '2026-02-30' }));
    expect(invalidDay.status).toBe(400);
    expect(invalidDay.body.details[0].field).toBe('noticeDate');
  });

  it('concurrent duplicate submits with one Idempotency-Key make one filing', async () => {
    const before = (await t.http().get('/api/v1/layoffs').set('Authorization', hr)).body.total as number;
    const key = randomUUID();
    const answers = await Promise.all(
      [0, 1, 2].map(() =>
        t.http().post('/api/v1/layoffs').set('Authorization', hr).set('Idempotency-Key', key).send(body()),
      ),
    );
    for (const a of answers) expect(a.status).toBe(201);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const after = (await t.http().get('/api/v1/layoffs').set('Authorization', hr)).body.total as number;
    expect(after).toBe(before + 1);
  });

  it('steps in order, each with its date and evidence; the congress passes only with a majority of those present', async () => {
    const id = filing.id;
    // out of order: 409
    const early = await step(id, LayoffStep.CONGRESS_VOTE, {
      date: '2026-06-05',
      present: 50,
      votesFor: 40,
      votesAgainst: 5,
    });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('请按顺序办理');
    // evidence is required
    const noFile = await t
      .http()
      .post(`/api/v1/layoffs/${id}/steps/${LayoffStep.UNION_OPINION}`)
      .set('Authorization', hr)
      .send({ date: '2026-06-03' });
    expect(noFile.status).toBe(400);
    expect(noFile.body.details[0]).toEqual({ field: 'fileId', message: '请上传证明材料' });
    // a date before the notice: 400
    const tooEarly = await step(id, LayoffStep.UNION_OPINION, { date: '2026-05-30' });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.details[0].field).toBe('date');

    const opinion = await step(id, LayoffStep.UNION_OPINION, {
      date: '2026-06-03',
      note: '工会同意，建议优先留用困难职工',
    });
    expect(opinion.status).toBe(200);
    expect(opinion.body.nextStep).toBe(LayoffStep.CONGRESS_VOTE);
    expect(opinion.body.steps[0]).toMatchObject({ state: LayoffStepState.DONE, date: '2026-06-03' });
    expect(opinion.body.steps[0].file).toMatchObject({ mime: 'image/png' });

    // the vote's figures are required; 20 for of 50 present fails
    const noFigures = await step(id, LayoffStep.CONGRESS_VOTE, { date: '2026-06-05' });
    expect(noFigures.status).toBe(400);
    expect(noFigures.body.details.map((d: { field: string }) => d.field)).toEqual([
      'present',
      'votesFor',
      'votesAgainst',
    ]);
    const failed = await step(id, LayoffStep.CONGRESS_VOTE, {
      date: '2026-06-05',
      present: 50,
      votesFor: 20,
      votesAgainst: 30,
    });
    expect(failed.status).toBe(200);
    expect(failed.body.nextStep).toBe(LayoffStep.CONGRESS_VOTE);
    expect(failed.body.steps[1]).toMatchObject({ state: LayoffStepState.FAILED, present: 50, votesFor: 20 });
    const cannotSkip = await step(id, LayoffStep.PLACEMENT_PLAN, { date: '2026-06-06' });
    expect(cannotSkip.status).toBe(409);
    const overcount = await step(id, LayoffStep.CONGRESS_VOTE, {
      date: '2026-06-06',
      present: 50,
      votesFor: 40,
      votesAgainst: 20,
    });
    expect(overcount.status).toBe(400);
    const passed = await step(id, LayoffStep.CONGRESS_VOTE, {
      date: '2026-06-06',
      present: 50,
      votesFor: 40,
      votesAgainst: 10,
    });
    expect(passed.body.steps[1]).toMatchObject({ state: LayoffStepState.DONE, votesFor: 40, present: 50 });
    expect(passed.body.nextStep).toBe(LayoffStep.PLACEMENT_PLAN);

    const plan = await step(id, LayoffStep.PLACEMENT_PLAN, { date: '2026-06-07' });
    expect(plan.body.nextStep).toBe(LayoffStep.BUREAU_REPORT);

    // HR cannot return; the union returns the last step done with a reason
    const hrReturn = await t
      .http()
      .post(`/api/v1/layoffs/${id}/steps/${LayoffStep.PLACEMENT_PLAN}/return`)
      .set('Authorization', hr)
      .send({ reason: '安置方案未列明补偿标准' });
    expect(hrReturn.status).toBe(403);
    const wrongStep = await t
      .http()
      .post(`/api/v1/layoffs/${id}/steps/${LayoffStep.UNION_OPINION}/return`)
      .set('Authorization', city)
      .send({ reason: '材料不全' });
    expect(wrongStep.status).toBe(409);
    const noReason = await t
      .http()
      .post(`/api/v1/layoffs/${id}/steps/${LayoffStep.PLACEMENT_PLAN}/return`)
      .set('Authorization', city)
      .send({ reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details[0]).toEqual({ field: 'reason', message: '请填写退回理由' });
    const returned = await t
      .http()
      .post(`/api/v1/layoffs/${id}/steps/${LayoffStep.PLACEMENT_PLAN}/return`)
      .set('Authorization', city)
      .send({ reason: '安置方案未列明补偿标准' });
    expect(returned.status).toBe(200);
    expect(returned.body.nextStep).toBe(LayoffStep.PLACEMENT_PLAN);
    expect(returned.body.steps[2]).toMatchObject({
      state: LayoffStepState.RETURNED,
      returnReason: '安置方案未列明补偿标准',
    });

    await step(id, LayoffStep.PLACEMENT_PLAN, { date: '2026-06-08', note: '补偿标准按 N+1 计算' });
    const report = await step(id, LayoffStep.BUREAU_REPORT, { date: '2026-06-10' });
    expect(report.body).toMatchObject({ nextStep: null, status: LayoffStatus.REPORTED, settled: false });
    // the timeline: filed, 1 opinion, 2 votes, plan, return, plan, report
    expect((report.body as LayoffFilingDetail).events.map((e) => e.type)).toEqual([
      'FILED',
      'STEP_RECORDED',
      'STEP_RECORDED',
      'STEP_RECORDED',
      'STEP_RECORDED',
      'STEP_RETURNED',
      'STEP_RECORDED',
      'STEP_RECORDED',
    ]);
    expect(report.body.events[2].detail).toContain('未通过');
    // still flagged: the notice was short
    expect(report.body.flags.noticeShort).toBe(true);
  });

  const people: { name: string; id: string; phone: string }[] = [];

  it('importing the 25 affected workers: a per-row report, and re-importing makes no duplicates', async () => {
    for (let i = 0; i < 25; i++) {
      const name = `职工${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅'[Math.floor(i / 10)]}`;
      people.push({ name, id: residentId('630104'), phone: phoneNumber() });
    }
    const rows = people.map((p, i) => [
      p.name,
      p.id,
      p.phone,
      i === 0 ? '' : '城西区',
      i % 5 === 0 ? '去产能分流职工' : '',
      i === 24 ? '' : 36000,
      0,
      0,
      0,
      '2026-06-10',
      '2026-06-10',
    ]);
    const badRow = ['坏行', '630104199001011234', '12345', '', '临时工', 'abc', '', '', '', '', ''];
    const res = await t
      .http()
      .post(`/api/v1/layoffs/${filing.id}/workers/import`)
      .set('Authorization', hr)
      .attach('file', await sheet([...rows.slice(0, 10), badRow, ...rows.slice(10)]), '被裁减人员.xlsx');
    expect(res.status).toBe(200);
    const report = res.body as LayoffImportResponse;
    expect(report).toMatchObject({ total: 26, created: 25, updated: 0, failed: 1 });
    expect(report.errors.every((e) => e.row === 12)).toBe(true);
    expect(report.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['身份证号码', '手机号码', '人员类别', '经济补偿金应付（元）']),
    );

    const again = await t
      .http()
      .post(`/api/v1/layoffs/${filing.id}/workers/import`)
      .set('Authorization', hr)
      .attach('file', await sheet(rows), '被裁减人员.xlsx');
    expect(again.body).toMatchObject({ total: 25, created: 0, updated: 25, failed: 0 });

    const listed = await t.http().get(`/api/v1/layoffs/${filing.id}/workers?pageSize=100`).set('Authorization', hr);
    expect(listed.body.total).toBe(25);
    const items = listed.body.items as LayoffWorkerResponse[];
    expect(items[0].idNumberMasked).not.toContain(people[0].id.slice(6, 14));
    expect(items.filter((w) => w.tag === WorkerTag.OVERCAPACITY_REDEPLOYED)).toHaveLength(5);
    // a 26th worker is more than the filing declared
    const extra = await t
      .http()
      .post(`/api/v1/layoffs/${filing.id}/workers`)
      .set('Authorization', hr)
      .send({ name: '多余', idNumber: residentId('630104'), phone: phoneNumber() });
    expect(extra.status).toBe(409);

    const detail = await t.http().get(`/api/v1/layoffs/${filing.id}`).set('Authorization', hr);
    expect(detail.body).toMatchObject({ workers: 25, settledWorkers: 0, settled: false });
    expect(detail.body.events.filter((e: { type: string }) => e.type === 'WORKERS_IMPORTED')).toHaveLength(2);

    // the template downloads
    const template = await t
      .http()
      .get('/api/v1/layoffs/workers-template')
      .set('Authorization', hr)
      .buffer(true)
      .parse(binary);
    expect(template.status).toBe(200);
    expect((await sheetRows(template.body))[0].slice(0, 3)).toEqual(['姓名*', '身份证号码*', '手机号码*']);
  });

  it('the imported workers are registered unemployed with their tag, due a follow-up at once, and in the job matching', async () => {
    const tagged = await t
      .http()
      .get(`/api/v1/workers?tag=${WorkerTag.LAID_OFF}&pageSize=100`)
      .set('Authorization', city);
    expect(tagged.body.total).toBe(20);
    const redeployed = await t
      .http()
      .get(`/api/v1/workers?tag=${WorkerTag.OVERCAPACITY_REDEPLOYED}&pageSize=100`)
      .set('Authorization', city);
    expect(redeployed.body.total).toBe(5);
    const all = [...tagged.body.items, ...redeployed.body.items] as WorkerResponse[];
    expect(all.every((w) => w.employmentStatus === 'UNEMPLOYED' && w.employerId)).toBe(true);
    const ids = all.map((w) => w.id);

    const due = await t.http().get('/api/v1/follow-ups/overdue?pageSize=100').set('Authorization', city);
    const dueIds = (due.body.items as OverdueFollowUpResponse[]).map((o) => o.worker.id);
    expect(ids.every((id) => dueIds.includes(id))).toBe(true);

    // a posting in their county: every one of them among the matches
    const validUntil = '2026-07-10';
    const draft = await t
      .http()
      .post('/api/v1/jobs/postings')
      .set('Authorization', hr)
      .send({
        title: '装配工',
        occupation: '装配工',
        regionCode: '630104',
        address: '西宁市城西区五四西路 45 号',
        latitude: 36.62,
        longitude: 101.76,
        headcount: 30,
        wageMinFen: 300_000,
        wageMaxFen: 450_000,
        skills: ['装配'],
        education: null,
        ageMin: null,
        ageMax: null,
        contactName: '王经理',
        contactPhone: '0971-6123456',
        description: '生产线装配，包吃住。',
        validUntil,
      });
    expect(draft.status).toBe(201);
    await t.http().post(`/api/v1/jobs/postings/${draft.body.id}/submit`).set('Authorization', hr);
    const approved = await t.http().post(`/api/v1/jobs/postings/${draft.body.id}/approve`).set('Authorization', city);
    expect(approved.status).toBe(200);
    const matches = await t
      .http()
      .get(`/api/v1/jobs/postings/${draft.body.id}/matches?pageSize=100&tag=${WorkerTag.LAID_OFF}`)
      .set('Authorization', city);
    expect(matches.status).toBe(200);
    expect((matches.body.items as JobMatch[]).map((m) => m.workerId).sort()).toEqual(
      (tagged.body.items as WorkerResponse[]).map((w) => w.id).sort(),
    );

    // a follow-up takes the worker off the due list
    const followed = await t.http().post(`/api/v1/workers/${ids[0]}/follow-ups`).set('Authorization', city).send({
      method: 'PHONE',
      followedAt: t.clock.now().toISOString(),
      notes: '已电话联系，推荐装配工岗位',
      employmentStatus: 'UNEMPLOYED',
    });
    expect(followed.status).toBe(201);
    const dueAfter = await t.http().get('/api/v1/follow-ups/overdue?pageSize=100').set('Authorization', city);
    expect((dueAfter.body.items as OverdueFollowUpResponse[]).map((o) => o.worker.id)).not.toContain(ids[0]);
  });

  it('an existing worker is matched by ID number, not registered twice', async () => {
    const extra = await t
      .http()
      .post('/api/v1/layoffs')
      .set('Authorization', hr)
      .send(body({ layoffCount: 2, totalWorkforce: 10, noticeDate: '2026-06-10', plannedDate: '2026-07-10' }));
    const res = await t.http().post(`/api/v1/layoffs/${extra.body.id}/workers`).set('Authorization', hr).send({
      name: people[1].name,
      idNumber: people[1].id,
      phone: people[1].phone,
      tag: WorkerTag.OVERCAPACITY_REDEPLOYED,
    });
    expect(res.status).toBe(201);
    const tagged = await t
      .http()
      .get(`/api/v1/workers?keyword=${people[1].id.slice(-4)}&pageSize=100`)
      .set('Authorization', city);
    const same = (tagged.body.items as WorkerResponse[]).filter((w) => w.name === people[1].name);
    expect(same).toHaveLength(1);
    expect(same[0].tags).toEqual(expect.arrayContaining([WorkerTag.LAID_OFF, WorkerTag.OVERCAPACITY_REDEPLOYED]));
    // the same new person sent twice at once: one worker, one row
    const twin = { name: '孙七', idNumber: residentId('630104'), phone: phoneNumber() };
    const both = await Promise.all(
      [0, 1].map(() => t.http().post(`/api/v1/layoffs/${extra.body.id}/workers`).set('Authorization', hr).send(twin)),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(both[0].body.workerId).toBe(both[1].body.workerId);
    const rows = await t.http().get(`/api/v1/layoffs/${extra.body.id}/workers`).set('Authorization', hr);
    expect(rows.body.total).toBe(2);
    const badNull = await t
      .http()
      .post(`/api/v1/layoffs/${extra.body.id}/workers`)
      .set('Authorization', hr)
      .send({ name: '王五', idNumber: residentId('630104'), phone: phoneNumber(), compensationPaidFen: null });
    expect(badNull.status).toBe(400);
    expect(badNull.body.details[0].field).toBe('compensationPaidFen');
  });

  it('the filing stays open until each worker’s compensation is recorded and paid', async () => {
    const listed = await t.http().get(`/api/v1/layoffs/${filing.id}/workers?pageSize=100`).set('Authorization', hr);
    const items = listed.body.items as LayoffWorkerResponse[];
    expect(items.filter((w) => w.compensationOwedFen === null)).toHaveLength(1);
    // paid before it is assessed: 400
    const last = items.find((w) => w.compensationOwedFen === null)!;
    const premature = await t
      .http()
      .put(`/api/v1/layoffs/${filing.id}/workers/${last.id}`)
      .set('Authorization', hr)
      .send({ compensationPaidFen: 100 });
    expect(premature.status).toBe(400);
    for (const w of items.filter((x) => x.id !== last.id)) {
      const paid = await t
        .http()
        .put(`/api/v1/layoffs/${filing.id}/workers/${w.id}`)
        .set('Authorization', hr)
        .send({ compensationPaidFen: w.compensationOwedFen });
      expect(paid.status).toBe(200);
      expect(paid.body.settled).toBe(true);
    }
    const open = await t.http().get(`/api/v1/layoffs/${filing.id}`).set('Authorization', hr);
    expect(open.body).toMatchObject({ workers: 25, settledWorkers: 24, settled: false, status: LayoffStatus.REPORTED });

    const owedOnly = await t
      .http()
      .put(`/api/v1/layoffs/${filing.id}/workers/${last.id}`)
      .set('Authorization', hr)
      .send({ compensationOwedFen: 4_200_000, wageArrearsFen: 300_000 });
    expect(owedOnly.body.settled).toBe(false);
    const done = await t
      .http()
      .put(`/api/v1/layoffs/${filing.id}/workers/${last.id}`)
      .set('Authorization', hr)
      .send({ compensationPaidFen: 4_200_000, wageArrearsFen: 0 });
    expect(done.body.settled).toBe(true);
    const settled = await t.http().get(`/api/v1/layoffs/${filing.id}`).set('Authorization', city);
    expect(settled.body).toMatchObject({ settledWorkers: 25, settled: true, status: LayoffStatus.SETTLED });
    expect(settled.body.events.at(-1).type).toBe('SETTLED');
    const bySettled = await t.http().get(`/api/v1/layoffs?status=${LayoffStatus.SETTLED}`).set('Authorization', city);
    expect(bySettled.body.items.map((f: LayoffFilingResponse) => f.id)).toEqual([filing.id]);
  });

  it('another county sees none of it: 404 on the filing, its files and workers, absent from lists and the summary', async () => {
    for (const auth of [county, other]) {
      expect((await t.http().get(`/api/v1/layoffs/${filing.id}`).set('Authorization', auth)).status).toBe(404);
      expect((await t.http().get(`/api/v1/layoffs/${filing.id}/workers`).set('Authorization', auth)).status).toBe(404);
      const list = await t.http().get('/api/v1/layoffs').set('Authorization', auth);
      expect(list.body.total).toBe(0);
      const summary = await t.http().get('/api/v1/layoffs/summary').set('Authorization', auth);
      expect(summary.body).toMatchObject({ open: 0, settled: 0, affectedWorkers: 0, flagged: [] });
      const ret = await t
        .http()
        .post(`/api/v1/layoffs/${filing.id}/steps/${LayoffStep.BUREAU_REPORT}/return`)
        .set('Authorization', auth)
        .send({ reason: '越权' });
      expect(ret.status).toBe(404);
    }
    const detail = await t.http().get(`/api/v1/layoffs/${filing.id}`).set('Authorization', city);
    const evidence = detail.body.steps[0].file.id as string;
    expect((await t.http().get(`/api/v1/files/${evidence}`).set('Authorization', city)).status).toBe(200);
    expect((await t.http().get(`/api/v1/files/${evidence}`).set('Authorization', county)).status).toBe(404);

    // HR of another company: no filings, and cannot file for hr_demo's company
    const otherHr = await createStaff(t, { regionCode: '630104', roles: [Role.HR] });
    const otherAuth = `Bearer ${(await t.login(otherHr.username, otherHr.password)).accessToken}`;
    expect((await t.http().get('/api/v1/layoffs').set('Authorization', otherAuth)).body.total).toBe(0);
    expect((await t.http().get(`/api/v1/layoffs/${filing.id}`).set('Authorization', otherAuth)).status).toBe(404);
    expect((await t.http().post('/api/v1/layoffs').set('Authorization', otherAuth).send(body())).status).toBe(403);
    // a role outside the module
    expect(
      (
        await t
          .http()
          .get('/api/v1/layoffs')
          .set('Authorization', await t.bearer('finance'))
      ).status,
    ).toBe(403);
  });

  it('union staff file on the company’s behalf, only for a company of their region', async () => {
    const employers = await t.http().get('/api/v1/jobs/employers').set('Authorization', city);
    const employerId = employers.body.items[0].id as number;
    const mine = await t.http().post('/api/v1/layoffs').set('Authorization', city).send(body({ employerId }));
    expect(mine.status).toBe(201);
    expect(mine.body.filedBy).toBe('西宁市总工会初审');
    const notMine = await t.http().post('/api/v1/layoffs').set('Authorization', county).send(body({ employerId }));
    expect(notMine.status).toBe(400);
    expect(notMine.body.details[0].field).toBe('employerId');
    const none = await t.http().post('/api/v1/layoffs').set('Authorization', county).send(body());
    expect(none.status).toBe(400);
  });

  it('late items are flagged on the county home: past the planned date unsettled, transfers after 15 days', async () => {
    // an unsettled filing with one worker not transferred
    const late = await t
      .http()
      .post('/api/v1/layoffs')
      .set('Authorization', hr)
      .send(body({ layoffCount: 1, totalWorkforce: 5, noticeDate: '2026-06-10', plannedDate: '2026-06-12' }));
    await t
      .http()
      .post(`/api/v1/layoffs/${late.body.id}/workers`)
      .set('Authorization', hr)
      .send({ name: '赵六', idNumber: residentId('630104'), phone: phoneNumber(), compensationOwedFen: 100_000 });
    t.clock.set('2026-06-30T02:00:00.000Z');
    try {
      const summary = (await t.http().get('/api/v1/layoffs/summary').set('Authorization', city)).body as LayoffSummary;
      expect(summary.lateTransfers).toBeGreaterThanOrEqual(1);
      expect(summary.overdueUnsettled).toBeGreaterThanOrEqual(1);
      const flagged = summary.flagged.find((f) => f.id === late.body.id)!;
      expect(flagged.flags).toMatchObject({ overdueUnsettled: true, lateTransfers: 1, noticeShort: true });
      // the settled filing is not overdue (its transfers were on time)
      expect(summary.flagged.find((f) => f.id === filing.id)?.flags).toMatchObject({
        overdueUnsettled: false,
        lateTransfers: 0,
      });
      const workers = await t.http().get(`/api/v1/layoffs/${late.body.id}/workers`).set('Authorization', hr);
      expect(workers.body.items[0].transferLate).toBe(true);
      // the export carries the flags
      const sheetRes = await t
        .http()
        .get('/api/v1/layoffs/export')
        .set('Authorization', city)
        .buffer(true)
        .parse(binary);
      expect(sheetRes.status).toBe(200);
      const rows = await sheetRows(sheetRes.body);
      expect(rows[0].slice(0, 3)).toEqual(['编号', '企业', '地区']);
      const lateRow = rows.find((r) => r[0] === String(late.body.id))!;
      expect(lateRow.join('|')).toContain('逾期未结算');
      expect(lateRow.join('|')).toContain('1人转移手续逾期');
    } finally {
      t.clock.set('2026-06-10T02:00:00.000Z');
    }
  });
});
