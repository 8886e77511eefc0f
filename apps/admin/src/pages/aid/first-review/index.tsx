import { AidApplicationStatus } from '@steadywork/shared';
import { t } from '../../../locales';
import { ApplicationTable } from '../components/ApplicationTable';

const STATUSES = [AidApplicationStatus.SUBMITTED];

/** 初审: submitted applications in the reviewer's region, one by one or several at once. */
export default function FirstReviewPage() {
  return (
    <ApplicationTable
      title={t('aid.firstReviewTitle')}
      statuses={STATUSES}
      batchApprove
      actionLabel={t('aid.review')}
    />
  );
}
