import type { HolidayRange } from '@steadywork/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UtcTimeColumn } from '../database/columns';

/** One year's legal calendar: 法定节假日 (days off) and 调休 working weekend days. */
@Entity('holiday_calendar')
export class HolidayCalendar {
  @PrimaryColumn({ type: 'int' }) year!: number;
  /** The State Council notice it comes from. */
  @Column({ type: 'varchar', length: 128 }) notice!: string;
  @Column({ type: 'simple-json' }) holidays!: HolidayRange[];
  /** YYYY-MM-DD, ascending. */
  @Column({ type: 'simple-json' }) workdays!: string[];
  /** When the year was first entered: deadlines counted before it fell back to Monday–Friday. */
  @UtcTimeColumn('created_at') createdAt!: Date;
  @UtcTimeColumn('updated_at') updatedAt!: Date;
  /** Staff id; null for the years shipped with the product. */
  @Column({ name: 'updated_by', type: 'int', nullable: true }) updatedBy!: number | null;
  @Column({ name: 'updated_by_name', type: 'varchar', length: 64, nullable: true }) updatedByName!: string | null;
}
