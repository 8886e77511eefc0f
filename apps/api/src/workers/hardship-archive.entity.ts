import { ArchiveEventType, ArchiveStatus, HardshipLevel } from '@steadywork/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface Household {
  members: number;
  /** 家庭月人均收入, fen. */
  monthlyIncomePerCapitaFen: number;
  zeroEmployment: boolean;
  lowIncome: boolean;
  disability: boolean;
}

/** 困难职工档案: one per worker; closing (脱困) and reopening (返困) keep the same record. */
@Entity('hardship_archive')
export class HardshipArchive {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'worker_id', type: 'int' })
  workerId!: number;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 8 })
  status!: ArchiveStatus;

  @Column({ type: 'varchar', length: 16 })
  level!: HardshipLevel;

  @Column({ type: 'simple-json' })
  household!: Household;

  @Column({ type: 'text' })
  cause!: string;

  @Column({ type: 'simple-json' })
  attachments!: string[];

  @Column({ name: 'opened_at', type: 'datetime', precision: 3 })
  openedAt!: Date;

  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'close_reason', type: 'varchar', length: 255, nullable: true })
  closeReason!: string | null;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

/** The archive's history (timeline): append-only. */
@Entity('archive_event')
export class ArchiveEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'archive_id', type: 'int' })
  archiveId!: number;

  @Column({ name: 'worker_id', type: 'int' })
  workerId!: number;

  @Column({ type: 'varchar', length: 16 })
  type!: ArchiveEventType;

  @Column({ type: 'simple-json' })
  snapshot!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 255, nullable: true })
  reason!: string | null;

  @Column({ name: 'actor_id', type: 'int', nullable: true })
  actorId!: number | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 64, nullable: true })
  actorName!: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
