import { Role } from './roles';

/**
 * The legal working calendar (法定节假日 and 调休 working days), one year at a time, as the State
 * Council publishes it each year (usually in November). A year without one counts Monday to Friday.
 */
export const CALENDAR_ADMIN_ROLES: readonly Role[] = [Role.PROGRAM_ADMIN];

/** From this day of December (Asia/Shanghai) the console warns when next year has no calendar. */
export const CALENDAR_WARN_FROM = { month: 12, day: 1 } as const;

/** One holiday of the notice: its name and its days off, both ends included (YYYY-MM-DD). */
export interface HolidayRange {
  name: string;
  from: string;
  to: string;
}

/** PUT /calendars/:year — the whole year as the notice gives it. */
export interface HolidayCalendarRequest {
  /** The notice, e.g. 国办发明电〔2024〕12号. */
  notice?: string;
  holidays: HolidayRange[];
  /** Weekend days that are working days (调休上班), YYYY-MM-DD. */
  workdays: string[];
}

export interface HolidayCalendarResponse {
  year: number;
  notice: string;
  holidays: HolidayRange[];
  workdays: string[];
  updatedAt: string;
  /** Display name of who entered it last; null for the calendars shipped with the product. */
  updatedBy: string | null;
}

/** GET /calendars/status — what the console home warns about. */
export interface HolidayCalendarStatus {
  /** Today in Asia/Shanghai (the API's clock). */
  today: string;
  /** The years that have a calendar, ascending. */
  years: number[];
  nextYear: number;
  /** From 1 December when next year has no calendar yet. */
  nextYearMissing: boolean;
}
