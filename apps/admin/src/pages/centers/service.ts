import {
  OrganizationType,
  type CenterDashboard,
  type CenterQuery,
  type CenterRequest,
  type CenterResponse,
  type CloseServiceRequest,
  type OrganizationResponse,
  type Page,
  type ServiceRecordInput,
  type ServiceRequestQuery,
  type ServiceRequestResponse,
  type StarChecklist,
  type StarEvaluationRequest,
  type StarEvaluationResponse,
  type SubsidyRequest,
  type SubsidyResponse,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../services/request';

// ---------------------------------------------------------------------------------------------
// The registry

/** The list's filters (the query without the paging and the worker's location): the export takes the same. */
export type CenterFilters = Omit<CenterQuery, 'page' | 'pageSize' | 'lat' | 'lng'>;

export function listCenters(query: CenterFilters & { page: number; pageSize: number }): Promise<Page<CenterResponse>> {
  return request('/centers', { query: { ...query } });
}

/** The centers as filter options (the request list's center filter): a failure leaves the filter empty. */
export function listCentersQuietly(): Promise<CenterResponse[]> {
  return request<Page<CenterResponse>>('/centers', { query: { page: 1, pageSize: 100 }, silent: true }).then(
    (page) => page.items,
    () => [],
  );
}

export function exportCenters(filters: CenterFilters): Promise<Download> {
  return download('/centers/export', { query: { ...filters } });
}

export function getCenter(id: number): Promise<CenterResponse> {
  // A 404 is the page's to show (a Result), not a toast.
  return request(`/centers/${id}`, { silent: true });
}

export function createCenter(body: CenterRequest, form?: FieldErrorTarget): Promise<CenterResponse> {
  return request('/centers', { method: 'POST', body, form });
}

export function updateCenter(id: number, body: CenterRequest, form?: FieldErrorTarget): Promise<CenterResponse> {
  return request(`/centers/${id}`, { method: 'PUT', body, form });
}

/** The support-center organisations in the caller's scope: whose staff accounts work at a center. */
export function listCenterOrganizations(): Promise<OrganizationResponse[]> {
  return request<OrganizationResponse[]>('/organizations', { silent: true }).then(
    (orgs) => orgs.filter((org) => org.type === OrganizationType.SUPPORT_CENTER),
    () => [],
  );
}

/** One organisation's name for a center's page: null when it is not found or not in the scope. */
export function findOrganization(id: number): Promise<OrganizationResponse | null> {
  return request<OrganizationResponse[]>('/organizations', { silent: true }).then(
    (orgs) => orgs.find((org) => org.id === id) ?? null,
    () => null,
  );
}

/** The console home's figures; the card shows its own error state. */
export function centerDashboard(): Promise<CenterDashboard> {
  return request('/centers/dashboard', { silent: true });
}

// ---------------------------------------------------------------------------------------------
// Star rating and subsidies

export function getStarChecklist(options: { silent?: boolean } = {}): Promise<StarChecklist> {
  return request('/centers/star-checklist', { silent: options.silent });
}

export function saveStarChecklist(body: StarChecklist, form?: FieldErrorTarget): Promise<StarChecklist> {
  return request('/centers/star-checklist', { method: 'PUT', body, form });
}

export function listEvaluations(centerId: number): Promise<StarEvaluationResponse[]> {
  return request(`/centers/${centerId}/evaluations`, { silent: true });
}

export function createEvaluation(
  centerId: number,
  body: StarEvaluationRequest,
  form?: FieldErrorTarget,
): Promise<StarEvaluationResponse> {
  return request(`/centers/${centerId}/evaluations`, { method: 'POST', body, form });
}

export function listSubsidies(centerId: number): Promise<SubsidyResponse[]> {
  return request(`/centers/${centerId}/subsidies`, { silent: true });
}

export function createSubsidy(
  centerId: number,
  body: SubsidyRequest,
  form?: FieldErrorTarget,
): Promise<SubsidyResponse> {
  return request(`/centers/${centerId}/subsidies`, { method: 'POST', body, form });
}

// ---------------------------------------------------------------------------------------------
// Service requests

/** The list's filters without the paging: the export takes the same. */
export type ServiceRequestFilters = Omit<ServiceRequestQuery, 'page' | 'pageSize'>;

export function listServiceRequests(
  query: ServiceRequestFilters & { page: number; pageSize: number },
): Promise<Page<ServiceRequestResponse>> {
  return request('/service-requests', { query: { ...query } });
}

export function exportServiceRequests(filters: ServiceRequestFilters): Promise<Download> {
  return download('/service-requests/export', { query: { ...filters } });
}

export function getServiceRequest(id: number): Promise<ServiceRequestResponse> {
  return request(`/service-requests/${id}`, { silent: true });
}

export function acceptServiceRequest(id: number): Promise<ServiceRequestResponse> {
  return request(`/service-requests/${id}/accept`, { method: 'POST' });
}

export function addServiceRecord(
  id: number,
  body: ServiceRecordInput,
  form?: FieldErrorTarget,
): Promise<ServiceRequestResponse> {
  return request(`/service-requests/${id}/records`, { method: 'POST', body, form });
}

export function closeServiceRequest(
  id: number,
  body: CloseServiceRequest,
  form?: FieldErrorTarget,
): Promise<ServiceRequestResponse> {
  return request(`/service-requests/${id}/close`, { method: 'POST', body, form });
}
