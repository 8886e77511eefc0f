import type {
  EmployeeOption,
  NominationQuery,
  NominationResponse,
  OpenCourseQuery,
  Page,
  TrainingCourseResponse,
  TrainingEnrolmentResponse,
} from '@steadywork/shared';
import { download, request, type Download } from '../../../services/request';

/** The open courses' filters (the query without the paging or the worker's location). */
export type OpenCourseFilters = Omit<OpenCourseQuery, 'page' | 'pageSize' | 'lat' | 'lng'>;

/** Courses open for enrolment now (any signed-in user). */
export function listOpenCourses(
  query: OpenCourseFilters & { page: number; pageSize: number },
): Promise<Page<TrainingCourseResponse>> {
  return request('/training/courses/open', { query: { ...query } });
}

/** How many employees the picker offers at a time: narrow by typing. */
export const EMPLOYEE_PAGE_SIZE = 50;

/** The HR officer's company's registered employees (masked); the keyword is part of the name or the ID's last 4. */
export function searchEmployees(keyword?: string): Promise<Page<EmployeeOption>> {
  return request('/training/nominations/employees', {
    query: { keyword, page: 1, pageSize: EMPLOYEE_PAGE_SIZE },
    silent: true,
  });
}

/** Nominates one employee; the modal shows each answer itself (a 409 is one line of the report, not a toast). */
export function nominate(courseId: number, workerId: number): Promise<TrainingEnrolmentResponse> {
  return request(`/training/courses/${courseId}/enrolments`, { method: 'POST', body: { workerId }, silent: true });
}

/** The nominations list's filters (the query without the paging): the export takes the same. */
export type NominationFilters = Omit<NominationQuery, 'page' | 'pageSize'>;

export function listNominations(
  query: NominationFilters & { page: number; pageSize: number },
): Promise<Page<NominationResponse>> {
  return request('/training/nominations', { query: { ...query } });
}

export function exportNominations(filters: NominationFilters): Promise<Download> {
  return download('/training/nominations/export', { query: { ...filters } });
}

export function withdrawNomination(id: number): Promise<TrainingEnrolmentResponse> {
  return request(`/training/enrolments/${id}/withdraw`, { method: 'POST' });
}
