import type {
  CheckInRequest,
  OnlineLearningLogRequest,
  OnlineLearningRecordResponse,
  OpenCourseQuery,
  Page,
  RosterMarkInput,
  RosterSyncRequest,
  RosterSyncResponse,
  TrainingAttendanceResponse,
  TrainingCompletionResponse,
  TrainingCourseQuery,
  TrainingCourseResponse,
  TrainingEnrolmentResponse,
  TrainingQrResponse,
  TrainingRosterResponse,
  TrainingSessionResponse,
} from '@steadywork/shared';
import { request } from '@/services/request';

// ---- the worker ----

/** Courses open for enrolment; with `lat`/`lng` sorted by distance and carrying `distanceMeters`. */
export function fetchOpenCourses(query: OpenCourseQuery): Promise<Page<TrainingCourseResponse>> {
  return request<Page<TrainingCourseResponse>>('/training/courses/open', { data: query });
}

/** One course (with `myEnrolment` for a worker). */
export function fetchCourse(id: number): Promise<TrainingCourseResponse> {
  return request<TrainingCourseResponse>(`/training/courses/${id}`);
}

/**
 * Enrolment: an empty body enrols the worker themselves; WAITLISTED with a position when full. The API
 * answers 409 to a second enrolment, so a repeated tap never makes two.
 */
export function enrol(courseId: number): Promise<TrainingEnrolmentResponse> {
  return request<TrainingEnrolmentResponse>(`/training/courses/${courseId}/enrolments`, { method: 'POST', data: {} });
}

export function withdrawEnrolment(id: number): Promise<TrainingEnrolmentResponse> {
  return request<TrainingEnrolmentResponse>(`/training/enrolments/${id}/withdraw`, { method: 'POST' });
}

export function fetchMyEnrolments(): Promise<TrainingEnrolmentResponse[]> {
  return request<TrainingEnrolmentResponse[]>('/me/training/enrolments');
}

export function fetchMyCompletions(): Promise<TrainingCompletionResponse[]> {
  return request<TrainingCompletionResponse[]>('/me/training/completions');
}

/** The scanned token, or a session and its short code; 200 with the first record when repeated. */
export function checkIn(body: CheckInRequest): Promise<TrainingAttendanceResponse> {
  return request<TrainingAttendanceResponse>('/training/check-ins', { method: 'POST', data: body });
}

export function fetchMyLearning(): Promise<OnlineLearningRecordResponse[]> {
  return request<OnlineLearningRecordResponse[]>('/me/training/online-learning');
}

/** Logs a studied item; the same item again returns the first record. */
export function logLearning(body: OnlineLearningLogRequest): Promise<OnlineLearningRecordResponse> {
  return request<OnlineLearningRecordResponse>('/me/training/online-learning', { method: 'POST', data: body });
}

export { fetchMyProfile } from '@/services/profile';

// ---- the trainer ----

/** The courses the trainer teaches (the training admin: those in scope). */
export function fetchTrainerCourses(query: TrainingCourseQuery = {}): Promise<Page<TrainingCourseResponse>> {
  return request<Page<TrainingCourseResponse>>('/training/courses', { data: { pageSize: 50, ...query } });
}

export function openSession(id: number): Promise<TrainingSessionResponse> {
  return request<TrainingSessionResponse>(`/training/sessions/${id}/open`, { method: 'POST' });
}

export function closeSession(id: number): Promise<TrainingSessionResponse> {
  return request<TrainingSessionResponse>(`/training/sessions/${id}/close`, { method: 'POST' });
}

export function fetchQr(id: number): Promise<TrainingQrResponse> {
  return request<TrainingQrResponse>(`/training/sessions/${id}/qr`);
}

export function fetchRoster(id: number): Promise<TrainingRosterResponse> {
  return request<TrainingRosterResponse>(`/training/sessions/${id}/roster`);
}

/** Hand marks made on the device: each recorded once by its client id; a later mark wins. */
export function syncRoster(id: number, marks: RosterMarkInput[]): Promise<RosterSyncResponse> {
  const body: RosterSyncRequest = { marks };
  return request<RosterSyncResponse>(`/training/sessions/${id}/roster/sync`, { method: 'POST', data: body });
}
