import { Injectable } from '@nestjs/common';

/**
 * The source of "now" for every date the product reasons about (deadlines, windows, years, "today"
 * in Asia/Shanghai). It runs at the wall clock's pace, shifted by an offset that development and
 * test runs may set (`CLOCK_OFFSET_MS`, or `set()` in a test), so that a test picks the instant it
 * runs at: across Shanghai midnight, New Year, a deadline. (The 15-minute access tokens alone are
 * timed by jsonwebtoken on the wall clock: their lifetime is elapsed time, not a calendar matter.)
 */
@Injectable()
export class Clock {
  constructor(private offsetMs = 0) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Test helper: later `now()` calls run on from `instant`. */
  set(instant: Date | string): void {
    const at = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
    if (Number.isNaN(at)) throw new Error(`Clock.set: not an instant: ${String(instant)}`);
    this.offsetMs = at - Date.now();
  }

  /** Test helper: shifts every later `now()` by `ms`. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
