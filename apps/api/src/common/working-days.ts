import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import dayjs from 'dayjs';
import { Repository } from 'typeorm';
import { HolidayCalendar } from '../calendar/holiday-calendar.entity';
import { TZ } from './dates';

/** One year of the legal calendar, ready for lookups. */
export interface CalendarYear {
  /** Days off (法定节假日, with the weekend days the notice folds into them). */
  holidays: ReadonlySet<string>;
  /** Weekend days that are working days (调休上班). */
  workdays: ReadonlySet<string>;
  /** When the year was entered: a deadline counted before then counted it Monday to Friday. */
  enteredAt: Date;
}

/** The years that have a calendar. A year missing here counts Monday to Friday. */
export type WorkCalendar = ReadonlyMap<number, CalendarYear>;

export interface WorkingDaysEnd {
  /** 23:59:59.999 Asia/Shanghai of the last working day. */
  endsAt: Date;
  /** Years the count ran into without a calendar (counted Monday to Friday), ascending. */
  fallbackYears: number[];
}

/** A period of working days is never longer than this many calendar days (a guard against bad data). */
const MAX_SPAN_DAYS = 3660;

export function calendarYearOf(row: Pick<HolidayCalendar, 'holidays' | 'workdays' | 'createdAt'>): CalendarYear {
  const holidays = new Set<string>();
  for (const h of row.holidays) {
    for (let d = dayjs(h.from); d.format('YYYY-MM-DD') <= h.to; d = d.add(1, 'day'))
      holidays.add(d.format('YYYY-MM-DD'));
  }
  return { holidays, workdays: new Set(row.workdays), enteredAt: row.createdAt };
}

/** Whether a day (YYYY-MM-DD) is a working day; null when its year has no calendar. */
export function isWorkingDay(date: string, calendar: WorkCalendar): boolean | null {
  const year = calendar.get(Number(date.slice(0, 4)));
  if (!year) return null;
  if (year.workdays.has(date)) return true;
  return isWeekday(date) && !year.holidays.has(date);
}

function isWeekday(date: string): boolean {
  const dow = dayjs(date).day();
  return dow !== 0 && dow !== 6;
}

/**
 * The end of the n-th working day counted from `start`'s day (Asia/Shanghai), which itself counts
 * when it is a working day. Working days follow the legal calendar; in a year without one, Monday
 * to Friday, and the year is named in `fallbackYears`.
 */
export function endOfWorkingDays(start: Date, n: number, calendar: WorkCalendar): WorkingDaysEnd {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer, got ${n}`);
  let day = dayjs(start).tz(TZ).startOf('day');
  const fallback = new Set<number>();
  let counted = 0;
  for (let i = 0; i < MAX_SPAN_DAYS; i++) {
    const date = day.format('YYYY-MM-DD');
    let working = isWorkingDay(date, calendar);
    if (working === null) {
      fallback.add(day.year());
      working = isWeekday(date);
    }
    if (working) counted += 1;
    if (counted >= n) return { endsAt: day.endOf('day').toDate(), fallbackYears: [...fallback].sort((a, b) => a - b) };
    day = day.add(1, 'day');
  }
  throw new RangeError(`no ${n} working days within ${MAX_SPAN_DAYS} days of ${start.toISOString()}`);
}

/**
 * The years of a period (Asia/Shanghai) that had no calendar when its deadline was counted at
 * `countedAt`: still missing, or entered since. Their days were counted Monday to Friday.
 */
export function fallbackYearsOf(start: Date, end: Date, countedAt: Date, calendar: WorkCalendar): number[] {
  const out: number[] = [];
  const last = dayjs(end).tz(TZ).year();
  for (let y = dayjs(start).tz(TZ).year(); y <= last; y++) {
    const year = calendar.get(y);
    if (!year || year.enteredAt > countedAt) out.push(y);
  }
  return out;
}

/** How long a loaded calendar is trusted before it is read again (another instance may have edited it). */
const CACHE_MS = 5 * 60_000;

/**
 * Every "working day" of the product: the legal calendar (法定节假日 and 调休), loaded from the
 * database and cached; an edit through this instance drops the cache at once.
 */
@Injectable()
export class WorkingDays {
  private cached: { loadedAt: number; calendar: Promise<WorkCalendar> } | null = null;

  constructor(@InjectRepository(HolidayCalendar) private readonly years: Repository<HolidayCalendar>) {}

  calendar(): Promise<WorkCalendar> {
    const now = performance.now();
    if (!this.cached || now - this.cached.loadedAt > CACHE_MS) {
      const calendar = this.load();
      this.cached = { loadedAt: now, calendar };
      // A failed read is not kept: the next call reads again.
      calendar.catch(() => {
        if (this.cached?.calendar === calendar) this.cached = null;
      });
    }
    return this.cached.calendar;
  }

  /** After a year is entered or changed. */
  invalidate(): void {
    this.cached = null;
  }

  async endOf(start: Date, n: number): Promise<WorkingDaysEnd> {
    return endOfWorkingDays(start, n, await this.calendar());
  }

  async fallbackYears(start: Date, end: Date, countedAt: Date): Promise<number[]> {
    return fallbackYearsOf(start, end, countedAt, await this.calendar());
  }

  private async load(): Promise<WorkCalendar> {
    const rows = await this.years.find();
    return new Map(rows.map((row) => [row.year, calendarYearOf(row)]));
  }
}
