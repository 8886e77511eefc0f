import type { DemandInput, DemandRatingInput, DemandResponse } from '@steadywork/shared';
import { request } from '@/services/request';

/**
 * Files a demand. The same `idempotencyKey` returns the same demand, so a retry after a timeout
 * or a second tap never makes two.
 */
export function fileDemand(body: DemandInput, idempotencyKey: string): Promise<DemandResponse> {
  return request<DemandResponse>('/me/demands', {
    method: 'POST',
    data: body,
    header: { 'Idempotency-Key': idempotencyKey },
  });
}

export function fetchMyDemands(): Promise<DemandResponse[]> {
  return request<DemandResponse[]>('/me/demands');
}

export function fetchMyDemand(id: number): Promise<DemandResponse> {
  return request<DemandResponse>(`/me/demands/${id}`);
}

export function rateDemand(id: number, body: DemandRatingInput): Promise<DemandResponse> {
  return request<DemandResponse>(`/me/demands/${id}/rating`, { method: 'POST', data: body });
}

export interface EmployerOption {
  id: number;
  name: string;
  regionName: string;
}

/** Registered employers whose name contains `keyword` (at most 20). */
export function fetchEmployerOptions(keyword: string): Promise<EmployerOption[]> {
  return request<EmployerOption[]>('/jobs/employers/options', { data: { keyword } });
}
