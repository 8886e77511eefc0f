import { ErrorCode } from '@steadywork/shared';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';

describe('staff account management', () => {
  let t: TestApp;
  let sysadmin: string;
  let orgId: number;
  beforeAll(async () => {
    t = await startTestApp();
    sysadmin = await t.bearer('sysadmin');
    const orgs = await t.http().get('/api/v1/organizations').set('Authorization', sysadmin);
    orgId = orgs.body.find((o: { regionCode: string }) => o.regionCode === '630103').id;
  });
  afterAll(() => t.close());

  const valid = (username: string) => ({
    username,
    password: 'Strong#Pass1',
    displayName: '城中区初审',
    phone: '13912345678',
    organizationId: orgId,
  });

  it('creates an account, masks its phone in lists, and pages the list', async () => {
    const res = await t
      .http()
      .post('/api/v1/admin/users')
      .set('Authorization', sysadmin)
      .send(valid('chengzhong_reviewer'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      username: 'chengzhong_reviewer',
      phoneMasked: '139****5678',
      status: 'ACTIVE',
      roles: [],
    });
    expect(JSON.stringify(res.body)).not.toContain('13912345678');
    expect(res.body).not.toHaveProperty('passwordHash');

    const page1 = await t.http().get('/api/v1/admin/users?page=1&pageSize=5').set('Authorization', sysadmin);
    const page2 = await t.http().get('/api/v1/admin/users?page=2&pageSize=5').set('Authorization', sysadmin);
    expect(page1.body.items).toHaveLength(5);
    expect(page1.body.total).toBeGreaterThanOrEqual(14);
    const ids1 = page1.body.items.map((u: { id: number }) => u.id);
    expect(page2.body.items.some((u: { id: number }) => ids1.includes(u.id))).toBe(false);

    const byRole = await t.http().get('/api/v1/admin/users?role=AUDITOR').set('Authorization', sysadmin);
    expect(byRole.body.items.map((u: { username: string }) => u.username)).toEqual(['auditor']);
  });

  it('answers a bad payload with 400 and a message for each bad field', async () => {
    const res = await t
      .http()
      .post('/api/v1/admin/users')
      .set('Authorization', sysadmin)
      .send({
        username: '1x',
        password: 'short',
        phone: '12345',
        organizationId: 'abc',
        roles: ['KING'],
        isRoot: true,
      });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: ErrorCode.VALIDATION_FAILED,
      message: expect.any(String),
    });
    const fields = res.body.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['username', 'displayName', 'phone', 'organizationId', 'isRoot']));
    expect(fields.some((f: string) => f.startsWith('roles'))).toBe(true);
    for (const d of res.body.details) expect(d.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('checks the password policy (8+ characters, 3 of 4 classes)', async () => {
    for (const password of ['Ab1!', 'alllowercase1', 'ALLUPPER!!!!']) {
      const res = await t
        .http()
        .post('/api/v1/admin/users')
        .set('Authorization', sysadmin)
        .send({ ...valid(`pw_${password.length}_${password[0]}`), password });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'password', message: expect.stringMatching(/密码/) }]);
    }
  });

  it('refuses a duplicate username with 409, and a double submission creates one account', async () => {
    const [a, b] = await Promise.all([
      t.http().post('/api/v1/admin/users').set('Authorization', sysadmin).send(valid('double_click')),
      t.http().post('/api/v1/admin/users').set('Authorization', sysadmin).send(valid('double_click')),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body).toMatchObject({
      error: ErrorCode.CONFLICT,
      details: [{ field: 'username', message: '用户名已存在' }],
    });
    const rows = await t.db.query("SELECT COUNT(*) AS n FROM staff_user WHERE username = 'double_click'");
    expect(Number(rows[0].n)).toBe(1);
  });

  it('exports the filtered account list to Excel, phones masked', async () => {
    const res = await t
      .http()
      .get('/api/v1/admin/users/export?role=REVIEWER')
      .set('Authorization', sysadmin)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const rows = await sheetRows(res.body);
    expect(rows[0].slice(0, 4)).toEqual(['用户名', '姓名', '手机号码', '所属组织']);
    const usernames = rows.slice(1).map((r) => r[0]);
    expect(usernames).toEqual(expect.arrayContaining(['xining_reviewer', 'chengdong_reviewer', 'haidong_reviewer']));
    expect(usernames).not.toContain('auditor');
    expect(JSON.stringify(rows)).not.toMatch(/1[3-9]\d{9}/);
  });

  it('only the system admin manages accounts', async () => {
    for (const username of ['auditor', 'province_reviewer', 'secadmin']) {
      const res = await t
        .http()
        .post('/api/v1/admin/users')
        .set('Authorization', await t.bearer(username))
        .send(valid(`by_${username}`));
      expect(res.status).toBe(403);
    }
    expect(
      (
        await t
          .http()
          .get('/api/v1/admin/users')
          .set('Authorization', await t.bearer('chengdong_reviewer'))
      ).status,
    ).toBe(403);
  });

  it('answers unknown routes and bad ids with 404/400 in the same shape', async () => {
    const unknown = await t.http().get('/api/v1/no/such/route').set('Authorization', sysadmin);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ statusCode: 404, error: ErrorCode.NOT_FOUND, message: expect.any(String) });
    const badId = await t.http().get('/api/v1/admin/users/abc').set('Authorization', sysadmin);
    expect(badId.status).toBe(400);
    expect(badId.body.details).toEqual([{ field: 'id', message: expect.any(String) }]);
    const badJson = await t
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username":');
    expect(badJson.status).toBe(400);
    expect(badJson.body).toMatchObject({ statusCode: 400, error: ErrorCode.BAD_REQUEST, message: expect.any(String) });
  });
});
