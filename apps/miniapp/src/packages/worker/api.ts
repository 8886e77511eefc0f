import type { MyProfileRequest, RegionNode, WorkerResponse } from '@steadywork/shared';
import { isApiError } from '@/services/api-error';
import { request } from '@/services/request';

/** The worker's own real-name record, or null before registration (the API answers 404). */
export async function fetchMyProfile(): Promise<WorkerResponse | null> {
  try {
    return await request<WorkerResponse>('/me/profile');
  } catch (err) {
    if (isApiError(err) && err.statusCode === 404) return null;
    throw err;
  }
}

/** Registers, or updates, the worker's own record. */
export function saveMyProfile(body: MyProfileRequest): Promise<WorkerResponse> {
  return request<WorkerResponse>('/me/profile', { method: 'PUT', data: body });
}

let regions: RegionNode | null = null;

/** The region tree, rooted at the province; reference data, so fetched once per launch. */
export async function fetchRegions(): Promise<RegionNode> {
  regions ??= await request<RegionNode>('/regions');
  return regions;
}
