import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ArchiveEventType,
  ArchiveStatus,
  EmploymentStatus,
  FOLLOW_UP_INTERVAL_DAYS,
  FollowUpResponse,
  OverdueFollowUpResponse,
  Page,
  RELAPSE_WATCH_MONTHS,
  WorkerTag,
} from '@steadywork/shared';
import { EntityManager, LessThan, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage } from '../common/pagination';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { FollowUpDto, OverdueQueryDto } from './dto/archive.dto';
import { FollowUp } from './follow-up.entity';
import { ArchiveEvent, HardshipArchive } from './hardship-archive.entity';
import { Worker } from './worker.entity';
import { WorkersService } from './workers.service';

const DAY = 86_400_000;

/** Not working: a follow-up finding one of these after a working status records a job loss. */
const JOBLESS: readonly EmploymentStatus[] = [EmploymentStatus.UNEMPLOYED, EmploymentStatus.LAID_OFF];

const yuanOf = (fen: number) => (fen / 100).toFixed(2);

/** 跟踪回访: registered unemployed and archived workers at least monthly (seed 002). */
@Injectable()
export class FollowUpService {
  constructor(
    @InjectRepository(FollowUp) private readonly followUps: Repository<FollowUp>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly workers: WorkersService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(workerId: number, dto: FollowUpDto, staff: StaffPrincipal, scope: DataScope): Promise<FollowUpResponse> {
    const worker = await this.workers.findInScope(workerId, scope);
    const followedAt = new Date(dto.followedAt);
    if (followedAt.getTime() > this.clock.now().getTime() + 60_000) {
      throw DomainException.validation([{ field: 'followedAt', message: '回访时间不能晚于现在' }]);
    }
    const id = await this.followUps.manager.transaction(async (m) => {
      await this.watchRelapse(m, worker, dto, followedAt, staff);
      const result = await m.getRepository(FollowUp).insert({
        workerId,
        method: dto.method,
        followedAt,
        notes: dto.notes,
        employmentStatus: dto.employmentStatus,
        monthlyIncomeFen: dto.monthlyIncomeFen ?? null,
        staffId: staff.id,
        staffName: staff.displayName,
        createdAt: this.clock.now(),
      });
      const latest = !worker.lastFollowUpAt || worker.lastFollowUpAt.getTime() < followedAt.getTime();
      await m
        .getRepository(Worker)
        .update(
          { id: workerId },
          latest
            ? { lastFollowUpAt: followedAt, employmentStatus: dto.employmentStatus, updatedAt: this.clock.now() }
            : { updatedAt: this.clock.now() },
        );
      await this.audit.record(
        {
          action: 'follow_up.record',
          targetType: 'worker',
          targetId: workerId,
          summary: { method: dto.method, employmentStatus: dto.employmentStatus },
        },
        m,
      );
      return Number(result.identifiers[0].id);
    });
    return toResponse(await this.followUps.findOneByOrFail({ id }));
  }

  /**
   * 返困监测: a worker whose hardship archive was closed (脱困) within the last 24 months is watched.
   * A follow-up that records a job loss (a working status before — the previous follow-up's, else
   * the worker's — and 失业/下岗 now) or a fall in the household's monthly income per head (below
   * the previous follow-up's figure, else the archive's) flags 返困风险: the tag, an entry in the
   * archive's timeline, the list GET /warning/relapse-risks. Reopening the archive clears it.
   */
  private async watchRelapse(
    m: EntityManager,
    worker: Worker,
    dto: FollowUpDto,
    followedAt: Date,
    staff: StaffPrincipal,
  ): Promise<void> {
    const archive = await m.getRepository(HardshipArchive).findOneBy({ workerId: worker.id });
    if (!archive || archive.status !== ArchiveStatus.CLOSED || !archive.closedAt) return;
    const since = this.clock.now();
    since.setUTCMonth(since.getUTCMonth() - RELAPSE_WATCH_MONTHS);
    if (archive.closedAt.getTime() < since.getTime()) return;
    const previous = await m.getRepository(FollowUp).find({
      where: { workerId: worker.id, followedAt: LessThan(followedAt) },
      order: { followedAt: 'DESC', id: 'DESC' },
      take: 50,
    });
    const reasons: string[] = [];
    const before = previous[0]?.employmentStatus ?? worker.employmentStatus;
    if (JOBLESS.includes(dto.employmentStatus) && !JOBLESS.includes(before)) {
      reasons.push(
        `回访记录失业（${dto.employmentStatus === EmploymentStatus.LAID_OFF ? '下岗' : '失业'}，此前为就业）`,
      );
    }
    if (dto.monthlyIncomeFen !== undefined) {
      const earlier =
        previous.find((f) => f.monthlyIncomeFen !== null)?.monthlyIncomeFen ??
        archive.household.monthlyIncomePerCapitaFen;
      if (dto.monthlyIncomeFen < earlier) {
        reasons.push(`家庭月人均收入由 ${yuanOf(earlier)} 元降至 ${yuanOf(dto.monthlyIncomeFen)} 元`);
      }
    }
    if (!reasons.length) return;
    const reason = `返困风险：${reasons.join('；')}`.slice(0, 255);
    await this.workers.setTag(m, worker.id, WorkerTag.RELAPSE_RISK, true);
    await m.getRepository(ArchiveEvent).insert({
      archiveId: archive.id,
      workerId: worker.id,
      type: ArchiveEventType.RELAPSE_RISK,
      snapshot: {},
      reason,
      actorId: staff.id,
      actorName: staff.displayName,
      createdAt: this.clock.now(),
    });
    await this.audit.record(
      { action: 'worker.relapse_risk', targetType: 'worker', targetId: worker.id, summary: { reason } },
      m,
    );
  }

  async list(workerId: number, scope: DataScope): Promise<FollowUpResponse[]> {
    await this.workers.findInScope(workerId, scope);
    const rows = await this.followUps.find({ where: { workerId }, order: { followedAt: 'DESC', id: 'DESC' } });
    return rows.map(toResponse);
  }

  /**
   * Workers who must be followed up (registered unemployed, with an active archive, or awarded 221
   * aid) and whose last follow-up — or registration, if none — is more than the interval ago, or
   * who were affected by an economic layoff after it (due at once). Most overdue first.
   */
  async overdue(query: OverdueQueryDto, scope: DataScope): Promise<Page<OverdueFollowUpResponse>> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - FOLLOW_UP_INTERVAL_DAYS * DAY);
    const qb = this.workerRepo
      .createQueryBuilder('w')
      .where(
        '(w.employment_status = :unemployed OR w.archive_status = :active OR EXISTS ' +
          '(SELECT 1 FROM worker_tag t WHERE t.worker_id = w.id AND t.tag = :aidTag))',
        { unemployed: EmploymentStatus.UNEMPLOYED, active: ArchiveStatus.ACTIVE, aidTag: WorkerTag.AID_RECIPIENT },
      )
      // …and whose last follow-up is a month old, or who were laid off (经济性裁员) since it: due at once
      .andWhere(
        '(COALESCE(w.last_follow_up_at, w.created_at) < :cutoff OR EXISTS (SELECT 1 FROM layoff_worker lw ' +
          'WHERE lw.worker_id = w.id AND (w.last_follow_up_at IS NULL OR w.last_follow_up_at < lw.created_at)))',
        { cutoff },
      );
    applyScope(qb, 'w.region_code', scope);
    if (query.regionCode) {
      qb.andWhere('w.region_code IN (:...overdueRegions)', {
        overdueRegions: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    const [rows, total] = await qb
      .orderBy('COALESCE(w.last_follow_up_at, w.created_at)', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    const responses = await this.workers.toResponses(rows);
    return toPage(
      rows.map((w, i) => {
        // a worker just laid off is due now, not a month after their registration
        const due = new Date(
          Math.min(now.getTime(), (w.lastFollowUpAt ?? w.createdAt).getTime() + FOLLOW_UP_INTERVAL_DAYS * DAY),
        );
        return {
          worker: responses[i],
          dueAt: due.toISOString(),
          daysOverdue: Math.floor((now.getTime() - due.getTime()) / DAY),
        };
      }),
      total,
      query,
    );
  }
}

function toResponse(f: FollowUp): FollowUpResponse {
  return {
    id: f.id,
    workerId: f.workerId,
    method: f.method,
    followedAt: f.followedAt.toISOString(),
    notes: f.notes,
    employmentStatus: f.employmentStatus,
    monthlyIncomeFen: f.monthlyIncomeFen ?? null,
    staffName: f.staffName,
    createdAt: f.createdAt.toISOString(),
  };
}
