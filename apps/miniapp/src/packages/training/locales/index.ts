import { localized } from '@/i18n';
import { trainingTextBo } from './bo';
import { trainingTextEn } from './en';
import { trainingText as zh } from './zh-CN';

/** The training pages' strings, read in the current language. */
export const trainingText = localized({ 'zh-CN': zh, bo: trainingTextBo, en: trainingTextEn });
