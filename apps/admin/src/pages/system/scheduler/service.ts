import type { Page, ScheduledJobResponse, ScheduledJobRunResponse } from '@steadywork/shared';
import { request } from '../../../services/request';

export function listScheduledJobs(): Promise<ScheduledJobResponse[]> {
  return request('/scheduler/jobs');
}

export function listJobRuns(name: string, page: number, pageSize: number): Promise<Page<ScheduledJobRunResponse>> {
  return request(`/scheduler/jobs/${encodeURIComponent(name)}/runs`, { query: { page, pageSize } });
}

/** Runs the job now; 409 while an instance holds its lease (the request layer shows it). */
export function runScheduledJob(name: string): Promise<ScheduledJobRunResponse> {
  return request(`/scheduler/jobs/${encodeURIComponent(name)}/run`, { method: 'POST' });
}
