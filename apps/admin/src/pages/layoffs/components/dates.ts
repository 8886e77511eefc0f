import { dayjs } from '../../../services/time';

/** A date picker's value as the API's YYYY-MM-DD. */
export const dateText = (v: string | dayjs.Dayjs | null | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : typeof v === 'string' ? v : v.format('YYYY-MM-DD');
