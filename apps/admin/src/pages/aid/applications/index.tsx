import { t } from '../../../locales';
import { ApplicationTable } from '../components/ApplicationTable';

/** 申请查询: every application in the user's data scope, filtered by status and exported. */
export default function ApplicationsPage() {
  return <ApplicationTable title={t('aid.applicationsTitle')} actionLabel={t('aid.view')} />;
}
