import type {
  AidFinanceSummary,
  AidApplicationQuery,
  AidApplicationResponse,
  AidBatchReviewRequest,
  AidBatchReviewResponse,
  AidDashboard,
  AidDisbursementRequest,
  AidObjectionDecisionRequest,
  AidProgramRequest,
  AidProgramResponse,
  AidProgramStats,
  AidReviewContext,
  AidReviewRequest,
  Page,
  PublicityRequest,
  PublicityResponse,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../services/request';

// ---------------------------------------------------------------------------------------------
// Programme years

/** Every programme, or those of one year. */
export function exportPrograms(year?: number): Promise<Download> {
  return download('/aid/programs/export', { query: { year } });
}

export function listPrograms(year?: number): Promise<AidProgramResponse[]> {
  return request('/aid/programs', { query: { year } });
}

/** The programmes as filter options: a failure leaves the filter empty, the list still loads. */
export function listProgramsQuietly(): Promise<AidProgramResponse[]> {
  return request<AidProgramResponse[]>('/aid/programs', { silent: true }).catch(() => []);
}

export function getProgram(id: number): Promise<AidProgramResponse> {
  return request(`/aid/programs/${id}`, { silent: true });
}

export function createProgram(body: AidProgramRequest, form?: FieldErrorTarget): Promise<AidProgramResponse> {
  return request('/aid/programs', { method: 'POST', body, form });
}

export function updateProgram(
  id: number,
  body: AidProgramRequest,
  form?: FieldErrorTarget,
): Promise<AidProgramResponse> {
  return request(`/aid/programs/${id}`, { method: 'PUT', body, form });
}

export function programStats(id: number): Promise<AidProgramStats> {
  return request(`/aid/programs/${id}/stats`);
}

/** The console home's figures; the card shows its own error state. */
export function aidDashboard(year: number): Promise<AidDashboard> {
  return request('/aid/dashboard', { query: { year }, silent: true });
}

// ---------------------------------------------------------------------------------------------
// Applications

/** The list's filters (the query without the paging): the export takes the same. */
export type ApplicationFilters = Omit<AidApplicationQuery, 'page' | 'pageSize'>;

export function listApplications(
  query: ApplicationFilters & { page: number; pageSize: number },
): Promise<Page<AidApplicationResponse>> {
  return request('/aid/applications', { query: { ...query } });
}

export function exportApplications(filters: ApplicationFilters): Promise<Download> {
  return download('/aid/applications/export', { query: { ...filters } });
}

export function getReviewContext(id: number): Promise<AidReviewContext> {
  // A 404 is the page's to show (a Result), not a toast.
  return request(`/aid/applications/${id}/review-context`, { silent: true });
}

export function reviewApplication(
  id: number,
  body: AidReviewRequest,
  form?: FieldErrorTarget,
): Promise<AidApplicationResponse> {
  return request(`/aid/applications/${id}/review`, { method: 'POST', body, form });
}

export function batchApprove(body: AidBatchReviewRequest): Promise<AidBatchReviewResponse> {
  return request('/aid/applications/batch-approve', { method: 'POST', body });
}

export function revokeApplication(
  id: number,
  reason: string,
  form?: FieldErrorTarget,
): Promise<AidApplicationResponse> {
  return request(`/aid/applications/${id}/revoke`, { method: 'POST', body: { reason }, form });
}

export function recordObjection(id: number, content: string, form?: FieldErrorTarget): Promise<AidApplicationResponse> {
  return request(`/aid/applications/${id}/objections`, { method: 'POST', body: { content }, form });
}

export function decideObjection(
  id: number,
  body: AidObjectionDecisionRequest,
  form?: FieldErrorTarget,
): Promise<AidApplicationResponse> {
  return request(`/aid/applications/${id}/objections/decision`, { method: 'POST', body, form });
}

export function recordDisbursement(
  id: number,
  body: AidDisbursementRequest,
  form?: FieldErrorTarget,
): Promise<AidApplicationResponse> {
  return request(`/aid/applications/${id}/disbursement`, { method: 'POST', body, form });
}

// ---------------------------------------------------------------------------------------------
// Publicity (公示)

export function exportPublicities(programId?: number): Promise<Download> {
  return download('/aid/publicities/export', { query: { programId } });
}

export function listPublicities(programId?: number): Promise<PublicityResponse[]> {
  return request('/aid/publicities', { query: { programId } });
}

export function getPublicity(id: number): Promise<PublicityResponse> {
  return request(`/aid/publicities/${id}`, { silent: true });
}

export function startPublicity(body: PublicityRequest, form?: FieldErrorTarget): Promise<PublicityResponse> {
  return request('/aid/publicities', { method: 'POST', body, form });
}

export function exportPublicity(id: number): Promise<Download> {
  return download(`/aid/publicities/${id}/export`);
}

export function closePublicity(id: number): Promise<PublicityResponse> {
  return request(`/aid/publicities/${id}/close`, { method: 'POST' });
}

// ---------------------------------------------------------------------------------------------
// Finance

export function financeSummary(year: number): Promise<AidFinanceSummary> {
  return request('/aid/finance/summary', { query: { year } });
}
