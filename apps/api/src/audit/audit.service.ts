import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditLogQuery, AuditLogResponse, Page, PrincipalType } from '@steadywork/shared';
import { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { isStaff, Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { skipOf, toPage } from '../common/pagination';
import { RequestContext } from '../common/request-context';
import { likeEscape } from '../common/sql';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string | number | null;
  summary?: Record<string, unknown>;
  /** Defaults to the caller of the current request. */
  actor?: Principal | null;
  /** Name to record when there is no principal (e.g. a failed login's username). */
  actorName?: string;
}

/** The one mechanism that writes the append-only audit log. */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditLog) private readonly logs: Repository<AuditLog>,
    private readonly clock: Clock,
  ) {}

  /** Pass the transaction's manager so the entry commits (or not) with the change it records. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const ctx = RequestContext.current();
    const actor = entry.actor !== undefined ? entry.actor : (ctx?.principal ?? null);
    const row: Partial<AuditLog> = {
      actorType: actor ? actor.type : 'system',
      actorId: actor?.id ?? null,
      actorName: isStaff(actor) ? actor.username : actor ? `worker:${actor.id}` : (entry.actorName ?? null),
      actorRoles: isStaff(actor) ? actor.roles.join(',') : actor ? 'WORKER' : '',
      organizationId: isStaff(actor) ? actor.organizationId : null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined || entry.targetId === null ? null : String(entry.targetId),
      summary: entry.summary ?? null,
      ip: ctx?.ip ?? null,
      requestId: ctx?.requestId ?? null,
      createdAt: this.clock.now(),
    };
    await (manager ? manager.getRepository(AuditLog) : this.logs).insert(row as QueryDeepPartialEntity<AuditLog>);
  }

  async search(query: AuditLogQuery & { page: number; pageSize: number }): Promise<Page<AuditLogResponse>> {
    const qb = this.logs.createQueryBuilder('a');
    if (query.action) qb.andWhere("a.action LIKE :action ESCAPE '!'", { action: `${likeEscape(query.action)}%` });
    if (query.actorName) qb.andWhere('a.actor_name = :actorName', { actorName: query.actorName });
    if (query.targetType) qb.andWhere('a.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) qb.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    if (query.from) qb.andWhere('a.created_at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('a.created_at < :to', { to: new Date(query.to) });
    const [rows, total] = await qb.orderBy('a.id', 'DESC').skip(skipOf(query)).take(query.pageSize).getManyAndCount();
    return toPage(rows.map(toResponse), total, query);
  }
}

function toResponse(a: AuditLog): AuditLogResponse {
  return {
    id: a.id,
    actorType: a.actorType as PrincipalType | 'system',
    actorId: a.actorId,
    actorName: a.actorName,
    actorRoles: a.actorRoles ? a.actorRoles.split(',') : [],
    organizationId: a.organizationId,
    action: a.action,
    targetType: a.targetType,
    targetId: a.targetId,
    summary: a.summary,
    ip: a.ip,
    requestId: a.requestId,
    createdAt: a.createdAt.toISOString(),
  };
}
