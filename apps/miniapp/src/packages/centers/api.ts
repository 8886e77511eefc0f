import type {
  CenterQuery,
  CenterResponse,
  Page,
  RateServiceRequest,
  ServiceRequestInput,
  ServiceRequestResponse,
} from '@steadywork/shared';
import { download, request } from '@/services/request';

/** One page of the registry; with `lat`/`lng` sorted by distance and carrying `distanceMeters`. */
export function fetchCenters(query: CenterQuery): Promise<Page<CenterResponse>> {
  return request<Page<CenterResponse>>('/centers', { data: query });
}

export function fetchCenter(id: number): Promise<CenterResponse> {
  return request<CenterResponse>(`/centers/${id}`);
}

export { fetchMyProfile } from '@/services/profile';

/**
 * Asks a center for a service. The same `idempotencyKey` returns the same request, so a retry after
 * a timeout or a second tap never makes two.
 */
export function createServiceRequest(
  body: ServiceRequestInput,
  idempotencyKey: string,
): Promise<ServiceRequestResponse> {
  return request<ServiceRequestResponse>('/service-requests', {
    method: 'POST',
    data: body,
    header: { 'Idempotency-Key': idempotencyKey },
  });
}

export function fetchMyServiceRequests(): Promise<ServiceRequestResponse[]> {
  return request<ServiceRequestResponse[]>('/me/service-requests');
}

export function cancelServiceRequest(id: number): Promise<ServiceRequestResponse> {
  return request<ServiceRequestResponse>(`/service-requests/${id}/cancel`, { method: 'POST' });
}

export function rateServiceRequest(id: number, body: RateServiceRequest): Promise<ServiceRequestResponse> {
  return request<ServiceRequestResponse>(`/service-requests/${id}/rating`, { method: 'POST', data: body });
}

/** A center's photo as a local path an Image can show. */
export function downloadPhoto(centerId: number, id: string): Promise<string> {
  return download(`/centers/${centerId}/photos/${encodeURIComponent(id)}`);
}
