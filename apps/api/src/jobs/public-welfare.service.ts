import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  EmploymentStatus,
  JobApplicationResponse,
  JobApplicationSource,
  JobApplicationStatus,
  JobPostingKind,
  JobPostingResponse,
  JobPostingStatus,
  PartnerUnionResponse,
  WorkerTag,
} from '@steadywork/shared';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { isRealDate, shanghaiDate } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation } from '../common/sql';
import { RegionService } from '../region/region.service';
import { DataScope } from '../scope/data-scope';
import { WorkerTagRow } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { ApplicationsService } from './applications.service';
import { PublicWelfareAssignDto, PublicWelfarePostDto } from './events.dto';
import { PartnerUnion } from './events.entities';
import { Employer, JobApplication, JobPosting } from './jobs.entities';
import { PostingsService } from './postings.service';

/** Tags of the people the market did not place: a public-welfare post may take them (seed 002 六). */
const PLACEABLE_TAGS: readonly WorkerTag[] = [
  WorkerTag.HARDSHIP,
  WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD,
  WorkerTag.LOW_INCOME_HOUSEHOLD,
  WorkerTag.DISABLED,
  WorkerTag.LAID_OFF,
  WorkerTag.EMPLOYMENT_DIFFICULTY,
];
const PLACEABLE_STATUSES: readonly EmploymentStatus[] = [EmploymentStatus.UNEMPLOYED, EmploymentStatus.LAID_OFF];

/**
 * 公益性岗位 (SPEC §7, seed 002): a posting kind union reviewers publish (open at once: they are
 * its reviewers) and fill by placing a worker the market did not place — never by a worker's own
 * application or HR. A placement is a hire: the existing outcome rule counts it once a year.
 * Also the 对口援青 partner unions (seeded data).
 */
