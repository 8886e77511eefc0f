import type {
  LayoffFilingDetail,
  LayoffFilingQuery,
  LayoffFilingRequest,
  LayoffFilingResponse,
  LayoffImportResponse,
  LayoffSettlementRequest,
  LayoffStep,
  LayoffStepRequest,
  LayoffSummary,
  LayoffWorkerResponse,
  Page,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../services/request';

/** The list's filters (the query without the paging): the export takes the same. */
export type LayoffFilters = Omit<LayoffFilingQuery, 'page' | 'pageSize'>;

export function listLayoffs(
  query: LayoffFilters & { page: number; pageSize: number },
): Promise<Page<LayoffFilingResponse>> {
  return request('/layoffs', { query: { ...query } });
}

export function exportLayoffs(filters: LayoffFilters): Promise<Download> {
  return download('/layoffs/export', { query: { ...filters } });
}

export function layoffSummary(): Promise<LayoffSummary> {
  // the home card simply stays away when it cannot load
  return request('/layoffs/summary', { silent: true });
}

export function getLayoff(id: number): Promise<LayoffFilingDetail> {
  // A 404 is the page's to show, not a toast.
  return request(`/layoffs/${id}`, { silent: true });
}

/** One submit, one filing: the key makes a repeated click a replay. */
export function createLayoff(
  body: LayoffFilingRequest,
  idempotencyKey: string,
  form?: FieldErrorTarget,
): Promise<LayoffFilingDetail> {
  return request('/layoffs', { method: 'POST', body, form, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function recordStep(
  id: number,
  step: LayoffStep,
  body: LayoffStepRequest,
  form?: FieldErrorTarget,
): Promise<LayoffFilingDetail> {
  return request(`/layoffs/${id}/steps/${step}`, { method: 'POST', body, form });
}

export function returnStep(
  id: number,
  step: LayoffStep,
  reason: string,
  form?: FieldErrorTarget,
): Promise<LayoffFilingDetail> {
  return request(`/layoffs/${id}/steps/${step}/return`, { method: 'POST', body: { reason }, form });
}

export function listLayoffWorkers(
  id: number,
  query: { page: number; pageSize: number; settled?: boolean },
): Promise<Page<LayoffWorkerResponse>> {
  return request(`/layoffs/${id}/workers`, { query: { ...query } });
}

export function settleWorker(
  id: number,
  rowId: number,
  body: LayoffSettlementRequest,
  form?: FieldErrorTarget,
): Promise<LayoffWorkerResponse> {
  return request(`/layoffs/${id}/workers/${rowId}`, { method: 'PUT', body, form });
}

export function downloadLayoffTemplate(): Promise<Download> {
  return download('/layoffs/workers-template');
}

/** Uploads the sheet (multipart field `file`); the answer is the row report. */
export function importLayoffWorkers(id: number, file: File): Promise<LayoffImportResponse> {
  const body = new FormData();
  body.append('file', file, file.name);
  return request(`/layoffs/${id}/workers/import`, { method: 'POST', body });
}
