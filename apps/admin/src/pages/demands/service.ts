import type {
  DemandCloseInput,
  DemandNoteInput,
  DemandQuery,
  DemandResponse,
  DemandReveal,
  DemandSettings,
  DemandSummary,
  DemandTransferInput,
  HotlineDemandInput,
  Page,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../services/request';

/** The list's filters (the query without the paging): the export takes the same. */
export type DemandFilters = Omit<DemandQuery, 'page' | 'pageSize' | 'beforeId'>;

export function listDemands(query: DemandFilters & { page: number; pageSize: number }): Promise<Page<DemandResponse>> {
  return request('/demands', { query: { ...query } });
}

export function exportDemands(filters: DemandFilters): Promise<Download> {
  return download('/demands/export', { query: { ...filters } });
}

export function getDemand(id: number): Promise<DemandResponse> {
  // A 404 is the page's to show (a Result), not a toast.
  return request(`/demands/${id}`, { silent: true });
}

export function demandSummary(): Promise<DemandSummary> {
  return request('/demands/summary', { silent: true });
}

export function revealDemand(id: number): Promise<DemandReveal> {
  return request(`/demands/${id}/reveal`);
}

export function acceptDemand(id: number): Promise<DemandResponse> {
  return request(`/demands/${id}/accept`, { method: 'POST' });
}

export function noteDemand(id: number, body: DemandNoteInput, form?: FieldErrorTarget): Promise<DemandResponse> {
  return request(`/demands/${id}/notes`, { method: 'POST', body, form });
}

export function transferDemand(
  id: number,
  body: DemandTransferInput,
  form?: FieldErrorTarget,
): Promise<DemandResponse> {
  return request(`/demands/${id}/transfer`, { method: 'POST', body, form });
}

export function closeDemand(id: number, body: DemandCloseInput, form?: FieldErrorTarget): Promise<DemandResponse> {
  return request(`/demands/${id}/close`, { method: 'POST', body, form });
}

export function recordCall(
  body: HotlineDemandInput,
  idempotencyKey: string,
  form?: FieldErrorTarget,
): Promise<DemandResponse> {
  return request('/demands', { method: 'POST', body, form, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Registered employers whose name contains `keyword` (at most 20): a failure leaves the picker empty. */
export function employerOptions(keyword: string): Promise<{ label: string; value: number }[]> {
  return request<{ id: number; name: string; regionName: string }[]>('/jobs/employers/options', {
    query: { keyword },
    silent: true,
  }).then(
    (list) => list.map((e) => ({ label: `${e.name}（${e.regionName}）`, value: e.id })),
    () => [],
  );
}

export function getDemandSettings(): Promise<DemandSettings> {
  return request('/demands/settings');
}

export function saveDemandSettings(body: DemandSettings, form?: FieldErrorTarget): Promise<DemandSettings> {
  return request('/demands/settings', { method: 'PUT', body, form });
}
