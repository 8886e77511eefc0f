import { JwtService } from '@nestjs/jwt';
import { ErrorCode } from '@steadywork/shared';
import { workerProfile } from './factories/worker.factory';
import { DEMO_PASSWORD, startTestApp, TestApp } from './helpers/test-app';
import { binary } from './helpers/xlsx';

/** A JSON object nested `depth` levels: {"a":{"a":…1…}}. */
function nested(depth: number): string {
  let json = '1';
  for (let i = 0; i < depth; i++) json = `{"a":${json}}`;
  return json;
}

describe('request bodies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a body nested deeper than 32 levels with 400 in the one error shape', async () => {
    for (const depth of [33, 5000]) {
      const res = await t.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send(nested(depth));
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        statusCode: 400,
        error: ErrorCode.BAD_REQUEST,
        message: '请求体嵌套层级过深（最多 32 层）',
        requestId: expect.any(String),
      });
    }
    // 32 levels pass the limit and reach the usual field validation
    const ok = await t.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send(nested(32));
    expect(ok.status).toBe(400);
    expect(ok.body.error).toBe(ErrorCode.VALIDATION_FAILED);
  });

  it('refuses a body over 1 MB with 413 in the one error shape, in Chinese', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ username: 'x'.repeat(1_100_000), password: 'y' }));
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      statusCode: 413,
      error: ErrorCode.PAYLOAD_TOO_LARGE,
      message: '提交的内容过大',
      requestId: expect.any(String),
    });
  });
});

describe('personal data is never cached', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers reveal, profile, /auth/me, lists, exports and errors with Cache-Control: no-store', async () => {
    const staff = await t.bearer('chengdong_reviewer');
    const worker = await t.workerBearer('no-store-worker');
    const profile = await t.register(worker, { ...workerProfile(), consent: true });
    expect(profile.status).toBe(200);
    const responses = {
      reveal: await t.http().post(`/api/v1/workers/${profile.body.id}/reveal`).set('Authorization', staff),
      profile: await t.http().get('/api/v1/me/profile').set('Authorization', worker),
      me: await t.http().get('/api/v1/auth/me').set('Authorization', staff),
      list: await t.http().get('/api/v1/workers').set('Authorization', staff),
      export: await t.http().get('/api/v1/workers/export').set('Authorization', staff).buffer(true).parse(binary),
      notFound: await t.http().get('/api/v1/workers/99999999').set('Authorization', staff),
      login: await t.http().post('/api/v1/auth/login').send({ username: 'nobody', password: 'x' }),
    };
    expect(responses.reveal.body.idNumber).toMatch(/^\d{17}[\dX]$/);
    for (const [name, res] of Object.entries(responses)) {
      expect({ name, cacheControl: res.headers['cache-control'] }).toEqual({ name, cacheControl: 'no-store' });
    }
    expect(responses.export.status).toBe(200);
  });
});

describe('a worker record out of reach', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers exactly as for a missing one on every GET /workers/:id route and reveal', async () => {
    const created = await t
      .http()
      .post('/api/v1/workers')
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send(workerProfile({ regionCode: '630102' }));
    expect(created.status).toBe(201);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    for (const username of ['hr_demo', 'haidong_reviewer', 'trainer']) {
      const auth = await t.bearer(username);
      for (const [method, suffix] of [
        ['get', ''],
        ['get', '/audit'],
        ['get', '/archive'],
        ['get', '/follow-ups'],
        ['post', '/reveal'],
      ] as const) {
        const existing = await t
          .http()
          [method](`/api/v1/workers/${created.body.id}${suffix}`)
          .set('Authorization', auth);
        const missing = await t.http()[method](`/api/v1/workers/99999999${suffix}`).set('Authorization', auth);
        const what = `${username} ${method} ${suffix}`;
        expect({ what, status: existing.status, body: strip(existing.body) }).toEqual({
          what,
          status: missing.status,
          body: strip(missing.body),
        });
        expect({ what, ok: existing.status === 403 || existing.status === 404 }).toEqual({ what, ok: true });
      }
    }
  });
});

describe('production rules', () => {
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: 'p'.repeat(48),
    DATA_ENCRYPTION_KEY: 'b'.repeat(64),
    WECHAT_APPID: 'wx-test',
    WECHAT_SECRET: 'wechat-secret',
    // registrations wait for an SMS code: production needs a gateway (nothing listens here)
    SMS_PROVIDER: 'tencent',
    TENCENT_SMS_SECRET_ID: 'sms-id',
    TENCENT_SMS_SECRET_KEY: 'sms-key',
    TENCENT_SMS_SDK_APP_ID: '1400000000',
    TENCENT_SMS_SIGN_NAME: '稳就业',
    TENCENT_SMS_TEMPLATE_ID: '100001',
    TENCENT_SMS_ENDPOINT: 'http://127.0.0.1:9',
    // nothing listens here: a real code2Session call fails fast
    WECHAT_API_BASE: 'http://127.0.0.1:9',
  };

  describe('without OPENAPI_ENABLED', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(production);
    });
    afterAll(() => t.close());

    it('does not serve the OpenAPI document', async () => {
      expect((await t.http().get('/api/docs/openapi.json')).status).toBe(404);
      expect((await t.http().get('/api/docs')).status).toBe(404);
    });

    it('refuses a token signed with the published development secret', async () => {
      const forged = new JwtService({ secret: 'steadywork-development-secret-do-not-use-in-production' }).sign({
        sub: 1,
        typ: 'staff',
      });
      const res = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${forged}`);
      expect(res.status).toBe(401);
      expect(res.body.error).toBe(ErrorCode.TOKEN_INVALID);
    });

    it('has no dev: WeChat login and no demo accounts', async () => {
      const dev = await t.http().post('/api/v1/auth/wechat/login').send({ code: 'dev:intruder' });
      expect(dev.status).toBe(502);
      const rows = await t.db.query('SELECT COUNT(*) AS n FROM worker_account');
      expect(Number(rows[0].n)).toBe(0);
      const demo = await t.http().post('/api/v1/auth/login').send({ username: 'sysadmin', password: DEMO_PASSWORD });
      expect(demo.status).toBe(401);
    });
  });

  describe('with OPENAPI_ENABLED=true', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ ...production, OPENAPI_ENABLED: 'true' });
    });
    afterAll(() => t.close());

    it('serves the OpenAPI document', async () => {
      const res = await t.http().get('/api/docs/openapi.json');
      expect(res.status).toBe(200);
      expect(Object.keys(res.body.paths)).toContain('/api/v1/auth/login');
    });
  });
});
