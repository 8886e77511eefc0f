import { localized } from '@/i18n';
import { jobsTextBo } from './bo';
import { jobsTextEn } from './en';
import { eventsTextBo } from './events-bo';
import { eventsTextEn } from './events-en';
import { eventsText as eventsZh } from './events-zh-CN';
import { gigTextBo } from './gig-bo';
import { gigTextEn } from './gig-en';
import { gigText as gigZh } from './gig-zh-CN';
import { jobsText as zh } from './zh-CN';

export { fillTemplate } from './zh-CN';

/** The jobs pages' strings, read in the current language. */
export const jobsText = localized({ 'zh-CN': zh, bo: jobsTextBo, en: jobsTextEn });
/** Recruitment events and the marks on postings, read in the current language. */
export const eventsText = localized({ 'zh-CN': eventsZh, bo: eventsTextBo, en: eventsTextEn });
/** Gig work and the worker-reported hire, read in the current language. */
export const gigText = localized({ 'zh-CN': gigZh, bo: gigTextBo, en: gigTextEn });
