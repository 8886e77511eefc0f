import type { ServiceRequestResponse } from '@steadywork/shared';
import { useAction } from '@/components/kit';
import { cancelServiceRequest, rateServiceRequest } from '../api';
import { centersText } from '../locales';

const m = centersText.requests;

/**
 * Cancelling (after a confirmation) and rating the worker's requests. `onDone` gets the updated request;
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
  const { busy, run } = useAction();

  const cancel = async (request: ServiceRequestResponse) => {
    await run(request.id, () => cancelServiceRequest(request.id), {
      confirm: { title: m.cancel, content: m.cancelConfirm },
      success: m.cancelled,
      onDone,
      onConflict: onStale,
    });
  };

  const rate = async (request: ServiceRequestResponse, rating: number, comment: string) => {
    await run(request.id, () => rateServiceRequest(request.id, comment ? { rating, comment } : { rating }), {
      success: m.rated,
      onDone,
      onConflict: onStale,
    });
  };

  return { busyId: busy, cancel, rate };
}
