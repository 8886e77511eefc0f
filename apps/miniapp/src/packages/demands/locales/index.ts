import { localized } from '@/i18n';
import demandsTextBo from './bo.json';
import demandsTextEn from './en.json';
import { demandsText as zh } from './zh-CN';

/** Workers' demands' strings, read in the current language. */
export const demandsText = localized({ 'zh-CN': zh, bo: demandsTextBo, en: demandsTextEn });
