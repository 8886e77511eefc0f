import type {
  ArchiveResponse,
  AuditLogResponse,
  Education,
  EmploymentStatus,
  FollowUpMethod,
  FollowUpResponse,
  HardshipLevel,
  HouseholdInfo,
  ImportJobResponse,
  OverdueFollowUpResponse,
  Page,
  RevealResponse,
  WorkerProfileInput,
  WorkerQuery,
  WorkerResponse,
  WorkerTag,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../services/request';

/** The list's filters (everything of WorkerQuery but the paging): the export takes the same. */
export type WorkerFilters = Omit<WorkerQuery, 'page' | 'pageSize'>;

export function listWorkers(query: WorkerQuery & { page: number; pageSize: number }): Promise<Page<WorkerResponse>> {
  return request('/workers', { query: { ...query } });
}

export function exportWorkers(filters: WorkerFilters): Promise<Download> {
  return download('/workers/export', { query: { ...filters } });
}

export function getWorker(id: number): Promise<WorkerResponse> {
  // A 404 is the page's to show (a Result), not a toast.
  return request(`/workers/${id}`, { silent: true });
}

export function createWorker(body: WorkerProfileInput, form?: FieldErrorTarget): Promise<WorkerResponse> {
  return request('/workers', { method: 'POST', body, form });
}

/** PATCH /workers/:id: the profile without the ID number (it never changes). */
export interface UpdateWorkerRequest {
  name?: string;
  phone?: string;
  regionCode?: string;
  ethnicity?: string;
  employer?: string;
  unionMember?: boolean;
  employmentStatus?: EmploymentStatus;
  education?: Education;
  skills?: string[];
  employmentIntention?: string;
  trainingNeeds?: string;
  tags?: WorkerTag[];
}

export function updateWorker(id: number, body: UpdateWorkerRequest, form?: FieldErrorTarget): Promise<WorkerResponse> {
  return request(`/workers/${id}`, { method: 'PATCH', body, form });
}

export function revealWorker(id: number): Promise<RevealResponse> {
  return request(`/workers/${id}/reveal`, { method: 'POST' });
}

export function workerAuditTrail(id: number): Promise<Page<AuditLogResponse>> {
  return request(`/workers/${id}/audit`);
}

// ---------------------------------------------------------------------------------------------
// Hardship archive

export interface ArchiveAssessment {
  level: HardshipLevel;
  household: HouseholdInfo;
  cause: string;
  attachments?: string[];
}

export function getArchive(workerId: number): Promise<ArchiveResponse | null> {
  return request<ArchiveResponse | null>(`/workers/${workerId}/archive`).then((a) => a ?? null);
}

export function openArchive(
  workerId: number,
  body: ArchiveAssessment,
  form?: FieldErrorTarget,
): Promise<ArchiveResponse> {
  return request(`/workers/${workerId}/archive`, { method: 'POST', body, form });
}

export function reassessArchive(
  workerId: number,
  body: ArchiveAssessment,
  form?: FieldErrorTarget,
): Promise<ArchiveResponse> {
  return request(`/workers/${workerId}/archive/reassess`, { method: 'POST', body, form });
}

export function closeArchive(workerId: number, reason: string, form?: FieldErrorTarget): Promise<ArchiveResponse> {
  return request(`/workers/${workerId}/archive/close`, { method: 'POST', body: { reason }, form });
}

export function reopenArchive(
  workerId: number,
  body: ArchiveAssessment & { reason: string },
  form?: FieldErrorTarget,
): Promise<ArchiveResponse> {
  return request(`/workers/${workerId}/archive/reopen`, { method: 'POST', body, form });
}

// ---------------------------------------------------------------------------------------------
// Follow-ups

export interface FollowUpRequest {
  method: FollowUpMethod;
  /** ISO instant. */
  followedAt: string;
  notes: string;
  employmentStatus: EmploymentStatus;
  /** 家庭月人均收入 (fen), when found out: a fall flags 返困风险 after the archive closed. */
  monthlyIncomeFen?: number;
}

export function listFollowUps(workerId: number): Promise<FollowUpResponse[]> {
  return request(`/workers/${workerId}/follow-ups`);
}

export function recordFollowUp(
  workerId: number,
  body: FollowUpRequest,
  form?: FieldErrorTarget,
): Promise<FollowUpResponse> {
  return request(`/workers/${workerId}/follow-ups`, { method: 'POST', body, form });
}

export function listOverdue(query: {
  page: number;
  pageSize: number;
  regionCode?: string;
}): Promise<Page<OverdueFollowUpResponse>> {
  return request('/follow-ups/overdue', { query: { ...query } });
}

export function exportOverdue(filters: { regionCode?: string }): Promise<Download> {
  return download('/follow-ups/overdue/export', { query: { ...filters } });
}

/** How many follow-ups are overdue in the caller's scope (the home page's figure). */
export function countOverdue(): Promise<number> {
  return request<Page<OverdueFollowUpResponse>>('/follow-ups/overdue', {
    query: { page: 1, pageSize: 1 },
    silent: true,
  }).then((page) => page.total);
}

// ---------------------------------------------------------------------------------------------
// Import

export function downloadImportTemplate(): Promise<Download> {
  return download('/workers/import-template');
}

export function startImport(file: File): Promise<ImportJobResponse> {
  const body = new FormData();
  body.append('file', file, file.name);
  return request('/workers/imports', { method: 'POST', body });
}

export function getImportJob(id: number): Promise<ImportJobResponse> {
  return request(`/workers/imports/${id}`, { silent: true });
}
