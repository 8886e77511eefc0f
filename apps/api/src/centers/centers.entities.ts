import type { CenterKind, CenterService, DisputeType, ServiceOutcome, ServiceRequestStatus } from '@steadywork/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/** A support center or an outdoor-worker service station (SPEC §5). */
@Entity('center')
export class Center {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 128 }) name!: string;
  @Column({ type: 'varchar', length: 24 }) kind!: CenterKind;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'varchar', length: 255 }) address!: string;
  @Column({ type: 'double' }) latitude!: number;
  @Column({ type: 'double' }) longitude!: number;
  @Column({ name: 'opening_hours', type: 'varchar', length: 128 }) openingHours!: string;
  @Column({ type: 'varchar', length: 32 }) phone!: string;
  @Column({ type: 'simple-json' }) services!: CenterService[];
  @Column({ type: 'simple-json' }) photos!: string[];
  @Column({ name: 'organization_id', type: 'int', nullable: true }) organizationId!: number | null;
  @Column({ type: 'text' }) description!: string;
  /** The latest evaluation's stars (kept here so lists need no join). */
  @Column({ type: 'int', nullable: true }) stars!: number | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

@Entity('center_star_evaluation')
export class StarEvaluation {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'center_id', type: 'int' }) centerId!: number;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'simple-json' }) scores!: Record<string, number>;
  /** Weighted total × 10 (one decimal, kept as an integer). */
  @Column({ name: 'total_tenths', type: 'int' }) totalTenths!: number;
  @Column({ type: 'int' }) stars!: number;
  @Column({ name: 'evaluated_on', type: 'varchar', length: 10 }) evaluatedOn!: string;
  @Column({ name: 'evaluator_id', type: 'int' }) evaluatorId!: number;
  @Column({ name: 'evaluator_name', type: 'varchar', length: 64 }) evaluatorName!: string;
  @Column({ type: 'simple-json' }) evidence!: string[];
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
}

/** 基础建设经费补助 awarded to a center. */
@Entity('center_subsidy')
export class CenterSubsidy {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'center_id', type: 'int' }) centerId!: number;
  @Column({ type: 'int' }) year!: number;
  @Column({ name: 'amount_fen', type: 'int' }) amountFen!: number;
  @Column({ type: 'varchar', length: 255 }) purpose!: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy!: string;
  @UtcTimeColumn('created_at') createdAt!: Date;
}

@Entity('service_request')
export class ServiceRequest {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'center_id', type: 'int' }) centerId!: number;
  /** The center's region: the data scope of union staff. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ name: 'service_type', type: 'varchar', length: 24 }) serviceType!: CenterService;
  @Column({ type: 'text' }) description!: string;
  @UtcTimeColumn('preferred_time', true) preferredTime!: Date | null;
  @Column({ name: 'dispute_type', type: 'varchar', length: 16, nullable: true }) disputeType!: DisputeType | null;
  @Column({ type: 'simple-json' }) attachments!: string[];
  @Column({ type: 'varchar', length: 12 }) status!: ServiceRequestStatus;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true }) idempotencyKey!: string | null;
  @UtcTimeColumn('accept_due_at') acceptDueAt!: Date;
  @UtcTimeColumn('accepted_at', true) acceptedAt!: Date | null;
  @Column({ name: 'accepted_by', type: 'varchar', length: 64, nullable: true }) acceptedBy!: string | null;
  @UtcTimeColumn('closed_at', true) closedAt!: Date | null;
  @Column({ type: 'varchar', length: 24, nullable: true }) outcome!: ServiceOutcome | null;
  @Column({ type: 'text', nullable: true }) summary!: string | null;
  @Column({ type: 'int', nullable: true }) rating!: number | null;
  @Column({ name: 'rating_comment', type: 'varchar', length: 500, nullable: true }) ratingComment!: string | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

@Entity('service_record')
export class ServiceRecord {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'request_id', type: 'int' }) requestId!: number;
  @Column({ name: 'center_id', type: 'int' }) centerId!: number;
  @Column({ name: 'served_on', type: 'varchar', length: 10 }) servedOn!: string;
  @Column({ name: 'service_type', type: 'varchar', length: 24 }) serviceType!: CenterService;
  @Column({ type: 'text' }) notes!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) result!: string | null;
  @Column({ name: 'staff_id', type: 'int' }) staffId!: number;
  @Column({ name: 'staff_name', type: 'varchar', length: 64 }) staffName!: string;
  @UtcTimeColumn('created_at') createdAt!: Date;
}
