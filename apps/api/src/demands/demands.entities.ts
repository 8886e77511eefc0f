import type { DemandAction, DemandCategory, DemandSource, DemandStatus } from '@steadywork/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/** A worker's demand (职工诉求, 12351): handled by the union of `regionCode`. */
@Entity('demand')
export class Demand {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 12 }) source!: DemandSource;
  @Column({ type: 'varchar', length: 24 }) category!: DemandCategory;
  @Column({ type: 'varchar', length: 12 }) status!: DemandStatus;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ name: 'employer_id', type: 'int', nullable: true }) employerId!: number | null;
  @Column({ name: 'employer_name', type: 'varchar', length: 128 }) employerName!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'simple-json' }) attachments!: string[];
  /** The union handling it (the worker's county at first): the data scope. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @UtcTimeColumn('due_at') dueAt!: Date;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true }) idempotencyKey!: string | null;
  @Column({ name: 'legal_aid_request_id', type: 'int', nullable: true }) legalAidRequestId!: number | null;
  @Column({ type: 'text', nullable: true }) result!: string | null;
  @UtcTimeColumn('closed_at', true) closedAt!: Date | null;
  @Column({ type: 'int', nullable: true }) rating!: number | null;
  @Column({ name: 'rating_comment', type: 'varchar', length: 500, nullable: true }) ratingComment!: string | null;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy!: number | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}

/** The timeline of a demand: who did what, when. */
@Entity('demand_event')
export class DemandEvent {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'demand_id', type: 'int' }) demandId!: number;
  @Column({ type: 'varchar', length: 16 }) action!: DemandAction;
  @Column({ name: 'actor_type', type: 'varchar', length: 8 }) actorType!: 'staff' | 'worker';
  @Column({ name: 'actor_id', type: 'int' }) actorId!: number;
  @Column({ name: 'actor_name', type: 'varchar', length: 64 }) actorName!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
}
