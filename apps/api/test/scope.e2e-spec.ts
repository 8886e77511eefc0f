import { Role } from '@steadywork/shared';
import { createStaff } from './factories/staff.factory';
import { startTestApp, TestApp } from './helpers/test-app';

describe('data scope: the region subtree of the caller’s organisation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const orgRegions = async (username: string) => {
    const res = await t
      .http()
      .get('/api/v1/organizations')
      .set('Authorization', await t.bearer(username));
    expect(res.status).toBe(200);
    return (res.body as { regionCode: string }[]).map((o) => o.regionCode);
  };

  it('a county reviewer sees only its own county', async () => {
    const regions = await orgRegions('chengdong_reviewer');
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions)).toEqual(new Set(['630102']));
  });

  it('a city reviewer sees the city and its counties, nothing of another city', async () => {
    const regions = await orgRegions('xining_reviewer');
    expect(regions).toEqual(expect.arrayContaining(['630100', '630102', '630121']));
    expect(regions.every((c) => c.startsWith('6301'))).toBe(true);
    const haidong = await orgRegions('haidong_reviewer');
    expect(haidong.some((c) => c.startsWith('6301'))).toBe(false);
  });

  it('the province sees every city and county (8 prefectures)', async () => {
    const regions = await orgRegions('province_reviewer');
    const cities = ['630100', '630200', '632200', '632300', '632500', '632600', '632700', '632800'];
    expect(regions).toEqual(expect.arrayContaining(['630000', ...cities, '630106', '632301', '632857']));
  });

  describe('a county system admin', () => {
    let countyAdmin: string;
    let inCounty: number;
    let otherCounty: number;
    beforeAll(async () => {
      const admin = await createStaff(t, { regionCode: '630102', roles: [Role.SYSADMIN] });
      countyAdmin = `Bearer ${(await t.login(admin.username, admin.password)).accessToken}`;
      inCounty = (await createStaff(t, { regionCode: '630102', roles: [Role.REVIEWER] })).id;
      otherCounty = (await createStaff(t, { regionCode: '630202', roles: [Role.REVIEWER] })).id;
    });

    it('lists only accounts of its county', async () => {
      const res = await t.http().get('/api/v1/admin/users?pageSize=100').set('Authorization', countyAdmin);
      expect(res.status).toBe(200);
      const regions = new Set(
        res.body.items.map((u: { organization: { regionCode: string } }) => u.organization.regionCode),
      );
      expect([...regions].every((c) => c === '630102')).toBe(true);
      expect(res.body.items.map((u: { id: number }) => u.id)).toContain(inCounty);
      expect(res.body.items.map((u: { id: number }) => u.id)).not.toContain(otherCounty);
      expect(res.body.total).toBe(res.body.items.length);
    });

    it('gets 404 for another county’s account, to read or to change', async () => {
      const read = await t.http().get(`/api/v1/admin/users/${otherCounty}`).set('Authorization', countyAdmin);
      expect(read.status).toBe(404);
      const disable = await t
        .http()
        .post(`/api/v1/admin/users/${otherCounty}/disable`)
        .set('Authorization', countyAdmin);
      expect(disable.status).toBe(404);
      const still = await t
        .http()
        .get(`/api/v1/admin/users/${otherCounty}`)
        .set('Authorization', await t.bearer('sysadmin'));
      expect(still.body.status).toBe('ACTIVE');
    });

    it('cannot create an account in an organisation outside its county', async () => {
      const orgs = await t
        .http()
        .get('/api/v1/organizations')
        .set('Authorization', await t.bearer('sysadmin'));
      const haidong = orgs.body.find((o: { regionCode: string }) => o.regionCode === '630200');
      const res = await t.http().post('/api/v1/admin/users').set('Authorization', countyAdmin).send({
        username: 'sneaky_user',
        password: 'Strong#Pass1',
        displayName: '越权',
        organizationId: haidong.id,
      });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'organizationId', message: expect.stringContaining('管辖范围') }]);
    });
  });
});