@Injectable()
export class PublicWelfareService {
  constructor(
    @InjectRepository(JobPosting) private readonly postingRepo: Repository<JobPosting>,
    @InjectRepository(PartnerUnion) private readonly partners: Repository<PartnerUnion>,
    private readonly postings: PostingsService,
    private readonly applications: ApplicationsService,
    private readonly workers: WorkersService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async partnerUnions(): Promise<PartnerUnionResponse[]> {
    const rows = await this.partners.find({ order: { sortOrder: 'ASC', id: 'ASC' } });
    return rows.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      province: u.province,
      pairedRegionCode: u.pairedRegionCode,
      pairedRegionName: this.regions.nameOf(u.pairedRegionCode),
    }));
  }

  async create(dto: PublicWelfarePostDto, staff: StaffPrincipal, scope: DataScope): Promise<JobPostingResponse> {
    const errors = [];
    const employer = await this.postingRepo.manager.getRepository(Employer).findOneBy({ id: dto.employerId });
    if (!employer || !(scope.all || scope.regionCodes.includes(employer.regionCode)))
      errors.push({ field: 'employerId', message: '用人单位不存在或不在您的管辖范围内' });
    if (!scope.all && !scope.regionCodes.includes(dto.regionCode))
      errors.push({ field: 'regionCode', message: '工作地区不在您的管辖范围内' });
    if (errors.length) throw DomainException.validation(errors);
    await this.postings.checkRules(dto);
    const now = this.clock.now();
    const id = await this.postingRepo.manager.transaction(async (m) => {
      const r = await m.getRepository(JobPosting).insert({
        ...this.postings.columnsOf(dto),
        employerId: dto.employerId,
        kind: JobPostingKind.PUBLIC_WELFARE,
        // the union's own post: its reviewers publish it
        status: JobPostingStatus.OPEN,
        returnReason: null,
        reviewedBy: staff.displayName,
        reviewedAt: now,
        idempotencyKey: null,
        createdBy: staff.id,
        createdAt: now,
        updatedAt: now,
      });
      const postingId = Number(r.identifiers[0].id);
      await this.audit.record(
        {
          action: 'job_posting.public_welfare_create',
          targetType: 'job_posting',
          targetId: postingId,
          summary: { employerId: dto.employerId, title: dto.title },
        },
        m,
      );
      return postingId;
    });
    return this.postings.get(id, staff, scope);
  }

  /** Place a worker of the staff member's scope on the post: a hire at once, counted by the outcome rule. */
  async assign(
    postingId: number,
    dto: PublicWelfareAssignDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<JobApplicationResponse> {
    const posting = await this.postings.require(postingId, staff, scope);
    if (posting.kind !== JobPostingKind.PUBLIC_WELFARE)
      throw DomainException.conflict('不是公益性岗位：请走推荐 → 录用');
    if (this.postings.statusOf(posting) !== JobPostingStatus.OPEN) throw DomainException.conflict('岗位未在招聘中');
    const worker = await this.workers.findInScope(dto.workerId, scope);
    const errors = [];
    if (!isRealDate(dto.startsOn)) errors.push({ field: 'startsOn', message: '上岗日期不是有效日期' });
    else if (dto.startsOn > shanghaiDate(this.clock.now()))
      errors.push({ field: 'startsOn', message: '上岗日期不能晚于今天：请在上岗后登记' });
    const tags = (await this.postingRepo.manager.getRepository(WorkerTagRow).findBy({ workerId: worker.id })).map(
      (t) => t.tag,
    );
    if (worker.employmentStatus === EmploymentStatus.EMPLOYED)
      errors.push({
        field: 'workerId',
        message: `${worker.name}已就业：公益性岗位只托底安置通过市场渠道未能就业的人员`,
      });
    else if (!PLACEABLE_STATUSES.includes(worker.employmentStatus) && !tags.some((t) => PLACEABLE_TAGS.includes(t)))
      errors.push({
        field: 'workerId',
        message: `${worker.name}不属于托底安置对象：公益性岗位只安置登记失业、下岗、困难职工、零就业家庭、低保家庭、残疾或就业困难人员`,
      });
    if (errors.length) throw DomainException.validation(errors);
    const m0 = this.postingRepo.manager;
    if (await m0.getRepository(JobApplication).existsBy({ postingId, workerId: worker.id }))
      throw DomainException.conflict(`${worker.name}已安置在该岗位`);
    const now = this.clock.now();
    let id: number;
    try {
      id = await m0.transaction(async (m) => {
        // The post's row is written first: placements on one post queue on its lock, so the count
        // below is the last word and two staff placing at once never pass the headcount.
        await m.getRepository(JobPosting).update({ id: postingId }, { updatedAt: now });
        const placed = await m.getRepository(JobApplication).countBy({ postingId, status: JobApplicationStatus.HIRED });
        if (placed >= posting.headcount) throw DomainException.conflict(`岗位 ${posting.headcount} 个名额已满`);
        const r = await m.getRepository(JobApplication).insert({
          postingId,
          employerId: posting.employerId,
          workerId: worker.id,
          regionCode: worker.regionCode,
          source: JobApplicationSource.ASSIGNED,
          status: JobApplicationStatus.HIRED,
          interviewAt: null,
          interviewPlace: null,
          note: dto.note ?? null,
          hiredOn: dto.startsOn,
          reportedHiredOn: null,
          outcomeId: null,
          referredBy: staff.id,
          referredByName: staff.displayName,
          createdAt: now,
          updatedAt: now,
        });
        const applicationId = Number(r.identifiers[0].id);
        const created = await m.getRepository(JobApplication).findOneByOrFail({ id: applicationId });
        await this.applications.recordHire(m, created, dto.startsOn, staff);
        await this.audit.record(
          {
            action: 'job_application.public_welfare_assign',
            targetType: 'job_application',
            targetId: applicationId,
            summary: { postingId, workerId: worker.id, startsOn: dto.startsOn },
          },
          m,
        );
        return applicationId;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw DomainException.conflict(`${worker.name}已安置在该岗位`);
      throw err;
    }
    return this.applications.get(id, staff, scope);
  }
}
