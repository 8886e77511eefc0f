import Taro from '@tarojs/taro';
import type { RosterMarkResult, RosterSyncResponse, TrainingRosterResponse } from '@steadywork/shared';
import { clearAnswered, enqueueMark, readQueue, syncBatch, type MarkQueue, type QueuedMark } from './training-model';
import { syncRoster } from './api';

// The trainer's hand marks live in Taro storage (wx storage; localStorage on H5) until the server
// has answered each of them, so a mark made without a signal survives closing the app.
export const QUEUE_KEY = 'steadywork.training.rosterQueue';
const ROSTER_KEY_PREFIX = 'steadywork.training.roster.';

export function loadQueue(): MarkQueue {
  try {
    return readQueue(Taro.getStorageSync(QUEUE_KEY));
  } catch {
    return {};
  }
}

function saveQueue(queue: MarkQueue): void {
  const kept = Object.fromEntries(Object.entries(queue).filter(([, marks]) => marks.length > 0));
  try {
    if (Object.keys(kept).length) Taro.setStorageSync(QUEUE_KEY, kept);
    else Taro.removeStorageSync(QUEUE_KEY);
  } catch {
    // storage full or unavailable: the marks stay in memory for this page
  }
}

export function queuedMarks(sessionId: number): QueuedMark[] {
  return loadQueue()[String(sessionId)] ?? [];
}

/** Keeps a new mark (a later mark for the same worker replaces the waiting one); returns the session's marks. */
export function addMark(sessionId: number, mark: QueuedMark): QueuedMark[] {
  const queue = loadQueue();
  const marks = enqueueMark(queue[String(sessionId)] ?? [], mark);
  saveQueue({ ...queue, [String(sessionId)]: marks });
  return marks;
}

/** Forgets the marks the server answered; returns the session's marks still waiting. */
export function removeAnswered(sessionId: number, results: readonly RosterMarkResult[]): QueuedMark[] {
  const queue = loadQueue();
  const marks = clearAnswered(queue[String(sessionId)] ?? [], results);
  saveQueue({ ...queue, [String(sessionId)]: marks });
  return marks;
}

/**
 * Sends a session's waiting marks (at most 500 at once) and forgets those answered. Null when
 * nothing was waiting; rejects (marks kept) when the request fails.
 */
export async function sendQueued(
  sessionId: number,
): Promise<{ response: RosterSyncResponse; left: QueuedMark[] } | null> {
  const batch = syncBatch(queuedMarks(sessionId));
  if (!batch.length) return null;
  const response = await syncRoster(sessionId, batch);
  const left = removeAnswered(sessionId, response.results);
  cacheRoster(response.roster);
  return { response, left };
}

/** The last roster loaded, to mark from when the page opens without a signal. */
export function cacheRoster(roster: TrainingRosterResponse): void {
  try {
    Taro.setStorageSync(`${ROSTER_KEY_PREFIX}${roster.session.id}`, roster);
  } catch {
    // not kept: the page needs a signal to open next time
  }
}

export function cachedRoster(sessionId: number): TrainingRosterResponse | null {
  try {
    const value: unknown = Taro.getStorageSync(`${ROSTER_KEY_PREFIX}${sessionId}`);
    const roster = (typeof value === 'string' && value ? JSON.parse(value) : value) as TrainingRosterResponse | null;
    return roster && typeof roster === 'object' && Array.isArray(roster.entries) ? roster : null;
  } catch {
    return null;
  }
}
