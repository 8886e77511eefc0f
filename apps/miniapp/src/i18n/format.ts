import type { Language } from '@steadywork/shared';
import { getLanguage } from './index';

/**
 * Dates and numbers as each language writes them. Written out by hand rather than with Intl: WeChat's
 * JavaScript engine on older phones has no Intl date formats, and none has Tibetan. Tibetan keeps
 * Arabic digits (as Tibetan newspapers and forms do) and says the year, month and day in words:
 * "2026 ལོའི་ཟླ་ 11 ཚེས་ 23".
 */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date "YYYY-MM-DD" in the language: 2026-11-23 · 2026 ལོའི་ཟླ་ 11 ཚེས་ 23 · 23 Nov 2026. */
export function formatCalendarDate(date: string, language: Language = getLanguage()): string {
  const match = DATE.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  switch (language) {
    case 'bo':
      return `${y} ལོའི་ཟླ་ ${Number(m)} ཚེས་ ${Number(d)}`;
    case 'en':
      return `${Number(d)} ${EN_MONTHS[Number(m) - 1]} ${y}`;
    case 'zh-CN':
      return date;
  }
}

/** A date and a wall-clock time "HH:mm" (24-hour in every language). */
export function formatCalendarDateTime(date: string, time: string, language: Language = getLanguage()): string {
  return `${formatCalendarDate(date, language)} ${time}`;
}

/** An integer or decimal with thousands separators (Arabic digits in every language): 12345.5 → "12,345.5". */
export function formatNumber(value: number, fractionDigits?: number): string {
  const fixed = fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Asia/Shanghai is UTC+8 all year (no DST since 1991): a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** An ISO instant's calendar date in Asia/Shanghai, in the language; a "YYYY-MM-DD" date as it is. */
export function formatDate(value: string, language: Language = getLanguage()): string {
  if (DATE.test(value)) return formatCalendarDate(value, language);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  return formatCalendarDate(new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10), language);
}
