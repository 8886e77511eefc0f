export { DetailHeader, DetailPage, EventTimeline, useRecord } from './DetailPage';
export type { BackLink, DescriptionItem, RecordState, TimelineEvent } from './DetailPage';
export { FormModal } from './FormModal';
export type { FormModalProps } from './FormModal';
export { ImportWizard, POLL_INTERVAL_MS } from './ImportWizard';
export type { ImportCount, ImportPolling, ImportReport, ImportRowError } from './ImportWizard';
export { CellLines, fitColumns, ListPage, regionOf, useRegionFilter } from './ListPage';
export type { ListPageProps } from './ListPage';
export { fieldErrors, onListFields } from '../../utils/field-errors';
