import type { WorkerResponse } from '@steadywork/shared';
import { isApiError } from './api-error';
import { request } from './request';

/** The worker's own real-name record, or null before registration (the API answers 204; 404 before). */
export async function fetchMyProfile(): Promise<WorkerResponse | null> {
  try {
    return (await request<WorkerResponse | '' | null>('/me/profile')) || null;
  } catch (err) {
    if (isApiError(err) && err.statusCode === 404) return null;
    throw err;
  }
}
