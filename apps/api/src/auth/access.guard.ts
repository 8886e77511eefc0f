import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode, PrincipalType } from '@steadywork/shared';
import type { Request } from 'express';
import { DomainException } from '../common/domain.exception';
import { RequestContext } from '../common/request-context';
import { DataScope, DataScopeService } from '../scope/data-scope';
import { ACCESS_KEY, AccessRule, PASSWORD_CHANGE_KEY, PUBLIC_KEY } from './access.decorators';
import { PrincipalLoader } from './principal.loader';
import { TokenService } from './token.service';
import type { Principal } from './principal';

export interface AccessTokenPayload {
  sub: number;
  typ: PrincipalType;
  /** The sign-in (refresh-token family) the token belongs to, for the idle timeout. */
  sid?: string;
}

type GuardedRequest = Request & { principal?: Principal; dataScope?: DataScope };

/**
 * The global guard: verifies the access token, loads the caller fresh from the database (so a
 * disabled account or a role change takes effect at once), holds a staff member with an unchanged
 * initial or reset password to the change-password routes, checks the route's access rule and
 * resolves the staff member's data scope.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly loader: PrincipalLoader,
    private readonly scopes: DataScopeService,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const req = context.switchToHttp().getRequest<GuardedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const token = bearerToken(req);
    if (!token) {
      if (isPublic) return true;
      throw new DomainException(ErrorCode.UNAUTHENTICATED);
    }
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token);
    } catch {
      if (isPublic) return true;
      throw new DomainException(ErrorCode.TOKEN_INVALID);
    }
    try {
      await this.tokens.touch(payload.sid, payload.typ);
    } catch (err) {
      if (isPublic) return true;
      throw err;
    }
    const principal = await this.loader.load(payload.typ, Number(payload.sub));
    req.principal = principal;
    RequestContext.setPrincipal(principal);
    if (principal.type === PrincipalType.STAFF) req.dataScope = this.scopes.forStaff(principal);
    if (isPublic) return true;
    if (
      principal.type === PrincipalType.STAFF &&
      principal.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_KEY, targets)
    ) {
      throw new DomainException(ErrorCode.PASSWORD_CHANGE_REQUIRED);
    }

    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets);
    if (!rule) return true;
    if (rule.principal && rule.principal !== principal.type) {
      throw DomainException.forbidden(rule.principal === PrincipalType.STAFF ? '仅工作人员可访问' : '仅职工可访问');
    }
    if (rule.roles?.length && principal.type === PrincipalType.STAFF) {
      if (!rule.roles.some((r) => principal.roles.includes(r))) throw DomainException.forbidden();
    }
    return true;
  }
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const [scheme, value] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && value ? value : null;
}
