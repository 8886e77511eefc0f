import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ServiceRequestResponse } from '@steadywork/shared';
import { isApiError } from '@/services/api-error';
import { showError, showSuccess } from '@/services/feedback';
import { cancelServiceRequest, rateServiceRequest } from '../api';
import { centersText } from '../locales/zh-CN';

const m = centersText.requests;

/**
 * 取消 (after a confirmation) and 评价 of the worker's requests. `onDone` gets the updated request;
 * a conflict (accepted or rated meanwhile) is explained and `onStale` reloads the list.
 */
export function useRequestActions(
  onDone: (request: ServiceRequestResponse) => void,
  onStale: () => void,
): {
  busyId: number | null;
  cancel: (request: ServiceRequestResponse) => Promise<void>;
  rate: (request: ServiceRequestResponse, rating: number, comment: string) => Promise<void>;
} {
  const [busyId, setBusyId] = useState<number | null>(null);
  const inFlight = useRef(false);

  const run = async (id: number, call: () => Promise<ServiceRequestResponse>, done: string) => {
    inFlight.current = true;
    setBusyId(id);
    try {
      const updated = await call();
      showSuccess(done);
      onDone(updated);
    } catch (err) {
      if (isApiError(err) && err.statusCode === 409) {
        void Taro.showModal({ title: centersText.common.notice, content: err.message, showCancel: false });
        onStale();
      } else {
        showError(err);
      }
    } finally {
      inFlight.current = false;
      setBusyId(null);
    }
  };

  const cancel = async (request: ServiceRequestResponse) => {
    if (inFlight.current) return;
    const { confirm } = await Taro.showModal({
      title: m.cancel,
      content: m.cancelConfirm,
      confirmText: centersText.common.confirm,
      cancelText: centersText.common.cancel,
    });
    if (!confirm || inFlight.current) return;
    await run(request.id, () => cancelServiceRequest(request.id), m.cancelled);
  };

  const rate = async (request: ServiceRequestResponse, rating: number, comment: string) => {
    if (inFlight.current) return;
    await run(request.id, () => rateServiceRequest(request.id, comment ? { rating, comment } : { rating }), m.rated);
  };

  return { busyId, cancel, rate };
}
