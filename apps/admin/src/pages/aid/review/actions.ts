import {
  AID_AWARDED_STATUSES,
  AID_FINAL_REVIEW_ROLES,
  AID_FINANCE_ROLES,
  AID_FIRST_REVIEW_ROLES,
  AidApplicationStatus,
  OUTCOME_WRITE_ROLES,
  Role,
  type AidApplicationResponse,
} from '@steadywork/shared';
import { canAccess } from '../../../access/auth-context';

export type ReviewLevel = 'first' | 'final';

/** What the user may do with the application now (the API checks each again, with the data scope). */
export interface AvailableActions {
  review: ReviewLevel | null;
  objection: boolean;
  objectionDecision: boolean;
  revoke: boolean;
  disburse: boolean;
  outcome: boolean;
}

const REVOCABLE: readonly AidApplicationStatus[] = [
  AidApplicationStatus.APPROVED,
  AidApplicationStatus.PUBLICIZING,
  AidApplicationStatus.CONFIRMED,
];

export function availableActions(
  application: Pick<AidApplicationResponse, 'status' | 'objectionPending'>,
  roles: readonly Role[],
): AvailableActions {
  const { status } = application;
  const finalReviewer = canAccess(AID_FINAL_REVIEW_ROLES, roles);
  const publicizing = status === AidApplicationStatus.PUBLICIZING;
  let review: ReviewLevel | null = null;
  if (status === AidApplicationStatus.SUBMITTED && canAccess(AID_FIRST_REVIEW_ROLES, roles)) review = 'first';
  if (status === AidApplicationStatus.FIRST_APPROVED && finalReviewer) review = 'final';
  return {
    review,
    objection: publicizing && canAccess([Role.REVIEWER, Role.PROVINCE_REVIEWER], roles),
    objectionDecision: publicizing && application.objectionPending && finalReviewer,
    revoke: REVOCABLE.includes(status) && finalReviewer,
    disburse: status === AidApplicationStatus.CONFIRMED && canAccess(AID_FINANCE_ROLES, roles),
    outcome: AID_AWARDED_STATUSES.includes(status) && canAccess(OUTCOME_WRITE_ROLES, roles),
  };
}

/** Where "back" goes: the queue the application waits in for this user, else the full list. */
export function listPathOf(review: ReviewLevel | null): string {
  if (review === 'first') return '/aid/review/first';
  if (review === 'final') return '/aid/review/final';
  return '/aid/applications';
}
