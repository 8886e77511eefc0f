import type { OutcomeSource, OutcomeType } from '@steadywork/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A verified employment outcome: counts once per worker per year toward the target (the "100"). */
@Entity('employment_outcome')
export class EmploymentOutcome {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'varchar', length: 16 }) type!: OutcomeType;
  @Column({ type: 'varchar', length: 16 }) source!: OutcomeSource;
  @Column({ type: 'varchar', length: 128, nullable: true }) employer!: string | null;
  @Column({ name: 'contract_start', type: 'varchar', length: 10, nullable: true }) contractStart!: string | null;
  @Column({ name: 'business_name', type: 'varchar', length: 128, nullable: true }) businessName!: string | null;
  @Column({ name: 'credit_code', type: 'varchar', length: 18, nullable: true }) creditCode!: string | null;
  @Column({ type: 'simple-json' }) evidence!: string[];
  @Column({ name: 'achieved_on', type: 'varchar', length: 10 }) achievedOn!: string;
  @Column({ name: 'application_id', type: 'int', nullable: true }) applicationId!: number | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'verified_by', type: 'int' }) verifiedBy!: number;
  @Column({ name: 'verified_by_name', type: 'varchar', length: 64 }) verifiedByName!: string;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
}
