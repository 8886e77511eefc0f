import { HousekeepingService } from '../src/housekeeping/housekeeping.service';
import { workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';

const DAY = 24 * 60 * 60_000;

describe('housekeeping: nothing grows without bound', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async (table: string) => Number((await t.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  it('runs every hour, and removes expired refresh tokens, ended rate-limit windows and unfinished registrations — only those', async () => {
    const jobs = await t
      .http()
      .get('/api/v1/scheduler/jobs')
      .set('Authorization', await t.bearer('program_admin'));
    expect(jobs.body.find((j: { name: string }) => j.name === 'housekeeping')).toMatchObject({
      schedule: '0 0 * * * *',
    });

    // what ages: a login's refresh token and its rate-limit counter, a registration left at the code
    await t.login('chengdong_reviewer');
    const waiting = await t.workerBearer('housekeeping-waiting');
    const left = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', waiting)
      .send({ ...workerProfile(), consent: true });
    expect(left.status).toBe(202);
    const before = {
      tokens: await count('refresh_token'),
      limits: await count('rate_limit'),
      claims: await count('worker_claim'),
    };
    expect(before.tokens).toBeGreaterThan(0);
    expect(before.limits).toBeGreaterThan(0);
    expect(before.claims).toBe(1);

    const housekeeping = t.app.get(HousekeepingService);
    // nothing is old yet
    expect(await housekeeping.run()).toEqual({ refreshTokens: 0, rateLimits: 0, registrationClaims: 0, jobRuns: 0 });

    t.clock.advance(9 * DAY);
    // what is made now is young, and stays
    const fresh = await t.login('xining_reviewer');
    const removed = await housekeeping.run();
    expect(removed.refreshTokens).toBe(before.tokens);
    // the worker's login window went; the staff login's was reopened by the fresh login
    expect(removed.rateLimits).toBeGreaterThan(0);
    expect(await count('rate_limit')).toBe(1);
    expect(removed.registrationClaims).toBe(1);
    expect(await count('worker_claim')).toBe(0);
    expect(await count('refresh_token')).toBe(1);
    const refreshed = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: fresh.refreshToken });
    expect(refreshed.status).toBe(200);
    // run again at once, or by two instances: nothing more
    const twice = await Promise.all([housekeeping.run(), housekeeping.run()]);
    expect(twice.map((r) => r.refreshTokens + r.registrationClaims)).toEqual([0, 0]);
  });
});
