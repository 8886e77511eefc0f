import type {
  Education,
  EmployerSize,
  GigJobStatus,
  GigPayKind,
  JobApplicationSource,
  JobApplicationStatus,
  JobPostingKind,
  JobPostingStatus,
} from '@steadywork/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/** An enterprise in the registry (统一社会信用代码 unique); its HR accounts belong to `organizationId`. */
@Entity('employer')
export class Employer {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 128 }) name!: string;
  @Column({ name: 'credit_code', type: 'varchar', length: 18 }) creditCode!: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'varchar', length: 64 }) industry!: string;
  @Column({ type: 'varchar', length: 8 }) size!: EmployerSize;
  @Column({ type: 'varchar', length: 255, nullable: true }) address!: string | null;
  @Column({ name: 'contact_phone', type: 'varchar', length: 32, nullable: true }) contactPhone!: string | null;
  @Column({ name: 'organization_id', type: 'int', nullable: true }) organizationId!: number | null;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy!: number | null;
  /** 对口援青: the partner union the employer belongs to. */
  @Column({ name: 'partner_union_id', type: 'int', nullable: true }) partnerUnionId!: number | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

/** The local minimum wage of a city/prefecture (an admin changes it when the province does). */
@Entity('job_min_wage')
export class MinWage {
  @PrimaryColumn({ name: 'city_code', type: 'varchar', length: 12 }) cityCode!: string;
  @Column({ name: 'monthly_fen', type: 'int' }) monthlyFen!: number;
  @Column({ name: 'hourly_fen', type: 'int' }) hourlyFen!: number;
  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true }) updatedBy!: string | null;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

@Entity('job_posting')
export class JobPosting {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'employer_id', type: 'int' }) employerId!: number;
  @Column({ type: 'varchar', length: 64 }) title!: string;
  @Column({ type: 'varchar', length: 64 }) occupation!: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'varchar', length: 255 }) address!: string;
  @Column({ type: 'double' }) latitude!: number;
  @Column({ type: 'double' }) longitude!: number;
  @Column({ type: 'int' }) headcount!: number;
  @Column({ name: 'wage_min_fen', type: 'int' }) wageMinFen!: number;
  @Column({ name: 'wage_max_fen', type: 'int' }) wageMaxFen!: number;
  @Column({ type: 'simple-json' }) skills!: string[];
  @Column({ type: 'varchar', length: 16, nullable: true }) education!: Education | null;
  @Column({ name: 'age_min', type: 'int', nullable: true }) ageMin!: number | null;
  @Column({ name: 'age_max', type: 'int', nullable: true }) ageMax!: number | null;
  @Column({ name: 'contact_name', type: 'varchar', length: 32 }) contactName!: string;
  @Column({ name: 'contact_phone', type: 'varchar', length: 32 }) contactPhone!: string;
  @Column({ type: 'text' }) description!: string;
  /** The last day (Asia/Shanghai) it is open; after it the posting reads as expired. */
  @Column({ name: 'valid_until', type: 'varchar', length: 10 }) validUntil!: string;
  @Column({ type: 'varchar', length: 12 }) status!: JobPostingStatus;
  /** MARKET, or PUBLIC_WELFARE (公益性岗位: staff publish and fill it). */
  @Column({ type: 'varchar', length: 16, default: 'MARKET' }) kind!: JobPostingKind;
  @Column({ name: 'return_reason', type: 'varchar', length: 255, nullable: true }) returnReason!: string | null;
  @Column({ name: 'reviewed_by', type: 'varchar', length: 64, nullable: true }) reviewedBy!: string | null;
  @UtcTimeColumn('reviewed_at', true) reviewedAt!: Date | null;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true }) idempotencyKey!: string | null;
  @Column({ name: 'created_by', type: 'int' }) createdBy!: number;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

