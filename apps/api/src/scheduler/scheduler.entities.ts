import { ScheduledJobOutcome, ScheduledJobTrigger } from '@steadywork/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/** The lease of a named job: an instance runs it only while its conditional UPDATE holds this row. */
@Entity('scheduled_job')
export class ScheduledJob {
  @PrimaryColumn({ type: 'varchar', length: 64 }) name!: string;
  @UtcTimeColumn('locked_until', true) lockedUntil!: Date | null;
  @Column({ name: 'locked_by', type: 'varchar', length: 96, nullable: true }) lockedBy!: string | null;
}

/** One run of a job (kept 90 days by housekeeping). */
@Entity('scheduled_job_run')
export class ScheduledJobRun {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 64 }) job!: string;
  @Column({ name: 'trigger_kind', type: 'varchar', length: 16 }) trigger!: ScheduledJobTrigger;
  @Column({ type: 'varchar', length: 96 }) instance!: string;
  /** The programme admin who ran it by hand. */
  @Column({ name: 'triggered_by', type: 'int', nullable: true }) triggeredBy!: number | null;
  @UtcTimeColumn('started_at') startedAt!: Date;
  @UtcTimeColumn('finished_at', true) finishedAt!: Date | null;
  @Column({ type: 'varchar', length: 16 }) outcome!: ScheduledJobOutcome;
  @Column({ type: 'int', default: 0 }) items!: number;
  @Column({ type: 'varchar', length: 255, nullable: true }) detail!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) error!: string | null;
}
