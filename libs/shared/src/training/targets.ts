import { localizedLabels } from '../i18n/labels';
/** The four figures of the 151 action's targets for a year (seed 000: 10, 5,000, 300, 100,000). */
export interface TrainingTargets {
  bases: number;
  completions: number;
  domesticServiceCompletions: number;
  onlineLearning: number;
}

export const TRAINING_TARGET_FIELDS = ['bases', 'completions', 'domesticServiceCompletions', 'onlineLearning'] as const;

export const TRAINING_TARGET_LABELS: Record<keyof TrainingTargets, string> = localizedLabels('TRAINING_TARGET_LABELS', {
  bases: '认定培训基地',
  completions: '培训结业',
  domesticServiceCompletions: '家政服务培训结业',
  onlineLearning: '网上学习',
});

/** A year's targets as the training admin sets them: the province's figures and optional city splits. */
export interface TrainingTargetsRequest extends TrainingTargets {
  /** City region code → that city's share; each figure summed over the cities may not exceed the province's. */
  citySplits?: Record<string, TrainingTargets> | null;
}

/** GET /training/targets/:year: the year's targets, or null when nobody has set them (目标未设置). */
export interface TrainingTargetsResponse {
  year: number;
  targets: (TrainingTargets & { citySplits: Record<string, TrainingTargets> }) | null;
  updatedAt: string | null;
  updatedByName: string | null;
}
