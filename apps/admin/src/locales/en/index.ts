import { SHARED_LABELS_EN } from '@steadywork/shared';
import type { Messages } from '../zh-CN';
import aidMessages from './aid.json';
import appMessages from './app.json';
import authMessages from './auth.json';
import centersMessages from './centers.json';
import demandsMessages from './demands.json';
import homeMessages from './home.json';
import jobsMessages from './jobs.json';
import jobEventsMessages from './jobs-events.json';
import jobsGigMessages from './jobs-gig.json';
import layoffsMessages from './layoffs.json';
import outcomesMessages from './outcomes.json';
import systemMessages from './system.json';
import targetsMessages from './targets.json';
import trainingMessages from './training.json';
import warningMessages from './warning.json';
import workersMessages from './workers.json';

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
