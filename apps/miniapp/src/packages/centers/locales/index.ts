import { localized } from '@/i18n';
import centersTextBo from './bo.json';
import centersTextEn from './en.json';
import { centersText as zh } from './zh-CN';

export type { CentersMessages } from './zh-CN';

/** The support-center pages' strings, read in the current language. */
export const centersText = localized({ 'zh-CN': zh, bo: centersTextBo, en: centersTextEn });
