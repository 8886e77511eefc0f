import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditLogQuery, AuditLogResponse, Page, PrincipalType, Role, ROLE_LABELS } from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { isStaff, Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { skipOf, toPage } from '../common/pagination';
import { RequestContext } from '../common/request-context';
import { likeEscape } from '../common/sql';
import { StaffUser } from '../staff/staff-user.entity';
import { Worker } from '../workers/worker.entity';
import { AuditLog } from './audit-log.entity';
import { auditChanges } from './audit-changes';

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
    @InjectRepository(StaffUser) private readonly staff: Repository<StaffUser>,
    @InjectRepository(Worker) private readonly workers: Repository<Worker>,
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

  /**
   * An audited change: records the fields that differ between `before` and `after` (two views of
   * the record), old and new value each, personal data masked, beside any other summary.
   */
  async recordChange(entry: AuditEntry & { before: object; after: object }, manager?: EntityManager): Promise<void> {
    const { before, after, ...rest } = entry;
    await this.record({ ...rest, summary: { ...rest.summary, ...auditChanges(before, after) } }, manager);
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
    const staffIds = [
      ...new Set(rows.filter((a) => a.actorType === PrincipalType.STAFF && a.actorId).map((a) => a.actorId!)),
    ];
    const names = new Map(
      staffIds.length
        ? (await this.staff.find({ select: { id: true, displayName: true }, where: { id: In(staffIds) } })).map((u) => [
            u.id,
            u.displayName,
          ])
        : [],
    );
    // a worker's mini-program account acting on the record it owns: the worker themselves
    const accountIds = [
      ...new Set(rows.filter((a) => a.actorType === PrincipalType.WORKER && a.actorId).map((a) => a.actorId!)),
    ];
    const own = new Set(
      accountIds.length
        ? (
            await this.workers.find({ select: { id: true, accountId: true }, where: { accountId: In(accountIds) } })
          ).map((w) => `${w.accountId}:${w.id}`)
        : [],
    );
    return toPage(
      rows.map((a) => toResponse(a, names, own)),
      total,
      query,
    );
  }
}

/**
 * Who did it, as a person reads it: a staff member by name and role, a worker as the worker
 * (themselves, on their own record), the system as such. `actorName` stays the account name that
 * the auditor searches by.
 */
function actorLabel(a: AuditLog, names: Map<number, string>, own: Set<string>): string {
  if (a.actorType === PrincipalType.STAFF) {
    const roles = (a.actorRoles ? a.actorRoles.split(',') : [])
      .map((r) => ROLE_LABELS[r as Role])
      .filter(Boolean)
      .join('、');
    const name = (a.actorId !== null && names.get(a.actorId)) || a.actorName || '工作人员';
    return roles ? `${name}（${roles}）` : name;
  }
  if (a.actorType === PrincipalType.WORKER) {
    return a.targetType === 'worker' && own.has(`${a.actorId}:${a.targetId}`) ? '职工本人（小程序）' : '职工（小程序）';
  }
  return a.actorName ?? '系统';
}

function toResponse(a: AuditLog, names: Map<number, string>, own: Set<string>): AuditLogResponse {
  return {
    id: a.id,
    actorType: a.actorType as PrincipalType | 'system',
    actorId: a.actorId,
    actorName: a.actorName,
    actorLabel: actorLabel(a, names, own),
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
