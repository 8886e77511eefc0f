import { PrincipalType, Role } from '@steadywork/shared';

export interface StaffPrincipal {
  type: PrincipalType.STAFF;
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  organizationId: number;
  /** The region at the root of this staff member's data scope. */
  regionCode: string;
  /** An initial or reset password not yet changed: the guard lets only a few routes through. */
  mustChangePassword: boolean;
}

export interface WorkerPrincipal {
  type: PrincipalType.WORKER;
  id: number;
  openid: string;
}

export type Principal = StaffPrincipal | WorkerPrincipal;

export function isStaff(p: Principal | null | undefined): p is StaffPrincipal {
  return p?.type === PrincipalType.STAFF;
}
