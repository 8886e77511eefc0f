import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

/** Dates are stored in UTC and shown in Shanghai time, whatever the browser's zone. */
export const TIME_ZONE = 'Asia/Shanghai';

export function formatTime(iso: string | null | undefined, pattern = 'YYYY-MM-DD HH:mm'): string {
  return iso ? dayjs(iso).tz(TIME_ZONE).format(pattern) : '-';
}

export function isFuture(iso: string | null | undefined, now: Date = new Date()): boolean {
  return !!iso && new Date(iso).getTime() > now.getTime();
}

/**
 * A picked range of calendar days (YYYY-MM-DD, Shanghai) as the API's ISO instants:
 * `from` inclusive at the first day's midnight, `to` exclusive at the midnight after the last.
 */
export function dayRangeToInstants(start?: string, end?: string): { from?: string; to?: string } {
  return {
    from: start ? dayjs.tz(start, TIME_ZONE).startOf('day').toISOString() : undefined,
    to: end ? dayjs.tz(end, TIME_ZONE).startOf('day').add(1, 'day').toISOString() : undefined,
  };
}

export { dayjs };

/** The Shanghai wall-clock time now, as the date pickers hold it (YYYY-MM-DD HH:mm:ss). */
export function shanghaiNow(pattern = 'YYYY-MM-DD HH:mm:ss'): string {
  return dayjs().tz(TIME_ZONE).format(pattern);
}

/** A wall-clock time picked in the form (read as Shanghai time) as an ISO instant. */
export function shanghaiToInstant(wallTime: string): string {
  return dayjs.tz(wallTime, TIME_ZONE).toISOString();
}
