import { localized } from '@/i18n';
import jobsTextBo from './bo.json';
import jobsTextEn from './en.json';
import eventsTextBo from './events-bo.json';
import eventsTextEn from './events-en.json';
import { eventsText as eventsZh } from './events-zh-CN';
import gigTextBo from './gig-bo.json';
import gigTextEn from './gig-en.json';
import { gigText as gigZh } from './gig-zh-CN';
import { jobsText as zh } from './zh-CN';

export { fillTemplate } from './zh-CN';

/** The jobs pages' strings, read in the current language. */
export const jobsText = localized({ 'zh-CN': zh, bo: jobsTextBo, en: jobsTextEn });
/** Recruitment events and the marks on postings, read in the current language. */
export const eventsText = localized({ 'zh-CN': eventsZh, bo: eventsTextBo, en: eventsTextEn });
/** Gig work and the worker-reported hire, read in the current language. */
export const gigText = localized({ 'zh-CN': gigZh, bo: gigTextBo, en: gigTextEn });
