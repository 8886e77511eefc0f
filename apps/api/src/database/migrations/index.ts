import { Foundation1763900000000 } from './1763900000000-foundation';
import { Workers1764000000000 } from './1764000000000-workers';
import { Aid1764100000000 } from './1764100000000-aid';
import { Centers1764200000000 } from './1764200000000-centers';
import { Training1764300000000 } from './1764300000000-training';
import { HolidayCalendar1764400000000 } from './1764400000000-holiday-calendar';
import { FileLinksAndClaims1764500000000 } from './1764500000000-file-links-and-claims';
import { Jobs1764600000000 } from './1764600000000-jobs';
import { Demands1764700000000 } from './1764700000000-demands';
import { Layoffs1764800000000 } from './1764800000000-layoffs';
import { TrainingTargets1764900000000 } from './1764900000000-training-targets';
import { Warning1765000000000 } from './1765000000000-warning';
import { Scheduler1765100000000 } from './1765100000000-scheduler';
import { PasswordPolicy1765300000000 } from './1765300000000-password-policy';
import { MonthlyReport1765400000000 } from './1765400000000-monthly-report';
import { JobsEvents1765500000000 } from './1765500000000-jobs-events';
import { MatchingIndex1765700000000 } from './1765700000000-matching-index';
import { GigAndCaseworkers1765600000000 } from './1765600000000-gig-and-caseworkers';

/** Every migration, in order. A new migration is appended here. */
export const MIGRATIONS = [
  Foundation1763900000000,
  Workers1764000000000,
  Aid1764100000000,
  Centers1764200000000,
  Training1764300000000,
  HolidayCalendar1764400000000,
  FileLinksAndClaims1764500000000,
  Jobs1764600000000,
  Demands1764700000000,
  Layoffs1764800000000,
  TrainingTargets1764900000000,
  Warning1765000000000,
  Scheduler1765100000000,
  PasswordPolicy1765300000000,
  MonthlyReport1765400000000,
  JobsEvents1765500000000,
  GigAndCaseworkers1765600000000,
  MatchingIndex1765700000000,
];
