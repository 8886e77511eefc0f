import { ErrorCode, Role } from '@steadywork/shared';
import { createStaff, STRONG_PASSWORD } from './factories/staff.factory';
import { DEMO_PASSWORD, startTestApp, TestApp } from './helpers/test-app';

/** 三权分立 as 等保 level 3 describes it: the system admin, the security admin and the auditor. */
describe('separation of duties (三权分立)', () => {
  let t: TestApp;
  let sysadmin: string;
  let secadmin: string;
  let orgId: number;
  const idOf = async (username: string): Promise<number> => {
    const res = await t.http().get(`/api/v1/admin/users?username=${username}`).set('Authorization', sysadmin);
    return res.body.items.find((u: { username: string }) => u.username === username).id;
  };
  const bearerOf = async (username: string, password: string) =>
    `Bearer ${(await t.login(username, password)).accessToken}`;

  beforeAll(async () => {
    t = await startTestApp();
    sysadmin = await t.bearer('sysadmin');
    secadmin = await t.bearer('secadmin');
    const orgs = await t.http().get('/api/v1/organizations').set('Authorization', sysadmin);
    orgId = orgs.body.find((o: { regionCode: string }) => o.regionCode === '630103').id;
  });
  afterAll(() => t.close());

  describe('the system admin manages accounts but not their roles', () => {
    it('cannot give itself a business role: PATCH with roles is refused naming the field, and nothing changes', async () => {
      const id = await idOf('sysadmin');
      const patch = await t
        .http()
        .patch(`/api/v1/admin/users/${id}`)
        .set('Authorization', sysadmin)
        .send({ roles: [Role.SYSADMIN, Role.PROVINCE_REVIEWER] });
      expect(patch.status).toBe(400);
      expect(patch.body).toMatchObject({
        error: ErrorCode.VALIDATION_FAILED,
        details: [{ field: 'roles', message: expect.stringContaining('安全管理员') }],
      });
      const access = await t
        .http()
        .put(`/api/v1/admin/users/${id}/access`)
        .set('Authorization', sysadmin)
        .send({ roles: [Role.PROVINCE_REVIEWER], organizationId: orgId });
      expect(access.status).toBe(403);

      const fresh = await bearerOf('sysadmin', DEMO_PASSWORD);
      expect((await t.http().get('/api/v1/auth/me').set('Authorization', fresh)).body.roles).toEqual([Role.SYSADMIN]);
      expect((await t.http().get('/api/v1/workers').set('Authorization', fresh)).status).toBe(403);
      expect((await t.http().post('/api/v1/workers/1/reveal').set('Authorization', fresh)).status).toBe(403);
    });

    it('cannot move an account to another organisation (its data scope)', async () => {
      const res = await t
        .http()
        .patch(`/api/v1/admin/users/${await idOf('finance')}`)
        .set('Authorization', sysadmin)
        .send({ organizationId: orgId });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'organizationId', message: expect.stringContaining('安全管理员') }]);
    });

    it('creates an account without roles; giving roles at creation is refused naming the field', async () => {
      const withRoles = await t
        .http()
        .post('/api/v1/admin/users')
        .set('Authorization', sysadmin)
        .send({
          username: 'with_roles',
          password: STRONG_PASSWORD,
          displayName: '带角色',
          organizationId: orgId,
          roles: [Role.AUDITOR],
        });
      expect(withRoles.status).toBe(400);
      expect(withRoles.body.details).toEqual([{ field: 'roles', message: expect.stringContaining('安全管理员') }]);
      const created = await t
        .http()
        .post('/api/v1/admin/users')
        .set('Authorization', sysadmin)
        .send({ username: 'no_roles', password: STRONG_PASSWORD, displayName: '无角色', organizationId: orgId });
      expect(created.status).toBe(201);
      expect(created.body.roles).toEqual([]);
    });

    it('unlocks a locked account; the security admin cannot', async () => {
      const user = await createStaff(t, { regionCode: '630104', roles: [Role.REVIEWER] });
      for (let i = 0; i < 5; i++) {
        await t.http().post('/api/v1/auth/login').send({ username: user.username, password: 'Wrong#Pass1' });
      }
      const bySecadmin = await t.http().post(`/api/v1/admin/users/${user.id}/unlock`).set('Authorization', secadmin);
      expect(bySecadmin.status).toBe(403);
      const unlock = await t.http().post(`/api/v1/admin/users/${user.id}/unlock`).set('Authorization', sysadmin);
      expect(unlock.status).toBe(200);
      expect(unlock.body.lockedUntil).toBeNull();
      expect(
        (await t.http().post('/api/v1/auth/login').send({ username: user.username, password: user.password })).status,
      ).toBe(200);
    });
  });

  describe('the security admin assigns roles and data scope', () => {
    it('assigns roles and organisation; the change takes effect on the next request', async () => {
      const user = await createStaff(t, { regionCode: '630103', roles: [Role.FINANCE] });
      const auth = await bearerOf(user.username, user.password);
      expect((await t.http().get('/api/v1/workers').set('Authorization', auth)).status).toBe(403);
      const orgs = await t.http().get('/api/v1/organizations').set('Authorization', sysadmin);
      const chengdong = orgs.body.find((o: { regionCode: string }) => o.regionCode === '630102').id;
      const res = await t
        .http()
        .put(`/api/v1/admin/users/${user.id}/access`)
        .set('Authorization', secadmin)
        .send({ roles: [Role.REVIEWER], organizationId: chengdong });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ roles: [Role.REVIEWER], organization: { regionCode: '630102' } });
      expect((await t.http().get('/api/v1/workers').set('Authorization', auth)).status).toBe(200);

      const log = await t
        .http()
        .get(`/api/v1/audit-logs?action=staff.access_update&targetId=${user.id}`)
        .set('Authorization', await t.bearer('auditor'));
      expect(log.body.items[0]).toMatchObject({
        actorName: 'secadmin',
        summary: { before: { roles: [Role.FINANCE] }, after: { roles: [Role.REVIEWER] } },
      });
    });

    it.each([
      ['an admin role with a business role', [Role.SYSADMIN, Role.PROVINCE_REVIEWER]],
      ['two admin roles', [Role.SECADMIN, Role.AUDITOR]],
      ['the auditor role with a business role', [Role.AUDITOR, Role.FINANCE]],
    ])('refuses %s with 400 naming the roles field', async (_, roles) => {
      const user = await createStaff(t, { regionCode: '630103', roles: [Role.FINANCE] });
      const res = await t
        .http()
        .put(`/api/v1/admin/users/${user.id}/access`)
        .set('Authorization', secadmin)
        .send({ roles, organizationId: orgId });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        { field: 'roles', message: expect.stringContaining('不能与其他任何角色兼任') },
      ]);
      const after = await t.http().get(`/api/v1/admin/users/${user.id}`).set('Authorization', secadmin);
      expect(after.body.roles).toEqual([Role.FINANCE]);
    });

    it('no one changes their own roles', async () => {
      const res = await t
        .http()
        .put(`/api/v1/admin/users/${await idOf('secadmin')}/access`)
        .set('Authorization', secadmin)
        .send({ roles: [Role.SYSADMIN], organizationId: orgId });
      expect(res.status).toBe(403);
      expect(res.body.message).toContain('自己');
      const me = await t.http().get('/api/v1/auth/me').set('Authorization', secadmin);
      expect(me.body.roles).toEqual([Role.SECADMIN]);
    });

    it('gives an admin role only to an account whose holder has replaced the initial password', async () => {
      const fresh = await createStaff(t, { regionCode: '630103', roles: [Role.FINANCE], mustChangePassword: true });
      const refused = await t
        .http()
        .put(`/api/v1/admin/users/${fresh.id}/access`)
        .set('Authorization', secadmin)
        .send({ roles: [Role.AUDITOR], organizationId: orgId });
      expect(refused.status).toBe(400);
      expect(refused.body.details).toEqual([{ field: 'roles', message: expect.stringContaining('初始密码') }]);

      const changed = await createStaff(t, { regionCode: '630103', roles: [Role.FINANCE] });
      const granted = await t
        .http()
        .put(`/api/v1/admin/users/${changed.id}/access`)
        .set('Authorization', secadmin)
        .send({ roles: [Role.AUDITOR], organizationId: orgId });
      expect(granted.status).toBe(200);
      const auth = await bearerOf(changed.username, changed.password);
      expect((await t.http().get('/api/v1/audit-logs').set('Authorization', auth)).status).toBe(200);
    });

    it('cannot create, edit, disable accounts nor reset a business account’s password', async () => {
      const target = await idOf('finance');
      const attempts = await Promise.all([
        t.http().post('/api/v1/admin/users').set('Authorization', secadmin).send({}),
        t.http().patch(`/api/v1/admin/users/${target}`).set('Authorization', secadmin).send({ displayName: 'x' }),
        t.http().post(`/api/v1/admin/users/${target}/disable`).set('Authorization', secadmin),
        t.http().post(`/api/v1/admin/users/${target}/reset-password`).set('Authorization', secadmin),
      ]);
      expect(attempts.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    });
  });

  describe('passwords: one-time values, changed at the next login', () => {
    it('no admin sets another admin’s password: a chosen password is refused, a generated one-time value is given', async () => {
      const auditorId = await idOf('auditor');
      const chosen = await t
        .http()
        .post(`/api/v1/admin/users/${auditorId}/reset-password`)
        .set('Authorization', sysadmin)
        .send({ password: 'Takeover@2026!x' });
      expect(chosen.status).toBe(400);
      expect(chosen.body.details).toEqual([{ field: 'password', message: expect.stringContaining('系统生成') }]);
      expect(
        (await t.http().post('/api/v1/auth/login').send({ username: 'auditor', password: 'Takeover@2026!x' })).status,
      ).toBe(401);

      const auditorSession = await t.login('auditor');
      const reset = await t
        .http()
        .post(`/api/v1/admin/users/${auditorId}/reset-password`)
        .set('Authorization', sysadmin);
      expect(reset.status).toBe(200);
      const { temporaryPassword } = reset.body;
      expect(temporaryPassword).toMatch(/^.{12,}$/);
      expect(temporaryPassword).toMatch(/[A-Z]/);
      expect(temporaryPassword).toMatch(/[a-z]/);
      expect(temporaryPassword).toMatch(/\d/);

      // Every session of the account ends; the old password no longer works.
      expect(
        (await t.http().post('/api/v1/auth/refresh').send({ refreshToken: auditorSession.refreshToken })).status,
      ).toBe(401);
      expect(
        (await t.http().post('/api/v1/auth/login').send({ username: 'auditor', password: DEMO_PASSWORD })).status,
      ).toBe(401);

      // The one-time value opens only the change-password page.
      const once = await bearerOf('auditor', temporaryPassword);
      const log = await t.http().get('/api/v1/audit-logs').set('Authorization', once);
      expect(log.status).toBe(403);
      expect(log.body).toMatchObject({
        statusCode: 403,
        error: ErrorCode.PASSWORD_CHANGE_REQUIRED,
        message: expect.stringContaining('修改'),
      });
      const me = await t.http().get('/api/v1/auth/me').set('Authorization', once);
      expect(me.body).toMatchObject({ username: 'auditor', mustChangePassword: true });
      // the password the reset replaced is in the account's history: it cannot come back
      const back = await t
        .http()
        .post('/api/v1/auth/password')
        .set('Authorization', once)
        .send({ currentPassword: temporaryPassword, newPassword: DEMO_PASSWORD });
      expect(back.status).toBe(400);
      expect(back.body.details).toEqual([{ field: 'newPassword', message: expect.stringContaining('最近') }]);
      // (the suite's later tests sign in with the demo password: allow it back here)
      const secadmin = await t.bearer('secadmin');
      const policy = (await t.http().get('/api/v1/security/policy').set('Authorization', secadmin)).body;
      const lenient = await t
        .http()
        .put('/api/v1/security/policy')
        .set('Authorization', secadmin)
        .send({ ...policy, passwordHistory: 1 });
      expect(lenient.status).toBe(200);
      const change = await t
        .http()
        .post('/api/v1/auth/password')
        .set('Authorization', once)
        .send({ currentPassword: temporaryPassword, newPassword: DEMO_PASSWORD });
      expect(change.status).toBe(204);
      await t.http().put('/api/v1/security/policy').set('Authorization', secadmin).send(policy);
      const after = await bearerOf('auditor', DEMO_PASSWORD);
      expect(
        (await t.http().get('/api/v1/audit-logs?action=staff.reset_password').set('Authorization', after)).body
          .items[0],
      ).toMatchObject({
        actorName: 'sysadmin',
        targetId: String(auditorId),
        summary: { adminAccount: true },
      });
    });

    it('no one resets their own password; the security admin resets only a system admin’s', async () => {
      const own = await t
        .http()
        .post(`/api/v1/admin/users/${await idOf('sysadmin')}/reset-password`)
        .set('Authorization', sysadmin);
      expect(own.status).toBe(403);
      const ownSec = await t
        .http()
        .post(`/api/v1/admin/users/${await idOf('secadmin')}/reset-password`)
        .set('Authorization', secadmin);
      expect(ownSec.status).toBe(403);
      const auditor = await t
        .http()
        .post(`/api/v1/admin/users/${await idOf('auditor')}/reset-password`)
        .set('Authorization', secadmin);
      expect(auditor.status).toBe(403);

      const admin = await createStaff(t, { regionCode: '630000', roles: [Role.SYSADMIN] });
      const bySec = await t
        .http()
        .post(`/api/v1/admin/users/${admin.id}/reset-password`)
        .set('Authorization', secadmin);
      expect(bySec.status).toBe(200);
      expect(
        (
          await t
            .http()
            .post('/api/v1/auth/login')
            .send({ username: admin.username, password: bySec.body.temporaryPassword })
        ).status,
      ).toBe(200);
    });

    it('the system admin resets a staff member’s password to a one-time value that must be changed', async () => {
      const user = await createStaff(t, { regionCode: '630103', roles: [Role.REVIEWER] });
      const reset = await t.http().post(`/api/v1/admin/users/${user.id}/reset-password`).set('Authorization', sysadmin);
      expect(reset.status).toBe(200);
      const once = await bearerOf(user.username, reset.body.temporaryPassword);
      expect((await t.http().get('/api/v1/workers').set('Authorization', once)).body.error).toBe(
        ErrorCode.PASSWORD_CHANGE_REQUIRED,
      );
    });
  });

  describe('an unchanged initial password opens nothing else', () => {
    it('answers 403 PASSWORD_CHANGE_REQUIRED everywhere but /auth/me, change-password and logout', async () => {
      const user = await createStaff(t, { regionCode: '630103', roles: [Role.REVIEWER], mustChangePassword: true });
      const pair = await t.login(user.username, user.password);
      const auth = `Bearer ${pair.accessToken}`;
      for (const [method, path] of [
        ['get', '/api/v1/workers'],
        ['get', '/api/v1/organizations'],
        ['get', '/api/v1/regions'],
        ['post', '/api/v1/workers/1/reveal'],
        ['get', '/api/v1/me/profile'],
      ] as const) {
        const res = await t.http()[method](path).set('Authorization', auth);
        expect({ path, status: res.status, error: res.body.error }).toEqual({
          path,
          status: 403,
          error: ErrorCode.PASSWORD_CHANGE_REQUIRED,
        });
      }
      expect((await t.http().get('/api/v1/auth/me').set('Authorization', auth)).status).toBe(200);
      const change = await t
        .http()
        .post('/api/v1/auth/password')
        .set('Authorization', auth)
        .send({ currentPassword: user.password, newPassword: 'Another#Pass2' });
      expect(change.status).toBe(204);
      const next = await t.login(user.username, 'Another#Pass2');
      expect((await t.http().get('/api/v1/workers').set('Authorization', `Bearer ${next.accessToken}`)).status).toBe(
        200,
      );
      expect((await t.http().post('/api/v1/auth/logout').send({ refreshToken: next.refreshToken })).status).toBe(204);
    });

    it('the demo accounts are not asked to change their password', async () => {
      for (const username of ['sysadmin', 'secadmin', 'auditor', 'province_reviewer', 'hr_demo']) {
        const me = await t
          .http()
          .get('/api/v1/auth/me')
          .set('Authorization', await t.bearer(username));
        expect(me.body.mustChangePassword).toBe(false);
      }
    });
  });
});
