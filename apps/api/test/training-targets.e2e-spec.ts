import { startTestApp, TestApp } from './helpers/test-app';

const SEEDED = { bases: 10, completions: 5000, domesticServiceCompletions: 300, onlineLearning: 100_000 };

describe('the 151 targets are data of the year (培训目标)', () => {
  let t: TestApp;
  let admin: string;
  let year: number;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.bearer('training_admin');
    year = Number(new Date(t.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 4));
  });
  afterAll(() => t.close());

  const put = (y: number, body: object, auth = admin) =>
    t.http().put(`/api/v1/training/targets/${y}`).set('Authorization', auth).send(body);
  const dashboard = async (y: number, username = 'training_admin') =>
    t
      .http()
      .get(`/api/v1/training/dashboard?year=${y}`)
      .set('Authorization', await t.bearer(username));

  it('this year starts with the figures the notice set; the dashboard measures against them', async () => {
    const got = await t.http().get(`/api/v1/training/targets/${year}`).set('Authorization', admin);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ year, targets: { ...SEEDED, citySplits: {} } });
    const home = await dashboard(year);
    expect(home.body.targets).toEqual(SEEDED);
  });

  it('a year nobody has set reads as not set, and its dashboard shows the counts with no target', async () => {
    const got = await t
      .http()
      .get(`/api/v1/training/targets/${year + 1}`)
      .set('Authorization', admin);
    expect(got.status).toBe(200);
    expect(got.body).toEqual({ year: year + 1, targets: null, updatedAt: null, updatedByName: null });
    const home = await dashboard(year + 1);
    expect(home.status).toBe(200);
    expect(home.body).toMatchObject({ year: year + 1, targets: null, completions: 0 });
  });

  it('the 221 home has no outcome target in a year without programmes (not a figure from the code)', async () => {
    const province = await t.bearer('province_reviewer');
    const none = await t
      .http()
      .get(`/api/v1/aid/dashboard?year=${year + 3}`)
      .set('Authorization', province);
    expect(none.status).toBe(200);
    expect(none.body.outcomes).toEqual({ count: 0, target: null });
    const seeded = await t.http().get(`/api/v1/aid/dashboard?year=${year}`).set('Authorization', province);
    expect(seeded.body.outcomes.target).toBe(100);
  });

  it('the training admin sets a year with city splits; the dashboard reads them, a city caller its own split (audited)', async () => {
    const next = year + 1;
    const body = {
      bases: 12,
      completions: 6000,
      domesticServiceCompletions: 400,
      onlineLearning: 120_000,
      citySplits: {
        '630100': { bases: 4, completions: 2500, domesticServiceCompletions: 150, onlineLearning: 50_000 },
        '630200': { bases: 2, completions: 1000, domesticServiceCompletions: 60, onlineLearning: 20_000 },
      },
    };
    const saved = await put(next, body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ year: next, targets: body, updatedByName: '省总经济技术部' });
    const again = await t.http().get(`/api/v1/training/targets/${next}`).set('Authorization', admin);
    expect(again.body.targets).toEqual(body);

    const province = await dashboard(next);
    expect(province.body.targets).toEqual({
      bases: 12,
      completions: 6000,
      domesticServiceCompletions: 400,
      onlineLearning: 120_000,
    });
    const haidong = await dashboard(next, 'haidong_reviewer');
    expect(haidong.body.targets).toEqual(body.citySplits['630200']);
    const xining = await t
      .http()
      .get(`/api/v1/training/dashboard?year=${next}&regionCode=630100`)
      .set('Authorization', admin);
    expect(xining.body.targets).toEqual(body.citySplits['630100']);
    // a city without a split: not set, never the province's figure
    const haibei = await t
      .http()
      .get(`/api/v1/training/dashboard?year=${next}&regionCode=632200`)
      .set('Authorization', admin);
    expect(haibei.status).toBe(200);
    expect(haibei.body.targets).toBeNull();

    // replacing the year drops the splits it no longer names
    const replaced = await put(next, { ...body, citySplits: null });
    expect(replaced.body.targets.citySplits).toEqual({});
    expect((await dashboard(next, 'haidong_reviewer')).body.targets).toBeNull();

    const audit = await t
      .http()
      .get('/api/v1/audit-logs?targetType=training_target&pageSize=10')
      .set('Authorization', await t.bearer('auditor'));
    expect(
      audit.body.items.map((e: { action: string; targetId: string; actorName: string }) => [
        e.action,
        e.targetId,
        e.actorName,
      ]),
    ).toEqual([
      ['training_target.update', String(next), 'training_admin'],
      ['training_target.create', String(next), 'training_admin'],
    ]);
  });

  it('splits over the province’s figure are refused, naming the field; bad figures too', async () => {
    const over = await put(year, {
      ...SEEDED,
      citySplits: {
        '630100': { ...SEEDED, completions: 3000 },
        '630200': { ...SEEDED, bases: 0, completions: 2001, domesticServiceCompletions: 0, onlineLearning: 0 },
      },
    });
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({ statusCode: 400, error: 'VALIDATION_FAILED' });
    expect(over.body.details).toEqual([
      { field: 'citySplits.completions', message: '各市州培训结业目标之和（5001）不能超过全省目标（5000）' },
    ]);
    const shapes = await put(year, {
      bases: -1,
      completions: 'many',
      domesticServiceCompletions: null,
      onlineLearning: 1.5,
      citySplits: { '999999': SEEDED, '630100': { bases: 1 } },
    });
    expect(shapes.status).toBe(400);
    expect(shapes.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'bases',
      'completions',
      'domesticServiceCompletions',
      'onlineLearning',
    ]);
    const cities = await put(year, { ...SEEDED, citySplits: { '999999': SEEDED, '630100': { bases: 1 } } });
    expect(cities.status).toBe(400);
    expect(cities.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'citySplits.630100.completions',
      'citySplits.630100.domesticServiceCompletions',
      'citySplits.630100.onlineLearning',
      'citySplits.999999',
    ]);
    const year_ = await put(0, SEEDED);
    expect(year_.status).toBe(400);
    // nothing changed
    const got = await t.http().get(`/api/v1/training/targets/${year}`).set('Authorization', admin);
    expect(got.body.targets).toEqual({ ...SEEDED, citySplits: {} });
  });

  it('only the training admin reads or sets targets: others get 403', async () => {
    for (const username of ['province_reviewer', 'haidong_reviewer', 'trainer', 'sysadmin']) {
      const auth = await t.bearer(username);
      expect((await t.http().get(`/api/v1/training/targets/${year}`).set('Authorization', auth)).status).toBe(403);
      expect((await put(year, SEEDED, auth)).status).toBe(403);
    }
    expect((await t.http().get(`/api/v1/training/targets/${year}`)).status).toBe(401);
  });
});
