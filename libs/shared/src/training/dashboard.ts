import { TrainingSessionStatus } from './courses';
import { TrainingTargets } from './targets';

// ---- the console home ----

export interface TrainingRegionFigures {
  regionCode: string;
  regionName: string;
  accreditedBases: number;
  completions: number;
  domesticServiceCompletions: number;
  onlineLearning: number;
}

export interface CourseAttendanceRate {
  courseId: number;
  title: string;
  /** Sessions started so far. */
  sessionsHeld: number;
  /** Marks expected (enrolled workers × the sessions that count for them). */
  expected: number;
  attended: number;
  /** attended / expected, percent rounded down; null before any session. */
  ratePercent: number | null;
}

export interface CourseToday {
  courseId: number;
  title: string;
  venue: string;
  sessionId: number;
  startsAt: string;
  endsAt: string;
  status: TrainingSessionStatus;
  enrolled: number;
}

export interface TrainingDashboard {
  year: number;
  /** The year's targets (a city-scoped caller's: the city's split when set); null: 目标未设置. */
  targets: TrainingTargets | null;
  accreditedBases: number;
  completions: number;
  domesticServiceCompletions: number;
  onlineLearning: number;
  /** One row per region one level below the caller's scope (cities for the province). */
  byRegion: TrainingRegionFigures[];
  attendanceByCourse: CourseAttendanceRate[];
  coursesToday: CourseToday[];
}
