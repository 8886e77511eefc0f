import { SHARED_LABELS_EN } from '@steadywork/shared';
import type { Messages } from '../zh-CN';
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

/** The console in English, one file per module like the Chinese catalogue. */
export const en: Messages = {
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

/** Loaded with the catalogue: the shared enum labels in English. */
export { SHARED_LABELS_EN };
