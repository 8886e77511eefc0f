import type {
  CaseworkerAssignmentResponse,
  CaseworkerOption,
  DemandListImportResponse,
  EmployerOption,
  GigJobRequest,
  GigJobResponse,
  GigJobStatus,
  GigWorkerMatch,
  JobApplicationResponse,
  JobApplicationSource,
  JobApplicationStatus,
  MyPersonRow,
  Page,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../services/request';

type Paged<F> = F & { page: number; pageSize: number };

// ---------------------------------------------------------------------------------------------
// Gig work (零工)

export interface GigFilters {
  status?: GigJobStatus;
  keyword?: string;
  regionCode?: string;
}

export function listGigs(query: Paged<GigFilters>): Promise<Page<GigJobResponse>> {
  return request('/jobs/gigs', { query: { ...query } });
}

export function exportGigs(filters: GigFilters): Promise<Download> {
  return download('/jobs/gigs/export', { query: { ...filters } });
}

export function createGig(body: GigJobRequest, form?: FieldErrorTarget): Promise<GigJobResponse> {
  return request('/jobs/gigs', { method: 'POST', body, form });
}

export function closeGig(id: number): Promise<GigJobResponse> {
  return request(`/jobs/gigs/${id}/close`, { method: 'POST', body: {} });
}

export function gigMatches(id: number, query: { page: number; pageSize: number }): Promise<Page<GigWorkerMatch>> {
  return request(`/jobs/gigs/${id}/matches`, { query: { ...query } });
}

// ---------------------------------------------------------------------------------------------
// One-to-one service (我负责的职工)

export interface MyPeopleFilters {
  keyword?: string;
}

export function listMyPeople(query: Paged<MyPeopleFilters>): Promise<Page<MyPersonRow>> {
  return request('/jobs/one-to-one/mine', { query: { ...query } });
}

export function exportMyPeople(filters: MyPeopleFilters): Promise<Download> {
  return download('/jobs/one-to-one/mine/export', { query: { ...filters } });
}

export function caseworkerOptions(workerId: number, form?: FieldErrorTarget): Promise<CaseworkerOption[]> {
  return request('/jobs/one-to-one/options', { query: { workerId }, form });
}

export function assignCaseworker(
  workerId: number,
  staffId: number,
  form?: FieldErrorTarget,
): Promise<CaseworkerAssignmentResponse> {
  return request(`/jobs/one-to-one/${workerId}`, { method: 'PUT', body: { staffId }, form });
}

// ---------------------------------------------------------------------------------------------
// Referrals board (all applications and referrals in scope)

export interface ReferralFilters {
  status?: JobApplicationStatus;
  source?: JobApplicationSource;
  regionCode?: string;
  reportedHire?: boolean;
}

export function listReferrals(query: Paged<ReferralFilters>): Promise<Page<JobApplicationResponse>> {
  return request('/jobs/applications', { query: { ...query } });
}

export function exportReferrals(filters: ReferralFilters): Promise<Download> {
  return download('/jobs/applications/export', { query: { ...filters } });
}

/** 职业介绍: staff refer a worker in their scope to an open posting. */
export function referWorker(postingId: number, workerId: number): Promise<JobApplicationResponse> {
  return request(`/jobs/postings/${postingId}/referrals`, { method: 'POST', body: { workerId } });
}

export function confirmHire(id: number): Promise<JobApplicationResponse> {
  return request(`/jobs/applications/${id}/confirm-hire`, { method: 'POST', body: {} });
}

// ---------------------------------------------------------------------------------------------
// Demand-list import (用工需求清单)

export function downloadDemandTemplate(): Promise<Download> {
  return download('/jobs/postings/import-template');
}

export function importDemandList(file: File, employerId?: number): Promise<DemandListImportResponse> {
  const body = new FormData();
  body.append('file', file, file.name);
  if (employerId) body.append('employerId', String(employerId));
  return request('/jobs/postings/imports', { method: 'POST', body });
}

export function employerOptions(keyword: string): Promise<EmployerOption[]> {
  return request('/jobs/employers/options', { query: { keyword } });
}
