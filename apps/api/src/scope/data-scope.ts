import { createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { StaffPrincipal } from '../auth/principal';
import { DomainException } from '../common/domain.exception';
import { RegionService } from '../region/region.service';

/**
 * Data scope (数据权限): a staff member sees only records in the region subtree of their
 * organisation. Every module filters list queries with `applyScope` and checks single
 * records with `assertInScope`, so a record outside the scope does not exist for the caller.
 */
export interface DataScope {
  /** True at the root of the tree (the province sees all). */
  all: boolean;
  rootRegionCode: string;
  regionCodes: string[];
}

@Injectable()
export class DataScopeService {
  constructor(private readonly regions: RegionService) {}

  forStaff(principal: StaffPrincipal): DataScope {
    const root = principal.regionCode;
    return { all: root === this.regions.rootCode(), rootRegionCode: root, regionCodes: this.regions.subtree(root) };
  }

  contains(scope: DataScope, regionCode: string | null | undefined): boolean {
    if (scope.all) return true;
    return !!regionCode && scope.regionCodes.includes(regionCode);
  }
}

let paramSeq = 0;

/** Restricts a query to the scope: `column` holds a region code. */
export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  scope: DataScope,
): SelectQueryBuilder<T> {
  if (scope.all) return qb;
  const param = `scope_${(paramSeq = (paramSeq + 1) % 1_000_000)}`;
  return qb.andWhere(`${column} IN (:...${param})`, { [param]: scope.regionCodes });
}

/** Throws 404 (not 403): outside the scope a record does not exist. */
export function assertInScope(scope: DataScope, regionCode: string | null | undefined, what = '记录'): void {
  if (scope.all) return;
  if (!regionCode || !scope.regionCodes.includes(regionCode)) throw DomainException.notFound(what);
}

/** The caller's data scope, resolved by the access guard. */
export const Scope = createParamDecorator((_: unknown, ctx: ExecutionContext): DataScope => {
  const req = ctx.switchToHttp().getRequest<{ dataScope?: DataScope }>();
  if (!req.dataScope) throw DomainException.forbidden('仅工作人员可访问');
  return req.dataScope;
});

/** The caller's data scope when staff, null for a worker (for routes both may call). */
export const OptionalScope = createParamDecorator((_: unknown, ctx: ExecutionContext): DataScope | null => {
  return ctx.switchToHttp().getRequest<{ dataScope?: DataScope }>().dataScope ?? null;
});
