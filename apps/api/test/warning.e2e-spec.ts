import {
  ArchiveEventType,
  DemandCategory,
  EmploymentStatus,
  HardshipLevel,
  Role,
  WarningFigure,
  WorkerTag,
  type ArchiveResponse,
  type RelapseRiskResponse,
  type WarningAlertsResponse,
  type WarningRegionFigures,
  type WarningRegionsResponse,
  type WorkerResponse,
} from '@steadywork/shared';
import { randomUUID } from 'node:crypto';
import { hardshipWorker } from './factories/aid.factory';
import { fileLayoff } from './factories/layoffs.factory';
import { createStaff } from './factories/staff.factory';
import { phoneNumber, residentId } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';

const DAY = 86_400_000;
const MONTH = 'year=2026&month=6';

describe('early warning (预警监测) and 返困风险', () => {
  let t: TestApp;
  let province: string;
  let city: string; // 西宁市
  let county: string; // 城东区 630102
  let westCounty: string; // 城西区 630104 (hr_demo's company is there)
  let hr: string;

  beforeAll(async () => {
    t = await startTestApp({}, { now: '2026-06-10T02:00:00.000Z' });
    province = await t.bearer('province_reviewer');
    city = await t.bearer('xining_reviewer');
    county = await t.bearer('chengdong_reviewer');
    hr = await t.bearer('hr_demo');
    const west = await createStaff(t, { regionCode: '630104', roles: [Role.REVIEWER] });
    westCounty = `Bearer ${(await t.login(west.username, west.password)).accessToken}`;
  });
  afterAll(() => t.close());

  const regions = async (auth: string, query = MONTH) => {
    const res = await t.http().get(`/api/v1/warning/regions?${query}`).set('Authorization', auth);
    expect(res.status).toBe(200);
    return res.body as WarningRegionsResponse;
  };
  const row = (r: WarningRegionsResponse, code: string) => r.regions.find((x) => x.regionCode === code)!;
  const figures = (f: WarningRegionFigures) => ({
    layoffFilings: f.layoffFilings,
    laidOffWorkers: f.laidOffWorkers,
    registeredUnemployed: f.registeredUnemployed,
    laidOffTagged: f.laidOffTagged,
    openDemands: f.openDemands,
    wagesOwed: f.openDemandsByCategory[DemandCategory.WAGES_OWED],
  });

  let before: { province: WarningRegionsResponse; city: WarningRegionsResponse };

  it('the province sees its cities, a city its counties, a county itself; the registry basis is stated', async () => {
    before = { province: await regions(province), city: await regions(city) };
    expect(before.province.parentCode).toBe('630000');
    expect(before.province.regions.map((r) => r.regionCode)).toEqual(expect.arrayContaining(['630100', '630200']));
    expect(before.province.regions.every((r) => r.regionCode.length === 6 && r.regionCode.endsWith('00'))).toBe(true);
    expect(before.city.regions.map((r) => r.regionCode)).toEqual(expect.arrayContaining(['630102', '630104']));
    expect(before.city.regions.map((r) => r.regionCode)).not.toContain('630100');
    expect((await regions(county)).regions.map((r) => r.regionCode)).toEqual(['630102']);
    expect(before.province).toMatchObject({ year: 2026, month: 6, registryBasis: 'CURRENT' });
    // June in Asia/Shanghai: from 05-31T16:00Z to 06-30T16:00Z
    expect(before.province.from).toBe('2026-05-31T16:00:00.000Z');
    expect(before.province.to).toBe('2026-06-30T16:00:00.000Z');
  });

  it('figures per region are the records: a layoff filed with its workers, demands filed', async () => {
    const filing = await fileLayoff(t, hr, { plannedDate: '2026-07-20', noticeDate: '2026-06-10' });
    expect(filing.status).toBe(201);
    expect(filing.body.regionCode).toBe('630104');
    for (let i = 0; i < 2; i++) {
      const added = await t
        .http()
        .post(`/api/v1/layoffs/${filing.body.id}/workers`)
        .set('Authorization', hr)
        .send({ name: '马建国', idNumber: residentId('630104'), phone: phoneNumber(), tag: WorkerTag.LAID_OFF });
      expect(added.status).toBe(201);
    }
    const w = await hardshipWorker(t, { archive: false }); // 城东区, registered unemployed
    for (let i = 0; i < 2; i++) {
      const d = await t
        .http()
        .post('/api/v1/me/demands')
        .set('Authorization', w.auth)
        .set('Idempotency-Key', randomUUID())
        .send({
          category: DemandCategory.WAGES_OWED,
          employerName: '西宁某建筑劳务公司',
          description: '工地老板拖欠三个月工资',
        });
      expect(d.status).toBe(201);
    }

    const after = { province: await regions(province), city: await regions(city) };
    const delta = (a: WarningRegionFigures, b: WarningRegionFigures) => {
      const x = figures(a);
      const y = figures(b);
      return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v - y[k as keyof typeof y]]));
    };
    expect(delta(row(after.city, '630104'), row(before.city, '630104'))).toEqual({
      layoffFilings: 1,
      laidOffWorkers: 25,
      registeredUnemployed: 2,
      laidOffTagged: 2,
      openDemands: 0,
      wagesOwed: 0,
    });
    expect(delta(row(after.city, '630102'), row(before.city, '630102'))).toEqual({
      layoffFilings: 0,
      laidOffWorkers: 0,
      registeredUnemployed: 1,
      laidOffTagged: 0,
      openDemands: 2,
      wagesOwed: 2,
    });
    // the city's row at the province adds up its counties
    expect(delta(row(after.province, '630100'), row(before.province, '630100'))).toEqual({
      layoffFilings: 1,
      laidOffWorkers: 25,
      registeredUnemployed: 3,
      laidOffTagged: 2,
      openDemands: 2,
      wagesOwed: 2,
    });
    expect(figures(row(after.province, '630200'))).toEqual(figures(row(before.province, '630200')));

    // another month knows nothing of June's filing
    const july = await regions(city, 'year=2026&month=7');
    expect(row(july, '630104').layoffFilings).toBe(0);
  });

  it('another county sees only its own figures: none of 城东区’s', async () => {
    const west = await regions(westCounty);
    expect(west.regions.map((r) => r.regionCode)).toEqual(['630104']);
    expect(west.regions[0].openDemands).toBe(row(await regions(city), '630104').openDemands);
    const east = await regions(county);
    expect(east.regions.map((r) => r.regionCode)).toEqual(['630102']);
    expect(east.regions[0].layoffFilings).toBe(row(await regions(city), '630102').layoffFilings);
    // HR (not union staff) is refused
    expect((await t.http().get(`/api/v1/warning/regions?${MONTH}`).set('Authorization', hr)).status).toBe(403);
  });

  it('thresholds: province reviewer only (403 for others), bad values 400 naming the field, audited', async () => {
    const initial = await t.http().get('/api/v1/warning/thresholds').set('Authorization', city);
    expect(initial.status).toBe(200);
    expect(initial.body).toMatchObject({ layoffFilings: null, openDemandsByCategory: { WAGES_OWED: null } });
    for (const auth of [city, county]) {
      const res = await t
        .http()
        .put('/api/v1/warning/thresholds')
        .set('Authorization', auth)
        .send({ layoffFilings: 1 });
      expect(res.status).toBe(403);
    }
    const bad = async (body: Record<string, unknown>) => {
      const res = await t.http().put('/api/v1/warning/thresholds').set('Authorization', province).send(body);
      expect(res.status).toBe(400);
      return (res.body.details as { field: string; message: string }[]).map((d) => d.field);
    };
    expect(await bad({ laidOffWorkers: -3 })).toEqual(['laidOffWorkers']);
    expect(await bad({ openDemands: 'many' })).toEqual(['openDemands']);
    expect(await bad({ layoffFilings: 1.5 })).toEqual(['layoffFilings']);
    expect(await bad({ openDemandsByCategory: { WAGES_OWED: 0 } })).toEqual(['openDemandsByCategory.WAGES_OWED']);
    const msg = await t
      .http()
      .put('/api/v1/warning/thresholds')
      .set('Authorization', province)
      .send({ laidOffWorkers: 0 });
    expect(msg.body.details[0].message).toMatch(/裁减人数阈值应为 1 至/);
  });

  it('a threshold crossed alerts that region only', async () => {
    const now = { province: await regions(province), city: await regions(city) };
    const xining = row(now.province, '630100');
    const othersMax = Math.max(
      ...now.province.regions.filter((r) => r.regionCode !== '630100').map((r) => r.layoffFilings),
    );
    const east = row(now.city, '630102');
    const westWages = row(now.city, '630104').openDemandsByCategory.WAGES_OWED;
    expect(othersMax).toBeLessThan(xining.layoffFilings);
    const put = await t
      .http()
      .put('/api/v1/warning/thresholds')
      .set('Authorization', province)
      .send({
        layoffFilings: xining.layoffFilings,
        laidOffWorkers: null,
        openDemandsByCategory: { WAGES_OWED: Math.max(east.openDemandsByCategory.WAGES_OWED, westWages + 1) },
      });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      layoffFilings: xining.layoffFilings,
      laidOffWorkers: null,
      registeredUnemployed: null,
    });

    const alerts = await t.http().get(`/api/v1/warning/alerts?${MONTH}`).set('Authorization', province);
    expect(alerts.status).toBe(200);
    const body = alerts.body as WarningAlertsResponse;
    expect(body.regions.map((r) => r.regionCode)).toEqual(['630100']);
    expect(body.regions[0].alerts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          figure: WarningFigure.LAYOFF_FILINGS,
          value: xining.layoffFilings,
          threshold: xining.layoffFilings,
        }),
      ]),
    );
    // the city's view: 城东区 for its wages-owed demands, 城西区 for its filing (its own figure under the threshold? no: filings are per county)
    const cityAlerts = (await t.http().get(`/api/v1/warning/alerts?${MONTH}`).set('Authorization', city))
      .body as WarningAlertsResponse;
    const eastAlert = cityAlerts.regions.find((r) => r.regionCode === '630102');
    expect(eastAlert?.alerts).toEqual([
      expect.objectContaining({
        figure: WarningFigure.OPEN_DEMANDS,
        category: DemandCategory.WAGES_OWED,
        label: '未办结诉求（拖欠工资）',
      }),
    ]);
    expect(cityAlerts.regions.map((r) => r.regionCode)).not.toContain('630103');
    // 城西区's staff see their own county only
    const westAlerts = (await t.http().get(`/api/v1/warning/alerts?${MONTH}`).set('Authorization', westCounty))
      .body as WarningAlertsResponse;
    expect(westAlerts.regions.map((r) => r.regionCode)).not.toContain('630102');
    // a month with nothing filed: no layoff alert
    const july = (await t.http().get('/api/v1/warning/alerts?year=2026&month=7').set('Authorization', province))
      .body as WarningAlertsResponse;
    expect(july.regions.flatMap((r) => r.alerts).some((a) => a.figure === WarningFigure.LAYOFF_FILINGS)).toBe(false);

    const audit = await t
      .http()
      .get('/api/v1/audit-logs?action=warning.thresholds_update')
      .set('Authorization', await t.bearer('auditor'));
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toContain('warning.thresholds_update');

    const xlsx = await t
      .http()
      .get(`/api/v1/warning/regions/export?${MONTH}`)
      .set('Authorization', city)
      .buffer(true)
      .parse(binary);
    expect(xlsx.status).toBe(200);
    const rows = await sheetRows(xlsx.body as Buffer);
    expect(rows[0]).toEqual(expect.arrayContaining(['地区', '裁员备案数', '预警']));
    expect(rows.some((r) => r[0] === '城东区' && String(r[6]).includes('未办结诉求（拖欠工资）'))).toBe(true);
  });

  it('bad month: 400 naming the field', async () => {
    const res = await t.http().get('/api/v1/warning/regions?year=2026&month=13').set('Authorization', city);
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('month');
  });

  describe('返困风险', () => {
    const followUp = (workerId: number, employmentStatus: EmploymentStatus, extra: Record<string, unknown> = {}) =>
      t
        .http()
        .post(`/api/v1/workers/${workerId}/follow-ups`)
        .set('Authorization', county)
        .send({
          method: 'PHONE',
          followedAt: t.clock.now().toISOString(),
          notes: '电话回访',
          employmentStatus,
          ...extra,
        });
    const close = async (workerId: number) => {
      const res = await t
        .http()
        .post(`/api/v1/workers/${workerId}/archive/close`)
        .set('Authorization', county)
        .send({ reason: '实现稳定就业' });
      expect(res.status).toBe(200);
    };
    const risks = async (auth: string) => {
      const res = await t.http().get('/api/v1/warning/relapse-risks?pageSize=100').set('Authorization', auth);
      expect(res.status).toBe(200);
      return res.body.items as RelapseRiskResponse[];
    };
    const tags = async (workerId: number) =>
      ((await t.http().get(`/api/v1/workers/${workerId}`).set('Authorization', county)).body as WorkerResponse).tags;

    it('a job loss recorded 10 months after leaving the archive flags it; 30 months after, not', async () => {
      const old = await hardshipWorker(t);
      const recent = await hardshipWorker(t);
      const income = await hardshipWorker(t);
      await close(old.workerId);
      t.clock.advance(20 * 30 * DAY + 10 * DAY); // ~20 months on
      await close(recent.workerId);
      await close(income.workerId);
      t.clock.advance(10 * 30 * DAY + 5 * DAY); // 10 months after those; ~30 after the first

      for (const w of [old, recent]) {
        expect((await followUp(w.workerId, EmploymentStatus.EMPLOYED)).status).toBe(201);
        expect(await tags(w.workerId)).not.toContain(WorkerTag.RELAPSE_RISK);
        t.clock.advance(DAY);
        expect((await followUp(w.workerId, EmploymentStatus.UNEMPLOYED)).status).toBe(201);
      }
      expect(await tags(recent.workerId)).toContain(WorkerTag.RELAPSE_RISK);
      expect(await tags(old.workerId)).not.toContain(WorkerTag.RELAPSE_RISK);

      const archive = (await t.http().get(`/api/v1/workers/${recent.workerId}/archive`).set('Authorization', county))
        .body as ArchiveResponse;
      const event = archive.events.find((e) => e.type === ArchiveEventType.RELAPSE_RISK);
      expect(event?.reason).toMatch(/^返困风险：回访记录失业/);

      // a fall in income (below the archive's 800 元 per head) flags it too; an unchanged job does not matter
      const fell = await followUp(income.workerId, EmploymentStatus.FLEXIBLE, { monthlyIncomeFen: 50_000 });
      expect(fell.status).toBe(201);
      expect(fell.body.monthlyIncomeFen).toBe(50_000);
      expect(await tags(income.workerId)).toContain(WorkerTag.RELAPSE_RISK);

      const listed = await risks(county);
      expect(listed.map((r) => r.worker.id).sort()).toEqual([recent.workerId, income.workerId].sort());
      expect(listed.find((r) => r.worker.id === income.workerId)?.reason).toContain(
        '家庭月人均收入由 800.00 元降至 500.00 元',
      );
      expect(listed[0].worker.phoneMasked).toMatch(/\*/);
      expect((await risks(city)).map((r) => r.worker.id)).toEqual(expect.arrayContaining([recent.workerId]));
      expect(await risks(westCounty)).toEqual([]);

      const xlsx = await t
        .http()
        .get('/api/v1/warning/relapse-risks/export')
        .set('Authorization', county)
        .buffer(true)
        .parse(binary);
      expect(xlsx.status).toBe(200);
      const rows = await sheetRows(xlsx.body as Buffer);
      expect(rows).toHaveLength(3);
      expect(rows[0][0]).toBe('姓名');
      expect(rows.slice(1).every((r) => String(r[2]).includes('*'))).toBe(true);
      const audit = await t
        .http()
        .get('/api/v1/audit-logs?action=relapse_risk.export')
        .set('Authorization', await t.bearer('auditor'));
      expect(audit.body.items.map((a: { action: string }) => a.action)).toContain('relapse_risk.export');

      // the tag is the system's: staff cannot set it by hand (ignored or refused), and bad income is 400
      const badIncome = await followUp(income.workerId, EmploymentStatus.FLEXIBLE, { monthlyIncomeFen: -1 });
      expect(badIncome.status).toBe(400);
      expect(badIncome.body.details[0].field).toBe('monthlyIncomeFen');
    });

    it('a re-assessment (reopening the archive) clears it', async () => {
      const [flagged] = await risks(county);
      const reopened = await t
        .http()
        .post(`/api/v1/workers/${flagged.worker.id}/archive/reopen`)
        .set('Authorization', county)
        .send({
          level: HardshipLevel.RELATIVE,
          household: {
            members: 3,
            monthlyIncomePerCapitaFen: 40_000,
            zeroEmployment: true,
            lowIncome: false,
            disability: false,
          },
          cause: '再次失业',
          reason: '回访发现失业，返困',
        });
      expect(reopened.status).toBe(200);
      expect(await tags(flagged.worker.id)).not.toContain(WorkerTag.RELAPSE_RISK);
      expect((await risks(county)).map((r) => r.worker.id)).not.toContain(flagged.worker.id);
    });
  });
});
