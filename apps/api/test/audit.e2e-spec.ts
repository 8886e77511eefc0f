import { ErrorCode, Role } from '@steadywork/shared';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('records logins, failures and account changes with actor, roles, organisation, IP and time', async () => {
    await t.http().post('/api/v1/auth/login').send({ username: 'finance', password: 'Wrong#Pass1' });
    const sysadmin = await t.bearer('sysadmin');
    const orgs = await t.http().get('/api/v1/organizations').set('Authorization', sysadmin);
    const created = await t.http().post('/api/v1/admin/users').set('Authorization', sysadmin).send({
      username: 'audited_user',
      password: 'Strong#Pass1',
      displayName: '被审计',
      organizationId: orgs.body[0].id,
    });
    await t.http().post(`/api/v1/admin/users/${created.body.id}/disable`).set('Authorization', sysadmin);

    const auditor = await t.bearer('auditor');
    const res = await t.http().get('/api/v1/audit-logs?pageSize=100').set('Authorization', auditor);
    expect(res.status).toBe(200);
    const actions = res.body.items.map((a: { action: string }) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['auth.login', 'auth.login_failed', 'staff.create', 'staff.disable']),
    );

    const create = res.body.items.find((a: { action: string }) => a.action === 'staff.create');
    expect(create).toMatchObject({
      actorType: 'staff',
      actorName: 'sysadmin',
      actorRoles: [Role.SYSADMIN],
      organizationId: expect.any(Number),
      targetType: 'staff_user',
      targetId: String(created.body.id),
      summary: { username: 'audited_user' },
      ip: expect.any(String),
      requestId: expect.any(String),
    });
    expect(new Date(create.createdAt).toString()).not.toBe('Invalid Date');
    expect(JSON.stringify(res.body)).not.toContain('Strong#Pass1');

    const failed = res.body.items.find((a: { action: string }) => a.action === 'auth.login_failed');
    expect(failed).toMatchObject({ actorType: 'system', actorName: 'finance', summary: { reason: 'wrong_password' } });
  });

  it('filters by action prefix and target, and pages', async () => {
    const auditor = await t.bearer('auditor');
    const res = await t.http().get('/api/v1/audit-logs?action=staff.&pageSize=1').set('Authorization', auditor);
    expect(res.body.pageSize).toBe(1);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.total).toBeGreaterThanOrEqual(2);
    expect(res.body.items[0].action).toMatch(/^staff\./);
    const bad = await t.http().get('/api/v1/audit-logs?from=yesterday').set('Authorization', auditor);
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('from');
  });

  it('exports the filtered log to Excel for the auditor only', async () => {
    const res = await t
      .http()
      .get('/api/v1/audit-logs/export?action=staff.')
      .set('Authorization', await t.bearer('auditor'))
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const rows = await sheetRows(res.body);
    expect(rows[0].slice(0, 5)).toEqual(['时间', '操作人', '账号', '角色代码', '操作']);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((r) => r[4].startsWith('staff.'))).toBe(true);
    // who, as a person reads it, beside the account the auditor searches by
    expect(rows.slice(1).some((r) => r[2] === 'sysadmin' && /^.+（系统管理员）$/.test(r[1]))).toBe(true);
    expect(
      (
        await t
          .http()
          .get('/api/v1/audit-logs/export')
          .set('Authorization', await t.bearer('sysadmin'))
      ).status,
    ).toBe(403);
  });

  it('is for the auditor alone: the system admin cannot read it', async () => {
    for (const username of ['sysadmin', 'secadmin', 'province_reviewer']) {
      const res = await t
        .http()
        .get('/api/v1/audit-logs')
        .set('Authorization', await t.bearer(username));
      expect(res.status).toBe(403);
      expect(res.body.error).toBe(ErrorCode.FORBIDDEN);
    }
  });

  it('the auditor cannot change anything', async () => {
    const auditor = await t.bearer('auditor');
    const attempts = [
      t.http().post('/api/v1/admin/users').set('Authorization', auditor).send({}),
      t.http().post('/api/v1/admin/users/1/disable').set('Authorization', auditor),
      t.http().patch('/api/v1/admin/users/1').set('Authorization', auditor).send({ displayName: 'x' }),
      t.http().put('/api/v1/security/policy').set('Authorization', auditor).send({}),
      t.http().post('/api/v1/admin/users/1/unlock').set('Authorization', auditor),
      t.http().post('/api/v1/admin/users/1/reset-password').set('Authorization', auditor),
      t.http().put('/api/v1/admin/users/1/access').set('Authorization', auditor).send({}),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(403);
  });

  it('is append-only in the database itself', async () => {
    await expect(t.db.query('UPDATE audit_log SET action = ?', ['tampered'])).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('records security policy changes by the security admin', async () => {
    const secadmin = await t.bearer('secadmin');
    const current = await t.http().get('/api/v1/security/policy').set('Authorization', secadmin);
    expect(current.body).toEqual({
      maxFailedLogins: 5,
      lockoutMinutes: 15,
      passwordMinLength: 8,
      accessTokenMinutes: 15,
      refreshTokenDays: 7,
      checkInCodeTries: 10,
      checkInCodeTriesPerSession: 500,
      uploadsPerHour: 120,
      exportsPerHour: 60,
      eligibilityChecksPerMinute: 30,
      passwordMaxAgeDays: 90,
      passwordHistory: 5,
      idleTimeoutMinutes: 30,
    });
    const bad = await t
      .http()
      .put('/api/v1/security/policy')
      .set('Authorization', secadmin)
      .send({ ...current.body, maxFailedLogins: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('maxFailedLogins');
    const ok = await t
      .http()
      .put('/api/v1/security/policy')
      .set('Authorization', secadmin)
      .send({ ...current.body, lockoutMinutes: 30 });
    expect(ok.body.lockoutMinutes).toBe(30);
    expect(
      (
        await t
          .http()
          .put('/api/v1/security/policy')
          .set('Authorization', await t.bearer('sysadmin'))
          .send(current.body)
      ).status,
    ).toBe(403);
    const log = await t
      .http()
      .get('/api/v1/audit-logs?action=security.')
      .set('Authorization', await t.bearer('auditor'));
    expect(log.body.items[0]).toMatchObject({
      action: 'security.policy_update',
      actorName: 'secadmin',
      summary: { after: { lockoutMinutes: 30 } },
    });
  });
});
