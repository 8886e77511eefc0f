import Taro, { useRouter } from '@tarojs/taro';
import type { CenterResponse, ServiceRequestResponse } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { splitServices } from '../centers-model';
import { RequestForm } from '../components/request-form';
import { fetchCenter } from '../api';
import { Empty, Page, Remote } from '../kit';
import { centersText } from '../locales';
import '../centers.css';
import { useNavTitle } from '@/i18n/use-nav-title';

const m = centersText.form;

type Opened = { center: CenterResponse; missing?: undefined } | { missing: string };

/** Request a service (`?centerId=`, optionally `&service=`): the form, then My service requests. */
export default function ServiceRequestPage() {
  useNavTitle(centersText.nav.request);
  const { params } = useRouter();

  const open = async (): Promise<Opened | null> => {
    const id = Number(params.centerId);
    if (!Number.isInteger(id) || id <= 0) return null;
    const center = await fetchCenter(id);
    return splitServices(center.services).requestable.length ? { center } : { missing: m.noRequestable };
  };
  // Once: a reload would throw away what the worker typed. A center not there (404) is null.
  const opened = useRemote(open, { when: 'load', notFound: true });

  // The form is done: My service requests shows where the request stands (the form leaves the stack).
  const onSubmitted = (created: ServiceRequestResponse) =>
    void Taro.redirectTo({ url: withQuery(routes.serviceRequests, { id: created.id }) });

  const back = (
    <Button className="centers-back" onClick={() => void Taro.redirectTo({ url: routes.centers })}>
      {centersText.center.backToList}
    </Button>
  );
  return (
    <Page className="centers-request-page">
      <Remote remote={opened} missing={{ text: m.centerMissing, testId: 'sr-center-missing', children: back }}>
        {(state) =>
          state.missing !== undefined ? (
            <Empty text={state.missing} testId="sr-center-missing">
              {back}
            </Empty>
          ) : (
            <RequestForm center={state.center} wantedService={params.service} onSubmitted={onSubmitted} />
          )
        }
      </Remote>
    </Page>
  );
}
