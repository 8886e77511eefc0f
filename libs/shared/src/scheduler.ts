/** How a run of a scheduled job ended. RUNNING until it does (or its instance stopped mid-run). */
export enum ScheduledJobOutcome {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** What started a run: its schedule, or a programme admin from the console. */
export enum ScheduledJobTrigger {
  SCHEDULE = 'SCHEDULE',
  MANUAL = 'MANUAL',
}

export interface ScheduledJobRunResponse {
  id: number;
  job: string;
  trigger: ScheduledJobTrigger;
  /** The API instance that ran it (host:pid). */
  instance: string;
  startedAt: string;
  finishedAt: string | null;
  outcome: ScheduledJobOutcome;
  /** The items the run dealt with (notifications sent, rows removed, publicities listed…). */
  items: number;
  /** A short note on what was done (or listed for people to act on). */
  detail: string | null;
  error: string | null;
}

export interface ScheduledJobResponse {
  name: string;
  /** What it does, in Chinese. */
  title: string;
  /** Cron expression (seconds first), Asia/Shanghai. */
  schedule: string;
  /** The next time its schedule starts it; null when the schedule is off on this instance. */
  nextRunAt: string | null;
  /** An instance holds its lease now (a run is under way) until this time; null when free. */
  lockedUntil: string | null;
  lastRun: ScheduledJobRunResponse | null;
}
