import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PrincipalType, Role } from '@steadywork/shared';
import type { Principal, StaffPrincipal, WorkerPrincipal } from './principal';

export const PUBLIC_KEY = 'access:public';
export const ACCESS_KEY = 'access:rule';
export const PASSWORD_CHANGE_KEY = 'access:while-password-change-required';

export interface AccessRule {
  principal?: PrincipalType;
  /** Staff must hold at least one of these. */
  roles?: Role[];
}

/** No token needed. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The route answers a staff member who must still change an initial or reset password (every
 * other route answers 403 PASSWORD_CHANGE_REQUIRED until then).
 */
export const AllowedBeforePasswordChange = () => SetMetadata(PASSWORD_CHANGE_KEY, true);

/** Staff holding at least one of the roles. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { principal: PrincipalType.STAFF, roles } satisfies AccessRule),
    ApiForbiddenResponse({ description: `Requires one of: ${roles.join(', ')}` }),
    ApiUnauthorizedResponse(),
  );

/** Any staff member. */
export const StaffOnly = () => SetMetadata(ACCESS_KEY, { principal: PrincipalType.STAFF } satisfies AccessRule);

/** Workers (the mini-program) only. */
export const WorkerOnly = () => SetMetadata(ACCESS_KEY, { principal: PrincipalType.WORKER } satisfies AccessRule);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ principal: Principal }>().principal;
});

export const CurrentStaff = createParamDecorator((_: unknown, ctx: ExecutionContext): StaffPrincipal => {
  return ctx.switchToHttp().getRequest<{ principal: StaffPrincipal }>().principal;
});

export const CurrentWorker = createParamDecorator((_: unknown, ctx: ExecutionContext): WorkerPrincipal => {
  return ctx.switchToHttp().getRequest<{ principal: WorkerPrincipal }>().principal;
});
