import type {
  Page,
  RelapseRiskResponse,
  WarningAlertsResponse,
  WarningRegionsResponse,
  WarningThresholds,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../services/request';

export interface MonthQuery {
  year: number;
  month: number;
}

export function warningRegions(query: MonthQuery): Promise<WarningRegionsResponse> {
  return request('/warning/regions', { query: { ...query } });
}

export function exportWarningRegions(query: MonthQuery): Promise<Download> {
  return download('/warning/regions/export', { query: { ...query } });
}

export function warningAlerts(query?: MonthQuery): Promise<WarningAlertsResponse> {
  return request('/warning/alerts', { query: { ...(query ?? {}) }, silent: true });
}

export function getWarningThresholds(): Promise<WarningThresholds> {
  return request('/warning/thresholds');
}

export function saveWarningThresholds(body: WarningThresholds, form?: FieldErrorTarget): Promise<WarningThresholds> {
  return request('/warning/thresholds', { method: 'PUT', body, form });
}

export interface RelapseFilters {
  regionCode?: string;
}

export function listRelapseRisks(
  query: RelapseFilters & { page: number; pageSize: number },
): Promise<Page<RelapseRiskResponse>> {
  return request('/warning/relapse-risks', { query: { ...query } });
}

export function exportRelapseRisks(filters: RelapseFilters): Promise<Download> {
  return download('/warning/relapse-risks/export', { query: { ...filters } });
}
