import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

export enum WorkerClaimStatus {
  /** A code was sent (or the answer said so); waiting for it. */
  PENDING = 'PENDING',
  /** Too many wrong codes: no more tries until it expires. */
  LOCKED = 'LOCKED',
  /** Confirmed: the record was claimed or created. */
  DONE = 'DONE',
}

/**
 * A WeChat account's registration waiting for the SMS code (one per account). `workerId` is the
 * staff-registered record it would claim, null for a new record. Only the code's hash is kept,
 * and the form is encrypted.
 */
@Entity('worker_claim')
@Index('uq_worker_claim_account', ['accountId'], { unique: true })
@Index('idx_worker_claim_worker', ['workerId'])
export class WorkerClaim {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'account_id', type: 'int' }) accountId!: number;
  @Column({ name: 'worker_id', type: 'int', nullable: true }) workerId!: number | null;
  /**
   * The registration form as sent (JSON, encrypted like every ID and phone number), applied when
   * the code is confirmed; emptied then.
   */
  @Column({ name: 'profile', type: 'text' }) profileEnc!: string;
  @Column({ name: 'id_number_hash', type: 'varchar', length: 64 }) idNumberHash!: string;
  @Column({ name: 'code_hash', type: 'varchar', length: 64 }) codeHash!: string;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ type: 'int', default: 1 }) sends!: number;
  @Column({ type: 'varchar', length: 12 }) status!: WorkerClaimStatus;
  @UtcTimeColumn('sent_at') sentAt!: Date;
  @UtcTimeColumn('expires_at') expiresAt!: Date;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}
