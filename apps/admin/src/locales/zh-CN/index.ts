import { aidMessages } from './aid';
import { appMessages } from './app';
import { authMessages } from './auth';
import { centersMessages } from './centers';
import { demandsMessages } from './demands';
import { homeMessages } from './home';
import { jobsMessages } from './jobs';
import { jobEventsMessages } from './jobs-events';
import { jobsGigMessages } from './jobs-gig';
import { layoffsMessages } from './layoffs';
import { outcomesMessages } from './outcomes';
import { systemMessages } from './system';
import { targetsMessages } from './targets';
import { trainingMessages } from './training';
import { warningMessages } from './warning';
import { workersMessages } from './workers';

/**
 * Every Chinese string of the console, one file per module merged here. English and Tibetan add a
 * catalogue of the same shape (`Messages`) beside this one.
 */
export const zhCN = {
  ...appMessages,
  ...authMessages,
  ...homeMessages,
  ...systemMessages,
  ...workersMessages,
  ...aidMessages,
  ...outcomesMessages,
  ...centersMessages,
  ...trainingMessages,
  ...jobsMessages,
  ...jobEventsMessages,
  ...jobsGigMessages,
  ...demandsMessages,
  ...layoffsMessages,
  ...warningMessages,
  ...targetsMessages,
};

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** The shape every language's catalogue must have. */
export type Messages = Catalogue<typeof zhCN>;
