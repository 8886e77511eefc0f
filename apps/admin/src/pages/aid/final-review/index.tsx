import { AidApplicationStatus } from '@steadywork/shared';
import { t } from '../../../locales';
import { ApplicationTable } from '../components/ApplicationTable';

const STATUSES = [AidApplicationStatus.FIRST_APPROVED];

/** 复审: applications past first review; final approval takes one of the programme's places. */
export default function FinalReviewPage() {
  return <ApplicationTable title={t('aid.finalReviewTitle')} statuses={STATUSES} actionLabel={t('aid.review')} />;
}
