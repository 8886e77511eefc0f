import { ArchiveStatus, Education, EmploymentStatus, WorkerSource, WorkerTag } from '@steadywork/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One person, one record (实名制). ID and phone numbers are stored encrypted, with a keyed hash
 * for uniqueness and lookups and a masked copy for lists; the plaintext is never stored.
 */
@Entity('worker')
export class Worker {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ name: 'id_number_enc', type: 'varchar', length: 255 })
  idNumberEnc!: string;

  @Column({ name: 'id_number_hash', type: 'varchar', length: 64 })
  idNumberHash!: string;

  @Column({ name: 'id_number_masked', type: 'varchar', length: 18 })
  idNumberMasked!: string;

  @Column({ name: 'id_last4', type: 'varchar', length: 4 })
  idLast4!: string;

  @Column({ name: 'phone_enc', type: 'varchar', length: 255 })
  phoneEnc!: string;

  @Column({ name: 'phone_hash', type: 'varchar', length: 64 })
  phoneHash!: string;

  @Column({ name: 'phone_masked', type: 'varchar', length: 11 })
  phoneMasked!: string;

  /** YYYY-MM-DD, derived from the ID number. */
  @Column({ name: 'birth_date', type: 'varchar', length: 10 })
  birthDate!: string;

  @Column({ type: 'varchar', length: 1 })
  sex!: 'M' | 'F';

  /** County-level region. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  ethnicity!: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  employer!: string | null;

  /** The employer in the registry, when the stated employer is one (decision 14's link). */
  @Column({ name: 'employer_id', type: 'int', nullable: true })
  employerId!: number | null;

  @Column({ name: 'union_member', type: 'boolean', default: false })
  unionMember!: boolean;

  @Column({ name: 'employment_status', type: 'varchar', length: 16 })
  employmentStatus!: EmploymentStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  education!: Education | null;

  @Column({ type: 'simple-json' })
  skills!: string[];

  @Column({ name: 'employment_intention', type: 'varchar', length: 255, nullable: true })
  employmentIntention!: string | null;

  @Column({ name: 'training_needs', type: 'varchar', length: 255, nullable: true })
  trainingNeeds!: string | null;

  @Column({ name: 'archive_status', type: 'varchar', length: 8, default: ArchiveStatus.NONE })
  archiveStatus!: ArchiveStatus;

  /** The mini-program account that owns this record (claimed), if any. */
  @Column({ name: 'account_id', type: 'int', nullable: true })
  accountId!: number | null;

  @Column({ type: 'varchar', length: 8 })
  source!: WorkerSource;

  @Column({ name: 'consent_at', type: 'datetime', precision: 3, nullable: true })
  consentAt!: Date | null;

  @Column({ name: 'last_follow_up_at', type: 'datetime', precision: 3, nullable: true })
  lastFollowUpAt!: Date | null;

  @Column({ name: 'created_by', type: 'int', nullable: true })
  createdBy!: number | null;

  /**
   * 1 when the worker has a tag that puts them first in staff views (困难职工, 零就业家庭). Kept by
   * the database (triggers on worker_tag, migration 1765700000000); never written from here.
   */
  @Column({ name: 'match_priority', type: 'int', default: 0, insert: false, update: false, select: false })
  matchPriority!: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

@Entity('worker_tag')
export class WorkerTagRow {
  @PrimaryColumn({ name: 'worker_id', type: 'int' })
  workerId!: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  tag!: WorkerTag;
}
