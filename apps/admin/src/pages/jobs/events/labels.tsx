import { JOB_EVENT_STATUS_LABELS, JobEventStatus, type JobEventResponse } from '@steadywork/shared';
import { Tag } from 'antd';
import { t } from '../../../locales';

const COLORS: Record<JobEventStatus, string> = {
  [JobEventStatus.DRAFT]: 'default',
  [JobEventStatus.PUBLISHED]: 'success',
  [JobEventStatus.ENDED]: 'default',
};

export function EventStatusTag({ status }: { status: JobEventStatus }) {
  return <Tag color={COLORS[status]}>{JOB_EVENT_STATUS_LABELS[status]}</Tag>;
}

/** Where it is held: the venue, or 线上 with the link. */
export function placeOf(e: Pick<JobEventResponse, 'online' | 'venue' | 'onlineUrl'>): string {
  return e.online ? `${t('jobEvents.onlinePrefix')}${e.onlineUrl ?? ''}` : (e.venue ?? '');
}
