import { EmploymentStatus } from '@steadywork/shared';
import { phoneNumber, workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';

interface Entry {
  action: string;
  targetId: string | null;
  summary: { before?: Record<string, unknown>; after?: Record<string, unknown> } | null;
}

describe('the audit log says what changed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function lastEntry(action: string, targetId: number): Promise<Entry> {
    const res = await t
      .http()
      .get(`/api/v1/audit-logs?action=${action}&targetType=worker&targetId=${targetId}`)
      .set('Authorization', await t.bearer('auditor'));
    expect(res.status).toBe(200);
    return res.body.items[0];
  }

  it('worker.update (staff) and worker.profile_update (the worker) both keep the changed fields, old and new, phone masked', async () => {
    const auth = await t.workerBearer('audit-trail-1');
    const profile = workerProfile({ name: '马兰', employmentStatus: EmploymentStatus.UNEMPLOYED });
    const reg = await t.register(auth, { ...profile, consent: true });
    expect(reg.status).toBe(200);
    const id: number = reg.body.id;

    // the worker edits their own record: a new phone and a new status
    const newPhone = phoneNumber();
    const { idNumber: _id, ...rest } = profile;
    const own = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .send({ ...rest, phone: newPhone, employmentStatus: EmploymentStatus.FLEXIBLE, consent: true });
    expect(own.status).toBe(200);
    const selfEdit = await lastEntry('worker.profile_update', id);
    expect(selfEdit.summary).toEqual({
      before: { phone: `${profile.phone.slice(0, 3)}****${profile.phone.slice(-4)}`, employmentStatus: 'UNEMPLOYED' },
      after: { phone: `${newPhone.slice(0, 3)}****${newPhone.slice(-4)}`, employmentStatus: 'FLEXIBLE' },
    });

    // staff correct the name and the skills; the fields sent unchanged are not listed
    const staff = await t
      .http()
      .patch(`/api/v1/workers/${id}`)
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send({ name: '马兰花', skills: ['焊工'], regionCode: '630102' });
    expect(staff.status).toBe(200);
    const staffEdit = await lastEntry('worker.update', id);
    expect(staffEdit.summary).toEqual({
      before: { name: '马兰', skills: ['家政服务'] },
      after: { name: '马兰花', skills: ['焊工'] },
    });

    // no full ID number or phone anywhere in the log
    const all = await t
      .http()
      .get(`/api/v1/audit-logs?targetType=worker&targetId=${id}&pageSize=100`)
      .set('Authorization', await t.bearer('auditor'));
    const text = JSON.stringify(all.body);
    for (const secret of [profile.idNumber, profile.phone, newPhone]) expect(text).not.toContain(secret);
  });

  it('a staff account’s edit keeps name and phone, old and new, the phone masked', async () => {
    const sysadmin = await t.bearer('sysadmin');
    const orgs = await t.http().get('/api/v1/organizations').set('Authorization', sysadmin);
    const created = await t.http().post('/api/v1/admin/users').set('Authorization', sysadmin).send({
      username: 'trail_user',
      password: 'Strong#Pass1',
      displayName: '旧名',
      phone: '13800001111',
      organizationId: orgs.body[0].id,
    });
    expect(created.status).toBe(201);
    const res = await t
      .http()
      .patch(`/api/v1/admin/users/${created.body.id}`)
      .set('Authorization', sysadmin)
      .send({ displayName: '新名', phone: '13900002222' });
    expect(res.status).toBe(200);
    const log = await t
      .http()
      .get(`/api/v1/audit-logs?action=staff.update&targetId=${created.body.id}`)
      .set('Authorization', await t.bearer('auditor'));
    expect(log.body.items[0].summary).toEqual({
      before: { displayName: '旧名', phone: '138****1111' },
      after: { displayName: '新名', phone: '139****2222' },
    });
  });
});
