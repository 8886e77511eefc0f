import {
  DemandCategory,
  MonthlyReportStatus,
  type MonthlyReportListItem,
  type MonthlyReportResponse,
  type Page,
  type TargetsDashboard,
} from '@steadywork/shared';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hardshipWorker } from './factories/aid.factory';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';

/** Tuesday 1 December 2026, 09:00 in Xining: the month's first working day. */
const FIRST_WORKING_DAY = '2026-12-01T01:00:00Z';
const DAY = 86_400_000;

describe('monthly report (月报)', () => {
  let t: TestApp;
  let second: TestApp;
  let province: string;
  let city: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_PROVINCE: 'true' }, { now: FIRST_WORKING_DAY });
    second = await startTestApp({}, { now: FIRST_WORKING_DAY, sameDatabaseAs: t });
    province = await t.bearer('province_reviewer');
    city = await t.bearer('xining_reviewer');
  }, 240_000);
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  const list = async (auth: string) => {
    const res = await t.http().get('/api/v1/reports?year=2026&pageSize=50').set('Authorization', auth);
    expect(res.status).toBe(200);
    return res.body as Page<MonthlyReportListItem>;
  };
  const get = async (auth: string, id: number) => {
    const res = await t.http().get(`/api/v1/reports/${id}`).set('Authorization', auth);
    expect(res.status).toBe(200);
    return res.body as MonthlyReportResponse;
  };
  /** What the records date: the period figures and the states at the month's end. */
  const periodFigures = (r: MonthlyReportResponse) =>
    r.figures
      .filter((f) => f.basis !== 'CURRENT')
      .map((f) => ({
        key: f.key,
        cumulative: f.cumulative,
        month: f.month,
        previousMonth: f.previousMonth,
        byRegion: f.byRegion,
      }));

  it('waits for the month’s first working day on the legal calendar (October 2026: the 8th, after 国庆节)', async () => {
    t.clock.set('2026-10-07T01:00:00Z');
    try {
      expect(await t.runJob('reports.monthly')).toMatchObject({
        outcome: 'SUCCEEDED',
        items: 0,
        detail: '本月第一个工作日为 2026-10-08，届时生成上月月报',
      });
      expect((await list(province)).total).toBe(0);
    } finally {
      t.clock.set(FIRST_WORKING_DAY);
    }
  });

  it('is prepared once on the first working day for the province and each city, by one of two instances', async () => {
    const runs = await Promise.all([t.runJob('reports.monthly'), second.runJob('reports.monthly')]);
    const ran = runs.filter((r) => r !== null);
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatchObject({ outcome: 'SUCCEEDED', items: 9 });
    // again: nothing new
    expect(await t.runJob('reports.monthly')).toMatchObject({ items: 0 });
    const all = await list(province);
    expect(all.total).toBe(9);
    expect(all.items.map((r) => [r.year, r.month, r.status])).toEqual(
      Array.from({ length: 9 }, () => [2026, 11, MonthlyReportStatus.DRAFT]),
    );
    expect(all.items.map((r) => r.title)).toContain('青海省总工会稳就业工作月报（2026年11月）');
    // a city union sees its own report only
    const mine = await list(city);
    expect(mine.items.map((r) => r.title)).toEqual(['西宁市总工会稳就业工作月报（2026年11月）']);
  });

  it('gives November the figures the dashboard shows for November', async () => {
    for (const [auth, name] of [
      [province, '青海省'],
      [city, '西宁市'],
    ]) {
      const item = (await list(auth)).items.find((r) => r.regionName === name)!;
      const report = await get(auth, item.id);
      const res = await t
        .http()
        .get(`/api/v1/dashboard/targets?year=2026&region=${item.regionCode}`)
        .set('Authorization', auth);
      const dash = res.body as TargetsDashboard;
      for (const f of dash.figures) {
        const r = report.figures.find((x) => x.key === f.key)!;
        expect({ key: f.key, target: r.target }).toEqual({ key: f.key, target: f.target });
        if (f.basis === 'PERIOD') {
          expect({ key: f.key, month: r.month, previous: r.previousMonth, cumulative: r.cumulative }).toEqual({
            key: f.key,
            month: f.months[10],
            previous: f.months[9],
            cumulative: f.months.slice(0, 11).reduce((s, n) => s + n, 0),
          });
        } else if (r.basis === 'CURRENT') {
          expect({ key: f.key, value: r.cumulative }).toEqual({ key: f.key, value: f.value });
        } else {
          // the report reads open demands at November's end; the dashboard shows today's
          expect({ key: f.key, basis: r.basis }).toEqual({ key: f.key, basis: 'MONTH_END' });
          expect(f.key.startsWith('demands.open.')).toBe(true);
        }
      }
      expect(report.figures.some((f) => f.basis === 'PERIOD' && (f.month ?? 0) > 0)).toBe(true);
      expect(report.hardship.openArchives).toBeGreaterThan(0);
    }
  });

  it('computed again later from the records, a past month keeps its figures', async () => {
    const item = (await list(province)).items.find((r) => r.regionName === '青海省')!;
    const before = await get(province, item.id);
    t.clock.advance(6 * DAY);
    // December's records do not touch November
    const w = await hardshipWorker(t, { archive: false });
    const d = await t
      .http()
      .post('/api/v1/me/demands')
      .set('Authorization', w.auth)
      .set('Idempotency-Key', randomUUID())
      .send({ category: DemandCategory.WAGES_OWED, employerName: '西宁某建筑劳务公司', description: '拖欠工资' });
    expect(d.status).toBe(201);
    const again = await t.http().post(`/api/v1/reports/${item.id}/recompute`).set('Authorization', province);
    expect(again.status).toBe(200);
    const after = again.body as MonthlyReportResponse;
    expect(after.computedAt).not.toBe(before.computedAt);
    expect(periodFigures(after)).toEqual(periodFigures(before));
    // the wages-owed demands open at November's end: December's new one is not among them
    const openWages = (r: MonthlyReportResponse) =>
      r.figures.find((f) => f.key === `demands.open.${DemandCategory.WAGES_OWED}`)!;
    expect(openWages(after)).toMatchObject({ basis: 'MONTH_END', cumulative: openWages(before).cumulative });
    expect(after.hardship).toEqual(before.hardship);
  });

  it('takes the narrative from its own union, is signed off by the province, then is kept as issued', async () => {
    const all = await list(province);
    const xining = all.items.find((r) => r.regionName === '西宁市')!;
    const qinghai = all.items.find((r) => r.regionName === '青海省')!;
    // the city writes its own report, not the province's (outside its scope: not found)
    expect(
      (
        await t
          .http()
          .put(`/api/v1/reports/${qinghai.id}/narrative`)
          .set('Authorization', city)
          .send({ problems: 'x', suggestions: 'y' })
      ).status,
    ).toBe(404);
    const county = await t.bearer('chengdong_reviewer');
    expect((await t.http().get(`/api/v1/reports/${xining.id}`).set('Authorization', county)).status).toBe(404);
    const bad = await t
      .http()
      .put(`/api/v1/reports/${xining.id}/narrative`)
      .set('Authorization', city)
      .send({ problems: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((x: { field: string }) => x.field).sort()).toEqual(['problems', 'suggestions']);
    // signing off needs the narrative, and the province
    expect((await t.http().post(`/api/v1/reports/${xining.id}/issue`).set('Authorization', province)).status).toBe(400);
    const written = await t
      .http()
      .put(`/api/v1/reports/${xining.id}/narrative`)
      .set('Authorization', city)
      .send({ problems: '部分县区线上学习进度偏慢。', suggestions: '加强线上学习宣传动员。' });
    expect(written.status).toBe(200);
    expect((await t.http().post(`/api/v1/reports/${xining.id}/issue`).set('Authorization', city)).status).toBe(403);
    const issued = await t.http().post(`/api/v1/reports/${xining.id}/issue`).set('Authorization', province);
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ status: MonthlyReportStatus.ISSUED, issuedByName: expect.any(String) });
    expect(
      (
        await t
          .http()
          .put(`/api/v1/reports/${xining.id}/narrative`)
          .set('Authorization', city)
          .send({ problems: 'x', suggestions: 'y' })
      ).status,
    ).toBe(409);
    expect((await t.http().post(`/api/v1/reports/${xining.id}/recompute`).set('Authorization', city)).status).toBe(409);
  });

  it('downloads as an official .docx and as .xlsx tables', async () => {
    const item = (await list(province)).items.find((r) => r.regionName === '青海省')!;
    const docx = await t
      .http()
      .get(`/api/v1/reports/${item.id}/docx`)
      .set('Authorization', province)
      .buffer(true)
      .parse(binary);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(decodeURIComponent(docx.headers['content-disposition'])).toContain(
      '青海省总工会稳就业工作月报（2026年11月）.docx',
    );
    const body = docx.body as Buffer;
    expect(body.subarray(0, 2).toString()).toBe('PK');
    fs.writeFileSync(path.join(os.tmpdir(), 'steadywork-report-2026-11.docx'), body);
    const xlsx = await t
      .http()
      .get(`/api/v1/reports/${item.id}/xlsx`)
      .set('Authorization', province)
      .buffer(true)
      .parse(binary);
    expect(xlsx.status).toBe(200);
    const rows = await sheetRows(xlsx.body);
    expect(rows[0][0]).toBe('青海省总工会稳就业工作月报（2026年11月）');
    expect(rows[1]).toEqual(['指标', '年度目标', '累计完成', '完成率', '本月', '上月', '环比变化']);
    const report = await get(province, item.id);
    expect(rows.slice(2).map((r) => r[0])).toEqual(report.figures.map((f) => f.label));
  });
});
