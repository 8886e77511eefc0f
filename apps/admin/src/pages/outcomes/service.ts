import type { OutcomeQuery, OutcomeRequest, OutcomeResponse, Page } from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../services/request';

/** The list's filters without the paging: the export takes the same. */
export type OutcomeFilters = Omit<OutcomeQuery, 'page' | 'pageSize'>;

export function listOutcomes(
  query: OutcomeFilters & { page: number; pageSize: number },
): Promise<Page<OutcomeResponse>> {
  return request('/outcomes', { query: { ...query } });
}

export function exportOutcomes(filters: OutcomeFilters): Promise<Download> {
  return download('/outcomes/export', { query: { ...filters } });
}

export function createOutcome(body: OutcomeRequest, form?: FieldErrorTarget): Promise<OutcomeResponse> {
  return request('/outcomes', { method: 'POST', body, form });
}

/** The worker picker: the first matches of a name or the last four of an ID number, in the caller's scope. */
