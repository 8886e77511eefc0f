import { useRouter } from '@tarojs/taro';
import type { AidApplicationResponse } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { ApplicationCard } from '../components/application-card';
import { ApplicationContent } from '../components/application-content';
import { fetchApplication } from '../api';
import { useWithdraw } from '../hooks/use-withdraw';
import { Page, Remote } from '../kit';
import { useNavTitle } from '@/i18n/use-nav-title';
import { aidText } from '../locales';
import '../aid.css';

/** 申请详情 (`?id=`): one application's status, steps and content. */
export default function AidApplicationPage() {
  useNavTitle(aidText.pageTitles.application);
  const id = Number(useRouter().params.id);
  const application = useRemote((): Promise<AidApplicationResponse | null> =>
    Number.isInteger(id) && id > 0 ? fetchApplication(id) : Promise.resolve(null),
  );
  const { busyId, withdraw } = useWithdraw((updated) => application.setData(updated));

  return (
    <Page className="aid-application-page">
      <Remote remote={application} missing={{ text: aidText.applications.notFound, testId: 'aid-not-found' }}>
        {(app) => (
          <>
            <ApplicationCard application={app} busy={busyId === app.id} onWithdraw={(a) => void withdraw(a)} />
            <ApplicationContent application={app} />
          </>
        )}
      </Remote>
    </Page>
  );
}
