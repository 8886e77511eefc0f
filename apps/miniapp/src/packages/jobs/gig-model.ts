import { GigPayKind, type GigJobResponse } from '@steadywork/shared';
import { fillTemplate } from './locales/zh-CN';
import { gigText } from './locales/gig-zh-CN';

/** A gig's pay: "300 元/天", "0.5 元/箱". */
export function gigPayText(gig: Pick<GigJobResponse, 'payKind' | 'payFen' | 'pieceUnit'>): string {
  const yuan = (gig.payFen / 100).toFixed(gig.payFen % 100 ? 2 : 0);
  return gig.payKind === GigPayKind.DAY ? `${yuan} 元/天` : `${yuan} 元/${gig.pieceUnit ?? '件'}`;
}

/** "2026-06-11 起，共 2 天". */
export function gigPeriodText(gig: Pick<GigJobResponse, 'startsOn' | 'days'>): string {
  return fillTemplate(gigText.detail.periodText, { start: gig.startsOn, days: gig.days });
}
