import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ServiceRequestResponse } from '@steadywork/shared';
import { routes } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { sortRequests } from '../centers-model';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { RequestCard } from '../components/request-card';
import { fetchMyServiceRequests } from '../api';
import { useRemote } from '../hooks/use-remote';
import { useRequestActions } from '../hooks/use-request-actions';
import { centersText } from '../locales/zh-CN';
import '../centers.css';

const m = centersText.requests;

const loadSorted = async () => sortRequests(await fetchMyServiceRequests());

/** 我的服务请求: every request of the worker with its status, service records, outcome and rating. */
export default function ServiceRequestsPage() {
  const { status, data: requests, reload, setData } = useRemote(loadSorted);
  const { busyId, cancel, rate } = useRequestActions(
    (updated: ServiceRequestResponse) =>
      setData((prev) => (prev ?? []).map((r) => (r.id === updated.id ? updated : r))),
    () => void reload(),
  );

  return (
    <View className="centers-page centers-requests-page">
      {status === 'loading' && <Loading />}
      {status === 'failed' && <LoadFailed onRetry={() => void reload()} />}
      {status === 'ready' && requests && requests.length === 0 && (
        <Empty text={m.empty} testId="sr-empty">
          <Button
            type="primary"
            className="sr-find-center"
            onClick={() => void Taro.navigateTo({ url: routes.centers })}
          >
            {m.findCenter}
          </Button>
        </Empty>
      )}
      {status === 'ready' &&
        requests?.map((request) => (
          <RequestCard
            key={request.id}
            request={request}
            busy={busyId === request.id}
            onCancel={(r) => void cancel(r)}
            onRate={(r, rating, comment) => void rate(r, rating, comment)}
          />
        ))}
    </View>
  );
}
