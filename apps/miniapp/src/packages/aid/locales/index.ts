import { localized } from '@/i18n';
import aidTextBo from './bo.json';
import aidTextEn from './en.json';
import { aidText as zh } from './zh-CN';

/** The 221 aid pages' words in the current language (kept in the sub-package). */
export const aidText = localized({ 'zh-CN': zh, bo: aidTextBo, en: aidTextEn });
