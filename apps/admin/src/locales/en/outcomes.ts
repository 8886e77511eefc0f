import type { Translation } from '@steadywork/shared';
import type { outcomesMessages as zh } from '../zh-CN/outcomes';

/** Employment outcomes (the "100"). */
export const outcomesMessages: Translation<typeof zh> = {
  outcomes: {
    title: 'Employment outcomes',
    create: 'Record outcome',
    createTitle: 'Record an employment or business outcome',
    created: 'Employment outcome recorded',
    exportFileName: 'employment-outcomes.xlsx',
    year: 'Year',
    worker: 'Worker',
    workerName: 'Name',
    idNumber: 'ID number',
    region: 'Region',
    type: 'Outcome type',
    source: 'Source',
    employer: 'Employer',
    contractStart: 'Labour contract start date',
    businessName: 'Business name',
    creditCode: 'Unified social credit code',
    creditCodeInvalid: 'The unified social credit code is not valid. Please check it',
    detail: 'Employer / business',
    evidence: 'Supporting documents',
    achievedOn: 'Date achieved',
    achievedOnHelp: 'Counts towards the target of the year it was achieved',
    afterToday: 'The date achieved cannot be after today',
    notes: 'Notes',
    verifiedBy: 'Verified by',
    createdAt: 'Recorded',
    keyword: 'Keyword',
    keywordPlaceholder: 'Name or last 4 digits of ID number',
  },
};
