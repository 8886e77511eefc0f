import { ErrorCode } from '@steadywork/shared';
import { hardshipWorker, PNG } from './factories/aid.factory';
import { startTestApp, TestApp } from './helpers/test-app';

const MINUTE = 60_000;

/** Exports, uploads and the eligibility check are limited per account by the security policy. */
describe('rate limits of the security policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const res = await t
      .http()
      .put('/api/v1/security/policy')
      .set('Authorization', await t.bearer('secadmin'))
      .send({
        maxFailedLogins: 5,
        lockoutMinutes: 15,
        passwordMinLength: 8,
        accessTokenMinutes: 15,
        refreshTokenDays: 7,
        exportsPerHour: 5,
        uploadsPerHour: 10,
        eligibilityChecksPerMinute: 5,
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      exportsPerHour: 5,
      uploadsPerHour: 10,
      eligibilityChecksPerMinute: 5,
      checkInCodeTries: 10,
    });
  });
  afterAll(() => t.close());

  function expectTooMany(res: { status: number; headers: Record<string, string>; body: unknown }, words: string) {
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body).toMatchObject({
      statusCode: 429,
      error: ErrorCode.TOO_MANY_REQUESTS,
      message: expect.stringContaining(words),
    });
  }

  it('exports: five an hour per staff account, sent at once too; another account is not held up; the next hour they work again', async () => {
    const staff = await t.bearer('chengdong_reviewer');
    const answers = await Promise.all(
      Array.from({ length: 7 }, () => t.http().get('/api/v1/workers/export').set('Authorization', staff)),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expectTooMany(
      answers.find((r) => r.status === 429)!,
      '导出过于频繁',
    );
    // every list's export counts toward the same limit
    expectTooMany(await t.http().get('/api/v1/aid/applications/export').set('Authorization', staff), '导出过于频繁');
    const other = await t.bearer('xining_reviewer');
    expect((await t.http().get('/api/v1/workers/export').set('Authorization', other)).status).toBe(200);
    t.clock.advance(61 * MINUTE);
    expect((await t.http().get('/api/v1/workers/export').set('Authorization', staff)).status).toBe(200);
  });

  it('uploads: ten an hour per account', async () => {
    const worker = await hardshipWorker(t, { archive: false });
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        t.http().post('/api/v1/files').set('Authorization', worker.auth).attach('file', PNG, 'id.png'),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([...Array(10).fill(201), 429, 429]);
    expectTooMany(
      answers.find((r) => r.status === 429)!,
      '上传过于频繁',
    );
  });

  it('the eligibility check: five a minute per worker', async () => {
    const worker = await hardshipWorker(t);
    for (let i = 0; i < 5; i++) {
      expect((await t.http().get('/api/v1/me/aid/programs').set('Authorization', worker.auth)).status).toBe(200);
    }
    expectTooMany(await t.http().get('/api/v1/me/aid/programs').set('Authorization', worker.auth), '查询过于频繁');
    t.clock.advance(MINUTE + 1000);
    expect((await t.http().get('/api/v1/me/aid/programs').set('Authorization', worker.auth)).status).toBe(200);
  });

  it('the limits are the security admin’s to set, within bounds', async () => {
    const sec = await t.bearer('secadmin');
    const bad = await t.http().put('/api/v1/security/policy').set('Authorization', sec).send({
      maxFailedLogins: 5,
      lockoutMinutes: 15,
      passwordMinLength: 8,
      accessTokenMinutes: 15,
      refreshTokenDays: 7,
      exportsPerHour: 0,
      checkInCodeTries: 'ten',
    });
    expect(bad.status).toBe(400);
    expect((bad.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual([
      'checkInCodeTries',
      'exportsPerHour',
    ]);
    const sys = await t
      .http()
      .put('/api/v1/security/policy')
      .set('Authorization', await t.bearer('sysadmin'))
      .send({});
    expect(sys.status).toBe(403);
  });
});
