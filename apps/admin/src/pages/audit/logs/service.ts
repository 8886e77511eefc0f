import type { AuditLogQuery, AuditLogResponse, Page } from '@steadywork/shared';
import { request } from '../../../services/request';

export function listAuditLogs(query: AuditLogQuery): Promise<Page<AuditLogResponse>> {
  return request('/audit-logs', { query: { ...query } });
}
