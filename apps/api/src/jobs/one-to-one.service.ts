import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ArchiveStatus,
  CaseworkerAssignmentResponse,
  CaseworkerOption,
  EmploymentStatus,
  JOB_STAFF_ROLES,
  JobApplicationSource,
  JobApplicationStatus,
  MyPersonRow,
  Page,
  StaffStatus,
  WorkerTag,
} from '@steadywork/shared';
import { In, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage } from '../common/pagination';
import { likeEscape, toInt } from '../common/sql';
import { Organization } from '../organization/organization.entity';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { StaffUser } from '../staff/staff-user.entity';
import { Worker, WorkerTagRow } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { MyPeopleQueryDto } from './gig.dto';
import { JobApplication, JobCaseworker } from './jobs.entities';

/** Applications not settled yet: the worker still waits on them. */
const OPEN_STATUSES = [
  JobApplicationStatus.APPLIED,
  JobApplicationStatus.INVITED,
  JobApplicationStatus.ACCEPTED,
  JobApplicationStatus.INTERVIEWED,
];

/** Who may have a responsible staff member: hardship workers (tag or open archive) and the unemployed or laid off. */
const NEEDS_STATUSES = [EmploymentStatus.UNEMPLOYED, EmploymentStatus.LAID_OFF];

/**
 * One-to-one service (一对一服务, seed 002): each hardship or unemployed worker can have one union
 * staff member responsible for them. The one who assigns must see the worker; the one assigned
 * must be job staff whose organisation's region holds the worker and lies in the assigner's scope.
 * A reassignment names who had them before in the audit log. The responsible staff member's list
 * reads, per person, the last follow-up and the open applications and referrals, counted by the
 * database for the page shown.
 */
