import type {
  AidApplicationStatus,
  AidAttachmentInput,
  AidAttachmentRequirement,
  AidEventType,
  AidType,
  MaterialsDetails,
  StartupDetails,
} from '@steadywork/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/** A programme year of one aid type: its amount, quota, window and rules are data (SPEC §4). */
@Entity('aid_program')
export class AidProgram {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'int' }) year!: number;
  @Column({ name: 'aid_type', type: 'varchar', length: 32 }) aidType!: AidType;
  @Column({ type: 'varchar', length: 128 }) name!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ name: 'amount_fen', type: 'int' }) amountFen!: number;
  @Column({ type: 'int' }) quota!: number;
  /** Places taken; only ever changed by conditional UPDATEs (never beyond quota). */
  @Column({ type: 'int', default: 0 }) awarded!: number;
  @Column({ name: 'apply_from', type: 'varchar', length: 10 }) applyFrom!: string;
  @Column({ name: 'apply_until', type: 'varchar', length: 10 }) applyUntil!: string;
  @Column({ name: 'required_attachments', type: 'simple-json' }) requiredAttachments!: AidAttachmentRequirement[];
  @Column({ name: 'outcome_target', type: 'int' }) outcomeTarget!: number;
  @Column({ name: 'one_per_year', type: 'boolean' }) onePerYear!: boolean;
  @Column({ name: 'min_age', type: 'int' }) minAge!: number;
  @Column({ name: 'max_age', type: 'int' }) maxAge!: number;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy!: number | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

/** A city's share of a programme's quota. */
@Entity('aid_program_region_quota')
export class AidRegionQuotaRow {
  @PrimaryColumn({ name: 'program_id', type: 'int' }) programId!: number;
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'int' }) quota!: number;
  @Column({ type: 'int', default: 0 }) awarded!: number;
}

@Entity('aid_publicity')
export class AidPublicity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'program_id', type: 'int' }) programId!: number;
  @UtcTimeColumn('starts_at') startsAt!: Date;
  @UtcTimeColumn('ends_at') endsAt!: Date;
  @UtcTimeColumn('closed_at', true) closedAt!: Date | null;
  @Column({ name: 'created_by', type: 'int' }) createdBy!: number;
  @UtcTimeColumn('created_at') createdAt!: Date;
}

@Entity('aid_application')
export class AidApplication {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'program_id', type: 'int' }) programId!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ type: 'int' }) year!: number;
  @Column({ name: 'aid_type', type: 'varchar', length: 32 }) aidType!: AidType;
  /** The applicant's county when they applied: the data scope of reviewers. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  /** Its city/prefecture: the share of a split quota it takes. */
  @Column({ name: 'city_code', type: 'varchar', length: 12 }) cityCode!: string;
  @Column({ type: 'varchar', length: 16 }) status!: AidApplicationStatus;
  @Column({ type: 'simple-json', nullable: true }) startup!: StartupDetails | null;
  @Column({ type: 'simple-json', nullable: true }) materials!: MaterialsDetails | null;
  @Column({ type: 'text', nullable: true }) statement!: string | null;
  @Column({ type: 'simple-json' }) attachments!: AidAttachmentInput[];
  @Column({ name: 'last_comment', type: 'varchar', length: 500, nullable: true }) lastComment!: string | null;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true }) idempotencyKey!: string | null;
  @Column({ name: 'open_key', type: 'varchar', length: 32, nullable: true }) openKey!: string | null;
  @Column({ name: 'award_key', type: 'varchar', length: 32, nullable: true }) awardKey!: string | null;
  @Column({ name: 'objection_pending', type: 'boolean', default: false }) objectionPending!: boolean;
  @Column({ name: 'publicity_id', type: 'int', nullable: true }) publicityId!: number | null;
  @UtcTimeColumn('submitted_at', true) submittedAt!: Date | null;
  @UtcTimeColumn('approved_at', true) approvedAt!: Date | null;
  @Column({ name: 'paid_amount_fen', type: 'int', nullable: true }) paidAmountFen!: number | null;
  @Column({ name: 'voucher_no', type: 'varchar', length: 64, nullable: true }) voucherNo!: string | null;
  @UtcTimeColumn('paid_at', true) paidAt!: Date | null;
  @Column({ name: 'paid_recorded_by', type: 'varchar', length: 64, nullable: true }) paidRecordedBy!: string | null;
  @UtcTimeColumn('paid_recorded_at', true) paidRecordedAt!: Date | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

/** An application's timeline: append-only (a trigger refuses UPDATE and DELETE). */
@Entity('aid_application_event')
export class AidApplicationEvent {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'application_id', type: 'int' }) applicationId!: number;
  @Column({ type: 'varchar', length: 24 }) type!: AidEventType;
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: AidApplicationStatus | null;
  @Column({ name: 'to_status', type: 'varchar', length: 16 }) toStatus!: AidApplicationStatus;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Column({ name: 'actor_type', type: 'varchar', length: 8 }) actorType!: 'staff' | 'worker' | 'system';
  @Column({ name: 'actor_id', type: 'int', nullable: true }) actorId!: number | null;
  @Column({ name: 'actor_name', type: 'varchar', length: 64, nullable: true }) actorName!: string | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
}
