import type { LabelTranslations } from './labels';

/** The shared label maps in Tibetan, by map name (placeholder until the catalogue is written). */
export const SHARED_LABELS_BO: LabelTranslations = {};
