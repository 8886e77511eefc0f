import type { JobEventKind, JobEventStatus } from '@steadywork/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/** A 对口援青 partner union (seeded by the migration; an employer may belong to one). */
@Entity('job_partner_union')
export class PartnerUnion {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 16 }) code!: string;
  @Column({ type: 'varchar', length: 64 }) name!: string;
  @Column({ type: 'varchar', length: 32 }) province!: string;
  @Column({ name: 'paired_region_code', type: 'varchar', length: 12 }) pairedRegionCode!: string;
  @Column({ name: 'sort_order', type: 'int' }) sortOrder!: number;
}

/** A recruitment event (招聘活动) organised by the union of `regionCode`. */
@Entity('job_event')
export class JobEvent {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 16 }) kind!: JobEventKind;
  @Column({ type: 'varchar', length: 64 }) title!: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ name: 'starts_on', type: 'varchar', length: 10 }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'varchar', length: 10 }) endsOn!: string;
  @Column({ type: 'boolean' }) online!: boolean;
  @Column({ type: 'varchar', length: 255, nullable: true }) venue!: string | null;
  @Column({ name: 'online_url', type: 'varchar', length: 255, nullable: true }) onlineUrl!: string | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  /** DRAFT or PUBLISHED (ENDED is read from the date). */
  @Column({ type: 'varchar', length: 12 }) status!: JobEventStatus;
  @Column({ name: 'created_by', type: 'int' }) createdBy!: number;
  @Column({ name: 'created_by_name', type: 'varchar', length: 64 }) createdByName!: string;
  @UtcTimeColumn('published_at', true) publishedAt!: Date | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

@Entity('job_event_employer')
export class JobEventEmployer {
  @PrimaryColumn({ name: 'event_id', type: 'int' }) eventId!: number;
  @PrimaryColumn({ name: 'employer_id', type: 'int' }) employerId!: number;
}

@Entity('job_event_posting')
export class JobEventPosting {
  @PrimaryColumn({ name: 'event_id', type: 'int' }) eventId!: number;
  @PrimaryColumn({ name: 'posting_id', type: 'int' }) postingId!: number;
}

/** A worker's sign-up for an event: unique per event and worker; staff record attendance and interviews. */
@Entity('job_event_signup')
export class JobEventSignup {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'event_id', type: 'int' }) eventId!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  /** The worker's county: staff see the sign-ups of their scope. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'boolean' }) attended!: boolean;
  @Column({ type: 'int' }) interviews!: number;
  @Column({ type: 'varchar', length: 255, nullable: true }) note!: string | null;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64, nullable: true }) recordedBy!: string | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

export const JOB_EVENT_ENTITIES = [PartnerUnion, JobEvent, JobEventEmployer, JobEventPosting, JobEventSignup];
