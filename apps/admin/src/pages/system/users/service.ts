import type {
  CreateStaffUserRequest,
  OrganizationResponse,
  Page,
  Role,
  StaffStatus,
  StaffUserResponse,
  UpdateStaffUserRequest,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../../services/request';

export interface StaffUserQuery {
  page: number;
  pageSize: number;
  username?: string;
  displayName?: string;
  role?: Role;
  status?: StaffStatus;
}

/** The list's filters without the paging: the export takes the same. */
export type StaffUserFilters = Omit<StaffUserQuery, 'page' | 'pageSize'>;

export function listUsers(query: StaffUserQuery): Promise<Page<StaffUserResponse>> {
  return request('/admin/users', { query: { ...query } });
}

/** The filtered list as .xlsx. */
export function exportUsers(filters: StaffUserFilters): Promise<Download> {
  return download('/admin/users/export', { query: { ...filters } });
}

export function createUser(body: CreateStaffUserRequest, form?: FieldErrorTarget): Promise<StaffUserResponse> {
  return request('/admin/users', { method: 'POST', body, form });
}

export function updateUser(
  id: number,
  body: UpdateStaffUserRequest,
  form?: FieldErrorTarget,
): Promise<StaffUserResponse> {
  return request(`/admin/users/${id}`, { method: 'PATCH', body, form });
}

export function setUserEnabled(id: number, enabled: boolean): Promise<StaffUserResponse> {
  return request(`/admin/users/${id}/${enabled ? 'enable' : 'disable'}`, { method: 'POST' });
}

export function resetUserPassword(id: number, password: string, form?: FieldErrorTarget): Promise<void> {
  return request(`/admin/users/${id}/reset-password`, { method: 'POST', body: { password }, form });
}

export function unlockUser(id: number): Promise<StaffUserResponse> {
  return request(`/security/users/${id}/unlock`, { method: 'POST' });
}

/** Organisations within the caller's data scope, for the account form. */
export function listOrganizations(): Promise<OrganizationResponse[]> {
  return request('/organizations');
}
