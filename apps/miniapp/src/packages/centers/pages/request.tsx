import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import type { CenterResponse, ServiceRequestResponse } from '@steadywork/shared';
import { isApiError } from '@/services/api-error';
import { showError } from '@/services/feedback';
import { goToLogin, routes, withQuery } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';
import { Button } from '@/ui/nutui';
import { splitServices } from '../centers-model';
import { Empty, LoadFailed, Loading } from '../components/page-state';
import { RequestForm } from '../components/request-form';
import { fetchCenter } from '../api';
import { centersText } from '../locales/zh-CN';
import '../centers.css';

const m = centersText.form;

type State =
  | { mode: 'loading' }
  | { mode: 'failed' }
  | { mode: 'missing'; message: string }
  | { mode: 'form'; center: CenterResponse };

/** 申请服务 (`?centerId=`, optionally `&service=`): the form, then 我的服务请求. */
export default function ServiceRequestPage() {
  const { params } = useRouter();
  const [state, setState] = useState<State>({ mode: 'loading' });

  const load = async () => {
    if (!tokenStorage.hasSession()) {
      goToLogin();
      return;
    }
    const id = Number(params.centerId);
    if (!Number.isInteger(id) || id <= 0) {
      setState({ mode: 'missing', message: m.centerMissing });
      return;
    }
    setState({ mode: 'loading' });
    try {
      const center = await fetchCenter(id);
      if (!splitServices(center.services).requestable.length) {
        setState({ mode: 'missing', message: m.noRequestable });
        return;
      }
      setState({ mode: 'form', center });
    } catch (err) {
      if (isApiError(err) && err.statusCode === 404) {
        setState({ mode: 'missing', message: m.centerMissing });
        return;
      }
      showError(err);
      setState({ mode: 'failed' });
    }
  };

  useLoad(() => {
    void load();
  });

  // The form is done: 我的服务请求 shows where the request stands (the form leaves the stack).
  const onSubmitted = (created: ServiceRequestResponse) =>
    void Taro.redirectTo({ url: withQuery(routes.serviceRequests, { id: created.id }) });

  return (
    <View className="centers-page centers-request-page">
      {state.mode === 'loading' && <Loading />}
      {state.mode === 'failed' && <LoadFailed onRetry={() => void load()} />}
      {state.mode === 'missing' && (
        <Empty text={state.message} testId="sr-center-missing">
          <Button className="centers-back" onClick={() => void Taro.redirectTo({ url: routes.centers })}>
            {centersText.center.backToList}
          </Button>
        </Empty>
      )}
      {state.mode === 'form' && (
        <RequestForm center={state.center} wantedService={params.service} onSubmitted={onSubmitted} />
      )}
    </View>
  );
}
