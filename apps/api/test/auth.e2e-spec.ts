import { ErrorCode, Role } from '@steadywork/shared';
import { createStaff, STRONG_PASSWORD } from './factories/staff.factory';
import { DEMO_PASSWORD, startTestApp, TestApp } from './helpers/test-app';

describe('staff authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('logs a demo account in and tells it who it is', async () => {
    const { accessToken, refreshToken, expiresIn } = await t.login('chengdong_reviewer');
    expect(refreshToken).toEqual(expect.any(String));
    expect(expiresIn).toBe(900);
    const me = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      type: 'staff',
      username: 'chengdong_reviewer',
      roles: [Role.REVIEWER],
      organization: { regionCode: '630102', regionName: '城东区' },
    });
  });

  it.each([
    'sysadmin',
    'secadmin',
    'auditor',
    'province_reviewer',
    'finance',
    'training_admin',
    'program_admin',
    'xining_reviewer',
    'chengdong_reviewer',
    'haidong_reviewer',
    'center_staff',
    'trainer',
    'hr_demo',
  ])('demo account %s logs in with the published password', async (username) => {
    const res = await t.http().post('/api/v1/auth/login').send({ username, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
  });

  it('refuses a wrong password with 401 in the one error shape', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ username: 'finance', password: 'Wrong#Pass1' });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({
      statusCode: 401,
      error: ErrorCode.INVALID_CREDENTIALS,
      message: '用户名或密码错误',
    });
  });

  it('answers an unknown username exactly like a wrong password, and audits both', async () => {
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    const unknown = await t.http().post('/api/v1/auth/login').send({ username: 'nobody', password: 'Wrong#Pass1' });
    const wrong = await t.http().post('/api/v1/auth/login').send({ username: 'trainer', password: 'Wrong#Pass1' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
    expect(JSON.stringify(wrong.body)).not.toMatch(/再错|次/);

    const log = await t
      .http()
      .get('/api/v1/audit-logs?action=auth.login_failed&pageSize=100')
      .set('Authorization', await t.bearer('auditor'));
    const reasons = log.body.items.map((a: { actorName: string; summary: { reason: string } }) => [
      a.actorName,
      a.summary.reason,
    ]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['nobody', 'unknown_user'],
        ['trainer', 'wrong_password'],
      ]),
    );
  });

  it('locks after 5 wrong passwords: the 6th try is refused even with the right password, until 15 minutes pass', async () => {
    const user = await createStaff(t, { regionCode: '630103', roles: [Role.REVIEWER] });
    const attempt = (password: string) =>
      t.http().post('/api/v1/auth/login').send({ username: user.username, password });
    for (let i = 1; i <= 4; i++) {
      const res = await attempt('Wrong#Pass1');
      expect(res.status).toBe(401);
      expect(res.body.message).toBe('用户名或密码错误');
    }
    const fifth = await attempt('Wrong#Pass1');
    expect(fifth.status).toBe(423);
    expect(fifth.body.error).toBe(ErrorCode.ACCOUNT_LOCKED);

    const sixth = await attempt(STRONG_PASSWORD);
    expect(sixth.status).toBe(423);
    expect(sixth.body.message).toContain('锁定');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(14 * 60);

    t.clock.advance(14 * 60_000);
    expect((await attempt(STRONG_PASSWORD)).status).toBe(423);
    t.clock.advance(61_000);
    expect((await attempt(STRONG_PASSWORD)).status).toBe(200);
  });

  it('lets the system admin unlock a locked account', async () => {
    const user = await createStaff(t, { regionCode: '630104', roles: [Role.REVIEWER] });
    for (let i = 0; i < 5; i++)
      await t.http().post('/api/v1/auth/login').send({ username: user.username, password: 'Wrong#Pass1' });
    const list = await t
      .http()
      .get(`/api/v1/admin/users?username=${user.username}`)
      .set('Authorization', await t.bearer('sysadmin'));
    expect(list.body.items[0].lockedUntil).not.toBeNull();
    const unlock = await t
      .http()
      .post(`/api/v1/admin/users/${user.id}/unlock`)
      .set('Authorization', await t.bearer('sysadmin'));
    expect(unlock.status).toBe(200);
    expect(unlock.body.lockedUntil).toBeNull();
    expect(
      (await t.http().post('/api/v1/auth/login').send({ username: user.username, password: STRONG_PASSWORD })).status,
    ).toBe(200);
  });

  it('rotates refresh tokens, and a reused one revokes the whole family', async () => {
    const first = await t.login('program_admin');
    const r1 = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(r1.status).toBe(200);
    expect(r1.body.refreshToken).not.toBe(first.refreshToken);
    const me = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${r1.body.accessToken}`);
    expect(me.body.username).toBe('program_admin');

    const reuse = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    expect(reuse.body.error).toBe(ErrorCode.TOKEN_INVALID);
    const afterTheft = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: r1.body.refreshToken });
    expect(afterTheft.status).toBe(401);
  });

  it('spends a refresh token once even when it is presented twice at the same instant', async () => {
    const pair = await t.login('training_admin');
    const results = await Promise.all(
      [1, 2, 3].map(() => t.http().post('/api/v1/auth/refresh').send({ refreshToken: pair.refreshToken })),
    );
    expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
  });

  it('logs out: the refresh token stops working', async () => {
    const pair = await t.login('finance');
    expect((await t.http().post('/api/v1/auth/logout').send({ refreshToken: pair.refreshToken })).status).toBe(204);
    expect((await t.http().post('/api/v1/auth/refresh').send({ refreshToken: pair.refreshToken })).status).toBe(401);
  });

  it('a disabled account can neither log in nor keep using its tokens', async () => {
    const user = await createStaff(t, { regionCode: '630105', roles: [Role.FINANCE] });
    const pair = await t.login(user.username, STRONG_PASSWORD);
    const disable = await t
      .http()
      .post(`/api/v1/admin/users/${user.id}/disable`)
      .set('Authorization', await t.bearer('sysadmin'));
    expect(disable.status).toBe(200);
    expect(disable.body.status).toBe('DISABLED');

    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: user.username, password: STRONG_PASSWORD });
    expect(login.status).toBe(403);
    expect(login.body.error).toBe(ErrorCode.ACCOUNT_DISABLED);
    const me = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${pair.accessToken}`);
    expect(me.status).toBe(403);
    expect((await t.http().post('/api/v1/auth/refresh').send({ refreshToken: pair.refreshToken })).status).toBe(401);

    await t
      .http()
      .post(`/api/v1/admin/users/${user.id}/enable`)
      .set('Authorization', await t.bearer('sysadmin'));
    expect(
      (await t.http().post('/api/v1/auth/login').send({ username: user.username, password: STRONG_PASSWORD })).status,
    ).toBe(200);
  });

  it('changes a password only with the current one and a strong new one', async () => {
    const user = await createStaff(t, { regionCode: '630106', roles: [Role.REVIEWER], mustChangePassword: true });
    const auth = `Bearer ${(await t.login(user.username, STRONG_PASSWORD)).accessToken}`;
    const me = await t.http().get('/api/v1/auth/me').set('Authorization', auth);
    expect(me.body.mustChangePassword).toBe(true);
    const wrong = await t
      .http()
      .post('/api/v1/auth/password')
      .set('Authorization', auth)
      .send({ currentPassword: 'nope', newPassword: 'Another#Pass2' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([{ field: 'currentPassword', message: '当前密码不正确' }]);
    const weak = await t
      .http()
      .post('/api/v1/auth/password')
      .set('Authorization', auth)
      .send({ currentPassword: STRONG_PASSWORD, newPassword: 'alllowercase' });
    expect(weak.status).toBe(400);
    expect(weak.body.details[0].field).toBe('newPassword');
    const ok = await t
      .http()
      .post('/api/v1/auth/password')
      .set('Authorization', auth)
      .send({ currentPassword: STRONG_PASSWORD, newPassword: 'Another#Pass2' });
    expect(ok.status).toBe(204);
    expect(
      (await t.http().post('/api/v1/auth/login').send({ username: user.username, password: 'Another#Pass2' })).status,
    ).toBe(200);
  });

  it('requires a token for protected routes and rejects a forged one', async () => {
    expect((await t.http().get('/api/v1/auth/me')).body.error).toBe(ErrorCode.UNAUTHENTICATED);
    const forged = await t
      .http()
      .get('/api/v1/auth/me')
      .set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.x');
    expect(forged.status).toBe(401);
    expect(forged.body.error).toBe(ErrorCode.TOKEN_INVALID);
  });
});

