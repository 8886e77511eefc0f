import { loadConfig } from '../src/config/app-config';
import { startTestApp, TestApp } from './helpers/test-app';

describe('health and start-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the database state without a token', async () => {
    const res = await t.http().get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { type: t.dbType, up: true } });
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
  };

  it.each(['JWT_SECRET', 'DATA_ENCRYPTION_KEY', 'WECHAT_APPID'])('names a missing production secret: %s', (name) => {
    expect(() => loadConfig({ ...production, [name]: '' })).toThrow(new RegExp(`Required in production: .*${name}`));
  });

  it('names a short JWT secret and a malformed data key', () => {
    expect(() => loadConfig({ ...production, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET \(at least 32 characters\)/);
    expect(() => loadConfig({ DATA_ENCRYPTION_KEY: 'too-short' })).toThrow(/DATA_ENCRYPTION_KEY must be 32 bytes/);
  });

  it('never seeds demo accounts in production', () => {
    expect(loadConfig({ ...production, SEED_DEMO: 'true' }).seedDemo).toBe(false);
  });

  it('names a bad PORT', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
