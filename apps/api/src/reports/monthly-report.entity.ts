import type {
  MonthlyReportAlertRow,
  MonthlyReportFigure,
  MonthlyReportHardship,
  MonthlyReportStatus,
} from '@steadywork/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/** What a report keeps of the month: the figures as computed from the records, and the alerts. */
export interface MonthlyReportSnapshot {
  figures: MonthlyReportFigure[];
  hardship: MonthlyReportHardship;
  alerts: MonthlyReportAlertRow[];
}

/** 月报: one per union (its region) and month; unique, so two instances preparing it make one. */
@Entity('monthly_report')
export class MonthlyReport {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) month!: number;
  @Column({ type: 'varchar', length: 12 }) status!: MonthlyReportStatus;
  @Column({ type: 'simple-json' }) snapshot!: MonthlyReportSnapshot;
  @Column({ type: 'text' }) problems!: string;
  @Column({ type: 'text' }) suggestions!: string;
  @UtcTimeColumn('computed_at') computedAt!: Date;
  @UtcTimeColumn('issued_at', true) issuedAt!: Date | null;
  @Column({ name: 'issued_by', type: 'int', nullable: true }) issuedBy!: number | null;
  @Column({ name: 'issued_by_name', type: 'varchar', length: 64, nullable: true }) issuedByName!: string | null;
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
}
