import type { HolidayCalendarRequest, HolidayCalendarResponse, HolidayCalendarStatus } from '@steadywork/shared';
import { request, type FieldErrorTarget } from '../../../services/request';

export function listCalendars(): Promise<HolidayCalendarResponse[]> {
  return request('/calendars');
}

/** Enters a year or replaces it as a whole. */
export function saveCalendar(
  year: number,
  body: HolidayCalendarRequest,
  form?: FieldErrorTarget,
): Promise<HolidayCalendarResponse> {
  return request(`/calendars/${year}`, { method: 'PUT', body, form });
}

/** The console home's notice; a failure shows nothing. */
export function calendarStatus(): Promise<HolidayCalendarStatus> {
  return request('/calendars/status', { silent: true });
}
