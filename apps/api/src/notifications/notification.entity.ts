import type { NotificationStatus } from '@steadywork/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What was sent to a worker — or would have been, without WeChat credentials. */
@Entity('notification_outbox')
export class NotificationOutbox {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'worker_id', type: 'int' }) workerId!: number;
  @Column({ type: 'varchar', length: 64, nullable: true }) openid!: string | null;
  @Column({ name: 'template_id', type: 'varchar', length: 64, nullable: true }) templateId!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) page!: string | null;
  @Column({ type: 'varchar', length: 64 }) title!: string;
  @Column({ type: 'varchar', length: 255 }) body!: string;
  @Column({ type: 'simple-json' }) data!: Record<string, { value: string }>;
  @Column({ type: 'varchar', length: 8 }) status!: NotificationStatus;
  @Column({ type: 'varchar', length: 255, nullable: true }) error!: string | null;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true }) sentAt!: Date | null;
  /** Sends tried so far (counted when a send claims the row). */
  @Column({ type: 'int', default: 0 }) attempts!: number;
  /** RETRY: not before this time. */
  @Column({ name: 'next_attempt_at', type: 'datetime', precision: 3, nullable: true }) nextAttemptAt!: Date | null;
  /** SENDING: the run sending it, and until when its claim holds (then it may be claimed again). */
  @Column({ name: 'claimed_by', type: 'varchar', length: 96, nullable: true }) claimedBy!: string | null;
  @Column({ name: 'claimed_until', type: 'datetime', precision: 3, nullable: true }) claimedUntil!: Date | null;
}
