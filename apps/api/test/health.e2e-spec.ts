import { loadConfig } from '../src/config/app-config';
import { startTestApp, TestApp } from './helpers/test-app';

describe('health and start-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('tells anyone only up or down', async () => {
    const res = await t.http().get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    const staff = await t
      .http()
      .get('/api/v1/health')
      .set('Authorization', await t.bearer('province_reviewer'));
    expect(staff.body).toEqual({ status: 'ok' });
  });

  it('shows the database, version and time to a system admin', async () => {
    const res = await t
      .http()
      .get('/api/v1/health')
      .set('Authorization', await t.bearer('sysadmin'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      database: { type: t.dbType, up: true },
      version: expect.any(String),
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
  });

  it('sends security headers and a request id', async () => {
    const res = await t.http().get('/api/v1/health').set('X-Request-Id', 'trace-123');
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the OpenAPI document generated from the code', async () => {
    const res = await t.http().get('/api/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/admin/users', '/api/v1/audit-logs']),
    );
  });

  it('seeds the whole Qinghai region tree with a union for each region', async () => {
    const regions = await t.db.query('SELECT COUNT(*) AS n FROM region');
    const orgs = await t.db.query("SELECT COUNT(*) AS n FROM organization WHERE type LIKE '%FEDERATION'");
    expect(Number(regions[0].n)).toBeGreaterThanOrEqual(53);
    expect(Number(orgs[0].n)).toBe(Number(regions[0].n));
    const res = await t
      .http()
      .get('/api/v1/regions')
      .set('Authorization', await t.workerBearer('any'));
    expect(res.body.children.map((c: { code: string }) => c.code)).toEqual([
      '630100',
      '630200',
      '632200',
      '632300',
      '632500',
      '632600',
      '632700',
      '632800',
    ]);
  });
});

describe('environment validation', () => {
  it('names a bad DB_URL', () => {
    expect(() => loadConfig({ DB_URL: 'postgres://x/y' })).toThrow(/DB_URL .*not supported/);
    expect(() => loadConfig({ DB_URL: 'mysql://localhost' })).toThrow(/DB_URL .*must name a host and a database/);
  });

  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: 'x'.repeat(40),
    DATA_ENCRYPTION_KEY: 'a'.repeat(64),
    WECHAT_APPID: 'wx123',
    WECHAT_SECRET: 'secret',
    // registrations wait for an SMS code: production needs a gateway (nothing listens here)
    SMS_PROVIDER: 'tencent',
    TENCENT_SMS_SECRET_ID: 'sms-id',
    TENCENT_SMS_SECRET_KEY: 'sms-key',
    TENCENT_SMS_SDK_APP_ID: '1400000000',
    TENCENT_SMS_SIGN_NAME: '稳就业',
    TENCENT_SMS_TEMPLATE_ID: '100001',
    TENCENT_SMS_ENDPOINT: 'http://127.0.0.1:9',
  };

  it.each(['JWT_SECRET', 'DATA_ENCRYPTION_KEY', 'WECHAT_APPID'])('names a missing production secret: %s', (name) => {
    expect(() => loadConfig({ ...production, [name]: '' })).toThrow(new RegExp(`Required in production: .*${name}`));
  });

  it('names a short JWT secret and a malformed data key', () => {
    expect(() => loadConfig({ ...production, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET \(at least 32 characters\)/);
    expect(() => loadConfig({ NODE_ENV: 'development', DATA_ENCRYPTION_KEY: 'too-short' })).toThrow(
      /DATA_ENCRYPTION_KEY must be 32 bytes/,
    );
  });

  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['staging', 'staging'],
    ['Production', 'Production'],
    ['dev', 'dev'],
  ])('runs the production rules when NODE_ENV is %s: no start without real secrets', (_, nodeEnv) => {
    const env = nodeEnv === undefined ? {} : { NODE_ENV: nodeEnv };
    expect(() => loadConfig(env)).toThrow(/Required in production: JWT_SECRET .*DATA_ENCRYPTION_KEY .*WECHAT_APPID/);
    const config = loadConfig({ ...production, NODE_ENV: nodeEnv });
    expect(config).toMatchObject({ env: 'production', isProduction: true, seedDemo: false, openApiEnabled: false });
    expect(config.jwtSecret).toBe(production.JWT_SECRET);
    expect(config.wechat).not.toBeNull();
  });

  it.each(['development', 'test'])('keeps the development defaults only with NODE_ENV=%s', (nodeEnv) => {
    const config = loadConfig({ NODE_ENV: nodeEnv });
    expect(config).toMatchObject({ env: nodeEnv, isProduction: false, wechat: null, openApiEnabled: true });
  });

  it('production needs an SMS gateway while every registration waits for a code (the default)', () => {
    const { SMS_PROVIDER: _, ...withoutGateway } = production;
    expect(() => loadConfig(withoutGateway)).toThrow(/Required in production: SMS_PROVIDER=tencent/);
    expect(loadConfig({ ...withoutGateway, REGISTRATION_PHONE_CHECK: 'claims' }).registrationPhoneCheck).toBe('claims');
    expect(loadConfig(production)).toMatchObject({ registrationPhoneCheck: 'every', sms: { provider: 'tencent' } });
    expect(() => loadConfig({ ...production, TENCENT_SMS_TEMPLATE_ID: '' })).toThrow(
      /Required with SMS_PROVIDER=tencent: TENCENT_SMS_TEMPLATE_ID/,
    );
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
      registrationPhoneCheck: 'every',
      sms: { provider: 'log', tencent: null },
    });
  });

  it('serves the OpenAPI document in production only with OPENAPI_ENABLED=true', () => {
    expect(loadConfig(production).openApiEnabled).toBe(false);
    expect(loadConfig({ ...production, OPENAPI_ENABLED: 'true' }).openApiEnabled).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', OPENAPI_ENABLED: 'false' }).openApiEnabled).toBe(false);
    expect(() => loadConfig({ ...production, OPENAPI_ENABLED: 'yes' })).toThrow(/OPENAPI_ENABLED="yes"/);
  });

  it('never seeds demo accounts in production', () => {
    expect(loadConfig({ ...production, SEED_DEMO: 'true' }).seedDemo).toBe(false);
  });

  it('names a bad PORT', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
