import {
  TrainingBaseStatus,
  type AccreditRequest,
  type CompletionRunResponse,
  type CompletionVerifyResponse,
  type OnlineLearningImportResponse,
  type OnlineLearningListItem,
  type OnlineLearningQuery,
  type Page,
  type RosterMarkInput,
  type RosterSyncResponse,
  type TrainerSessionResponse,
  type TrainingBaseQuery,
  type TrainingBaseRequest,
  type TrainingBaseResponse,
  type TrainingBaseSubsidyRequest,
  type TrainingCompletionQuery,
  type TrainingCompletionResponse,
  type TrainingCourseQuery,
  type TrainingCourseRequest,
  type TrainingCourseResponse,
  type TrainingDashboard,
  type TrainingEnrolmentResponse,
  type TrainingQrResponse,
  type TrainingRosterResponse,
  type TrainingSessionResponse,
  type TrainingTargetsRequest,
  type TrainingTargetsResponse,
  type TrainerOption,
} from '@steadywork/shared';
import { download, request, type Download, type FieldErrorTarget } from '../../services/request';

// ---------------------------------------------------------------------------------------------
// Courses

/** The list's filters (the query without the paging): the export takes the same. */
export type CourseFilters = Omit<TrainingCourseQuery, 'page' | 'pageSize'>;

export function listCourses(
  query: CourseFilters & { page: number; pageSize: number },
): Promise<Page<TrainingCourseResponse>> {
  return request('/training/courses', { query: { ...query } });
}

export function exportCourses(filters: CourseFilters): Promise<Download> {
  return download('/training/courses/export', { query: { ...filters } });
}

export function getCourse(id: number): Promise<TrainingCourseResponse> {
  // A 404 is the page's to show (a Result), not a toast.
  return request(`/training/courses/${id}`, { silent: true });
}

export function createCourse(body: TrainingCourseRequest, form?: FieldErrorTarget): Promise<TrainingCourseResponse> {
  return request('/training/courses', { method: 'POST', body, form });
}

export function updateCourse(
  id: number,
  body: TrainingCourseRequest,
  form?: FieldErrorTarget,
): Promise<TrainingCourseResponse> {
  return request(`/training/courses/${id}`, { method: 'PUT', body, form });
}

/** The trainer accounts in the caller's scope (active, holding the trainer role); a failure leaves the choice empty. */
export function trainerAccounts(): Promise<TrainerOption[]> {
  return request<TrainerOption[]>('/training/trainers', { silent: true }).then(
    (list) => list,
    () => [],
  );
}

/** Accredited bases, to name the one running a course; a failure leaves the choice empty. */
export function accreditedBases(): Promise<TrainingBaseResponse[]> {
  return request<Page<TrainingBaseResponse>>('/training/bases', {
    query: { status: TrainingBaseStatus.ACCREDITED, page: 1, pageSize: 100 },
    silent: true,
  }).then(
    (page) => page.items,
    () => [],
  );
}

export function completeCourse(id: number): Promise<CompletionRunResponse> {
  return request(`/training/courses/${id}/complete`, { method: 'POST' });
}

// ---------------------------------------------------------------------------------------------
// Enrolments

export function listEnrolments(courseId: number): Promise<TrainingEnrolmentResponse[]> {
  return request(`/training/courses/${courseId}/enrolments`, { silent: true });
}

export function enrolWorker(courseId: number, workerId: number, form?: FieldErrorTarget) {
  return request<TrainingEnrolmentResponse>(`/training/courses/${courseId}/enrolments`, {
    method: 'POST',
    body: { workerId },
    form,
  });
}

export function withdrawEnrolment(id: number): Promise<TrainingEnrolmentResponse> {
  return request(`/training/enrolments/${id}/withdraw`, { method: 'POST' });
}

/** Workers in the caller's scope whose name or ID ending matches (the enrol picker). */
// ---------------------------------------------------------------------------------------------
// Sessions and attendance

export function exportMySessions(): Promise<Download> {
  return download('/training/sessions/mine/export');
}

export function mySessions(): Promise<TrainerSessionResponse[]> {
  return request('/training/sessions/mine');
}

export function openSession(id: number): Promise<TrainingSessionResponse> {
  return request(`/training/sessions/${id}/open`, { method: 'POST' });
}

export function closeSession(id: number): Promise<TrainingSessionResponse> {
  return request(`/training/sessions/${id}/close`, { method: 'POST' });
}

/** The code on screen now; the page shows its own state when it cannot be had. */
export function sessionQr(id: number): Promise<TrainingQrResponse> {
  return request(`/training/sessions/${id}/qr`, { silent: true });
}

