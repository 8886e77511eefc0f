import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EmployeeOption, EnrolmentSource, NominationResponse, Page } from '@steadywork/shared';
import { In, Repository } from 'typeorm';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage, inBatches } from '../common/pagination';
import { Organization } from '../organization/organization.entity';
import { RegionService } from '../region/region.service';
import { StaffUser } from '../staff/staff-user.entity';
import { Employer } from '../jobs/jobs.entities';
import { Worker } from '../workers/worker.entity';
import { applyWorkerKeyword, workerKeywordCondition } from '../workers/worker-keyword';
import { EnrolmentsService } from './enrolments.service';
import { EmployeeQueryDto, NominationQueryDto } from './training.dto';
import { TrainingCompletion, TrainingCourse, TrainingEnrolment } from './training.entities';
import { TrainingCoursesService } from './training-courses.service';

/**
 * HR nominations (SPEC §6: 企业推荐职工参训). An HR officer sees the registered workers linked to
 * their company in the employer registry, nominates them to open courses (through the enrolment endpoint,
 * which checks the same rule), and follows what became of the company's nominations.
 */
@Injectable()
export class NominationsService {
  constructor(
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    @InjectRepository(TrainingEnrolment) private readonly enrolmentRepo: Repository<TrainingEnrolment>,
    @InjectRepository(TrainingCourse) private readonly courseRepo: Repository<TrainingCourse>,
    @InjectRepository(TrainingCompletion) private readonly completionRepo: Repository<TrainingCompletion>,
    @InjectRepository(StaffUser) private readonly staffUsers: Repository<StaffUser>,
    private readonly enrolments: EnrolmentsService,
    private readonly courses: TrainingCoursesService,
    private readonly regions: RegionService,
    private readonly clock: Clock,
  ) {}

  /** The company's registered employees (masked), by the 关键词 rule of every list of people. */
  async employees(staff: StaffPrincipal, query: EmployeeQueryDto): Promise<Page<EmployeeOption>> {
    const org = await this.companyOf(staff);
    // decision 14 on the registry: the employees are the workers linked to the company's employer
    const employer = await this.employers.findOneBy({ organizationId: org.id });
    const qb = this.workerRepo
      .createQueryBuilder('w')
      .where('w.employer_id = :employerId', { employerId: employer?.id ?? 0 });
    if (query.keyword?.trim()) {
      const c = workerKeywordCondition('w', query.keyword);
      qb.andWhere(c.sql, c.params);
    }
    const [rows, total] = await qb.orderBy('w.id', 'ASC').skip(skipOf(query)).take(query.pageSize).getManyAndCount();
    return toPage(
      rows.map((w) => ({
        workerId: w.id,
        name: w.name,
        idNumberMasked: w.idNumberMasked,
        phoneMasked: w.phoneMasked,
        regionName: this.regions.fullName(w.regionCode),
      })),
      total,
      query,
    );
  }

  /** The company's nominations (by any of its HR staff), newest first. */
  async list(staff: StaffPrincipal, query: NominationQueryDto): Promise<Page<NominationResponse>> {
    const org = await this.companyOf(staff);
    const [rows, total] = await this.query(org, query)
      .orderBy('e.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async *each(staff: StaffPrincipal, query: NominationQueryDto): AsyncGenerator<NominationResponse[]> {
    const org = await this.companyOf(staff);
    for await (const rows of inBatches(() => this.query(org, query), 'e')) yield await this.toResponses(rows);
  }

  private query(org: Organization, query: NominationQueryDto) {
    const qb = this.enrolmentRepo
      .createQueryBuilder('e')
      .where('e.source = :source', { source: EnrolmentSource.NOMINATED })
      .andWhere('e.created_by IN (SELECT s.id FROM staff_user s WHERE s.organization_id = :orgId)', { orgId: org.id });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.keyword?.trim()) applyWorkerKeyword(qb, 'e.worker_id', query.keyword);
    return qb;
  }

  private async toResponses(rows: TrainingEnrolment[]): Promise<NominationResponse[]> {
    if (!rows.length) return [];
    const [base, courses, completions, staff, lastEnds] = await Promise.all([
      this.enrolments.toResponses(rows),
      this.courseRepo.findBy({ id: In([...new Set(rows.map((r) => r.courseId))]) }),
      this.completionRepo.findBy({ enrolmentId: In(rows.map((r) => r.id)) }),
      this.staffUsers.findBy({ id: In([0, ...new Set(rows.map((r) => r.createdBy ?? 0))]) }),
      this.courses.lastEnds([...new Set(rows.map((r) => r.courseId))]),
    ]);
    const now = this.clock.now();
    return rows.map((e, i) => {
      const course = courses.find((c) => c.id === e.courseId)!;
      return {
        ...base[i],
        courseType: course.type,
        domesticService: !!course.domesticService,
        startsOn: course.startsOn,
        endsOn: course.endsOn,
        coursePhase: this.courses.phaseOf(course, lastEnds.get(course.id) ?? null, now),
        nominatedBy: staff.find((s) => s.id === e.createdBy)?.displayName ?? '',
        completionCode: completions.find((c) => c.enrolmentId === e.id)?.verificationCode ?? null,
      };
    });
  }

  /** The HR officer's company; an account without one has no employees to nominate. */
  private async companyOf(staff: StaffPrincipal): Promise<Organization> {
    const org = await this.orgs.findOneBy({ id: staff.organizationId });
    if (!org) throw DomainException.forbidden('账号未关联企业，不能推荐职工');
    return org;
  }
}
