import type { AuditLogQuery, AuditLogResponse, Page } from '@steadywork/shared';
import { download, request, type Download } from '../../../services/request';

/** The log's filters without the paging: the export takes the same. */
export type AuditLogFilters = Omit<AuditLogQuery, 'page' | 'pageSize'>;

export function listAuditLogs(query: AuditLogQuery): Promise<Page<AuditLogResponse>> {
  return request('/audit-logs', { query: { ...query } });
}

/** The filtered log as .xlsx. */
export function exportAuditLogs(filters: AuditLogFilters): Promise<Download> {
  return download('/audit-logs/export', { query: { ...filters } });
}
