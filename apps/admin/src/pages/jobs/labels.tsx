import {
  JOB_APPLICATION_STATUS_LABELS,
  JOB_POSTING_STATUS_LABELS,
  JobApplicationStatus,
  JobPostingStatus,
  type JobPostingResponse,
} from '@steadywork/shared';
import { Tag } from 'antd';
import { t } from '../../locales';

const POSTING_COLORS: Record<JobPostingStatus, string> = {
  [JobPostingStatus.DRAFT]: 'default',
  [JobPostingStatus.PENDING]: 'processing',
  [JobPostingStatus.RETURNED]: 'warning',
  [JobPostingStatus.OPEN]: 'success',
  [JobPostingStatus.CLOSED]: 'default',
  [JobPostingStatus.EXPIRED]: 'default',
};

export function PostingStatusTag({ status }: { status: JobPostingStatus }) {
  return <Tag color={POSTING_COLORS[status]}>{JOB_POSTING_STATUS_LABELS[status]}</Tag>;
}

const APPLICATION_COLORS: Record<JobApplicationStatus, string> = {
  [JobApplicationStatus.APPLIED]: 'processing',
  [JobApplicationStatus.INVITED]: 'blue',
  [JobApplicationStatus.ACCEPTED]: 'cyan',
  [JobApplicationStatus.INTERVIEWED]: 'purple',
  [JobApplicationStatus.HIRED]: 'success',
  [JobApplicationStatus.REJECTED]: 'default',
  [JobApplicationStatus.WITHDRAWN]: 'default',
};

export function ApplicationStatusTag({ status }: { status: JobApplicationStatus }) {
  return <Tag color={APPLICATION_COLORS[status]}>{JOB_APPLICATION_STATUS_LABELS[status]}</Tag>;
}

/** 元 without the cents a wage never has. */
const yuan = (fen: number) => String(Math.round(fen / 100));

export function wageLabel(p: Pick<JobPostingResponse, 'wageMinFen' | 'wageMaxFen'>): string {
  return t('jobs.wageRange', { min: yuan(p.wageMinFen), max: yuan(p.wageMaxFen) });
}

/** The marks a posting carries in lists: 对口援青 (a partner union's employer) and 公益性岗位. */
export function PostingMarks({ posting }: { posting: Pick<JobPostingResponse, 'kind' | 'partnerUnionName'> }) {
  return (
    <>
      {posting.partnerUnionName && (
        <Tag color="geekblue" style={{ marginLeft: 6 }} title={posting.partnerUnionName}>
          {t('jobEvents.partnerTag')}
        </Tag>
      )}
      {posting.kind === 'PUBLIC_WELFARE' && (
        <Tag color="green" style={{ marginLeft: 6 }}>
          {t('jobEvents.publicWelfareTag')}
        </Tag>
      )}
    </>
  );
}
