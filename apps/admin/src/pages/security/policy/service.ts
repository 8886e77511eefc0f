import type { SecurityPolicyResponse } from '@steadywork/shared';
import { request, type FieldErrorTarget } from '../../../services/request';

export function getPolicy(): Promise<SecurityPolicyResponse> {
  return request('/security/policy');
}

export function updatePolicy(body: SecurityPolicyResponse, form?: FieldErrorTarget): Promise<SecurityPolicyResponse> {
  return request('/security/policy', { method: 'PUT', body, form });
}