/** One per worker and posting: the worker applied, or staff referred them (职业介绍). */
@Entity('job_application')
export class JobApplication {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'posting_id', type: 'int' }) postingId!: number;
  @Column({ name: 'employer_id', type: 'int' }) employerId!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  /** The worker's county: staff see the applications of their scope. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'varchar', length: 12 }) source!: JobApplicationSource;
  @Column({ type: 'varchar', length: 12 }) status!: JobApplicationStatus;
  @UtcTimeColumn('interview_at', true) interviewAt!: Date | null;
  @Column({ name: 'interview_place', type: 'varchar', length: 255, nullable: true }) interviewPlace!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) note!: string | null;
  @Column({ name: 'hired_on', type: 'varchar', length: 10, nullable: true }) hiredOn!: string | null;
  /** The start date the worker reported, for staff to confirm. */
  @Column({ name: 'reported_hired_on', type: 'varchar', length: 10, nullable: true }) reportedHiredOn!: string | null;
  @Column({ name: 'outcome_id', type: 'int', nullable: true }) outcomeId!: number | null;
  @Column({ name: 'referred_by', type: 'int', nullable: true }) referredBy!: number | null;
  @Column({ name: 'referred_by_name', type: 'varchar', length: 64, nullable: true }) referredByName!: string | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

/** A worker who agreed to receive job pushes (the mini-program's subscribe-message consent). */
@Entity('job_subscription')
export class JobSubscription {
  @PrimaryColumn({ name: 'worker_id', type: 'int' }) workerId!: number;
  @UtcTimeColumn('created_at') createdAt!: Date;
}

/** A posting pushed to a worker: unique per worker and posting, so never twice. */
@Entity('job_push')
export class JobPush {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'posting_id', type: 'int' }) postingId!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ name: 'outbox_id', type: 'int', nullable: true }) outboxId!: number | null;
  @Column({ type: 'int' }) score!: number;
  @Column({ name: 'pushed_by', type: 'int' }) pushedBy!: number;
  @UtcTimeColumn('created_at') createdAt!: Date;
}

export const JOB_ENTITIES = [Employer, MinWage, JobPosting, JobApplication, JobSubscription, JobPush];

/** A short job (零工): days or hours, paid by the day or piece; HR or union staff post it. */
@Entity('gig_job')
export class GigJob {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 64 }) title!: string;
  @Column({ type: 'simple-json' }) kinds!: string[];
  @Column({ name: 'starts_on', type: 'varchar', length: 10 }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'varchar', length: 10 }) endsOn!: string;
  @Column({ type: 'int' }) days!: number;
  @Column({ name: 'hours_per_day', type: 'int', nullable: true }) hoursPerDay!: number | null;
  @Column({ name: 'pay_kind', type: 'varchar', length: 8 }) payKind!: GigPayKind;
  @Column({ name: 'pay_fen', type: 'int' }) payFen!: number;
  @Column({ name: 'piece_unit', type: 'varchar', length: 16, nullable: true }) pieceUnit!: string | null;
  @Column({ type: 'int' }) headcount!: number;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'varchar', length: 255 }) address!: string;
  @Column({ type: 'double' }) latitude!: number;
  @Column({ type: 'double' }) longitude!: number;
  @Column({ name: 'contact_name', type: 'varchar', length: 32 }) contactName!: string;
  @Column({ name: 'contact_phone', type: 'varchar', length: 32 }) contactPhone!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) description!: string | null;
  @Column({ type: 'varchar', length: 8 }) status!: GigJobStatus;
  @Column({ name: 'employer_id', type: 'int', nullable: true }) employerId!: number | null;
  @Column({ name: 'created_by', type: 'int' }) createdBy!: number;
  @Column({ name: 'created_by_name', type: 'varchar', length: 64 }) createdByName!: string;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

/** A worker's 零工模式: available or not, the kinds of work and the county they look in. */
@Entity('gig_worker')
export class GigWorker {
  @PrimaryColumn({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ type: 'boolean', default: false }) available!: boolean;
  @Column({ type: 'simple-json' }) kinds!: string[];
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

/** The staff member responsible for a hardship or unemployed worker (一对一服务), one per worker. */
@Entity('job_caseworker')
export class JobCaseworker {
  @PrimaryColumn({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ name: 'staff_id', type: 'int' }) staffId!: number;
  /** The worker's county when assigned: the scope of who may read or reassign it. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ name: 'assigned_by', type: 'int' }) assignedBy!: number;
  @UtcTimeColumn('assigned_at') assignedAt!: Date;
}

export const GIG_ENTITIES = [GigJob, GigWorker, JobCaseworker];
