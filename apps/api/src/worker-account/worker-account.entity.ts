import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A worker's WeChat identity (one per openid). The worker profile hangs off it. */
@Entity('worker_account')
export class WorkerAccount {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('uq_worker_account_openid', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  openid!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  unionid!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'ACTIVE' })
  status!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'last_login_at', type: 'datetime', precision: 3, nullable: true })
  lastLoginAt!: Date | null;
}
