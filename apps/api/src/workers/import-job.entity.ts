import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ImportJobStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export interface ImportRowError {
  /** The sheet's row number (the header is row 1). */
  row: number;
  field?: string;
  message: string;
}

/** A spreadsheet import, processed in the background; its progress is read by polling. */
@Entity('import_job')
export class ImportJob {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ImportJobStatus;

  @Column({ type: 'int', default: 0 })
  total!: number;

  @Column({ type: 'int', default: 0 })
  processed!: number;

  @Column({ type: 'int', default: 0 })
  created!: number;

  @Column({ type: 'int', default: 0 })
  updated!: number;

  @Column({ type: 'int', default: 0 })
  failed!: number;

  @Column({ type: 'simple-json' })
  errors!: ImportRowError[];

  @Column({ name: 'staff_id', type: 'int' })
  staffId!: number;

  /** The importing staff member's scope root: rows outside it are refused. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true })
  finishedAt!: Date | null;
}
