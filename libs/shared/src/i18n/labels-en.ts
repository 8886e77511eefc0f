import type { LabelTranslations } from './labels';

/** The shared enum labels in English, by label map name (see `localizedLabels`). */
export const SHARED_LABELS_EN: LabelTranslations = {};
