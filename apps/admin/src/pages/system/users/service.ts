import type {
  CreateStaffUserRequest,
  OrganizationResponse,
  Page,
  ResetPasswordResponse,
  Role,
  StaffAccessRequest,
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

/** The security admin's: roles and data scope (the organisation). */
export function setUserAccess(
  id: number,
  body: StaffAccessRequest,
  form?: FieldErrorTarget,
): Promise<StaffUserResponse> {
  return request(`/admin/users/${id}/access`, { method: 'PUT', body, form });
}

/** A generated one-time password, shown once; the holder must change it at the next login. */
export function resetUserPassword(id: number): Promise<ResetPasswordResponse> {
  return request(`/admin/users/${id}/reset-password`, { method: 'POST' });
}

export function unlockUser(id: number): Promise<StaffUserResponse> {
  return request(`/admin/users/${id}/unlock`, { method: 'POST' });
}

/** Organisations within the caller's data scope, for the account form. */
export function listOrganizations(): Promise<OrganizationResponse[]> {
  return request('/organizations');
}
