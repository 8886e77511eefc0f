import { Injectable } from '@nestjs/common';

/** The source of "now". Tests replace it to move time (lockouts, deadlines, overdue flags). */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Test helper: shifts every later `now()` by `ms`. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
