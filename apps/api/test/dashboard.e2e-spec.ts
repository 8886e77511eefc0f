import { DemandCategory, type FigureListLink, type Page, type TargetsDashboard } from '@steadywork/shared';
import { randomUUID } from 'node:crypto';
import { hardshipWorker } from './factories/aid.factory';
import { fileLayoff } from './factories/layoffs.factory';
import { startTestApp, TestApp } from './helpers/test-app';

/** A Monday in December: the demo province's year is 2026, most of it behind. */
const NOW = '2026-12-07T06:00:00Z';

describe('targets dashboard (目标看板): every figure equals the list it links to', () => {
  let t: TestApp;
  let province: string;
  let city: string; // 西宁市
  let county: string; // 城东区

  beforeAll(async () => {
    t = await startTestApp({ DEMO_PROVINCE: 'true' }, { now: NOW });
    province = await t.bearer('province_reviewer');
    city = await t.bearer('xining_reviewer');
    county = await t.bearer('chengdong_reviewer');
    const hr = await t.bearer('hr_demo');
    // a layoff filing and demands (the demo province has none): one closed, two open
    const filing = await fileLayoff(t, hr, { plannedDate: '2027-01-20', noticeDate: '2026-12-07' });
    expect(filing.status).toBe(201);
    const w = await hardshipWorker(t, { archive: false });
    const ids: number[] = [];
    for (const category of [DemandCategory.WAGES_OWED, DemandCategory.WAGES_OWED, DemandCategory.CONTRACT]) {
      const d = await t
        .http()
        .post('/api/v1/me/demands')
        .set('Authorization', w.auth)
        .set('Idempotency-Key', randomUUID())
        .send({ category, employerName: '西宁某建筑劳务公司', description: '工地老板拖欠三个月工资' });
      expect(d.status).toBe(201);
      ids.push(d.body.id);
    }
    expect((await t.http().post(`/api/v1/demands/${ids[0]}/accept`).set('Authorization', county)).status).toBe(200);
    const closed = await t
      .http()
      .post(`/api/v1/demands/${ids[0]}/close`)
      .set('Authorization', county)
      .send({ result: '已追回工资' });
    expect(closed.status).toBe(200);
  }, 240_000);
  afterAll(() => t?.close());

  const dashboard = async (auth: string, query = 'year=2026') => {
    const res = await t.http().get(`/api/v1/dashboard/targets?${query}`).set('Authorization', auth);
    expect(res.status).toBe(200);
    return res.body as TargetsDashboard;
  };

  /** The list's total as the console shows it: its row count, or the sum of a field over every page. */
  const listTotal = async (auth: string, list: FigureListLink) => {
    const get = (page: number, pageSize: number) =>
      t
        .http()
        .get(`/api/v1${list.api}`)
        .query({ ...list.query, page, pageSize })
        .set('Authorization', auth);
    if (list.total === 'count') {
      const res = await get(1, 1);
      expect(res.status).toBe(200);
      return (res.body as Page<unknown>).total;
    }
    let sum = 0;
    for (let page = 1; ; page++) {
      const res = await get(page, 100);
      expect(res.status).toBe(200);
      const body = res.body as Page<Record<string, unknown>>;
      for (const row of body.items) {
        const v = list.sumField!.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], row);
        sum += Number(v ?? 0);
      }
      if (page * 100 >= body.total) return sum;
    }
  };

  it.each([
    ['the province', 'province_reviewer'],
    ['a city', 'xining_reviewer'],
  ])(
    'for %s: each figure, and each child region’s, equals its list’s total',
    async (_who, user) => {
      const auth = await t.bearer(user);
      const d = await dashboard(auth);
      expect(d.figures.length).toBeGreaterThanOrEqual(20);
      for (const f of d.figures) {
        expect({ key: f.key, value: await listTotal(auth, f.list) }).toEqual({ key: f.key, value: f.value });
        expect(f.byRegion.map((r) => r.regionCode)).toEqual(d.children.map((c) => c.regionCode));
        if (f.basis === 'PERIOD') expect(f.months).toHaveLength(12);
      }
      // the breakdown, on the figures that have records
      for (const f of d.figures.filter((x) => x.value > 0).slice(0, 6)) {
        for (const r of f.byRegion) {
          expect({ key: f.key, region: r.regionCode, value: await listTotal(auth, r.list) }).toEqual({
            key: f.key,
            region: r.regionCode,
            value: r.value,
          });
        }
      }
    },
    240_000,
  );

  it('counts the year’s records: targets beside them, months add up to the year for dated figures', async () => {
    const d = await dashboard(province);
    const byKey = Object.fromEntries(d.figures.map((f) => [f.key, f]));
    expect(d.regionName).toBe('青海省');
    expect(d.children.length).toBe(8);
    expect(byKey['training.completions'].target).toBe(5000);
    expect(byKey['training.domestic'].target).toBe(300);
    expect(byKey['training.online'].target).toBe(100_000);
    expect(byKey['training.bases'].target).toBe(10);
    expect(byKey['workers.zeroEmployment'].target).toBe(0);
    expect(byKey['aid.outcomes'].target).toBe(100);
    expect(byKey['aid.outcomes'].value).toBeGreaterThan(0);
    expect(byKey['training.completions'].value).toBeGreaterThan(0);
    expect(byKey['layoffs.filings'].value).toBe(1);
    expect(byKey['layoffs.workers'].value).toBe(25);
    expect(byKey['layoffs.workers'].months[11]).toBe(25);
    expect(byKey['demands.filed'].value).toBe(3);
    expect(byKey['demands.closed'].value).toBe(1);
    expect(byKey[`demands.open.${DemandCategory.WAGES_OWED}`].value).toBe(1);
    expect(byKey[`demands.open.${DemandCategory.CONTRACT}`].value).toBe(1);
    for (const key of ['jobs.referrals', 'jobs.hires', 'layoffs.filings', 'demands.filed', 'training.online']) {
      const f = byKey[key];
      expect({ key, months: f.months.reduce((s, n) => s + n, 0) }).toEqual({ key, months: f.value });
    }
    // a city's breakdown is its counties; the county view has no children left to drill into
    const xining = d.children.find((c) => c.regionName === '西宁市')!;
    const drilled = await dashboard(province, `year=2026&region=${xining.regionCode}`);
    expect(drilled.children.map((c) => c.regionName)).toContain('城东区');
    expect(drilled.parentRegionCode).toBe(d.regionCode);
    const demandsInXining = drilled.figures.find((f) => f.key === 'demands.filed')!;
    expect(demandsInXining.value).toBe(3);
  });

  it('keeps each caller to their scope: a city sees its region, another region is not found', async () => {
    const mine = await dashboard(city);
    expect(mine.regionName).toBe('西宁市');
    expect(mine.parentRegionCode).toBeNull();
    const other = await t.http().get('/api/v1/dashboard/targets?year=2026&region=630200').set('Authorization', city);
    expect(other.status).toBe(404);
    const countyView = await dashboard(county);
    expect(countyView.children).toEqual([]);
    const above = await t
      .http()
      .get(`/api/v1/dashboard/targets?year=2026&region=${mine.regionCode}`)
      .set('Authorization', county);
    expect(above.status).toBe(404);
    // a role without the lists: forbidden
    expect(
      (
        await t
          .http()
          .get('/api/v1/dashboard/targets')
          .set('Authorization', await t.bearer('finance'))
      ).status,
    ).toBe(403);
    const bad = await t.http().get('/api/v1/dashboard/targets?year=abc').set('Authorization', city);
    expect(bad.status).toBe(400);
  });
});
