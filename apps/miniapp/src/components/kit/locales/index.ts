import { localized } from '@/i18n';
import { kitTextBo } from './bo';
import { kitTextEn } from './en';
import { kitText as zh } from './zh-CN';

/** The kit's words in the current language. */
export const kitText = localized({ 'zh-CN': zh, bo: kitTextBo, en: kitTextEn });
