import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import shipped from '../../calendar/cn-holidays.json';
import { col, ensureTable } from '../migration-helpers';

/**
 * Published dates of the State Council notices the shipped years come from: a deadline counted
 * before a year's calendar existed is shown as counted Monday to Friday.
 */
const NOTICE_DATES: Record<number, { notice: string; issuedOn: string }> = {
  2025: { notice: '国办发明电〔2024〕12号', issuedOn: '2024-11-12' },
  2026: { notice: '国务院办公厅关于2026年部分节假日安排的通知', issuedOn: '2025-11-04' },
};

/** The legal working calendar, one row per year, with 2025 and 2026 from the State Council's notices. */
export class HolidayCalendar1764400000000 implements MigrationInterface {
  name = 'HolidayCalendar1764400000000';

  /** Safe to run again after an interruption: creates only what is missing (docs/operations.md). */
  async up(queryRunner: QueryRunner): Promise<void> {
    await ensureTable(
      queryRunner,
      new Table({
        name: 'holiday_calendar',
        columns: [
          col.int('year', { isPrimary: true }),
          col.str('notice', 128),
          col.text('holidays'),
          col.text('workdays'),
          col.time('created_at'),
          col.time('updated_at'),
          col.int('updated_by', { isNullable: true }),
          col.str('updated_by_name', 64, { isNullable: true }),
        ],
      }),
    );
    for (const y of shipped.years) {
      const [{ n }] = await queryRunner.query('SELECT COUNT(*) AS n FROM holiday_calendar WHERE year = ?', [y.year]);
      if (Number(n) > 0) continue;
      const { notice, issuedOn } = NOTICE_DATES[y.year];
      // UTC, as the datetime columns keep it: midnight of the notice's day in Beijing.
      const at = new Date(`${issuedOn}T00:00:00+08:00`).toISOString().replace('T', ' ').replace('Z', '');
      await queryRunner.query(
        'INSERT INTO holiday_calendar (year, notice, holidays, workdays, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        [y.year, notice, JSON.stringify(y.holidays), JSON.stringify(y.workdays), at, at],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('holiday_calendar');
  }
}
