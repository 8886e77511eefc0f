import type { Translation } from '@steadywork/shared';
import type { targetsMessages as zh } from '../zh-CN/targets';

/** The targets dashboard and the monthly reports. */
export const targetsMessages: Translation<typeof zh> = {
  targets: {
    year: 'Year',
    up: 'Up one level',
    target: 'Target {target}',
    noTarget: 'No target set',
    current: 'Registered now (not counted by month)',
    basis:
      'Every figure is counted live from dated records; click a figure to open the list behind it (the list total matches).',
    failed: 'Could not load the dashboard. Please try again later',
    progressChart: 'Progress towards targets',
    chartsFailed: 'The charts cannot be shown; the figures and lists are not affected',
    figureChart: 'By month and by region',
    byRegion: 'By region',
    figure: 'Figure',
    monthShort: '{n}',
    openDemands: 'Open worker demands: {category}',
    figureLabels: {
      aid: {
        awarded: {
          PRODUCTION_MATERIALS: 'Production materials aid (people)',
          STARTUP_SUBSIDY: 'Start-up grants (people)',
        },
        paidFen: 'Aid funds paid (yuan)',
        outcomes: 'Into work or business (people)',
      },
      training: {
        bases: 'Accredited training bases',
        completions: 'Training completed (person-times)',
        domestic: 'of which domestic services (person-times)',
        online: 'Online learning (person-times)',
      },
      workers: { zeroEmployment: 'Zero-employment households (cleared as they find work)' },
      jobs: { referrals: 'Job placements (person-times)', hires: 'Placed into work (people)' },
      layoffs: { filings: 'Economic layoff filings', workers: 'Workers to be laid off (people)' },
      demands: { filed: 'Worker demands accepted', closed: 'Worker demands closed' },
    },
  },
  reports: {
    title: 'Monthly reports',
    year: 'Year',
    region: 'Region',
    month: 'Month',
    status: 'Status',
    issued: 'Issued',
    empty: 'No monthly reports yet (a draft of last month’s report is made on the first working day of each month)',
    notFound: 'This monthly report does not exist or is outside your data scope',
    computedAt: 'Counted',
    downloadDocx: 'Download Word',
    downloadXlsx: 'Download Excel tables',
    recompute: 'Recount from records',
    recomputed: 'Recounted',
    issue: 'Issue',
    issueConfirm: 'An issued report can no longer be changed. Issue it?',
    issuedDone: 'Issued',
    narrative: 'Commentary',
    problems: 'Problems',
    suggestions: 'Recommendations',
    exportFileName: 'monthly-reports.xlsx',
    sectionTargets: '1. Main targets',
    sectionRegions: '2. By region',
    noChildRegions: 'This level has no regions below it.',
    sectionHardship: '3. Hardship workers and zero-employment households',
    hardshipSummary:
      '{open} hardship households on record at month end; {opened} records opened and {closed} closed (out of hardship) this month.',
    sectionAlerts: '4. Warnings',
    noAlerts: 'No region reached a warning threshold this month.',
  },
};
