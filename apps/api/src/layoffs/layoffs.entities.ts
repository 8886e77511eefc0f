import type { LayoffEventType, LayoffStep, LayoffStepState, WorkerTag } from '@steadywork/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/** An economic layoff filing of one employer (its region is the employer's). */
@Entity('layoff_filing')
export class LayoffFiling {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'employer_id', type: 'int' }) employerId!: number;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ name: 'total_workforce', type: 'int' }) totalWorkforce!: number;
  @Column({ name: 'layoff_count', type: 'int' }) layoffCount!: number;
  @Column({ type: 'text' }) reasons!: string;
  @Column({ name: 'planned_date', type: 'varchar', length: 10 }) plannedDate!: string;
  @Column({ name: 'notice_date', type: 'varchar', length: 10 }) noticeDate!: string;
  @Column({ type: 'boolean' }) statutory!: boolean;
  @Column({ name: 'earliest_lawful_date', type: 'varchar', length: 10 }) earliestLawfulDate!: string;
  /** > 0: the notice was short of 30 days (flagged red, never silently passed). */
  @Column({ name: 'notice_short_days', type: 'int' }) noticeShortDays!: number;
  /** The step to record next; null once all four are done. */
  @Column({ name: 'next_step', type: 'varchar', length: 16, nullable: true }) nextStep!: LayoffStep | null;
  @Column({ name: 'worker_count', type: 'int' }) workerCount!: number;
  @Column({ name: 'settled_count', type: 'int' }) settledCount!: number;
  /** The planned date + 15 days: the file and insurance transfer is late after it. */
  @Column({ name: 'transfer_deadline', type: 'varchar', length: 10 }) transferDeadline!: string;
  @Column({ name: 'settled_on', type: 'varchar', length: 10, nullable: true }) settledOn!: string | null;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true }) idempotencyKey!: string | null;
  @Column({ name: 'filed_by', type: 'int' }) filedBy!: number;
  @Column({ name: 'filed_by_name', type: 'varchar', length: 64 }) filedByName!: string;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

@Entity('layoff_step')
export class LayoffStepRow {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'filing_id', type: 'int' }) filingId!: number;
  @Column({ type: 'varchar', length: 16 }) step!: LayoffStep;
  @Column({ type: 'varchar', length: 12 }) state!: LayoffStepState;
  @Column({ name: 'occurred_on', type: 'varchar', length: 10, nullable: true }) occurredOn!: string | null;
  @Column({ name: 'file_id', type: 'varchar', length: 64, nullable: true }) fileId!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) note!: string | null;
  @Column({ type: 'int', nullable: true }) present!: number | null;
  @Column({ name: 'votes_for', type: 'int', nullable: true }) votesFor!: number | null;
  @Column({ name: 'votes_against', type: 'int', nullable: true }) votesAgainst!: number | null;
  @Column({ name: 'return_reason', type: 'varchar', length: 255, nullable: true }) returnReason!: string | null;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64, nullable: true }) recordedBy!: string | null;
  @UtcTimeColumn('recorded_at', true) recordedAt!: Date | null;
}

@Entity('layoff_event')
export class LayoffEvent {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'filing_id', type: 'int' }) filingId!: number;
  @Column({ type: 'varchar', length: 24 }) type!: LayoffEventType;
  @Column({ type: 'varchar', length: 16, nullable: true }) step!: LayoffStep | null;
  @Column({ type: 'varchar', length: 500 }) detail!: string;
  @Column({ name: 'actor_name', type: 'varchar', length: 64, nullable: true }) actorName!: string | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
}

/** An affected worker of a filing (one per filing and worker) and their settlement. */
@Entity('layoff_worker')
export class LayoffWorker {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'filing_id', type: 'int' }) filingId!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'varchar', length: 32 }) tag!: WorkerTag;
  @Column({ name: 'compensation_owed_fen', type: 'int', nullable: true }) compensationOwedFen!: number | null;
  @Column({ name: 'compensation_paid_fen', type: 'int' }) compensationPaidFen!: number;
  @Column({ name: 'wage_arrears_fen', type: 'int' }) wageArrearsFen!: number;
  @Column({ name: 'unpaid_insurance_months', type: 'int' }) unpaidInsuranceMonths!: number;
  @Column({ name: 'certificate_issued_on', type: 'varchar', length: 10, nullable: true })
  certificateIssuedOn!: string | null;
  @Column({ name: 'transferred_on', type: 'varchar', length: 10, nullable: true }) transferredOn!: string | null;
  @Column({ type: 'boolean' }) settled!: boolean;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

export const LAYOFF_ENTITIES = [LayoffFiling, LayoffStepRow, LayoffEvent, LayoffWorker];
