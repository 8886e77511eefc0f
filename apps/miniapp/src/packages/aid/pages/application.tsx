import { useCallback } from 'react';
import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { AidApplicationResponse } from '@steadywork/shared';
import { ApplicationCard } from '../components/application-card';
import { ApplicationContent } from '../components/application-content';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { fetchApplication } from '../api';
import { useRemote } from '../hooks/use-remote';
import { useWithdraw } from '../hooks/use-withdraw';
import { aidText } from '../locales/zh-CN';
import '../aid.css';

/** 申请详情 (`?id=`): one application's status, steps and content. */
export default function AidApplicationPage() {
  const id = Number(useRouter().params.id);
  const load = useCallback(
    (): Promise<AidApplicationResponse | null> =>
      Number.isInteger(id) && id > 0 ? fetchApplication(id) : Promise.resolve(null),
    [id],
  );
  const { status, data: application, reload, setData } = useRemote(load);
  const { busyId, withdraw } = useWithdraw((updated) => setData(updated));

  return (
    <View className="aid-page aid-application-page">
      {status === 'loading' && <Loading />}
      {status === 'failed' && <LoadFailed onRetry={() => void reload()} />}
      {status === 'ready' && !application && <Empty text={aidText.applications.notFound} testId="aid-not-found" />}
      {status === 'ready' && application && (
        <>
          <ApplicationCard
            application={application}
            busy={busyId === application.id}
            onWithdraw={(a) => void withdraw(a)}
          />
          <ApplicationContent application={application} />
        </>
      )}
    </View>
  );
}
