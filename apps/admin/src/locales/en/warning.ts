import type { Translation } from '@steadywork/shared';
import type { warningMessages as zh } from '../zh-CN/warning';

/** Early warning (rights protection): regional figures against the province thresholds, and relapse risk. */
export const warningMessages: Translation<typeof zh> = {
  warning: {
    title: 'Early warning',
    month: 'Month',
    registryNote:
      'Registered unemployed and laid-off workers are counted from the current employment status and tags of workers registered before the month’s end (status and tag changes are not dated, so the month’s end cannot be reconstructed)',
    tabRegions: 'By region',
    tabRelapse: 'Relapse risk',
    region: 'Region',
    layoffFilings: 'Layoff filings',
    laidOffWorkers: 'Workers laid off',
    registeredUnemployed: 'Registered unemployed',
    laidOffTagged: 'Registered laid-off workers',
    openDemands: 'Open worker demands',
    alerts: 'Warnings',
    noAlert: 'Normal',
    alertValue: '{label} {value} (threshold {threshold})',
    thresholds: 'Thresholds',
    thresholdsHelp: 'A region is flagged when a monthly figure reaches its threshold; leave empty for no threshold.',
    thresholdsByCategory: 'Thresholds by demand category',
    exportFileName: 'early-warning.xlsx',
    loadFailed: 'Could not load the warning figures',
    worker: 'Worker',
    phone: 'Phone',
    employmentStatus: 'Employment status',
    archiveClosedAt: 'Out of hardship on',
    flaggedAt: 'Flagged',
    reason: 'Reason',
    relapseEmpty: 'Nobody at risk of relapse',
    relapseExportFileName: 'relapse-risk.xlsx',
    homeTitle: 'Warnings this month',
    homeNone: 'No region is flagged this month',
    homeFailed: 'Could not load the warnings',
    homeMore: 'Open early warning',
  },
};
