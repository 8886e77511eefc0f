import {
  AidApplicationStatus,
  AidEventType,
  AidType,
  EligibilityReason,
  ErrorCode,
  NotificationStatus,
  OutcomeSource,
  OutcomeType,
  WorkerTag,
  type AidApplicationResponse,
  type MyAidProgramResponse,
} from '@steadywork/shared';
import { randomUUID } from 'node:crypto';
import {
  applicationBody,
  createProgram,
  firstApproved,
  hardshipWorker,
  submittedApplication,
  upload,
} from './factories/aid.factory';
import { residentId } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';

const DAY = 86_400_000;

async function finalApprove(t: TestApp, id: number) {
  return t
    .http()
    .post(`/api/v1/aid/applications/${id}/review`)
    .set('Authorization', await t.bearer('province_reviewer'))
    .send({ decision: 'approve' });
}

describe('221 aid: programmes, applying, review', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('programme years', () => {
    it('a programme admin creates a year with the defaults of the notice; the year and type are unique', async () => {
      const p = await createProgram(t, { aidType: AidType.PRODUCTION_MATERIALS });
      expect(p).toMatchObject({
        amountFen: 2_000_000,
        quota: 20,
        awarded: 0,
        outcomeTarget: 100,
        onePerYear: true,
        open: true,
        name: `${p.year}年“221”工程生产资料帮扶`,
        regionQuotas: null,
      });
      const again = await t
        .http()
        .post('/api/v1/aid/programs')
        .set('Authorization', await t.bearer('program_admin'))
        .send({
          year: p.year,
          aidType: AidType.PRODUCTION_MATERIALS,
          applyFrom: '2026-01-01',
          applyUntil: '2026-02-01',
        });
      expect(again.status).toBe(409);
      expect(again.body.details).toEqual([{ field: 'aidType', message: '该年度已有此类项目，请修改原项目' }]);
    });

    it('refuses a split of the quota that does not add up, a window that ends before it starts, and other roles', async () => {
      const admin = await t.bearer('program_admin');
      const bad = await t
        .http()
        .post('/api/v1/aid/programs')
        .set('Authorization', admin)
        .send({
          year: 2031,
          aidType: AidType.STARTUP_SUBSIDY,
          quota: 20,
          regionQuotas: { '630100': 10, '630200': 5 },
          applyFrom: '2031-05-01',
          applyUntil: '2031-04-01',
        });
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([{ field: 'applyUntil', message: '申报截止日期不能早于开始日期' }]);
      const split = await t
        .http()
        .post('/api/v1/aid/programs')
        .set('Authorization', admin)
        .send({
          year: 2031,
          aidType: AidType.STARTUP_SUBSIDY,
          quota: 20,
          regionQuotas: { '630100': 10, '630200': 5 },
          applyFrom: '2031-03-01',
          applyUntil: '2031-04-01',
        });
      expect(split.status).toBe(400);
      expect(split.body.details[0]).toEqual({
        field: 'regionQuotas',
        message: '各市州名额之和（15）应等于总名额（20）',
      });
      const county = await t
        .http()
        .post('/api/v1/aid/programs')
        .set('Authorization', admin)
        .send({
          year: 2031,
          aidType: AidType.STARTUP_SUBSIDY,
          quota: 1,
          regionQuotas: { '630102': 1 },
          applyFrom: '2031-03-01',
          applyUntil: '2031-04-01',
        });
      expect(county.body.details[0]).toEqual({ field: 'regionQuotas.630102', message: '名额只能分配到市州' });
      const reviewer = await t
        .http()
        .post('/api/v1/aid/programs')
        .set('Authorization', await t.bearer('province_reviewer'))
        .send({ year: 2031, aidType: AidType.STARTUP_SUBSIDY, applyFrom: '2031-03-01', applyUntil: '2031-04-01' });
      expect(reviewer.status).toBe(403);
    });
  });

  describe('eligibility', () => {
    it('tells a worker why not: no archive, outside working age, not registered, window closed', async () => {
      const program = await createProgram(t);
      const closed = await createProgram(t, { applyFrom: '2021-01-01', applyUntil: '2021-02-01' });
      const noArchive = await hardshipWorker(t, { archive: false });
      const list = await t.http().get('/api/v1/me/aid/programs').set('Authorization', noArchive.auth);
      expect(list.status).toBe(200);
      const mine = (list.body as MyAidProgramResponse[]).find((p) => p.id === program.id)!;
      expect(mine.eligibility).toEqual({
        eligible: false,
        reasons: [
          { code: EligibilityReason.NO_ACTIVE_ARCHIVE, message: '没有在档的困难职工档案：请联系所在县区总工会建档' },
        ],
      });
      const shut = (list.body as MyAidProgramResponse[]).find((p) => p.id === closed.id)!;
      expect(shut.eligibility.reasons.map((r) => r.code)).toEqual([
        EligibilityReason.NO_ACTIVE_ARCHIVE,
        EligibilityReason.WINDOW_CLOSED,
      ]);
      expect(shut.eligibility.reasons[1].message).toBe('不在申报时间内（2021-01-01 至 2021-02-01）');

      const old = await hardshipWorker(t, { idNumber: residentId('630102') }); // born in the 1960s
      const refused = await t
        .http()
        .post('/api/v1/aid/applications')
        .set('Authorization', old.auth)
        .send(await applicationBody(t, old, program));
      expect(refused.status).toBe(409);
      expect(refused.body.error).toBe(ErrorCode.CONFLICT);
      expect(refused.body.message).toMatch(/^暂不符合申请条件：不在劳动年龄内：须年满16周岁、未满60周岁（现\d+周岁）$/);

      const stranger = await t.workerBearer(`unregistered-${randomUUID().slice(0, 8)}`);
      const unregistered = await t.http().get('/api/v1/me/aid/programs').set('Authorization', stranger);
      expect((unregistered.body as MyAidProgramResponse[])[0].eligibility.reasons[0]).toEqual({
        code: EligibilityReason.NOT_REGISTERED,
        message: '请先完成实名登记',
      });
    });

    it('one 221 award per worker per programme year, across both aid types', async () => {
      const startup = await createProgram(t, { aidType: AidType.STARTUP_SUBSIDY });
      const materials = await createProgram(t, { aidType: AidType.PRODUCTION_MATERIALS, year: startup.year });
      const { worker, application } = await firstApproved(t, startup);
      const second = await firstApproved(t, materials, worker);
      expect((await finalApprove(t, application.id)).status).toBe(200);
      const list = await t.http().get('/api/v1/me/aid/programs').set('Authorization', worker.auth);
      const other = (list.body as MyAidProgramResponse[]).find((p) => p.id === materials.id)!;
      expect(other.eligibility.reasons).toEqual([
        { code: EligibilityReason.ALREADY_AWARDED, message: `${startup.year}年已获得过“221”帮扶，每年限一次` },
      ]);
      expect(other.myApplicationId).toBe(second.application.id);
      const twice = await finalApprove(t, second.application.id);
      expect(twice.status).toBe(409);
      expect(twice.body.message).toBe(`该职工${startup.year}年已获得过“221”帮扶，每年限一次`);
      const p = await t
        .http()
        .get(`/api/v1/aid/programs/${materials.id}`)
        .set('Authorization', await t.bearer('program_admin'));
      expect(p.body.awarded).toBe(0);
    });
  });

  describe('drafts and submission', () => {
    it('the same Idempotency-Key returns the same application, sequentially and at the same instant', async () => {
      const program = await createProgram(t);
      const w = await hardshipWorker(t);
      const body = await applicationBody(t, w, program);
      const key = randomUUID();
      const send = () =>
        t.http().post('/api/v1/aid/applications').set('Authorization', w.auth).set('Idempotency-Key', key).send(body);
      const [a, b, c] = await Promise.all([send(), send(), send()]);
      expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
      expect(new Set([a.body.id, b.body.id, c.body.id]).size).toBe(1);
      const later = await send();
      expect(later.body.id).toBe(a.body.id);
      expect(later.headers['idempotent-replayed']).toBe('true');
      const mine = await t.http().get('/api/v1/me/aid/applications').set('Authorization', w.auth);
      expect(mine.body).toHaveLength(1);
      const otherKey = await t
        .http()
        .post('/api/v1/aid/applications')
        .set('Authorization', w.auth)
        .set('Idempotency-Key', randomUUID())
        .send(body);
      expect(otherKey.status).toBe(409);
      expect(otherKey.body.message).toBe('你在该项目已有进行中的申请，请在“我的申请”中继续');
    });

    it('saves an incomplete draft, then names every missing field on submit', async () => {
      const program = await createProgram(t);
      const w = await hardshipWorker(t);
      const draft = await t
        .http()
        .post('/api/v1/aid/applications')
        .set('Authorization', w.auth)
        .set('Idempotency-Key', randomUUID())
        .send({ programId: program.id, startup: { businessName: '牦牛肉干坊' }, statement: '想创业' });
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({ status: AidApplicationStatus.DRAFT, statement: '想创业' });
      const submit = await t
        .http()
        .post(`/api/v1/aid/applications/${draft.body.id}/submit`)
        .set('Authorization', w.auth);
      expect(submit.status).toBe(400);
      expect(submit.body.details).toEqual([
        { field: 'startup.creditCode', message: '请填写统一社会信用代码，或提供创业计划书' },
        { field: 'startup.expectedJobs', message: '预计带动就业人数至少为 1' },
        { field: 'attachments.id_card', message: '请上传身份证正反面' },
      ]);
      const badCode = await t
        .http()
        .put(`/api/v1/aid/applications/${draft.body.id}`)
        .set('Authorization', w.auth)
        .send({
          programId: program.id,
          startup: { businessName: '牦牛肉干坊', creditCode: '91630100MA7XK5G235', expectedJobs: 2 },
        });
      expect(badCode.status).toBe(400);
      expect(badCode.body.details).toEqual([
        { field: 'startup.creditCode', message: '统一社会信用代码不正确，请核对' },
      ]);
      // nothing saved was lost
      const kept = await t.http().get(`/api/v1/aid/applications/${draft.body.id}`).set('Authorization', w.auth);
      expect(kept.body.statement).toBe('想创业');
      const someoneElsesFile = await upload(t, (await hardshipWorker(t)).auth);
      const foreign = await t
        .http()
        .put(`/api/v1/aid/applications/${draft.body.id}`)
        .set('Authorization', w.auth)
        .send({ programId: program.id, attachments: [{ key: 'id_card', fileId: someoneElsesFile }] });
      expect(foreign.status).toBe(400);
      expect(foreign.body.details).toEqual([{ field: 'attachments[0]', message: '附件不存在，请重新上传' }]);
      const plan = await t
        .http()
        .put(`/api/v1/aid/applications/${draft.body.id}`)
        .set('Authorization', w.auth)
        .send({
          programId: program.id,
          startup: {
            businessName: '牦牛肉干坊',
            businessPlan: '在城东区开办牦牛肉干加工坊，预计年产 5 吨',
            expectedJobs: 2,
          },
          attachments: [{ key: 'id_card', fileId: await upload(t, w.auth) }],
        });
      expect(plan.status).toBe(200);
      const ok = await t.http().post(`/api/v1/aid/applications/${draft.body.id}/submit`).set('Authorization', w.auth);
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: AidApplicationStatus.SUBMITTED, submittedAt: expect.any(String) });
      const edit = await t
        .http()
        .put(`/api/v1/aid/applications/${draft.body.id}`)
        .set('Authorization', w.auth)
        .send({ programId: program.id, statement: '改' });
      expect(edit.status).toBe(409);
    });

    it('a production-materials application needs the list of materials and their use', async () => {
      const program = await createProgram(t, { aidType: AidType.PRODUCTION_MATERIALS });
      const w = await hardshipWorker(t);
      const body = await applicationBody(t, w, program);
      const wrongKind = await t
        .http()
        .post('/api/v1/aid/applications')
        .set('Authorization', w.auth)
        .send({ ...body, startup: { businessName: 'x', expectedJobs: 1 } });
      expect(wrongKind.status).toBe(400);
      expect(wrongKind.body.details).toEqual([{ field: 'startup', message: '生产资料帮扶无需填写创业信息' }]);
      const badItem = await t
        .http()
        .post('/api/v1/aid/applications')
        .set('Authorization', w.auth)
        .send({
          ...body,
          materials: { items: [{ name: '缝纫机', quantity: 0, unitPriceFen: 350_000 }], purpose: '缝制' },
        });
      expect(badItem.status).toBe(400);
      expect(badItem.body.details[0].field).toBe('materials.items[0].quantity');
      const { application } = await submittedApplication(t, program, w);
      expect(application.materials).toEqual(body.materials);
    });
  });

  describe('review', () => {
    it('return sends it back with the comment; the worker amends and resubmits; the timeline shows each step', async () => {
      const program = await createProgram(t);
      const { worker, application } = await submittedApplication(t, program);
      const reviewer = await t.bearer('chengdong_reviewer');
      const silent = await t
        .http()
        .post(`/api/v1/aid/applications/${application.id}/review`)
        .set('Authorization', reviewer)
        .send({ decision: 'return' });
      expect(silent.status).toBe(400);
      expect(silent.body.details).toEqual([{ field: 'comment', message: '退回修改须说明需要修改的内容' }]);
      const returned = await t
        .http()
        .post(`/api/v1/aid/applications/${application.id}/review`)
        .set('Authorization', reviewer)
        .send({ decision: 'return', comment: '请补充经营场所租赁合同' });
      expect(returned.status).toBe(200);
      expect(returned.body).toMatchObject({
        status: AidApplicationStatus.RETURNED,
        lastComment: '请补充经营场所租赁合同',
      });
      const body = await applicationBody(t, worker, program);
      const amended = await t
        .http()
        .put(`/api/v1/aid/applications/${application.id}`)
        .set('Authorization', worker.auth)
        .send({ ...body, statement: '已补充租赁合同' });
      expect(amended.status).toBe(200);
      const again = await t
        .http()
        .post(`/api/v1/aid/applications/${application.id}/submit`)
        .set('Authorization', worker.auth);
      expect(again.body.status).toBe(AidApplicationStatus.SUBMITTED);
      const mine = await t.http().get('/api/v1/me/aid/applications').set('Authorization', worker.auth);
      const timeline = (mine.body as AidApplicationResponse[])[0].events;
      expect(timeline.map((e) => [e.type, e.actorName, e.comment])).toEqual([
        [AidEventType.CREATED, '本人', null],
        [AidEventType.SUBMITTED, '本人', null],
        [AidEventType.RETURNED, '城东区总工会初审', '请补充经营场所租赁合同'],
        [AidEventType.UPDATED, '本人', null],
        [AidEventType.SUBMITTED, '本人', null],
      ]);
      expect(timeline.every((e) => !Number.isNaN(Date.parse(e.createdAt)))).toBe(true);
    });

    it('rejection needs a reason, ends the application, and lets the worker apply again', async () => {
      const program = await createProgram(t);
      const { worker, application } = await submittedApplication(t, program);
      const reviewer = await t.bearer('chengdong_reviewer');
      const noReason = await t
        .http()
        .post(`/api/v1/aid/applications/${application.id}/review`)
        .set('Authorization', reviewer)
        .send({ decision: 'reject', comment: '   ' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.details).toEqual([{ field: 'comment', message: '不予通过须填写理由' }]);
      const rejected = await t
        .http()
        .post(`/api/v1/aid/applications/${application.id}/review`)
        .set('Authorization', reviewer)
        .send({ decision: 'reject', comment: '经核实已稳定就业' });
      expect(rejected.body).toMatchObject({ status: AidApplicationStatus.REJECTED, lastComment: '经核实已稳定就业' });
      const retry = await submittedApplication(t, program, worker);
      expect(retry.application.id).not.toBe(application.id);
    });

    it('first review belongs to the applicant’s county or city; another county’s reviewer gets nothing', async () => {
      const program = await createProgram(t);
      const { application } = await submittedApplication(t, program);
      const haidong = await t.bearer('haidong_reviewer');
      expect(
        (await t.http().get(`/api/v1/aid/applications/${application.id}`).set('Authorization', haidong)).status,
      ).toBe(404);
      const review = await t
        .http()
        .post(`/api/v1/aid/applications/${application.id}/review`)
        .set('Authorization', haidong)
        .send({ decision: 'approve' });
      expect(review.status).toBe(404);
      const list = await t.http().get(`/api/v1/aid/applications?programId=${program.id}`).set('Authorization', haidong);
      expect(list.body).toMatchObject({ items: [], total: 0 });
      const context = await t
        .http()
        .get(`/api/v1/aid/applications/${application.id}/review-context`)
        .set('Authorization', haidong);
      expect(context.status).toBe(404);
      // the city above the county sees it
      const xining = await t
        .http()
        .get(`/api/v1/aid/applications?programId=${program.id}`)
        .set('Authorization', await t.bearer('xining_reviewer'));
      expect(xining.body.items.map((a: AidApplicationResponse) => a.id)).toEqual([application.id]);
      expect(xining.body.items[0].idNumberMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      // the province reviews second, not first
      const early = await finalApprove(t, application.id);
      expect(early.status).toBe(403);
      const other = await hardshipWorker(t);
      expect(
        (await t.http().get(`/api/v1/aid/applications/${application.id}`).set('Authorization', other.auth)).status,
      ).toBe(404);
    });

    it('the reviewer sees the worker, archive and other applications beside the form, and batch-approves', async () => {
      const program = await createProgram(t);
      const a = await submittedApplication(t, program);
      const b = await submittedApplication(t, program);
      const context = await t
        .http()
        .get(`/api/v1/aid/applications/${a.application.id}/review-context`)
        .set('Authorization', await t.bearer('chengdong_reviewer'));
      expect(context.status).toBe(200);
      expect(context.body.worker.id).toBe(a.worker.workerId);
      expect(context.body.archive).toMatchObject({ status: 'ACTIVE', level: 'RELATIVE' });
      expect(context.body.application.attachments[0]).toMatchObject({ key: 'id_card', mime: 'image/png' });
      expect(context.body.history).toEqual([]);
      const batch = await t
        .http()
        .post('/api/v1/aid/applications/batch-approve')
        .set('Authorization', await t.bearer('chengdong_reviewer'))
        .send({ ids: [a.application.id, b.application.id, a.application.id], comment: '材料齐全' });
      expect(batch.status).toBe(200);
      expect(batch.body.results).toEqual([
        { id: a.application.id, ok: true, status: AidApplicationStatus.FIRST_APPROVED },
        { id: b.application.id, ok: true, status: AidApplicationStatus.FIRST_APPROVED },
      ]);
      const again = await t
        .http()
        .post('/api/v1/aid/applications/batch-approve')
        .set('Authorization', await t.bearer('chengdong_reviewer'))
        .send({ ids: [a.application.id] });
      expect(again.body.results[0]).toMatchObject({ ok: false, message: '申请待复审，不在初审队列' });
    });
  });

  describe('quota', () => {
    it('30 final approvals at the same instant with a quota of 20: exactly 20 approved, 10 refused with 409', async () => {
      const program = await createProgram(t, { quota: 20 });
      const apps: number[] = [];
      for (let i = 0; i < 30; i++) apps.push((await firstApproved(t, program)).application.id);
      const province = await t.bearer('province_reviewer');
      const results = await Promise.all(
        apps.map((id) =>
          t
            .http()
            .post(`/api/v1/aid/applications/${id}/review`)
            .set('Authorization', province)
            .send({ decision: 'approve' }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(20);
      expect(statuses.filter((s) => s === 409)).toHaveLength(10);
      for (const r of results.filter((x) => x.status === 409)) {
        expect(r.body.message).toBe(`名额已满：${program.name}共 20 个名额，已全部通过复审`);
      }
      const after = await t.http().get(`/api/v1/aid/programs/${program.id}`).set('Authorization', province);
      expect(after.body.awarded).toBe(20);
      const approved = await t
        .http()
        .get(`/api/v1/aid/applications?programId=${program.id}&status=APPROVED&pageSize=100`)
        .set('Authorization', province);
      expect(approved.body.total).toBe(20);
      const waiting = await t
        .http()
        .get(`/api/v1/aid/applications?programId=${program.id}&status=FIRST_APPROVED&pageSize=100`)
        .set('Authorization', province);
      expect(waiting.body.total).toBe(10);
    });

    it('a city’s share of a split quota is never exceeded either', async () => {
      const program = await createProgram(t, { quota: 2, regionQuotas: { '630100': 1, '630200': 1 } });
      const first = await firstApproved(t, program);
      const second = await firstApproved(t, program);
      const [x, y] = await Promise.all([finalApprove(t, first.application.id), finalApprove(t, second.application.id)]);
      expect([x.status, y.status].sort()).toEqual([200, 409]);
      expect([x, y].find((r) => r.status === 409)!.body.message).toBe('名额已满：西宁市的 1 个名额已全部通过复审');
      const p = await t
        .http()
        .get(`/api/v1/aid/programs/${program.id}`)
        .set('Authorization', await t.bearer('program_admin'));
      expect(p.body.awarded).toBe(1);
      expect(p.body.regionQuotas).toEqual([
        { regionCode: '630100', regionName: '西宁市', quota: 1, awarded: 1 },
        { regionCode: '630200', regionName: '海东市', quota: 1, awarded: 0 },
      ]);
    });

    it('revoking an approval frees its place, and the programme cannot shrink below the places taken', async () => {
      const program = await createProgram(t, { quota: 1 });
      const a = await firstApproved(t, program);
      const b = await firstApproved(t, program);
      expect((await finalApprove(t, a.application.id)).status).toBe(200);
      expect((await finalApprove(t, b.application.id)).status).toBe(409);
      const province = await t.bearer('province_reviewer');
      const noReason = await t
        .http()
        .post(`/api/v1/aid/applications/${a.application.id}/revoke`)
        .set('Authorization', province)
        .send({});
      expect(noReason.status).toBe(400);
      const revoked = await t
        .http()
        .post(`/api/v1/aid/applications/${a.application.id}/revoke`)
        .set('Authorization', province)
        .send({ reason: '经核查不符合条件' });
      expect(revoked.body.status).toBe(AidApplicationStatus.REVOKED);
      expect((await finalApprove(t, b.application.id)).status).toBe(200);
      const shrink = await t
        .http()
        .put(`/api/v1/aid/programs/${program.id}`)
        .set('Authorization', await t.bearer('program_admin'))
        .send({
          year: program.year,
          aidType: program.aidType,
          quota: 1,
          applyFrom: program.applyFrom,
          applyUntil: program.applyUntil,
          requiredAttachments: program.requiredAttachments,
        });
      expect(shrink.status).toBe(200);
      const tag = await t.http().get(`/api/v1/workers/${a.worker.workerId}`).set('Authorization', province);
      expect(tag.body.tags).not.toContain(WorkerTag.AID_RECIPIENT);
      const awarded = await t.http().get(`/api/v1/workers/${b.worker.workerId}`).set('Authorization', province);
      expect(awarded.body.tags).toContain(WorkerTag.AID_RECIPIENT);
    });
  });
});

describe('221 aid: publicity, disbursement, outcomes, figures', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('the demo year has both programmes open; a publicity held earlier on a notice board is recorded from its date', async () => {
    const w = await hardshipWorker(t);
    const list = await t.http().get('/api/v1/me/aid/programs').set('Authorization', w.auth);
    const year = new Date(t.clock.now().getTime() + 8 * 3600_000).getUTCFullYear();
    const demo = (list.body as MyAidProgramResponse[]).filter((p) => p.year === year);
    expect(demo.map((p) => [p.aidType, p.amountFen, p.quota, p.eligibility.eligible])).toEqual([
      [AidType.PRODUCTION_MATERIALS, 2_000_000, 20, true],
      [AidType.STARTUP_SUBSIDY, 2_000_000, 20, true],
    ]);

    const program = await createProgram(t, { quota: 3 });
    const a = await firstApproved(t, program);
    expect((await finalApprove(t, a.application.id)).status).toBe(200);
    const province = await t.bearer('province_reviewer');
    const future = await t
      .http()
      .post('/api/v1/aid/publicities')
      .set('Authorization', province)
      .send({ programId: program.id, startsOn: '2099-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.details).toEqual([{ field: 'startsOn', message: '公示开始日期不能晚于今天' }]);
    const startsOn = new Date(t.clock.now().getTime() + 8 * 3600_000 - 20 * DAY).toISOString().slice(0, 10);
    const pub = await t
      .http()
      .post('/api/v1/aid/publicities')
      .set('Authorization', province)
      .send({ programId: program.id, startsOn });
    expect(pub.status).toBe(201);
    expect(pub.body.startsAt).toBe(new Date(`${startsOn}T00:00:00+08:00`).toISOString());
    const closed = await t.http().post(`/api/v1/aid/publicities/${pub.body.id}/close`).set('Authorization', province);
    expect(closed.status).toBe(200);
    expect(closed.body.entries[0].status).toBe(AidApplicationStatus.CONFIRMED);
    const nothingLeft = await t
      .http()
      .post('/api/v1/aid/publicities')
      .set('Authorization', province)
      .send({ programId: program.id });
    expect(nothingLeft.status).toBe(409);
    expect(nothingLeft.body.message).toBe('没有待公示的复审通过名单');

    const sheet = await t
      .http()
      .get(`/api/v1/aid/applications/export?programId=${program.id}`)
      .set('Authorization', await t.bearer('finance'))
      .buffer(true)
      .parse(binary);
    const rows = await sheetRows(sheet.body);
    expect(rows[0].slice(0, 7)).toEqual(['编号', '项目', '类型', '姓名', '身份证号', '地区', '状态']);
    expect(rows.slice(1).map((r) => [Number(r[0]), r[6]])).toEqual([[a.application.id, '待发放']]);
    expect(rows[1][4]).toMatch(/\*{8}/);
  });

  it('the full path: publicity with an objection, confirmation, payment, outcome; figures and audit match', async () => {
    const program = await createProgram(t, { quota: 5 });
    const a = await firstApproved(t, program);
    const b = await firstApproved(t, program);
    const c = await firstApproved(t, program);
    for (const x of [a, b, c]) expect((await finalApprove(t, x.application.id)).status).toBe(200);
    const province = await t.bearer('province_reviewer');

    const pub = await t
      .http()
      .post('/api/v1/aid/publicities')
      .set('Authorization', province)
      .send({ programId: program.id });
    expect(pub.status).toBe(201);
    expect(pub.body.entries).toHaveLength(3);
    expect(pub.body.entries[0].idNumberMasked).toMatch(/\*{8}/);
    const current = await t.http().get('/api/v1/aid/publicities/current').set('Authorization', a.worker.auth);
    expect(current.body.map((p: { id: number }) => p.id)).toContain(pub.body.id);
    expect(JSON.stringify(current.body)).not.toMatch(/\d{17}[\dX]/);

    // an objection against b is upheld, one against c dismissed
    for (const x of [b, c]) {
      const o = await t
        .http()
        .post(`/api/v1/aid/applications/${x.application.id}/objections`)
        .set('Authorization', await t.bearer('chengdong_reviewer'))
        .send({ content: '群众反映其家庭有经营性收入' });
      expect(o.body.objectionPending).toBe(true);
    }
    const early = await t.http().post(`/api/v1/aid/publicities/${pub.body.id}/close`).set('Authorization', province);
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/^公示期未满/);
    const upheld = await t
      .http()
      .post(`/api/v1/aid/applications/${b.application.id}/objections/decision`)
      .set('Authorization', province)
      .send({ decision: 'uphold', comment: '核实属实' });
    expect(upheld.body.status).toBe(AidApplicationStatus.REVOKED);
    t.clock.advance(10 * DAY);
    const pending = await t.http().post(`/api/v1/aid/publicities/${pub.body.id}/close`).set('Authorization', province);
    expect(pending.body.message).toBe('还有 1 条异议未处理，请先处理异议');
    await t
      .http()
      .post(`/api/v1/aid/applications/${c.application.id}/objections/decision`)
      .set('Authorization', province)
      .send({ decision: 'dismiss', comment: '经核实收入低于标准' });
    const closed = await t.http().post(`/api/v1/aid/publicities/${pub.body.id}/close`).set('Authorization', province);
    expect(closed.status).toBe(200);
    expect(closed.body.entries.map((e: { status: string }) => e.status).sort()).toEqual([
      AidApplicationStatus.CONFIRMED,
      AidApplicationStatus.CONFIRMED,
      AidApplicationStatus.REVOKED,
    ]);
    const sheet = await t
      .http()
      .get(`/api/v1/aid/publicities/${pub.body.id}/export`)
      .set('Authorization', province)
      .buffer(true)
      .parse(binary);
    const rows = await sheetRows(sheet.body);
    expect(rows[0][0]).toBe(`${program.name}拟帮扶对象名单公示`);
    expect(rows[2]).toEqual(['序号', '姓名', '身份证号', '地区', '帮扶类型', '金额（元）']);
    // two entries: the revoked one is not printed
    expect(rows.slice(3).map((r) => r[2])).toEqual(
      closed.body.entries
        .filter((e: { status: string }) => e.status !== 'REVOKED')
        .map((e: { idNumberMasked: string }) => e.idNumberMasked),
    );

    // finance pays today: the day in Xining, stored as its midnight there
    const finance = await t.bearer('finance');
    const today = new Date(t.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const wrong = await t
      .http()
      .post(`/api/v1/aid/applications/${a.application.id}/disbursement`)
      .set('Authorization', finance)
      .send({ amountFen: 1_999_900, voucherNo: 'PZ-2026-001', paidAt: today });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([
      { field: 'amountFen', message: '发放金额应等于帮扶金额 ¥20,000.00（填写的是 ¥19,999.00）' },
    ]);
    const summaryBefore = await t
      .http()
      .get(`/api/v1/aid/finance/summary?year=${program.year}`)
      .set('Authorization', finance);
    expect(summaryBefore.body).toEqual({
      year: program.year,
      awaitingCount: 2,
      awaitingFen: 4_000_000,
      paidCount: 0,
      paidFen: 0,
    });
    const paid = await t
      .http()
      .post(`/api/v1/aid/applications/${a.application.id}/disbursement`)
      .set('Authorization', finance)
      .send({ amountFen: 2_000_000, voucherNo: 'PZ-2026-001', paidAt: today });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({
      status: AidApplicationStatus.PAID,
      disbursement: {
        amountFen: 2_000_000,
        voucherNo: 'PZ-2026-001',
        paidAt: new Date(`${today}T00:00:00+08:00`).toISOString(),
        recordedBy: '省总财务部',
      },
    });
    const double = await t
      .http()
      .post(`/api/v1/aid/applications/${a.application.id}/disbursement`)
      .set('Authorization', finance)
      .send({ amountFen: 2_000_000, voucherNo: 'PZ-2026-002', paidAt: today });
    expect(double.status).toBe(409);
    // c's archive closes after approval: payment stops, with the reason
    const close = await t
      .http()
      .post(`/api/v1/workers/${c.worker.workerId}/archive/close`)
      .set('Authorization', province)
      .send({ reason: '已稳定就业，家庭收入超过标准' });
    expect(close.status).toBe(200);
    const stopped = await t
      .http()
      .post(`/api/v1/aid/applications/${c.application.id}/disbursement`)
      .set('Authorization', finance)
      .send({ amountFen: 2_000_000, voucherNo: 'PZ-2026-003', paidAt: today });
    expect(stopped.status).toBe(409);
    expect(stopped.body.message).toBe('该职工的困难档案已不在档（已脱困或未建档），暂停发放；请核实后撤销或重新建档');
    const summary = await t
      .http()
      .get(`/api/v1/aid/finance/summary?year=${program.year}`)
      .set('Authorization', finance);
    expect(summary.body).toEqual({
      year: program.year,
      awaitingCount: 1,
      awaitingFen: 2_000_000,
      paidCount: 1,
      paidFen: 2_000_000,
    });

    // the worker sees every step
    const mine = await t.http().get('/api/v1/me/aid/applications').set('Authorization', a.worker.auth);
    const steps = (mine.body as AidApplicationResponse[])[0].events.map((e) => e.type);
    expect(steps).toEqual([
      AidEventType.CREATED,
      AidEventType.SUBMITTED,
      AidEventType.FIRST_APPROVED,
      AidEventType.FINAL_APPROVED,
      AidEventType.PUBLICIZED,
      AidEventType.CONFIRMED,
      AidEventType.PAID,
    ]);
    await t.runJob('notifications.send');
    const notices = await t.http().get('/api/v1/me/notifications').set('Authorization', a.worker.auth);
    expect(notices.body.map((n: { title: string }) => n.title)).toEqual([
      '资金已发放',
      '公示期满，确认帮扶',
      '进入公示',
      '复审通过',
      '初审通过',
      '提交申请',
    ]);
    // no WeChat credentials here: recorded as what would have been sent
    expect(notices.body.every((n: { status: string }) => n.status === NotificationStatus.SKIPPED)).toBe(true);

    // outcome: once per worker per year
    const outcome = {
      workerId: a.worker.workerId,
      type: OutcomeType.SELF_EMPLOYED,
      source: OutcomeSource.AID,
      businessName: '高原牦牛肉干加工坊',
      creditCode: '91630100MA7XK5G234',
      achievedOn: new Date(t.clock.now().getTime() - DAY).toISOString().slice(0, 10),
      applicationId: a.application.id,
    };
    const recorded = await t.http().post('/api/v1/outcomes').set('Authorization', province).send(outcome);
    expect(recorded.status).toBe(201);
    const year = recorded.body.year as number;
    const twice = await t
      .http()
      .post('/api/v1/outcomes')
      .set('Authorization', province)
      .send({ ...outcome, source: OutcomeSource.TRAINING });
    expect(twice.status).toBe(409);
    const employed = await t.http().post('/api/v1/outcomes').set('Authorization', province).send({
      workerId: c.worker.workerId,
      type: OutcomeType.EMPLOYED,
      source: OutcomeSource.REFERRAL,
      achievedOn: outcome.achievedOn,
    });
    expect(employed.status).toBe(400);
    expect(employed.body.details.map((d: { field: string }) => d.field)).toEqual(['employer', 'contractStart']);

    // the figures match the records
    const stats = await t.http().get(`/api/v1/aid/programs/${program.id}/stats`).set('Authorization', province);
    expect(stats.body).toMatchObject({
      program: { awarded: 2, quota: 5 },
      paidCount: 1,
      paidFen: 2_000_000,
      awaitingPaymentCount: 1,
      byStatus: { PAID: 1, CONFIRMED: 1, REVOKED: 1 },
    });
    expect(stats.body.byRegion.find((r: { regionCode: string }) => r.regionCode === '630100')).toMatchObject({
      awarded: 2,
      paidCount: 1,
      paidFen: 2_000_000,
      quota: null,
    });
    const dash = await t.http().get(`/api/v1/aid/dashboard?year=${program.year}`).set('Authorization', province);
    expect(dash.body.types.find((x: { aidType: string }) => x.aidType === AidType.STARTUP_SUBSIDY)).toEqual({
      aidType: AidType.STARTUP_SUBSIDY,
      programId: program.id,
      quota: 5,
      awarded: 2,
      paidFen: 2_000_000,
    });
    expect(dash.body.byRegion).toHaveLength(8);
    const outcomeYear = await t.http().get(`/api/v1/aid/dashboard?year=${year}`).set('Authorization', province);
    expect(outcomeYear.body.outcomes.count).toBe(1);
    const haidongDash = await t
      .http()
      .get(`/api/v1/aid/dashboard?year=${program.year}`)
      .set('Authorization', await t.bearer('haidong_reviewer'));
    expect(haidongDash.body.types.every((x: { awarded: number }) => x.awarded === 0)).toBe(true);
    expect(haidongDash.body.byRegion.map((r: { regionCode: string }) => r.regionCode)).toEqual(['630200']);

    // every state change is in the audit log
    const audit = await t
      .http()
      .get(`/api/v1/audit-logs?targetType=aid_application&targetId=${a.application.id}&pageSize=100`)
      .set('Authorization', await t.bearer('auditor'));
    expect(audit.body.items.map((e: { action: string }) => e.action).reverse()).toEqual([
      'aid_application.create',
      'aid_application.submitted',
      'aid_application.first_approved',
      'aid_application.final_approved',
      'aid_application.publicized',
      'aid_application.confirmed',
      'aid_application.paid',
    ]);
  });

  it('awarded workers join the monthly follow-up list', async () => {
    const program = await createProgram(t, { quota: 2 });
    const a = await firstApproved(t, program);
    expect((await finalApprove(t, a.application.id)).status).toBe(200);
    // employed, so only the award puts them on the list once the archive closes
    const province = await t.bearer('province_reviewer');
    await t
      .http()
      .patch(`/api/v1/workers/${a.worker.workerId}`)
      .set('Authorization', province)
      .send({ employmentStatus: 'EMPLOYED' });
    await t
      .http()
      .post(`/api/v1/workers/${a.worker.workerId}/archive/close`)
      .set('Authorization', province)
      .send({ reason: '就业' });
    t.clock.advance(40 * DAY);
    const overdue = await t.http().get('/api/v1/follow-ups/overdue?pageSize=100').set('Authorization', province);
    expect(overdue.body.items.map((o: { worker: { id: number } }) => o.worker.id)).toContain(a.worker.workerId);
  });
});