export function getRoster(id: number, options: { silent?: boolean } = {}): Promise<TrainingRosterResponse> {
  return request(`/training/sessions/${id}/roster`, { silent: options.silent ?? true });
}

/** Hand marks; the page tells the user itself (a mark that cannot be sent now is kept for later). */
export function syncRoster(id: number, marks: RosterMarkInput[]): Promise<RosterSyncResponse> {
  return request(`/training/sessions/${id}/roster/sync`, { method: 'POST', body: { marks }, silent: true });
}

// ---------------------------------------------------------------------------------------------
// Completions

export function verifyCompletion(code: string): Promise<CompletionVerifyResponse> {
  return request(`/training/completions/verify/${encodeURIComponent(code)}`, { silent: true });
}

/** The 结业记录 list's filters (the query without the paging): the export takes the same. */
export type CompletionFilters = Omit<TrainingCompletionQuery, 'page' | 'pageSize'>;

export function listCompletions(
  query: CompletionFilters & { page: number; pageSize: number },
): Promise<Page<TrainingCompletionResponse>> {
  return request('/training/completions', { query: { ...query } });
}

export function exportCompletions(filters: CompletionFilters): Promise<Download> {
  return download('/training/completions/export', { query: { ...filters } });
}

// ---------------------------------------------------------------------------------------------
// Training bases

export type BaseFilters = Omit<TrainingBaseQuery, 'page' | 'pageSize'>;

export function listBases(
  query: BaseFilters & { page: number; pageSize: number },
): Promise<Page<TrainingBaseResponse>> {
  return request('/training/bases', { query: { ...query } });
}

export function exportBases(filters: BaseFilters): Promise<Download> {
  return download('/training/bases/export', { query: { ...filters } });
}

export function getBase(id: number): Promise<TrainingBaseResponse> {
  return request(`/training/bases/${id}`, { silent: true });
}

export function applyBase(body: TrainingBaseRequest, form?: FieldErrorTarget): Promise<TrainingBaseResponse> {
  return request('/training/bases', { method: 'POST', body, form });
}

export function amendBase(
  id: number,
  body: TrainingBaseRequest,
  form?: FieldErrorTarget,
): Promise<TrainingBaseResponse> {
  return request(`/training/bases/${id}`, { method: 'PUT', body, form });
}

export function accreditBase(
  id: number,
  body: AccreditRequest,
  form?: FieldErrorTarget,
): Promise<TrainingBaseResponse> {
  return request(`/training/bases/${id}/accredit`, { method: 'POST', body, form });
}

export function refuseBase(id: number, reason: string, form?: FieldErrorTarget): Promise<TrainingBaseResponse> {
  return request(`/training/bases/${id}/refuse`, { method: 'POST', body: { reason }, form });
}

export function addBaseSubsidy(
  id: number,
  body: TrainingBaseSubsidyRequest,
  form?: FieldErrorTarget,
): Promise<TrainingBaseResponse> {
  return request(`/training/bases/${id}/subsidies`, { method: 'POST', body, form });
}

// ---------------------------------------------------------------------------------------------
// Online learning

export function downloadOnlineTemplate(): Promise<Download> {
  return download('/training/online-learning/template');
}

/** Uploads the platform's sheet (multipart field `file`); the answer is the row report. */
export function importOnlineLearning(file: File): Promise<OnlineLearningImportResponse> {
  const body = new FormData();
  body.append('file', file, file.name);
  return request('/training/online-learning/imports', { method: 'POST', body });
}

/** The 网上学习记录 list's filters (the query without the paging): the export takes the same. */
export type OnlineLearningFilters = Omit<OnlineLearningQuery, 'page' | 'pageSize'>;

export function listOnlineLearning(
  query: OnlineLearningFilters & { page: number; pageSize: number },
): Promise<Page<OnlineLearningListItem>> {
  return request('/training/online-learning', { query: { ...query } });
}

export function exportOnlineLearning(filters: OnlineLearningFilters): Promise<Download> {
  return download('/training/online-learning/export', { query: { ...filters } });
}

// ---------------------------------------------------------------------------------------------
// The console home

export function trainingDashboard(year: number): Promise<TrainingDashboard> {
  return request('/training/dashboard', { query: { year }, silent: true });
}

// ---------------------------------------------------------------------------------------------
// Targets (培训目标)

/** The year's targets; `targets` null when nobody has set them. */
export function getTargets(year: number): Promise<TrainingTargetsResponse> {
  return request(`/training/targets/${year}`);
}

/** Sets the year's targets and city splits as a whole. */
export function saveTargets(
  year: number,
  body: TrainingTargetsRequest,
  form?: FieldErrorTarget,
): Promise<TrainingTargetsResponse> {
  return request(`/training/targets/${year}`, { method: 'PUT', body, form });
}
