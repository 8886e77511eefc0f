import Taro from '@tarojs/taro';
import type { ServiceRequestResponse } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { routes } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { sortRequests } from '../centers-model';
import { RequestCard } from '../components/request-card';
import { fetchMyServiceRequests } from '../api';
import { useRequestActions } from '../hooks/use-request-actions';
import { Page, Remote } from '../kit';
import { centersText } from '../locales';
import '../centers.css';
import { useNavTitle } from '@/i18n/use-nav-title';

const m = centersText.requests;

const loadSorted = async () => sortRequests(await fetchMyServiceRequests());

/** My service requests: every request of the worker with its status, service records, outcome and rating. */
export default function ServiceRequestsPage() {
  useNavTitle(centersText.nav.requests);
  const requests = useRemote(loadSorted);
  const { busyId, cancel, rate } = useRequestActions(
    (updated: ServiceRequestResponse) =>
      requests.setData((prev) => (prev ?? []).map((r) => (r.id === updated.id ? updated : r))),
    () => void requests.reload(),
  );

  const findCenter = (
    <Button type="primary" className="sr-find-center" onClick={() => void Taro.navigateTo({ url: routes.centers })}>
      {m.findCenter}
    </Button>
  );
  return (
    <Page className="centers-requests-page">
      <Remote remote={requests} empty={{ text: m.empty, testId: 'sr-empty', children: findCenter }}>
        {(list) =>
          list.map((request) => (
            <RequestCard
              key={request.id}
              request={request}
              busy={busyId === request.id}
              onCancel={(r) => void cancel(r)}
              onRate={(r, rating, comment) => void rate(r, rating, comment)}
            />
          ))
        }
      </Remote>
    </Page>
  );
}
