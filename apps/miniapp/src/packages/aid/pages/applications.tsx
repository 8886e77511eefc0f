import Taro from '@tarojs/taro';
import type { AidApplicationResponse } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { routes } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { ApplicationCard } from '../components/application-card';
import { fetchMyApplications } from '../api';
import { useWithdraw } from '../hooks/use-withdraw';
import { Page, Remote } from '../kit';
import { useNavTitle } from '@/i18n/use-nav-title';
import { aidText } from '../locales';
import '../aid.css';

const m = aidText.applications;

/** 我的申请: every application of the worker with its status and every step. */
export default function AidApplicationsPage() {
  useNavTitle(aidText.pageTitles.applications);
  const applications = useRemote(fetchMyApplications);
  const { busyId, withdraw } = useWithdraw((updated: AidApplicationResponse) =>
    applications.setData((prev) => (prev ?? []).map((a) => (a.id === updated.id ? updated : a))),
  );

  const goApply = (
    <Button type="primary" className="aid-go-apply" onClick={() => void Taro.navigateTo({ url: routes.aid })}>
      {m.goApply}
    </Button>
  );
  return (
    <Page className="aid-applications-page">
      <Remote remote={applications} empty={{ text: m.empty, testId: 'aid-applications-empty', children: goApply }}>
        {(list) =>
          list.map((application) => (
            <ApplicationCard
              key={application.id}
              application={application}
              busy={busyId === application.id}
              onWithdraw={(a) => void withdraw(a)}
              showDetailLink
            />
          ))
        }
      </Remote>
    </Page>
  );
}
