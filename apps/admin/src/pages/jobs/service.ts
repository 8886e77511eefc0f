import type {
  EmployerRequest,
  EmployerResponse,
  JobApplicationResponse,
  JobApplicationStatus,
  JobMatch,
  JobPostingRequest,
  JobPostingResponse,
  JobPostingStatus,
  JobPushRequest,
  JobPushResponse,
  Page,
  WorkerTag,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../services/request';

type Paged<F> = F & { page: number; pageSize: number };

// ---------------------------------------------------------------------------------------------
// Employers

export interface EmployerFilters {
  keyword?: string;
  regionCode?: string;
}

export function listEmployers(query: Paged<EmployerFilters>): Promise<Page<EmployerResponse>> {
  return request('/jobs/employers', { query: { ...query } });
}

export function exportEmployers(filters: EmployerFilters): Promise<Download> {
  return download('/jobs/employers/export', { query: { ...filters } });
}

export function createEmployer(body: EmployerRequest, form?: FieldErrorTarget): Promise<EmployerResponse> {
  return request('/jobs/employers', { method: 'POST', body, form });
}

export function updateEmployer(id: number, body: EmployerRequest, form?: FieldErrorTarget): Promise<EmployerResponse> {
  return request(`/jobs/employers/${id}`, { method: 'PUT', body, form });
}

// ---------------------------------------------------------------------------------------------
// Postings

export interface PostingFilters {
  status?: JobPostingStatus;
  keyword?: string;
  regionCode?: string;
  employerId?: number;
}

export function listPostings(query: Paged<PostingFilters>): Promise<Page<JobPostingResponse>> {
  return request('/jobs/postings', { query: { ...query } });
}

export function exportPostings(filters: PostingFilters): Promise<Download> {
  return download('/jobs/postings/export', { query: { ...filters } });
}

export function getPosting(id: number): Promise<JobPostingResponse> {
  // A 404 is the page's to show, not a toast.
  return request(`/jobs/postings/${id}`, { silent: true });
}

export function createPosting(
  body: JobPostingRequest,
  idempotencyKey: string,
  form?: FieldErrorTarget,
): Promise<JobPostingResponse> {
  return request('/jobs/postings', { method: 'POST', body, form, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function updatePosting(
  id: number,
  body: JobPostingRequest,
  form?: FieldErrorTarget,
): Promise<JobPostingResponse> {
  return request(`/jobs/postings/${id}`, { method: 'PUT', body, form });
}

export function submitPosting(id: number): Promise<JobPostingResponse> {
  return request(`/jobs/postings/${id}/submit`, { method: 'POST' });
}

export function approvePosting(id: number): Promise<JobPostingResponse> {
  return request(`/jobs/postings/${id}/approve`, { method: 'POST' });
}

export function returnPosting(id: number, reason: string, form?: FieldErrorTarget): Promise<JobPostingResponse> {
  return request(`/jobs/postings/${id}/return`, { method: 'POST', body: { reason }, form });
}

export function closePosting(id: number): Promise<JobPostingResponse> {
  return request(`/jobs/postings/${id}/close`, { method: 'POST' });
}

// ---------------------------------------------------------------------------------------------
// Matching and push

export interface MatchFilters {
  tag?: WorkerTag;
  minScore?: number;
}

export function listMatches(postingId: number, query: Paged<MatchFilters>): Promise<Page<JobMatch>> {
  return request(`/jobs/postings/${postingId}/matches`, { query: { ...query } });
}

export function exportMatches(postingId: number, filters: MatchFilters): Promise<Download> {
  return download(`/jobs/postings/${postingId}/matches/export`, { query: { ...filters } });
}

export function pushPosting(
  postingId: number,
  body: JobPushRequest,
  form?: FieldErrorTarget,
): Promise<JobPushResponse> {
  return request(`/jobs/postings/${postingId}/push`, { method: 'POST', body, form });
}

// ---------------------------------------------------------------------------------------------
// Applications (HR's applicants)

export interface ApplicationFilters {
  status?: JobApplicationStatus;
  postingId?: number;
}

export function listApplications(query: Paged<ApplicationFilters>): Promise<Page<JobApplicationResponse>> {
  return request('/jobs/applications', { query: { ...query } });
}

export function exportApplications(filters: ApplicationFilters): Promise<Download> {
  return download('/jobs/applications/export', { query: { ...filters } });
}

export function inviteApplicant(
  id: number,
  body: { interviewAt: string; interviewPlace: string },
  form?: FieldErrorTarget,
): Promise<JobApplicationResponse> {
  return request(`/jobs/applications/${id}/invite`, { method: 'POST', body, form });
}

export function markInterviewed(id: number): Promise<JobApplicationResponse> {
  return request(`/jobs/applications/${id}/interviewed`, { method: 'POST', body: {} });
}

export function hireApplicant(
  id: number,
  body: { startsOn: string; note?: string },
  form?: FieldErrorTarget,
): Promise<JobApplicationResponse> {
  return request(`/jobs/applications/${id}/hire`, { method: 'POST', body, form });
}

export function rejectApplicant(id: number, reason: string, form?: FieldErrorTarget): Promise<JobApplicationResponse> {
  return request(`/jobs/applications/${id}/reject`, { method: 'POST', body: { reason }, form });
}
