import type {
  MonthlyReportListItem,
  MonthlyReportNarrativeRequest,
  MonthlyReportQuery,
  MonthlyReportResponse,
  Page,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../services/request';

export type ReportFilters = Omit<MonthlyReportQuery, 'page' | 'pageSize'>;

export function listReports(
  query: ReportFilters & { page: number; pageSize: number },
): Promise<Page<MonthlyReportListItem>> {
  return request('/reports', { query: { ...query } });
}

export function exportReports(filters: ReportFilters): Promise<Download> {
  return download('/reports/export', { query: { ...filters } });
}

export function getReport(id: number): Promise<MonthlyReportResponse> {
  return request(`/reports/${id}`);
}

export function saveNarrative(
  id: number,
  body: MonthlyReportNarrativeRequest,
  form?: FieldErrorTarget,
): Promise<MonthlyReportResponse> {
  return request(`/reports/${id}/narrative`, { method: 'PUT', body, form });
}

export function recomputeReport(id: number): Promise<MonthlyReportResponse> {
  return request(`/reports/${id}/recompute`, { method: 'POST' });
}

export function issueReport(id: number): Promise<MonthlyReportResponse> {
  return request(`/reports/${id}/issue`, { method: 'POST' });
}

export function reportFile(id: number, kind: 'docx' | 'xlsx'): Promise<Download> {
  return download(`/reports/${id}/${kind}`);
}
