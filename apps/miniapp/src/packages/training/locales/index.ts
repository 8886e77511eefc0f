import { localized } from '@/i18n';
import trainingTextBo from './bo.json';
import trainingTextEn from './en.json';
import { trainingText as zh } from './zh-CN';

/** The training pages' strings, read in the current language. */
export const trainingText = localized({ 'zh-CN': zh, bo: trainingTextBo, en: trainingTextEn });
