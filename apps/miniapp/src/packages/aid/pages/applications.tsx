import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { AidApplicationResponse } from '@steadywork/shared';
import { routes } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { ApplicationCard } from '../components/application-card';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { fetchMyApplications } from '../api';
import { useRemote } from '../hooks/use-remote';
import { useWithdraw } from '../hooks/use-withdraw';
import { aidText } from '../locales/zh-CN';
import '../aid.css';

const m = aidText.applications;

/** 我的申请: every application of the worker with its status and every step. */
export default function AidApplicationsPage() {
  const { status, data: applications, reload, setData } = useRemote(fetchMyApplications);
  const { busyId, withdraw } = useWithdraw((updated: AidApplicationResponse) =>
    setData((prev) => (prev ?? []).map((a) => (a.id === updated.id ? updated : a))),
  );

  return (
    <View className="aid-page aid-applications-page">
      {status === 'loading' && <Loading />}
      {status === 'failed' && <LoadFailed onRetry={() => void reload()} />}
      {status === 'ready' && applications && applications.length === 0 && (
        <Empty text={m.empty} testId="aid-applications-empty">
          <Button type="primary" className="aid-go-apply" onClick={() => void Taro.navigateTo({ url: routes.aid })}>
            {m.goApply}
          </Button>
        </Empty>
      )}
      {status === 'ready' &&
        applications?.map((application) => (
          <ApplicationCard
            key={application.id}
            application={application}
            busy={busyId === application.id}
            onWithdraw={(a) => void withdraw(a)}
            showDetailLink
          />
        ))}
    </View>
  );
}
