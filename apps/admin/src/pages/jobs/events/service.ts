import type {
  JobApplicationResponse,
  JobEventKind,
  JobEventRequest,
  JobEventResponse,
  JobEventSignupRecordRequest,
  JobEventSignupResponse,
  JobEventStatus,
  JobPostingRequest,
  JobPostingResponse,
  JobsDashboard,
  Page,
  PartnerUnionResponse,
  PublicWelfareAssignRequest,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../../services/request';

type Paged<F> = F & { page: number; pageSize: number };

export interface EventFilters {
  kind?: JobEventKind;
  status?: JobEventStatus;
  keyword?: string;
  regionCode?: string;
}

export function listEvents(query: Paged<EventFilters>): Promise<Page<JobEventResponse>> {
  return request('/jobs/events', { query: { ...query } });
}

export function exportEvents(filters: EventFilters): Promise<Download> {
  return download('/jobs/events/export', { query: { ...filters } });
}

export function getEvent(id: number): Promise<JobEventResponse> {
  // A 404 is the page's to show, not a toast.
  return request(`/jobs/events/${id}`, { silent: true });
}

export function createEvent(body: JobEventRequest, form?: FieldErrorTarget): Promise<JobEventResponse> {
  return request('/jobs/events', { method: 'POST', body, form });
}

export function updateEvent(id: number, body: JobEventRequest, form?: FieldErrorTarget): Promise<JobEventResponse> {
  return request(`/jobs/events/${id}`, { method: 'PUT', body, form });
}

export function publishEvent(id: number): Promise<JobEventResponse> {
  return request(`/jobs/events/${id}/publish`, { method: 'POST' });
}

export interface SignupFilters {
  attended?: boolean;
}

export function listSignups(eventId: number, query: Paged<SignupFilters>): Promise<Page<JobEventSignupResponse>> {
  return request(`/jobs/events/${eventId}/signups`, { query: { ...query } });
}

export function exportSignups(eventId: number, filters: SignupFilters): Promise<Download> {
  return download(`/jobs/events/${eventId}/signups/export`, { query: { ...filters } });
}

export function recordSignup(
  eventId: number,
  signupId: number,
  body: JobEventSignupRecordRequest,
  form?: FieldErrorTarget,
): Promise<JobEventSignupResponse> {
  return request(`/jobs/events/${eventId}/signups/${signupId}`, { method: 'PUT', body, form });
}

export function listPartnerUnions(): Promise<PartnerUnionResponse[]> {
  return request('/jobs/partner-unions');
}

export function jobsDashboard(): Promise<JobsDashboard> {
  return request('/jobs/dashboard');
}

export function createPublicWelfarePost(
  body: JobPostingRequest & { employerId: number },
  form?: FieldErrorTarget,
): Promise<JobPostingResponse> {
  return request('/jobs/public-welfare-posts', { method: 'POST', body, form });
}

export function assignPublicWelfare(
  postingId: number,
  body: PublicWelfareAssignRequest,
  form?: FieldErrorTarget,
): Promise<JobApplicationResponse> {
  return request(`/jobs/public-welfare-posts/${postingId}/assign`, { method: 'POST', body, form });
}
