import { localized } from '@/i18n';
import tBo from './bo.json';
import tEn from './en.json';
import { t as zh } from './zh-CN';

/** Every string of the main package in the current language (sub-packages keep their own). */
export const t = localized({ 'zh-CN': zh, bo: tBo, en: tEn });
export type { Messages } from './zh-CN';
