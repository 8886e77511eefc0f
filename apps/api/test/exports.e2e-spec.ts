import { Role, TrainingBaseKind } from '@steadywork/shared';
import { createStaff } from './factories/staff.factory';
import { createProgram, firstApproved, hardshipWorker, PNG } from './factories/aid.factory';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';

const DAY = 86_400_000;

/** Every list of the console exports what it lists: the same filters, the same scope, masked, audited. */
describe('list exports (导出)', () => {
  let t: TestApp;
  let otherCounty: string;
  beforeAll(async () => {
    t = await startTestApp();
    // a reviewer of 城中区 (630103): none of 城东区's (630102) rows are theirs
    const other = await createStaff(t, { regionCode: '630103', roles: [Role.REVIEWER] });
    otherCounty = `Bearer ${(await t.login(other.username, other.password)).accessToken}`;
  });
  afterAll(() => t.close());

  async function xlsx(path: string, auth: string) {
    const res = await t.http().get(path).set('Authorization', auth).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/\.xlsx/);
    const rows = await sheetRows(res.body);
    return { header: rows[0], rows: rows.slice(1) };
  }
  const list = async (path: string, auth: string) => {
    const res = await t.http().get(path).set('Authorization', auth);
    expect(res.status).toBe(200);
    return res.body;
  };
  const audited = async (action: string) => {
    const res = await t
      .http()
      .get(`/api/v1/audit-logs?action=${action}&pageSize=50`)
      .set('Authorization', await t.bearer('auditor'));
    return (res.body.items as { action: string; actorName: string }[]).filter((e) => e.action === action);
  };

  it('training bases: the list’s filters and scope, contact phones masked', async () => {
    const admin = await t.bearer('training_admin');
    const apply = async (name: string, regionCode: string) => {
      const file = await t.http().post('/api/v1/files').set('Authorization', admin).attach('file', PNG, 'site.png');
      const criterion = { description: '教室 2 间，实训工位 20 个', evidence: [file.body.id] };
      return t
        .http()
        .post('/api/v1/training/bases')
        .set('Authorization', admin)
        .send({
          name,
          kind: TrainingBaseKind.SUPPORT_CENTER,
          regionCode,
          address: '西宁市八一路 12 号',
          contactName: '王老师',
          contactPhone: '13912345678',
          criteria: { site: criterion, facilities: criterion, teachers: criterion, training: criterion },
        });
    };
    expect((await apply('城东区导出测试基地', '630102')).status).toBe(201);
    expect((await apply('城中区导出测试基地', '630103')).status).toBe(201);

    const all = await list('/api/v1/training/bases?pageSize=100', admin);
    const sheet = await xlsx('/api/v1/training/bases/export', admin);
    expect(sheet.header.slice(0, 3)).toEqual(['编号', '基地名称', '类型']);
    expect(sheet.rows).toHaveLength(all.total);
    expect(sheet.rows.map((r) => r[1])).toEqual(expect.arrayContaining(['城东区导出测试基地', '城中区导出测试基地']));
    expect(JSON.stringify(sheet.rows)).not.toContain('13912345678');
    expect(sheet.rows.find((r) => r[1] === '城东区导出测试基地')![6]).toBe('139****5678');

    const filtered = await list('/api/v1/training/bases?regionCode=630102&pageSize=100', admin);
    const filteredSheet = await xlsx('/api/v1/training/bases/export?regionCode=630102', admin);
    expect(filteredSheet.rows).toHaveLength(filtered.total);
    expect(filteredSheet.rows.map((r) => r[1])).not.toContain('城中区导出测试基地');

    const theirs = await xlsx('/api/v1/training/bases/export', otherCounty);
    expect(theirs.rows.map((r) => r[1])).toContain('城中区导出测试基地');
    expect(theirs.rows.map((r) => r[1])).not.toContain('城东区导出测试基地');
    const entries = await audited('training_base.export');
    expect(entries.map((e) => [e.actorName, (e as unknown as { summary: unknown }).summary])).toEqual([
      [expect.any(String), { filters: {}, rows: theirs.rows.length }],
      ['training_admin', { filters: { regionCode: '630102' }, rows: filtered.total }],
      ['training_admin', { filters: {}, rows: all.total }],
    ]);
  });

  it('aid programmes and publicities: one row per item of the list, with its filter', async () => {
    const programs = await list('/api/v1/aid/programs', await t.bearer('province_reviewer'));
    const sheet = await xlsx('/api/v1/aid/programs/export', await t.bearer('province_reviewer'));
    expect(sheet.header.slice(0, 3)).toEqual(['编号', '年度', '项目名称']);
    expect(sheet.rows).toHaveLength(programs.length);
    expect(programs.length).toBeGreaterThan(0);

    const program = await createProgram(t, { quota: 2 });
    const { application } = await firstApproved(t, program);
    const province = await t.bearer('province_reviewer');
    const approved = await t
      .http()
      .post(`/api/v1/aid/applications/${application.id}/review`)
      .set('Authorization', province)
      .send({ decision: 'approve' });
    expect(approved.status).toBe(200);
    const pub = await t
      .http()
      .post('/api/v1/aid/publicities')
      .set('Authorization', province)
      .send({ programId: program.id });
    expect(pub.status).toBe(201);

    const ofYear = await xlsx(`/api/v1/aid/programs/export?year=${program.year}`, province);
    expect(ofYear.rows.map((r) => r[2])).toEqual([program.name]);
    const publicities = await list('/api/v1/aid/publicities', province);
    const pubSheet = await xlsx('/api/v1/aid/publicities/export', province);
    expect(pubSheet.rows).toHaveLength(publicities.length);
    const one = await xlsx(`/api/v1/aid/publicities/export?programId=${program.id}`, province);
    expect(one.rows).toEqual([
      [
        String(pub.body.id),
        program.name,
        String(program.year),
        '创业补助',
        expect.any(String),
        expect.any(String),
        '1',
        '公示中',
      ],
    ]);
    expect(await audited('aid_program.export')).toHaveLength(2);
    expect(await audited('aid_publicity.export')).toHaveLength(2);
  });

  it('a trainer’s sessions: their own, as the page lists them; another trainer’s export has none of them', async () => {
    const trainer = await t.bearer('trainer');
    const mine = await list('/api/v1/training/sessions/mine', trainer);
    expect(mine.length).toBeGreaterThan(0);
    const sheet = await xlsx('/api/v1/training/sessions/mine/export', trainer);
    expect(sheet.header).toEqual(['课程', '课次', '开始时间', '结束时间', '培训地点', '报名人数', '签到状态']);
    expect(sheet.rows).toHaveLength(mine.length);
    expect(sheet.rows[0][0]).toBe(mine[0].courseTitle);
    const other = await createStaff(t, { regionCode: '630103', roles: [Role.TRAINER] });
    const theirs = await xlsx(
      '/api/v1/training/sessions/mine/export',
      `Bearer ${(await t.login(other.username, other.password)).accessToken}`,
    );
    expect(theirs.rows).toEqual([]);
    expect(await audited('training_session.export')).toHaveLength(2);
  });

  it('overdue follow-ups: the list’s total, in scope, ID numbers and phones masked', async () => {
    const ours = await hardshipWorker(t, { regionCode: '630102' });
    const theirs = await hardshipWorker(t, { regionCode: '630103' });
    t.clock.advance(31 * DAY);
    const province = await t.bearer('province_reviewer');
    const all = await list('/api/v1/follow-ups/overdue?pageSize=100', province);
    const sheet = await xlsx('/api/v1/follow-ups/overdue/export', province);
    expect(sheet.header).toEqual([
      '编号',
      '姓名',
      '身份证号码',
      '手机号码',
      '所在地区',
      '人员标签',
      '最近回访',
      '应回访时间',
      '逾期天数',
    ]);
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(sheet.rows).toHaveLength(all.total);
    expect(sheet.rows.map((r) => r[0])).toEqual(
      (all.items as { worker: { id: number } }[]).map((o) => String(o.worker.id)),
    );
    for (const row of sheet.rows) {
      expect(row[2]).toMatch(/\*{4}/);
      expect(row[3]).toMatch(/\*{4}/);
    }
    const filtered = await xlsx('/api/v1/follow-ups/overdue/export?regionCode=630102', province);
    const filteredList = await list('/api/v1/follow-ups/overdue?regionCode=630102&pageSize=100', province);
    expect(filtered.rows).toHaveLength(filteredList.total);

    const other = await xlsx('/api/v1/follow-ups/overdue/export', otherCounty);
    const ids = other.rows.map((r) => r[0]);
    expect(ids).toContain(String(theirs.workerId));
    expect(ids).not.toContain(String(ours.workerId));
    expect(other.rows.every((r) => r[4].includes('城中区'))).toBe(true);
    expect(await audited('follow_up.export_overdue')).toHaveLength(3);
  });
});
