import { localized } from '@/i18n';
import kitTextBo from './bo.json';
import kitTextEn from './en.json';
import { kitText as zh } from './zh-CN';

/** The kit's words in the current language. */
export const kitText = localized({ 'zh-CN': zh, bo: kitTextBo, en: kitTextEn });
