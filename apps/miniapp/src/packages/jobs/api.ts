import type {
  GigJobResponse,
  GigMatchForWorker,
  GigModeRequest,
  GigModeResponse,
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

// Gig work and the worker-reported hire

export function fetchGigMode(): Promise<GigModeResponse> {
  return request<GigModeResponse>('/me/jobs/gig-mode');
}

export function saveGigMode(body: GigModeRequest): Promise<GigModeResponse> {
  return request<GigModeResponse>('/me/jobs/gig-mode', { method: 'PUT', data: body });
}

/** Open gigs near the worker in gig mode, same county first, each with its reasons. */
export function fetchGigsNearMe(query: { page: number; pageSize: number }): Promise<Page<GigMatchForWorker>> {
  return request<Page<GigMatchForWorker>>('/me/jobs/gigs', { data: { ...query } });
}

export function fetchGig(id: number): Promise<GigJobResponse> {
  return request<GigJobResponse>(`/jobs/gigs/${id}`);
}

/** The worker reports having started the job ("I have started"); union staff confirm it. */
export function reportHire(id: number, startsOn: string): Promise<JobApplicationResponse> {
  return request<JobApplicationResponse>(`/me/jobs/applications/${id}/report-hire`, {
    method: 'POST',
    data: { startsOn },
  });
}