@Injectable()
export class OneToOneService {
  constructor(
    @InjectRepository(JobCaseworker) private readonly caseworkers: Repository<JobCaseworker>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    @InjectRepository(WorkerTagRow) private readonly tagRepo: Repository<WorkerTagRow>,
    @InjectRepository(JobApplication) private readonly applications: Repository<JobApplication>,
    @InjectRepository(StaffUser) private readonly staffRepo: Repository<StaffUser>,
    @InjectRepository(Organization) private readonly orgRepo: Repository<Organization>,
    private readonly workers: WorkersService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private async assertEligible(worker: Worker): Promise<void> {
    if (NEEDS_STATUSES.includes(worker.employmentStatus as EmploymentStatus)) return;
    if (worker.archiveStatus === ArchiveStatus.ACTIVE) return;
    const hardship = await this.tagRepo.findOneBy({ workerId: worker.id, tag: WorkerTag.HARDSHIP });
    if (hardship) return;
    throw DomainException.conflict('一对一服务面向困难职工和失业、下岗职工');
  }

  /** Job staff who can take the worker: active, their region holds the worker and is in the caller's scope. */
  async options(workerId: number, scope: DataScope): Promise<CaseworkerOption[]> {
    const worker = await this.workers.findInScope(workerId, scope);
    return (await this.candidates(worker, scope)).map(({ user, org }) => ({
      id: user.id,
      displayName: user.displayName,
      organizationName: org.name,
    }));
  }

  private async candidates(worker: Worker, scope: DataScope, only?: number) {
    const qb = this.staffRepo
      .createQueryBuilder('u')
      .innerJoin(Organization, 'o', 'o.id = u.organization_id')
      .where('u.status = :active', { active: StaffStatus.ACTIVE })
      .andWhere('EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = u.id AND r.role IN (:...roles))', {
        roles: JOB_STAFF_ROLES,
      });
    applyScope(qb, 'o.region_code', scope);
    if (only) qb.andWhere('u.id = :only', { only });
    const users = await qb.orderBy('u.id', 'ASC').limit(500).getMany();
    const orgs = await this.orgRepo.findBy({ id: In([0, ...users.map((u) => u.organizationId)]) });
    return users
      .map((user) => ({ user, org: orgs.find((o) => o.id === user.organizationId)! }))
      .filter(({ org }) => this.regions.isWithin(worker.regionCode, org.regionCode));
  }

  async assign(
    workerId: number,
    staffId: number,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<CaseworkerAssignmentResponse> {
    const worker = await this.workers.findInScope(workerId, scope);
    await this.assertEligible(worker);
    const [candidate] = await this.candidates(worker, scope, staffId);
    if (!candidate) {
      throw DomainException.validation([
        { field: 'staffId', message: '责任人须为管辖范围内、所辖地区包含该职工的就业服务工作人员' },
      ]);
    }
    const before = await this.caseworkers.findOneBy({ workerId });
    if (before?.staffId === staffId) return this.toAssignment(before, candidate.user);
    const now = this.clock.now();
    await this.caseworkers.manager.transaction(async (m) => {
      await m.getRepository(JobCaseworker).save({
        workerId,
        staffId,
        regionCode: worker.regionCode,
        assignedBy: staff.id,
        assignedAt: now,
      });
      await this.audit.record(
        {
          action: before ? 'job_caseworker.reassign' : 'job_caseworker.assign',
          targetType: 'worker',
          targetId: workerId,
          summary: { from: before?.staffId ?? null, to: staffId },
        },
        m,
      );
    });
    return this.toAssignment((await this.caseworkers.findOneBy({ workerId }))!, candidate.user);
  }

  private toAssignment(row: JobCaseworker, user: StaffUser): CaseworkerAssignmentResponse {
    return {
      workerId: row.workerId,
      staffId: row.staffId,
      staffName: user.displayName,
      assignedAt: row.assignedAt.toISOString(),
    };
  }

  /** The responsible staff member of a worker in scope, or 404 when none is assigned. */
  async of(workerId: number, scope: DataScope): Promise<CaseworkerAssignmentResponse> {
    await this.workers.findInScope(workerId, scope);
    const row = await this.caseworkers.findOneBy({ workerId });
    if (!row) throw DomainException.notFound('责任人');
    const user = await this.staffRepo.findOneByOrFail({ id: row.staffId });
    return this.toAssignment(row, user);
  }

  private mineQuery(
    query: MyPeopleQueryDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): SelectQueryBuilder<JobCaseworker> {
    const qb = this.caseworkers
      .createQueryBuilder('c')
      .innerJoin(Worker, 'w', 'w.id = c.worker_id')
      .where('c.staff_id = :me', { me: staff.id });
    applyScope(qb, 'w.region_code', scope);
    if (query.keyword?.trim())
      qb.andWhere("w.name LIKE :kw ESCAPE '!'", { kw: `%${likeEscape(query.keyword.trim())}%` });
    return qb;
  }

  /** My people: the longest without a follow-up first (never followed up before all). */
  async mine(query: MyPeopleQueryDto, staff: StaffPrincipal, scope: DataScope): Promise<Page<MyPersonRow>> {
    const total = await this.mineQuery(query, staff, scope).getCount();
    const rows = await this.mineQuery(query, staff, scope)
      .select('c.worker_id', 'worker_id')
      .addSelect('c.assigned_at', 'assigned_at')
      .addSelect('(CASE WHEN w.last_follow_up_at IS NULL THEN 0 ELSE 1 END)', 'followed')
      .addSelect('w.last_follow_up_at', 'last_follow_up_at')
      .addSelect(
        '(SELECT COUNT(*) FROM job_application a WHERE a.worker_id = c.worker_id AND a.status IN (:...openStatuses))',
        'open_applications',
      )
      .addSelect(
        '(SELECT COUNT(*) FROM job_application a2 WHERE a2.worker_id = c.worker_id AND a2.status IN (:...openStatuses) AND a2.source = :referred)',
        'open_referrals',
      )
      .setParameters({ openStatuses: OPEN_STATUSES, referred: JobApplicationSource.REFERRED })
      .orderBy('followed', 'ASC')
      .addOrderBy('w.last_follow_up_at', 'ASC')
      .addOrderBy('c.worker_id', 'ASC')
      .offset(skipOf(query))
      .limit(query.pageSize)
      .getRawMany<Record<string, unknown>>();
    const ids = rows.map((r) => toInt(r.worker_id));
    const [workers, tags, assignments] = await Promise.all([
      this.workerRepo.findBy({ id: In([0, ...ids]) }),
      this.tagRepo.findBy({ workerId: In([0, ...ids]) }),
      this.caseworkers.findBy({ workerId: In([0, ...ids]) }),
    ]);
    return toPage(
      rows.map((r) => {
        const id = toInt(r.worker_id);
        const w = workers.find((x) => x.id === id)!;
        return {
          workerId: id,
          name: w.name,
          idNumberMasked: w.idNumberMasked,
          phoneMasked: w.phoneMasked,
          regionCode: w.regionCode,
          regionName: this.regions.fullName(w.regionCode),
          employmentStatus: w.employmentStatus,
          tags: tags
            .filter((t) => t.workerId === id)
            .map((t) => t.tag as WorkerTag)
            .sort(),
          lastFollowUpAt: w.lastFollowUpAt ? w.lastFollowUpAt.toISOString() : null,
          openApplications: toInt(r.open_applications),
          openReferrals: toInt(r.open_referrals),
          assignedAt: assignments.find((a) => a.workerId === id)!.assignedAt.toISOString(),
        };
      }),
      total,
      query,
    );
  }
}
