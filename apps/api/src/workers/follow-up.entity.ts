import { EmploymentStatus, FollowUpMethod } from '@steadywork/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 跟踪回访: at least monthly for registered unemployed and archived workers (seed 002). */
@Entity('follow_up')
export class FollowUp {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'worker_id', type: 'int' })
  workerId!: number;

  @Column({ type: 'varchar', length: 16 })
  method!: FollowUpMethod;

  @Column({ name: 'followed_at', type: 'datetime', precision: 3 })
  followedAt!: Date;

  @Column({ type: 'text' })
  notes!: string;

  @Column({ name: 'employment_status', type: 'varchar', length: 16 })
  employmentStatus!: EmploymentStatus;

  /** 家庭月人均收入 (fen) as found, when recorded: a fall flags 返困风险 after the archive closed. */
  @Column({ name: 'monthly_income_fen', type: 'int', nullable: true })
  monthlyIncomeFen!: number | null;

  @Column({ name: 'staff_id', type: 'int' })
  staffId!: number;

  @Column({ name: 'staff_name', type: 'varchar', length: 64 })
  staffName!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
