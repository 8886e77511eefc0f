import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ErrorCode, Role } from '@steadywork/shared';
import { HousekeepingService } from '../src/housekeeping/housekeeping.service';
import { createStaff } from './factories/staff.factory';
import { startTestApp, TestApp } from './helpers/test-app';

const DAY = 24 * 60 * 60_000;
const MINUTE = 60_000;

/** 等保 level 3: password age and history, the idle timeout, logins from a new address, audit retention. */
describe('等保 level 3', () => {
  let t: TestApp;
  beforeAll(async () => {
    // behind one proxy, so a test can come from another address (X-Forwarded-For)
    t = await startTestApp({ TRUST_PROXY_HOPS: '1', SESSION_IDLE_TIMEOUT: 'true' });
  });
  afterAll(() => t.close());

  // fresh sign-ins throughout: the clock moves on by days here, and idle sign-ins end
  const signIn = async (username: string) => `Bearer ${(await t.login(username)).accessToken}`;

  async function setPolicy(changes: Record<string, number>) {
    const secadmin = await signIn('secadmin');
    const current = await t.http().get('/api/v1/security/policy').set('Authorization', secadmin);
    return t
      .http()
      .put('/api/v1/security/policy')
      .set('Authorization', secadmin)
      .send({ ...current.body, ...changes });
  }

  const change = (auth: string, currentPassword: string, newPassword: string) =>
    t.http().post('/api/v1/auth/password').set('Authorization', auth).send({ currentPassword, newPassword });

  async function auditEntries(action: string, targetId: number) {
    const res = await t
      .http()
      .get(`/api/v1/audit-logs?action=${action}&targetType=staff_user&targetId=${targetId}&pageSize=100`)
      .set('Authorization', await signIn('auditor'));
    return res.body.items as { action: string; ip: string; summary: Record<string, unknown> | null }[];
  }

  it('the security admin sets the password age, the history depth and the idle timeout; out of range is refused naming the field', async () => {
    for (const [field, value] of [
      ['passwordHistory', 0],
      ['passwordMaxAgeDays', 400],
      ['idleTimeoutMinutes', 1],
    ] as const) {
      const bad = await setPolicy({ [field]: value });
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([{ field, message: expect.any(String) }]);
    }
    const ok = await setPolicy({ passwordMaxAgeDays: 30, passwordHistory: 3, idleTimeoutMinutes: 10 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ passwordMaxAgeDays: 30, passwordHistory: 3, idleTimeoutMinutes: 10 });
    const notTheirs = await t
      .http()
      .put('/api/v1/security/policy')
      .set('Authorization', await signIn('sysadmin'))
      .send({ ...ok.body, passwordHistory: 1 });
    expect(notTheirs.status).toBe(403);
    await setPolicy({ passwordMaxAgeDays: 90, passwordHistory: 5, idleTimeoutMinutes: 30 });
  });

  // before the tests that move the clock: createStaff holds the admins' sign-ins
  it('audits a login from an address the account never signed in from (auth.login_new_ip)', async () => {
    const user = await createStaff(t, { regionCode: '630102', roles: [Role.REVIEWER], password: 'Where#Pass01' });
    const from = (ip: string) =>
      t
        .http()
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ username: user.username, password: 'Where#Pass01' });
    // the account signed in once already (from the test's own address) to replace its initial password
    expect((await from('10.1.1.1')).status).toBe(200);
    expect((await from('10.1.1.1')).status).toBe(200);
    expect((await auditEntries('auth.login_new_ip', user.id)).map((e) => e.ip)).toEqual(['10.1.1.1']);
    expect((await from('10.2.2.2')).status).toBe(200);
    const entries = await auditEntries('auth.login_new_ip', user.id);
    expect(entries[0]).toMatchObject({ ip: '10.2.2.2', summary: { ip: '10.2.2.2' } });
    expect((await from('10.2.2.2')).status).toBe(200);
    expect((await from('10.1.1.1')).status).toBe(200);
    expect((await auditEntries('auth.login_new_ip', user.id)).map((e) => e.ip)).toEqual(['10.2.2.2', '10.1.1.1']);
  });

  it('refuses the last N passwords (N set by the security admin) with 400 naming newPassword', async () => {
    await setPolicy({ passwordHistory: 3 });
    const user = await createStaff(t, { regionCode: '630102', roles: [Role.REVIEWER], password: 'First#Pass01' });
    let auth = `Bearer ${(await t.login(user.username, 'First#Pass01')).accessToken}`;
    expect((await change(auth, 'First#Pass01', 'Second#Pass02')).status).toBe(204);
    auth = `Bearer ${(await t.login(user.username, 'Second#Pass02')).accessToken}`;
    const reuse = await change(auth, 'Second#Pass02', 'First#Pass01');
    expect(reuse.status).toBe(400);
    expect(reuse.body.details).toEqual([{ field: 'newPassword', message: '新密码不能与最近 3 次使用过的密码相同' }]);
    expect((await change(auth, 'Second#Pass02', 'Third#Pass03')).status).toBe(204);
    auth = `Bearer ${(await t.login(user.username, 'Third#Pass03')).accessToken}`;
    expect((await change(auth, 'Third#Pass03', 'First#Pass01')).status).toBe(400);
    expect((await change(auth, 'Third#Pass03', 'Fourth#Pass04')).status).toBe(204);
    // four passwords on, the first is out of the last three
    auth = `Bearer ${(await t.login(user.username, 'Fourth#Pass04')).accessToken}`;
    expect((await change(auth, 'Fourth#Pass04', 'First#Pass01')).status).toBe(204);
    await setPolicy({ passwordHistory: 5 });
  });

  it('a password older than the maximum age must be changed at the next login (audited); the new one counts afresh', async () => {
    await setPolicy({ passwordMaxAgeDays: 30 });
    const user = await createStaff(t, { regionCode: '630102', roles: [Role.REVIEWER], password: 'Aging#Pass01' });
    t.clock.advance(29 * DAY);
    const fresh = `Bearer ${(await t.login(user.username, 'Aging#Pass01')).accessToken}`;
    expect((await t.http().get('/api/v1/workers').set('Authorization', fresh)).status).toBe(200);

    t.clock.advance(2 * DAY);
    const expired = `Bearer ${(await t.login(user.username, 'Aging#Pass01')).accessToken}`;
    const refused = await t.http().get('/api/v1/workers').set('Authorization', expired);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe(ErrorCode.PASSWORD_CHANGE_REQUIRED);
    const me = await t.http().get('/api/v1/auth/me').set('Authorization', expired);
    expect(me.body.mustChangePassword).toBe(true);
    expect((await auditEntries('auth.password_expired', user.id)).length).toBe(1);

    expect((await change(expired, 'Aging#Pass01', 'Renewed#Pass02')).status).toBe(204);
    t.clock.advance(29 * DAY);
    const renewed = `Bearer ${(await t.login(user.username, 'Renewed#Pass02')).accessToken}`;
    expect((await t.http().get('/api/v1/workers').set('Authorization', renewed)).status).toBe(200);
    await setPolicy({ passwordMaxAgeDays: 90 });
  });

  it('a sign-in unused for longer than the idle timeout is refused with 401 SESSION_IDLE_TIMEOUT, and cannot be refreshed', async () => {
    await setPolicy({ idleTimeoutMinutes: 10 });
    const pair = await t.login('chengdong_reviewer');
    const auth = `Bearer ${pair.accessToken}`;
    // used every 9 minutes, it stays open
    for (let i = 0; i < 3; i++) {
      t.clock.advance(9 * MINUTE);
      expect((await t.http().get('/api/v1/workers').set('Authorization', auth)).status).toBe(200);
    }
    t.clock.advance(11 * MINUTE);
    const idle = await t.http().get('/api/v1/workers').set('Authorization', auth);
    expect(idle.status).toBe(401);
    expect(idle.body).toMatchObject({
      error: ErrorCode.SESSION_IDLE_TIMEOUT,
      message: '长时间未操作，登录已失效，请重新登录',
    });
    const refreshed = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: pair.refreshToken });
    expect(refreshed.status).toBe(401);
    // another sign-in of the same account is its own
    const again = `Bearer ${(await t.login('chengdong_reviewer')).accessToken}`;
    expect((await t.http().get('/api/v1/workers').set('Authorization', again)).status).toBe(200);

    // a refresh token idle too long is refused as well
    const other = await t.login('chengdong_reviewer');
    t.clock.advance(11 * MINUTE);
    const late = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: other.refreshToken });
    expect(late.status).toBe(401);
    expect(late.body.error).toBe(ErrorCode.SESSION_IDLE_TIMEOUT);
    await setPolicy({ idleTimeoutMinutes: 30 });
  });

  it('keeps the audit log: housekeeping a year on removes nothing of it, 180 days old or new', async () => {
    const count = async () => Number((await t.db.query('SELECT COUNT(*) AS n FROM audit_log'))[0].n);
    const oldest = (await t.db.query('SELECT MIN(created_at) AS at FROM audit_log'))[0].at;
    const before = await count();
    t.clock.advance(181 * DAY);
    await t.login('chengdong_reviewer'); // one more entry, 181 days after the first
    await t.app.get(HousekeepingService).run();
    t.clock.advance(200 * DAY);
    await t.app.get(HousekeepingService).run();
    expect(await count()).toBe(before + 1);
    expect((await t.db.query('SELECT MIN(created_at) AS at FROM audit_log'))[0].at).toEqual(oldest);
  });
});

describe('security headers on the console, the H5 and the API', () => {
  let t: TestApp;
  let dirs: string[];
  const INLINE = 'document.documentElement.style.fontSize = "20px";';
  beforeAll(async () => {
    dirs = ['admin', 'h5'].map((name) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `steadywork-${name}-`));
      fs.writeFileSync(
        path.join(dir, 'index.html'),
        `<!doctype html><html><head><script>${INLINE}</script></head><body>${name}</body></html>`,
      );
      return dir;
    });
    t = await startTestApp({ SERVE_ADMIN_DIR: dirs[0], SERVE_H5_DIR: dirs[1] });
  });
  afterAll(async () => {
    await t.close();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/admin/', '/admin/workers/12', '/h5/', '/api/v1/health'])(
    '%s: CSP with frame-ancestors, HSTS, nosniff',
    async (url) => {
      const res = await t.http().get(url);
      expect(res.status).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("object-src 'none'");
      // the one inline script of the built page, by its hash; no other inline script runs
      expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    },
  );
});
