import type { LabelTranslations } from '@steadywork/shared';

/** Shared messages the mini-program shows that are not enum labels, in English. */
export const MINI_LABELS_EN: LabelTranslations = {
  RESIDENT_ID_PROBLEM_MESSAGES: {
    length: 'The ID card number has 18 characters',
    format: 'The ID card number is malformed (17 digits, then a digit or X)',
    birthDate: 'The date of birth in the ID card number is not valid',
    checkDigit: 'The ID card number is wrong; check it digit by digit against your ID card',
  },
};
