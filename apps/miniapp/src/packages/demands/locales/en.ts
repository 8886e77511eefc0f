import type { Translation } from '@steadywork/shared';
import type { demandsText } from './zh-CN';

/** Workers' demands (12351) in English. */
export const demandsTextEn: Translation<typeof demandsText> = {
  nav: {
    index: 'My demands',
    file: 'Raise a demand',
    detail: 'Demand details',
  },
  list: {
    title: 'My demands',
    intro:
      'Tell the trade union about unpaid wages, employment contracts, social insurance, work injuries and more, or call the 12351 workers’ hotline',
    empty: 'You have not raised any demand yet',
    file: 'Raise a demand',
    due: 'Due by {due}',
    late: 'Overdue; referred to the higher-level union for supervision',
  },
  form: {
    title: 'Raise a demand',
    intro: 'The union of your county or district takes it up and answers within {days} working days',
    fields: {
      category: 'Category',
      employer: 'Employer',
      description: 'What happened',
      attachments: 'Evidence',
    },
    placeholders: {
      employer: 'Full name of the employer (optional)',
      description: 'Say what happened, the amounts and dates involved, and what you would like the union to do',
    },
    hints: { attachments: 'Photos of IOUs, contracts, pay slips and the like (optional, up to 9)' },
    chooseImage: 'Add photo',
    removeFile: 'Remove',
    uploading: 'Uploading…',
    busyUploading: 'Photos are still uploading, please wait',
    submit: 'Submit demand',
    submitting: 'Submitting…',
    submitted: 'Demand submitted',
  },
  detail: {
    title: 'Demand details',
    missing: 'Demand not found',
    category: 'Category',
    status: 'Status',
    employer: 'Employer',
    union: 'Handling union',
    createdAt: 'Submitted',
    dueAt: 'Due by',
    result: 'Outcome',
    timeline: 'Progress',
    rateTitle: 'Rate the outcome',
    ratePlaceholder: 'What do you think of the outcome? (optional)',
    rateSubmit: 'Submit rating',
    rateSubmitting: 'Submitting…',
    rated: 'Thank you for your rating',
    yourRating: 'Your rating',
    ratingValue: '{rating} stars',
  },
  errors: {
    categoryRequired: 'Choose a category',
    descriptionRequired: 'Describe what happened',
    descriptionTooLong: 'The description can be at most 2000 characters',
    employerTooLong: 'The employer’s name can be at most 128 characters',
    ratingRequired: 'Choose 1 to 5 stars',
    uploadFailed: 'Photo upload failed, please try again',
    fileTooLarge: 'Each file can be at most 10 MB',
  },
};
