import { PrincipalType, TRAINING_ATTENDANCE_ROLES, type MeResponse } from '@steadywork/shared';

/** Staff who run training attendance in the mini-program (trainer mode): TRAINER, or the training admin. */
export function isTrainerAccount(me: MeResponse | null | undefined): boolean {
  return me?.type === PrincipalType.STAFF && (me.roles ?? []).some((r) => TRAINING_ATTENDANCE_ROLES.includes(r));
}
