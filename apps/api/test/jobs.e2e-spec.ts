import {
  EmployerSize,
  JobApplicationSource,
  JobApplicationStatus,
  JobPostingStatus,
  Role,
  WorkerTag,
  type JobApplicationResponse,
  type JobMatch,
  type JobPostingRequest,
  type JobPostingResponse,
  type RecommendedJob,
} from '@steadywork/shared';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { hardshipWorker, type HardshipWorker } from './factories/aid.factory';
import { postingRequest } from './factories/jobs.factory';
import { createStaff } from './factories/staff.factory';
import { workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';

const DAY = 86_400_000;
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

const posting = postingRequest;

async function draft(t: TestApp, body: JobPostingRequest) {
  return t
    .http()
    .post('/api/v1/jobs/postings')
    .set('Authorization', await t.bearer('hr_demo'))
    .set('Idempotency-Key', randomUUID())
    .send(body);
}

/** HR draft and submit, the county approves: an open posting. */
async function openPosting(t: TestApp, body: JobPostingRequest, reviewer = 'chengdong_reviewer') {
  const created = await draft(t, body);
  if (created.status !== 201) throw new Error(`draft: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.id as number;
  const submitted = await t
    .http()
    .post(`/api/v1/jobs/postings/${id}/submit`)
    .set('Authorization', await t.bearer('hr_demo'));
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status}`);
  const approved = await t
    .http()
    .post(`/api/v1/jobs/postings/${id}/approve`)
    .set('Authorization', await t.bearer(reviewer));
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${JSON.stringify(approved.body)}`);
  return approved.body as JobPostingResponse;
}

/** A registered worker with the given skills (a hardship archive unless `archive: false`). */
async function welder(
  t: TestApp,
  opts: { regionCode?: string; archive?: boolean; skills?: string[]; tags?: WorkerTag[] } = {},
): Promise<HardshipWorker> {
  const w = await hardshipWorker(t, { regionCode: opts.regionCode ?? '630102', archive: opts.archive });
  const me = await t.http().get('/api/v1/me/profile').set('Authorization', w.auth);
  const saved = await t
    .http()
    .put('/api/v1/me/profile')
    .set('Authorization', w.auth)
    .send({
      name: me.body.name,
      regionCode: me.body.regionCode,
      ethnicity: me.body.ethnicity,
      employmentStatus: me.body.employmentStatus,
      skills: opts.skills ?? ['焊工'],
      employmentIntention: '焊工、钳工',
      consent: true,
    });
  if (saved.status !== 200) throw new Error(`profile: ${saved.status} ${JSON.stringify(saved.body)}`);
  if (opts.tags) {
    const tagged = await t
      .http()
      .patch(`/api/v1/workers/${w.workerId}`)
      .set('Authorization', await t.bearer('province_reviewer'))
      .send({ tags: opts.tags });
    if (tagged.status !== 200) throw new Error(`tags: ${tagged.status} ${JSON.stringify(tagged.body)}`);
  }
  return w;
}

const fields = (res: { body: { details?: { field: string }[] } }) => (res.body.details ?? []).map((d) => d.field);

describe('jobs: employer registry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const employer = (overrides: Record<string, unknown> = {}) => ({
    name: '西宁城东焊接设备有限公司',
    creditCode: '91630102MA7500002U',
    regionCode: '630102',
    industry: '制造业',
    size: EmployerSize.SMALL,
    ...overrides,
  });

  it('registers an enterprise by a checked credit code, in the staff member’s region only, once', async () => {
    const county = await t.bearer('chengdong_reviewer');
    const bad = await t
      .http()
      .post('/api/v1/jobs/employers')
      .set('Authorization', county)
      .send(employer({ creditCode: '91630102MA75000021' }));
    expect(bad.status).toBe(400);
    expect(fields(bad)).toEqual(['creditCode']);
    expect(bad.body.details[0].message).toBe('统一社会信用代码不正确，请核对');
    const elsewhere = await t
      .http()
      .post('/api/v1/jobs/employers')
      .set('Authorization', county)
      .send(employer({ regionCode: '630202' }));
    expect(elsewhere.status).toBe(400);
    expect(fields(elsewhere)).toEqual(['regionCode']);
    const created = await t.http().post('/api/v1/jobs/employers').set('Authorization', county).send(employer());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '西宁城东焊接设备有限公司', regionName: '青海省 / 西宁市 / 城东区' });
    const again = await t
      .http()
      .post('/api/v1/jobs/employers')
      .set('Authorization', county)
      .send(employer({ name: '另一家' }));
    expect(again.status).toBe(409);
    expect(fields(again)).toEqual(['creditCode']);
    // another county does not see it
    const haidong = await t
      .http()
      .get(`/api/v1/jobs/employers/${created.body.id}`)
      .set('Authorization', await t.bearer('haidong_reviewer'));
    expect(haidong.status).toBe(404);
    const sheet = await t
      .http()
      .get('/api/v1/jobs/employers/export')
      .set('Authorization', county)
      .buffer(true)
      .parse(binary);
    expect(sheet.status).toBe(200);
    const rows = await sheetRows(sheet.body);
    expect(rows[0].slice(0, 2)).toEqual(['企业名称', '统一社会信用代码']);
    expect(rows.slice(1).map((r) => r[0])).toContain('西宁城东焊接设备有限公司');
  });

  it('hr_demo’s company is in the registry; HR see their own company only', async () => {
    const mine = await t
      .http()
      .get('/api/v1/jobs/employers')
      .set('Authorization', await t.bearer('hr_demo'));
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((e: { name: string }) => e.name)).toEqual(['青海高原建设有限公司']);
    expect(mine.body.items[0]).toMatchObject({ creditCode: '91630104710500001Q', hrAccounts: 1 });
  });

  it('a worker picks the employer from the registry, or types a name staff later merge; HR see both as employees', async () => {
    const options = await t
      .http()
      .get('/api/v1/jobs/employers/options?keyword=高原建设')
      .set('Authorization', await t.workerBearer(`o-${randomUUID().slice(0, 8)}`));
    expect(options.status).toBe(200);
    const company = options.body.find((e: { name: string }) => e.name === '青海高原建设有限公司');
    const register = async (body: Record<string, unknown>) => {
      const auth = await t.workerBearer(`e-${randomUUID().slice(0, 8)}`);
      const res = await t.register(auth, { ...workerProfile({ regionCode: '630104' }), ...body, consent: true });
      expect(res.status).toBe(200);
      return res.body as { id: number; employer: string; employerId: number | null };
    };
    const picked = await register({ employerId: company.id });
    expect(picked).toMatchObject({ employer: '青海高原建设有限公司', employerId: company.id });
    const typed = await register({ employer: '高原建设公司' });
    expect(typed.employerId).toBeNull();
    const employees = async () =>
      (
        await t
          .http()
          .get('/api/v1/training/nominations/employees?pageSize=100')
          .set('Authorization', await t.bearer('hr_demo'))
      ).body.items.map((e: { workerId: number }) => e.workerId);
    expect(await employees()).toContain(picked.id);
    expect(await employees()).not.toContain(typed.id);
    const merged = await t
      .http()
      .post(`/api/v1/jobs/employers/${company.id}/merge-name`)
      .set('Authorization', await t.bearer('xining_reviewer'))
      .send({ name: '高原建设公司' });
    expect(merged.status).toBe(200);
    expect(merged.body.linked).toBe(1);
    expect(await employees()).toContain(typed.id);
    const unknown = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', await t.workerBearer(`u-${randomUUID().slice(0, 8)}`))
      .send({ ...workerProfile({ regionCode: '630104' }), employerId: 999_999, consent: true });
    expect(unknown.status).toBe(400);
    expect(fields(unknown)).toEqual(['employerId']);
  });
});

describe('jobs: posting rules and review', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a wage under the city’s minimum and discriminatory terms, naming each field', async () => {
    const low = await draft(t, posting(t, { wageMinFen: 150_000 }));
    expect(low.status).toBe(400);
    expect(fields(low)).toEqual(['wageMinFen']);
    expect(low.body.details[0].message).toContain('西宁市最低工资标准 ¥2,080.00/月');
    const male = await draft(t, posting(t, { title: '电焊工（限男性）' }));
    expect(male.status).toBe(400);
    expect(fields(male)).toEqual(['title']);
    expect(male.body.details[0].message).toContain('限男性');
    const several = await draft(
      t,
      posting(t, { description: '仅限汉族，高薪诚聘', skills: ['焊工', '女性优先'], wageMaxFen: 400_000 }),
    );
    expect(several.status).toBe(400);
    expect(fields(several).sort()).toEqual(['description', 'skills', 'wageMaxFen']);
    const fine = await draft(t, posting(t));
    expect(fine.status).toBe(201);
    expect(fine.body.status).toBe(JobPostingStatus.DRAFT);
  });

  it('the minimum is a per-city setting: raised by the admin, it stops an approval of a posting under it', async () => {
    const list = await t
      .http()
      .get('/api/v1/jobs/min-wages')
      .set('Authorization', await t.bearer('program_admin'));
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(8);
    expect(list.body.every((w: { monthlyFen: number }) => w.monthlyFen === 208_000)).toBe(true);
    const created = await draft(t, posting(t, { wageMinFen: 210_000, regionCode: '630202', title: '保洁员' }));
    expect(created.status).toBe(201);
    await t
      .http()
      .post(`/api/v1/jobs/postings/${created.body.id}/submit`)
      .set('Authorization', await t.bearer('hr_demo'))
      .expect(200);
    const raised = await t
      .http()
      .put('/api/v1/jobs/min-wages/630200')
      .set('Authorization', await t.bearer('program_admin'))
      .send({ monthlyFen: 230_000, hourlyFen: 2_300 });
    expect(raised.status).toBe(200);
    const approve = await t
      .http()
      .post(`/api/v1/jobs/postings/${created.body.id}/approve`)
      .set('Authorization', await t.bearer('haidong_reviewer'));
    expect(approve.status).toBe(400);
    expect(fields(approve)).toEqual(['wageMinFen']);
    expect(approve.body.details[0].message).toContain('海东市最低工资标准 ¥2,300.00/月');
    const byHr = await t
      .http()
      .put('/api/v1/jobs/min-wages/630200')
      .set('Authorization', await t.bearer('hr_demo'))
      .send({ monthlyFen: 100, hourlyFen: 1 });
    expect(byHr.status).toBe(403);
  });

  it('staff of the posting’s region approve or return it; another county sees none of it (404, empty lists)', async () => {
    const created = await draft(t, posting(t));
    const id = created.body.id as number;
    const hr = await t.bearer('hr_demo');
    // an idempotent create: the same key returns the first posting
    const key = randomUUID();
    const first = await t
      .http()
      .post('/api/v1/jobs/postings')
      .set('Authorization', hr)
      .set('Idempotency-Key', key)
      .send(posting(t));
    const second = await t
      .http()
      .post('/api/v1/jobs/postings')
      .set('Authorization', hr)
      .set('Idempotency-Key', key)
      .send(posting(t));
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers['idempotent-replayed']).toBe('true');

    const early = await t
      .http()
      .post(`/api/v1/jobs/postings/${id}/approve`)
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    expect(early.status).toBe(409);
    await t.http().post(`/api/v1/jobs/postings/${id}/submit`).set('Authorization', hr).expect(200);
    const haidong = await t.bearer('haidong_reviewer');
    expect((await t.http().post(`/api/v1/jobs/postings/${id}/approve`).set('Authorization', haidong)).status).toBe(404);
    expect((await t.http().get(`/api/v1/jobs/postings/${id}`).set('Authorization', haidong)).status).toBe(404);
    const theirQueue = await t
      .http()
      .get('/api/v1/jobs/postings?status=PENDING&pageSize=100')
      .set('Authorization', haidong);
    expect(theirQueue.body.items.map((p: { id: number }) => p.id)).not.toContain(id);
    const county = await t.bearer('chengdong_reviewer');
    const queue = await t.http().get('/api/v1/jobs/postings?status=PENDING&pageSize=100').set('Authorization', county);
    expect(queue.body.items.map((p: { id: number }) => p.id)).toContain(id);
    const noReason = await t.http().post(`/api/v1/jobs/postings/${id}/return`).set('Authorization', county).send({});
    expect(noReason.status).toBe(400);
    expect(fields(noReason)).toEqual(['reason']);
    const returned = await t
      .http()
      .post(`/api/v1/jobs/postings/${id}/return`)
      .set('Authorization', county)
      .send({ reason: '请补充工作时间和社保缴纳情况' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      status: JobPostingStatus.RETURNED,
      returnReason: '请补充工作时间和社保缴纳情况',
    });
    const amended = await t
      .http()
      .put(`/api/v1/jobs/postings/${id}`)
      .set('Authorization', hr)
      .send(posting(t, { description: '钢结构焊接，每天 8 小时，缴纳五险。' }));
    expect(amended.status).toBe(200);
    await t.http().post(`/api/v1/jobs/postings/${id}/submit`).set('Authorization', hr).expect(200);
    const approved = await t.http().post(`/api/v1/jobs/postings/${id}/approve`).set('Authorization', county);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: JobPostingStatus.OPEN,
      reviewedBy: '城东区总工会初审',
      returnReason: null,
    });
    // a worker sees an open posting, not a draft
    const worker = await t.workerBearer(`p-${randomUUID().slice(0, 8)}`);
    expect((await t.http().get(`/api/v1/jobs/postings/${id}`).set('Authorization', worker)).status).toBe(200);
    expect((await t.http().get(`/api/v1/jobs/postings/${first.body.id}`).set('Authorization', worker)).status).toBe(
      404,
    );
    // the audit trail has each move
    const audit = await t.db.query(
      "SELECT action FROM audit_log WHERE target_type = 'job_posting' AND target_id = ? ORDER BY id",
      [String(id)],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'job_posting.create',
      'job_posting.submit',
      'job_posting.return',
      'job_posting.update',
      'job_posting.submit',
      'job_posting.approve',
    ]);
    const sheet = await t
      .http()
      .get('/api/v1/jobs/postings/export')
      .set('Authorization', county)
      .buffer(true)
      .parse(binary);
    const rows = await sheetRows(sheet.body);
    expect(rows[0][0]).toBe('职位名称');
    expect(rows.slice(1).some((r) => r[0] === '电焊工' && r[11] === '招聘中')).toBe(true);
  });

  it('imports a demand list (用工需求清单) row by row: good rows sent for review, bad cells named, a second import adds nothing', async () => {
    const hr = await t.bearer('hr_demo');
    const template = await t
      .http()
      .get('/api/v1/jobs/postings/import-template')
      .set('Authorization', hr)
      .buffer(true)
      .parse(binary);
    expect(template.status).toBe(200);
    const header = (await sheetRows(template.body))[0];
    const validUntil = shanghaiDay(new Date(t.clock.now().getTime() + 20 * DAY));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('清单');
    ws.addRow(header);
    const row = (over: Record<string, unknown> = {}) => {
      const cells: Record<string, unknown> = {
        title: '钢筋工',
        occupation: '钢筋工',
        county: '城东区',
        address: '西宁市城东区建设工地',
        latitude: 36.61,
        longitude: 101.81,
        headcount: 8,
        wageMin: 5000,
        wageMax: 7000,
        skills: '钢筋绑扎、识图',
        education: '不限',
        ageMin: 20,
        ageMax: 55,
        contactName: '赵工',
        contactPhone: '0971-6123456',
        description: '工地钢筋绑扎',
        validUntil,
        ...over,
      };
      return [
        'title',
        'occupation',
        'county',
        'address',
        'latitude',
        'longitude',
        'headcount',
        'wageMin',
        'wageMax',
        'skills',
        'education',
        'ageMin',
        'ageMax',
        'contactName',
        'contactPhone',
        'description',
        'validUntil',
      ].map((k) => cells[k]);
    };
    ws.addRow(row());
    ws.addRow(row({ title: '木工', occupation: '木工', county: '630202', education: '高中' }));
    ws.addRow(row({ title: '小工', wageMin: 1500 }));
    ws.addRow(row({ title: '钢筋工（限男性）' }));
    ws.addRow(row({ title: '架子工', county: '不存在区', headcount: '' }));
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const send = () =>
      t.http().post('/api/v1/jobs/postings/imports').set('Authorization', hr).attach('file', file, '需求清单.xlsx');
    const first = await send();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ added: 2, alreadyImported: 0, failed: 3 });
    expect(first.body.errors).toEqual([
      { row: 4, column: '月薪下限（元）', message: expect.stringContaining('最低工资标准') },
      { row: 5, column: '职位名称', message: expect.stringContaining('限男性') },
      { row: 6, column: '工作地区（县区名称或代码）', message: '未找到县（区）“不存在区”，请填写县区名称或 6 位代码' },
      { row: 6, column: '招聘人数', message: '招聘人数必须是整数' },
    ]);
    const again = await send();
    expect(again.body).toMatchObject({ added: 0, alreadyImported: 2, failed: 3 });
    const queue = await t
      .http()
      .get('/api/v1/jobs/postings?status=PENDING&keyword=' + encodeURIComponent('木工'))
      .set('Authorization', await t.bearer('haidong_reviewer'));
    expect(queue.body.items).toHaveLength(1);
    expect(queue.body.items[0]).toMatchObject({ regionCode: '630202', education: 'SENIOR', wageMinFen: 500_000 });
    // staff import for an employer in their scope only
    const byCounty = await t
      .http()
      .post('/api/v1/jobs/postings/imports')
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .field('employerId', String(queue.body.items[0].employerId))
      .attach('file', file, '需求清单.xlsx');
    expect(byCounty.status).toBe(404);
  });

  it('an open posting closes by itself after its valid-until day', async () => {
    const today = shanghaiDay(t.clock.now());
    const p = await openPosting(t, posting(t, { validUntil: today, title: '短期焊工' }));
    expect(p.status).toBe(JobPostingStatus.OPEN);
    const w = await welder(t, { archive: false });
    const before = await t.http().get('/api/v1/me/jobs/recommended?pageSize=100').set('Authorization', w.auth);
    expect(before.body.items.map((x: { id: number }) => x.id)).toContain(p.id);
    t.clock.advance(DAY);
    try {
      const after = await t.http().get('/api/v1/me/jobs/recommended?pageSize=100').set('Authorization', w.auth);
      expect(after.body.items.map((x: { id: number }) => x.id)).not.toContain(p.id);
      const read = await t
        .http()
        .get(`/api/v1/jobs/postings/${p.id}`)
        .set('Authorization', await t.bearer('hr_demo'));
      expect(read.body.status).toBe(JobPostingStatus.EXPIRED);
      const expired = await t
        .http()
        .get('/api/v1/jobs/postings?status=EXPIRED&pageSize=100')
        .set('Authorization', await t.bearer('chengdong_reviewer'));
      expect(expired.body.items.map((x: { id: number }) => x.id)).toContain(p.id);
      expect((await t.http().get(`/api/v1/jobs/postings/${p.id}`).set('Authorization', w.auth)).status).toBe(404);
    } finally {
      t.clock.advance(-DAY);
    }
  });
});

describe('jobs: the walk — a welder job in 城东区 to one hire', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('post → approve → ranked first with reasons → pushed once → apply → masked until the interview → hire → one outcome', async () => {
    const welderJob = await openPosting(t, posting(t));
    // an open posting elsewhere that fits less
    const cleaner = await openPosting(
      t,
      posting(t, {
        title: '保洁员',
        occupation: '保洁员',
        regionCode: '630202',
        skills: ['保洁'],
        wageMinFen: 220_000,
      }),
      'haidong_reviewer',
    );
    const worker = await welder(t, { tags: [WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD] });
    const plain = await welder(t, { archive: false });
    const haidongWelder = await welder(t, { regionCode: '630202', archive: false });

    // the worker sees the welder job first, with the reasons
    const recommended = await t.http().get('/api/v1/me/jobs/recommended').set('Authorization', worker.auth);
    expect(recommended.status).toBe(200);
    const items = recommended.body.items as RecommendedJob[];
    expect(items[0]).toMatchObject({ id: welderJob.id, score: 100 });
    expect(items[0].reasons).toEqual(['同区县', '技能匹配：焊工', '符合求职意向', '年龄符合']);
    const cleanerFit = items.find((p) => p.id === cleaner.id)!;
    expect(cleanerFit.score).toBe(20);
    expect(cleanerFit.reasons).toEqual(['年龄符合']);

    // staff: the best-fitting workers in their scope, hardship / 零就业家庭 first
    const county = await t.bearer('chengdong_reviewer');
    const matches = await t
      .http()
      .get(`/api/v1/jobs/postings/${welderJob.id}/matches?pageSize=100`)
      .set('Authorization', county);
    expect(matches.status).toBe(200);
    const ranked = matches.body.items as JobMatch[];
    expect(ranked[0]).toMatchObject({ workerId: worker.workerId, score: 100 });
    expect(ranked[0].reasons).toEqual(['同区县', '技能匹配：焊工', '符合求职意向', '年龄符合']);
    expect(ranked[0].tags).toEqual([WorkerTag.HARDSHIP, WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD]);
    expect(ranked.map((m) => m.workerId)).toContain(plain.workerId);
    expect(ranked.map((m) => m.workerId)).not.toContain(haidongWelder.workerId);
    const zero = await t
      .http()
      .get(`/api/v1/jobs/postings/${welderJob.id}/matches?tag=${WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD}&pageSize=100`)
      .set('Authorization', county);
    expect(zero.body.items.map((m: JobMatch) => m.workerId)).toEqual([worker.workerId]);

    // push: never to a worker who did not subscribe; once even when pushed twice at once
    const notYet = await t
      .http()
      .post(`/api/v1/jobs/postings/${welderJob.id}/push`)
      .set('Authorization', county)
      .send({ workerIds: [worker.workerId] });
    expect(notYet.body).toEqual({ pushed: 0, alreadyPushed: 0, notSubscribed: 1 });
    await t
      .http()
      .put('/api/v1/me/jobs/subscription')
      .set('Authorization', worker.auth)
      .send({ subscribed: true })
      .expect(200);
    const both = await Promise.all(
      [0, 1].map(() =>
        t.http().post(`/api/v1/jobs/postings/${welderJob.id}/push`).set('Authorization', county).send({ minScore: 90 }),
      ),
    );
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(both.map((r) => r.body.pushed).sort()).toEqual([0, 1]);
    const outbox = await t.db.query('SELECT title, page FROM notification_outbox WHERE worker_id = ?', [
      worker.workerId,
    ]);
    expect(outbox).toEqual([{ title: '为您推荐岗位', page: `packages/jobs/pages/posting?id=${welderJob.id}` }]);
    expect(await t.db.query('SELECT id FROM notification_outbox WHERE worker_id = ?', [plain.workerId])).toEqual([]);
    const again = await t
      .http()
      .post(`/api/v1/jobs/postings/${welderJob.id}/push`)
      .set('Authorization', county)
      .send({ workerIds: [worker.workerId] });
    expect(again.body).toEqual({ pushed: 0, alreadyPushed: 1, notSubscribed: 0 });
    const outOfScope = await t
      .http()
      .post(`/api/v1/jobs/postings/${welderJob.id}/push`)
      .set('Authorization', county)
      .send({ workerIds: [haidongWelder.workerId] });
    expect(outOfScope.status).toBe(404);

    // the worker applies (twice: one application)
    const applied = await t
      .http()
      .post(`/api/v1/jobs/postings/${welderJob.id}/apply`)
      .set('Authorization', worker.auth);
    expect(applied.status).toBe(201);
    const twice = await t.http().post(`/api/v1/jobs/postings/${welderJob.id}/apply`).set('Authorization', worker.auth);
    expect(twice.body.id).toBe(applied.body.id);
    const appId = applied.body.id as number;

    // staff refer another worker (职业介绍)
    const referred = await t
      .http()
      .post(`/api/v1/jobs/postings/${welderJob.id}/referrals`)
      .set('Authorization', county)
      .send({ workerId: plain.workerId, note: '有焊工证' });
    expect(referred.status).toBe(201);
    expect(referred.body).toMatchObject({ source: JobApplicationSource.REFERRED, referredBy: '城东区总工会初审' });

    // HR see the applicant masked
    const hr = await t.bearer('hr_demo');
    const forHr = await t.http().get(`/api/v1/jobs/applications?postingId=${welderJob.id}`).set('Authorization', hr);
    const mine = (forHr.body.items as JobApplicationResponse[]).find((a) => a.id === appId)!;
    expect(mine.workerName).toMatch(/\*/);
    expect(mine.phone).toMatch(/\*{4}/);
    expect((await t.http().get(`/api/v1/jobs/applications/${appId}`).set('Authorization', hr)).body.phone).toMatch(
      /\*{4}/,
    );

    // another county sees no applicant of this one
    const haidong = await t.bearer('haidong_reviewer');
    const theirs = await t.http().get('/api/v1/jobs/applications?pageSize=100').set('Authorization', haidong);
    expect(theirs.body).toMatchObject({ total: 0, items: [] });
    expect((await t.http().get(`/api/v1/jobs/applications/${appId}`).set('Authorization', haidong)).status).toBe(404);
    const ours = await t.http().get('/api/v1/jobs/applications?pageSize=100').set('Authorization', county);
    expect(ours.body.items.map((a: { id: number }) => a.id)).toContain(appId);

    // hire before the interview: refused
    const today = shanghaiDay(t.clock.now());
    const tooEarly = await t
      .http()
      .post(`/api/v1/jobs/applications/${appId}/hire`)
      .set('Authorization', hr)
      .send({ startsOn: today });
    expect(tooEarly.status).toBe(409);
    const invited = await t
      .http()
      .post(`/api/v1/jobs/applications/${appId}/invite`)
      .set('Authorization', hr)
      .send({ interviewAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString(), interviewPlace: '公司人事部' });
    expect(invited.status).toBe(200);
    expect(invited.body.status).toBe(JobApplicationStatus.INVITED);
    const accepted = await t
      .http()
      .post(`/api/v1/me/jobs/applications/${appId}/accept-interview`)
      .set('Authorization', worker.auth);
    expect(accepted.status).toBe(200);
    const revealed = await t.http().get(`/api/v1/jobs/applications/${appId}`).set('Authorization', hr);
    expect(revealed.body.workerName).toBe('李梅');
    expect(revealed.body.phone).toMatch(/^1\d{10}$/);
    const reads = await t.db.query("SELECT id FROM audit_log WHERE action = 'job_application.reveal'");
    expect(reads).toHaveLength(1);

    const hired = await t
      .http()
      .post(`/api/v1/jobs/applications/${appId}/hire`)
      .set('Authorization', hr)
      .send({ startsOn: today });
    expect(hired.status).toBe(200);
    expect(hired.body).toMatchObject({ status: JobApplicationStatus.HIRED, hiredOn: today });
    expect(hired.body.outcomeId).toEqual(expect.any(Number));

    // one outcome, as 职业介绍; the 零就业家庭 tag cleared with a timeline entry
    const outcomes = await t
      .http()
      .get(`/api/v1/outcomes?year=${today.slice(0, 4)}&pageSize=100`)
      .set('Authorization', county);
    const own = outcomes.body.items.filter((o: { workerId: number }) => o.workerId === worker.workerId);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ source: 'REFERRAL', employer: '青海高原建设有限公司', contractStart: today });
    const record = await t.http().get(`/api/v1/workers/${worker.workerId}`).set('Authorization', county);
    expect(record.body.tags).toEqual([WorkerTag.HARDSHIP]);
    expect(record.body).toMatchObject({ employmentStatus: 'EMPLOYED', employer: '青海高原建设有限公司' });
    const archive = await t.http().get(`/api/v1/workers/${worker.workerId}/archive`).set('Authorization', county);
    expect(archive.body.household.zeroEmployment).toBe(false);
    expect(archive.body.events.at(-1)).toMatchObject({ type: 'REASSESSED' });
    expect(archive.body.events.at(-1).reason).toContain('不再是零就业家庭');

    // the home figures: the hire counted once, in 城东区
    const home = await t
      .http()
      .get('/api/v1/jobs/dashboard')
      .set('Authorization', await t.bearer('xining_reviewer'));
    expect(home.status).toBe(200);
    expect(home.body).toMatchObject({ year: Number(today.slice(0, 4)), hires: 1, hiresCounted: 1, referrals: 2 });
    expect(home.body.openPostings).toBeGreaterThanOrEqual(1);
    expect(home.body.byRegion.find((r: { regionCode: string }) => r.regionCode === '630102')).toMatchObject({
      hires: 1,
      referrals: 2,
    });
    const haidongHome = await t.http().get('/api/v1/jobs/dashboard').set('Authorization', haidong);
    expect(haidongHome.body).toMatchObject({ hires: 0, referrals: 0, openPostings: 1 });
    expect((await t.http().get('/api/v1/jobs/dashboard?regionCode=630102').set('Authorization', haidong)).status).toBe(
      404,
    );

    // a hire the referred worker reports, confirmed by the union of their county (not another's)
    const referredId = referred.body.id as number;
    const future = shanghaiDay(new Date(t.clock.now().getTime() + 3 * DAY));
    const tooSoon = await t
      .http()
      .post(`/api/v1/me/jobs/applications/${referredId}/report-hire`)
      .set('Authorization', plain.auth)
      .send({ startsOn: future });
    expect(tooSoon.status).toBe(400);
    expect(fields(tooSoon)).toEqual(['startsOn']);
    const unreported = await t
      .http()
      .post(`/api/v1/jobs/applications/${referredId}/confirm-hire`)
      .set('Authorization', county);
    expect(unreported.status).toBe(409);
    const reported = await t
      .http()
      .post(`/api/v1/me/jobs/applications/${referredId}/report-hire`)
      .set('Authorization', plain.auth)
      .send({ startsOn: today });
    expect(reported.status).toBe(200);
    expect(reported.body).toMatchObject({ reportedHiredOn: today, status: JobApplicationStatus.APPLIED });
    expect(
      (await t.http().post(`/api/v1/jobs/applications/${referredId}/confirm-hire`).set('Authorization', haidong))
        .status,
    ).toBe(404);
    expect(
      (await t.http().post(`/api/v1/jobs/applications/${referredId}/confirm-hire`).set('Authorization', hr)).status,
    ).toBe(403);
    const confirmed = await t
      .http()
      .post(`/api/v1/jobs/applications/${referredId}/confirm-hire`)
      .set('Authorization', county);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: JobApplicationStatus.HIRED, hiredOn: today });
    const plainOutcomes = await t
      .http()
      .get(`/api/v1/outcomes?year=${today.slice(0, 4)}&pageSize=100`)
      .set('Authorization', county);
    expect(plainOutcomes.body.items.filter((o: { workerId: number }) => o.workerId === plain.workerId)).toHaveLength(1);

    // the worker sees their application; a second hire of the same worker this year adds no outcome
    const my = await t.http().get('/api/v1/me/jobs/applications').set('Authorization', worker.auth);
    expect(my.body[0]).toMatchObject({ id: appId, status: JobApplicationStatus.HIRED, workerName: '李梅' });
    const hireAgain = await t
      .http()
      .post(`/api/v1/jobs/applications/${appId}/hire`)
      .set('Authorization', hr)
      .send({ startsOn: today });
    expect(hireAgain.status).toBe(409);

    // HR of another company: none of these applicants
    const otherHr = await createStaff(t, { regionCode: '630104', roles: [Role.HR] });
    const otherAuth = `Bearer ${(await t.login(otherHr.username, otherHr.password)).accessToken}`;
    expect((await t.http().get('/api/v1/jobs/applications').set('Authorization', otherAuth)).status).toBe(403);
    const sheet = await t
      .http()
      .get('/api/v1/jobs/applications/export')
      .set('Authorization', county)
      .buffer(true)
      .parse(binary);
    const rows = await sheetRows(sheet.body);
    expect(rows[0][0]).toBe('姓名');
    expect(rows.slice(1).some((r) => r[8] === '已录用')).toBe(true);
  });
});
