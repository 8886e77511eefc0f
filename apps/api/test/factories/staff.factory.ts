import type { CreateStaffUserRequest, Role, StaffAccessRequest, StaffUserResponse } from '@steadywork/shared';
import type { TestApp } from '../helpers/test-app';

let seq = 0;

export const STRONG_PASSWORD = 'Strong#Pass1';
/** What the system admin sets at creation; the holder replaces it at the first login. */
export const INITIAL_PASSWORD = 'Initial#Pass0';

/**
 * A staff account made the way the product makes one (三权分立): `sysadmin` creates it in the
 * federation of `regionCode`, the holder replaces the initial password with `password` (default
 * STRONG_PASSWORD) at the first login, and `secadmin` assigns the roles. With
 * `mustChangePassword`, the account keeps `password` as its unchanged initial password.
 */
export async function createStaff(
  t: TestApp,
  opts: {
    regionCode: string;
    roles: Role[];
    username?: string;
    password?: string;
    mustChangePassword?: boolean;
    /** Another organisation than the federation of `regionCode` (e.g. a company, for HR). */
    organizationId?: number;
  },
): Promise<StaffUserResponse & { password: string }> {
  const orgs = await t
    .http()
    .get('/api/v1/organizations')
    .set('Authorization', await t.bearer('sysadmin'));
  const org = (orgs.body as { id: number; regionCode: string; type: string }[]).find((o) =>
    opts.organizationId
      ? o.id === opts.organizationId
      : o.regionCode === opts.regionCode && o.type.endsWith('FEDERATION'),
  );
  if (!org) throw new Error(`no federation for ${opts.regionCode}`);
  const password = opts.password ?? STRONG_PASSWORD;
  const body: CreateStaffUserRequest = {
    username: opts.username ?? `user${process.pid}x${++seq}`,
    password: opts.mustChangePassword ? password : INITIAL_PASSWORD,
    displayName: '测试账号',
    organizationId: org.id,
  };
  const created = await t
    .http()
    .post('/api/v1/admin/users')
    .set('Authorization', await t.bearer('sysadmin'))
    .send(body);
  if (created.status !== 201) throw new Error(`create staff: ${created.status} ${JSON.stringify(created.body)}`);
  const id = (created.body as StaffUserResponse).id;

  if (!opts.mustChangePassword) {
    const { accessToken } = await t.login(body.username, INITIAL_PASSWORD);
    const changed = await t
      .http()
      .post('/api/v1/auth/password')
      .set('Authorization', `Bearer ${accessToken}`)
      .send({ currentPassword: INITIAL_PASSWORD, newPassword: password });
    if (changed.status !== 204) throw new Error(`change password: ${changed.status} ${JSON.stringify(changed.body)}`);
  }

  const access: StaffAccessRequest = { roles: opts.roles, organizationId: org.id };
  const assigned = await t
    .http()
    .put(`/api/v1/admin/users/${id}/access`)
    .set('Authorization', await t.bearer('secadmin'))
    .send(access);
  if (assigned.status !== 200) throw new Error(`assign roles: ${assigned.status} ${JSON.stringify(assigned.body)}`);
  return { ...(assigned.body as StaffUserResponse), password };
}
