import type { MyProfileRequest, RegionNode, RegistrationCodeResponse, WorkerResponse } from '@steadywork/shared';
import { request } from '@/services/request';

export { fetchMyProfile } from '@/services/profile';

/**
 * Registers, or updates, the worker's own record. A first registration may answer that a code was
 * sent by SMS (202): the registration then finishes with `confirmRegistration`.
 */
export function saveMyProfile(body: MyProfileRequest): Promise<WorkerResponse | RegistrationCodeResponse> {
  return request<WorkerResponse | RegistrationCodeResponse>('/me/profile', { method: 'PUT', data: body });
}

/** The SMS code: finishes the registration and returns the record. */
export function confirmRegistration(code: string): Promise<WorkerResponse> {
  return request<WorkerResponse>('/me/profile/confirm', { method: 'POST', data: { code } });
}

/** A new SMS code for the registration waiting. */
export function resendRegistrationCode(): Promise<RegistrationCodeResponse> {
  return request<RegistrationCodeResponse>('/me/profile/code', { method: 'POST' });
}

let regions: RegionNode | null = null;

/** The region tree, rooted at the province; reference data, so fetched once per launch. */
export async function fetchRegions(): Promise<RegionNode> {
  regions ??= await request<RegionNode>('/regions');
  return regions;
}
