import { localized } from '@/i18n';
import workerTextBo from './bo.json';
import workerTextEn from './en.json';
import { workerText as zh } from './zh-CN';

export type { WorkerMessages } from './zh-CN';

/** Worker registration's strings, read in the current language. */
export const workerText = localized({ 'zh-CN': zh, bo: workerTextBo, en: workerTextEn });
