import type {
  AidApplicationResponse,
  MyAidProgramResponse,
  NotificationResponse,
  PublicityResponse,
} from '@steadywork/shared';
import { request } from '@/services/request';
import type { AidApplicationDraftRequest } from './aid-model';

/** This year's programmes with the worker's eligibility and open application. */
export function fetchMyPrograms(): Promise<MyAidProgramResponse[]> {
  return request<MyAidProgramResponse[]>('/me/aid/programs');
}

/** The worker's applications with their timelines. */
export function fetchMyApplications(): Promise<AidApplicationResponse[]> {
  return request<AidApplicationResponse[]>('/me/aid/applications');
}

export function fetchApplication(id: number): Promise<AidApplicationResponse> {
  return request<AidApplicationResponse>(`/aid/applications/${id}`);
}

/**
 * Creates the draft. The same `idempotencyKey` returns the same application, so a retry after a
 * timeout or a second tap never makes two.
 */
export function createApplication(
  body: AidApplicationDraftRequest,
  idempotencyKey: string,
): Promise<AidApplicationResponse> {
  return request<AidApplicationResponse>('/aid/applications', {
    method: 'POST',
    data: body,
    header: { 'Idempotency-Key': idempotencyKey },
  });
}

export function updateApplication(id: number, body: AidApplicationDraftRequest): Promise<AidApplicationResponse> {
  return request<AidApplicationResponse>(`/aid/applications/${id}`, { method: 'PUT', data: body });
}

export function submitApplication(id: number): Promise<AidApplicationResponse> {
  return request<AidApplicationResponse>(`/aid/applications/${id}/submit`, { method: 'POST' });
}

export function withdrawApplication(id: number): Promise<AidApplicationResponse> {
  return request<AidApplicationResponse>(`/aid/applications/${id}/withdraw`, { method: 'POST' });
}

/** The lists now in publicity (names and masked ID numbers). */
export function fetchCurrentPublicities(): Promise<PublicityResponse[]> {
  return request<PublicityResponse[]>('/aid/publicities/current');
}

export function fetchNotifications(): Promise<NotificationResponse[]> {
  return request<NotificationResponse[]>('/me/notifications');
}
