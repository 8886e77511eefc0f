import type { CreateStaffUserRequest, Role, StaffUserResponse } from '@steadywork/shared';
import type { TestApp } from '../helpers/test-app';

let seq = 0;

export const STRONG_PASSWORD = 'Strong#Pass1';

/** Creates a staff account through the API as `sysadmin`, in the federation of `regionCode`. */
export async function createStaff(
  t: TestApp,
  opts: { regionCode: string; roles: Role[]; username?: string; password?: string },
): Promise<StaffUserResponse & { password: string }> {
  const orgs = await t
    .http()
    .get('/api/v1/organizations')
    .set('Authorization', await t.bearer('sysadmin'));
  const org = (orgs.body as { id: number; regionCode: string; type: string }[]).find(
    (o) => o.regionCode === opts.regionCode && o.type.endsWith('FEDERATION'),
  );
  if (!org) throw new Error(`no federation for ${opts.regionCode}`);
  const body: CreateStaffUserRequest = {
    username: opts.username ?? `user${process.pid}x${++seq}`,
    password: opts.password ?? STRONG_PASSWORD,
    displayName: '测试账号',
    organizationId: org.id,
    roles: opts.roles,
  };
  const res = await t
    .http()
    .post('/api/v1/admin/users')
    .set('Authorization', await t.bearer('sysadmin'))
    .send(body);
  if (res.status !== 201) throw new Error(`create staff: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...(res.body as StaffUserResponse), password: body.password };
}
