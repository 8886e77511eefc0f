import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export const TZ = 'Asia/Shanghai';

/** Today's date in Asia/Shanghai, YYYY-MM-DD. */
export function shanghaiDate(now: Date): string {
  return dayjs(now).tz(TZ).format('YYYY-MM-DD');
}

export function shanghaiYear(now: Date): number {
  return dayjs(now).tz(TZ).year();
}

/** Whole years from a birth date (YYYY-MM-DD) to a date (YYYY-MM-DD). */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** A date (YYYY-MM-DD, Asia/Shanghai) or an ISO time → Date. */
export function parseShanghai(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs.tz(value, TZ).toDate() : new Date(value);
}

export function isRealDate(value: string): boolean {
  const d = dayjs(value, 'YYYY-MM-DD');
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && d.isValid() && d.format('YYYY-MM-DD') === value;
}

export function yuan(fen: number): string {
  return `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
