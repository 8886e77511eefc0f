import type { Page } from '@steadywork/shared';
import { ApiError } from './request';

/** What ProTable passes to `request`: its paging plus the search form's values. */
export type TableParams = { current?: number; pageSize?: number } & Record<string, unknown>;

export interface TableResult<T> {
  data: T[];
  total: number;
  success: boolean;
}

/** ProTable's 1-based `current` is the API's `page`. */
export function pageOf(params: TableParams): { page: number; pageSize: number } {
  return { page: params.current ?? 1, pageSize: params.pageSize ?? 20 };
}

/** The request layer has already shown the error: the table just shows no rows. */
export async function toTableResult<T>(load: Promise<Page<T>>): Promise<TableResult<T>> {
  try {
    const page = await load;
    return { data: page.items, total: page.total, success: true };
  } catch (e) {
    if (e instanceof ApiError) return { data: [], total: 0, success: false };
    throw e;
  }
}

/** A 是/否 search-form value (a select's 'true' / 'false') as a boolean query parameter, or nothing. */
export function yesNo(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** A search-form value as a string query parameter, or nothing. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
