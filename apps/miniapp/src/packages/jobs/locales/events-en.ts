import type { Translation } from '@steadywork/shared';
import type { eventsText } from './events-zh-CN';

/** Recruitment events and the marks on postings in English. */
export const eventsTextEn: Translation<typeof eventsText> = {
  list: {
    title: 'Recruitment events',
    intro:
      'The union’s employment and enterprise service month, the Sunshine Employment campaign, online job fairs: sign up, then meet employers on site or online',
    total: '{total} events',
    empty: 'No recruitment events open for sign-up in your region right now',
    online: 'Online',
    signedUp: 'Signed up',
    period: '{from} to {to}',
  },
  detail: {
    title: 'Event details',
    notFound: 'This event does not exist or is not in your region',
    kind: 'Type',
    period: 'When',
    venue: 'Venue',
    onlineUrl: 'Online link',
    organiser: 'Organised by',
    description: 'About the event',
    employers: 'Employers taking part ({n})',
    postings: 'Jobs on offer ({n})',
    signUp: 'Sign up',
    signingUp: 'Signing up…',
    signUpConfirmTitle: 'Sign up',
    signUpConfirm: 'Sign up for “{title}”? The union will let you know the arrangements.',
    signedUp: 'Signed up',
    alreadySignedUp: 'You have signed up; please come on time',
    attended: 'You have checked in at the event',
    ended: 'The event has ended',
    copyLink: 'Copy link',
    copied: 'Link copied; open it in a browser',
  },
  marks: {
    partner: 'Paired aid to Qinghai',
    publicWelfare: 'Public-welfare job',
    publicWelfareNote:
      'Public-welfare jobs are placements the union arranges for people who struggle to find work; they take no applications. If you need one, contact your local union or support center.',
  },
  nav: 'Recruitment events',
};
