import type {
  JobApplicationResponse,
  JobPostingResponse,
  JobSubscriptionResponse,
  MyJobEvent,
  Page,
  RecommendedJob,
} from '@steadywork/shared';
import { request } from '@/services/request';

export interface RecommendedQuery {
  keyword?: string;
  page: number;
  pageSize: number;
}

/** Open postings ranked for the worker by fit, each with its `score` and `reasons`. */
export function fetchRecommended(query: RecommendedQuery): Promise<Page<RecommendedJob>> {
  const data: Record<string, string | number> = { page: query.page, pageSize: query.pageSize };
  if (query.keyword) data.keyword = query.keyword;
  return request<Page<RecommendedJob>>('/me/jobs/recommended', { data });
}

/** One open posting (404 once it is no longer open to workers). */
export function fetchPosting(id: number): Promise<JobPostingResponse> {
  return request<JobPostingResponse>(`/jobs/postings/${id}`);
}

/** Applies to a posting; applying again returns the same application. */
export function applyToPosting(id: number): Promise<JobApplicationResponse> {
  return request<JobApplicationResponse>(`/jobs/postings/${id}/apply`, { method: 'POST' });
}

export function fetchMyApplications(): Promise<JobApplicationResponse[]> {
  return request<JobApplicationResponse[]>('/me/jobs/applications');
}

export function acceptInterview(id: number): Promise<JobApplicationResponse> {
  return request<JobApplicationResponse>(`/me/jobs/applications/${id}/accept-interview`, { method: 'POST' });
}

export function withdrawApplication(id: number): Promise<JobApplicationResponse> {
  return request<JobApplicationResponse>(`/me/jobs/applications/${id}/withdraw`, { method: 'POST' });
}

export function fetchSubscription(): Promise<JobSubscriptionResponse> {
  return request<JobSubscriptionResponse>('/me/jobs/subscription');
}

export function saveSubscription(subscribed: boolean): Promise<JobSubscriptionResponse> {
  return request<JobSubscriptionResponse>('/me/jobs/subscription', { method: 'PUT', data: { subscribed } });
}

/** Published events of the worker's county, city or province that have not ended. */
export function fetchMyEvents(query: { page: number; pageSize: number }): Promise<Page<MyJobEvent>> {
  return request<Page<MyJobEvent>>('/me/jobs/events', { data: { page: query.page, pageSize: query.pageSize } });
}

export function fetchMyEvent(id: number): Promise<MyJobEvent> {
  return request<MyJobEvent>(`/me/jobs/events/${id}`);
}

/** Signs up; signing up again returns the same sign-up. */
export function signUpForEvent(id: number): Promise<MyJobEvent> {
  return request<MyJobEvent>(`/me/jobs/events/${id}/signup`, { method: 'POST' });
}
