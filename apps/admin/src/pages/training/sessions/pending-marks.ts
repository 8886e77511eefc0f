import type { RosterMarkInput } from '@steadywork/shared';

/**
 * Roster marks made while the API could not be reached, kept in the browser per session until
 * they are sent. Each carries its client id and the time it was made: sending one twice changes
 * nothing, and a later mark wins over an earlier one whatever order they arrive in.
 */
const keyOf = (sessionId: number) => `steadywork.admin.rosterMarks.${sessionId}`;

export function pendingMarks(sessionId: number): RosterMarkInput[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(sessionId)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as RosterMarkInput[]) : [];
  } catch {
    return [];
  }
}

export function savePendingMarks(sessionId: number, marks: readonly RosterMarkInput[]): void {
  if (marks.length) localStorage.setItem(keyOf(sessionId), JSON.stringify(marks));
  else localStorage.removeItem(keyOf(sessionId));
}

/** Drops the marks the API has answered for (recorded, superseded or refused alike). */
export function forgetMarks(sessionId: number, clientIds: readonly string[]): RosterMarkInput[] {
  const sent = new Set(clientIds.map((id) => id.toLowerCase()));
  const rest = pendingMarks(sessionId).filter((m) => !sent.has(m.clientId.toLowerCase()));
  savePendingMarks(sessionId, rest);
  return rest;
}

/** Each worker's latest unsent mark (by the time it was made). */
export function latestByWorker(marks: readonly RosterMarkInput[]): Map<number, RosterMarkInput> {
  const latest = new Map<number, RosterMarkInput>();
  for (const mark of marks) {
    const known = latest.get(mark.workerId);
    if (!known || known.markedAt <= mark.markedAt) latest.set(mark.workerId, mark);
  }
  return latest;
}