describe('worker login from the mini-program', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates one account per openid with the development provider and returns tokens', async () => {
    const a = await t.http().post('/api/v1/auth/wechat/login').send({ code: 'dev:worker-001' });
    const b = await t.http().post('/api/v1/auth/wechat/login').send({ code: 'dev:worker-001' });
    expect(a.status).toBe(200);
    const meA = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${a.body.accessToken}`);
    const meB = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${b.body.accessToken}`);
    expect(meA.body).toMatchObject({ type: 'worker', openidMasked: 'wor***001' });
    expect(meB.body.id).toBe(meA.body.id);
  });

  it('creates a single account when the first login arrives twice at once', async () => {
    const [a, b] = await Promise.all([
      t.http().post('/api/v1/auth/wechat/login').send({ code: 'dev:twin' }),
      t.http().post('/api/v1/auth/wechat/login').send({ code: 'dev:twin' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const rows = await t.db.query("SELECT COUNT(*) AS n FROM worker_account WHERE openid = 'twin'");
    expect(Number(rows[0].n)).toBe(1);
  });

  it('refuses a malformed development code with a field message', async () => {
    const res = await t.http().post('/api/v1/auth/wechat/login').send({ code: 'not-a-dev-code' });
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toMatchObject({ field: 'code' });
  });

  it('a worker token opens no staff route', async () => {
    const auth = await t.workerBearer('curious');
    const res = await t.http().get('/api/v1/admin/users').set('Authorization', auth);
    expect(res.status).toBe(403);
    expect(res.body.error).toBe(ErrorCode.FORBIDDEN);
    expect((await t.http().get('/api/v1/organizations').set('Authorization', auth)).status).toBe(403);
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 past the per-minute limit, and again after the window', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await t.http().post('/api/v1/auth/login').send({ username: 'finance', password: DEMO_PASSWORD })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await t.http().post('/api/v1/auth/login').send({ username: 'finance', password: DEMO_PASSWORD });
    expect(limited.body.error).toBe(ErrorCode.TOO_MANY_REQUESTS);
    t.clock.advance(61_000);
    expect(
      (await t.http().post('/api/v1/auth/login').send({ username: 'finance', password: DEMO_PASSWORD })).status,
    ).toBe(200);
  });
});
