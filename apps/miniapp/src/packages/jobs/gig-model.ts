import { GigPayKind, type GigJobResponse } from '@steadywork/shared';
import { fillTemplate, gigText } from './locales';

/** A gig's pay in the current language: "¥300/day", "¥0.5/box" (the unit is the gig's own). */
export function gigPayText(gig: Pick<GigJobResponse, 'payKind' | 'payFen' | 'pieceUnit'>): string {
  const yuan = (gig.payFen / 100).toFixed(gig.payFen % 100 ? 2 : 0);
  const pay = gigText.pay;
  return gig.payKind === GigPayKind.DAY
    ? fillTemplate(pay.perDay, { yuan })
    : fillTemplate(pay.perPiece, { yuan, unit: gig.pieceUnit ?? pay.piece });
}

/** "from 2026-06-11, 2 days". */
export function gigPeriodText(gig: Pick<GigJobResponse, 'startsOn' | 'days'>): string {
  return fillTemplate(gigText.detail.periodText, { start: gig.startsOn, days: gig.days });
}
