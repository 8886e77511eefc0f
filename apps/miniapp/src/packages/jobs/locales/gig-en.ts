import type { Translation } from '@steadywork/shared';
import type { gigText } from './gig-zh-CN';

/** Gig work and the worker-reported hire in English. */
export const gigTextEn: Translation<typeof gigText> = {
  mode: {
    title: 'Gig mode',
    hint: 'Once on, gigs posted nearby are recommended to you, and employers can see that you take gigs',
    kinds: 'Trades you take',
    kindsEmpty: 'Choose at least one trade',
    on: 'Gig mode on',
    off: 'Gig mode off',
    saved: 'Saved',
    save: 'Save trades',
    viewGigs: 'See gigs nearby',
  },
  list: {
    title: 'Gigs nearby',
    intro: 'With gig mode on, gigs of your trades in your county and city are recommended, your county first',
    empty: 'No gigs matching your trades nearby right now',
    off: 'First turn on gig mode on the Find a job page and choose your trades',
    total: '{total} gigs',
  },
  detail: {
    title: 'Gig details',
    notFound: 'This gig has ended or does not exist',
    pay: 'Pay',
    period: 'When',
    periodText: 'From {start}, {days} days',
    hours: '{n} hours a day',
    hoursLabel: 'Hours',
    kinds: 'Trades',
    headcount: 'People needed',
    address: 'Workplace',
    contact: 'Contact',
    call: 'Call',
    postedBy: 'Posted by',
    description: 'Details',
    navigate: 'Show on map',
    reasons: 'Why it fits you',
  },
  pay: {
    perDay: '¥{yuan}/day',
    perPiece: '¥{yuan}/{unit}',
    piece: 'piece',
  },
  hire: {
    report: 'I have started',
    reportConfirmTitle: 'Report starting work',
    reportConfirm:
      'Confirm that you started at “{title}” on {date}? Union staff will check it and count it as an employment outcome.',
    reported: 'Start reported; awaiting the union’s confirmation',
    reportedOn: 'Start on {date} reported; awaiting the union’s confirmation',
  },
};
