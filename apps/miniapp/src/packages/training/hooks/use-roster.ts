import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import {
  RosterMarkOutcome,
  type AttendanceStatus,
  type RosterMarkResult,
  type TrainingRosterResponse,
  type TrainingSessionResponse,
} from '@steadywork/shared';
import { errorMessage, isApiError } from '@/services/api-error';
import { showError } from '@/services/feedback';
import { goToLogin } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';
import { fillTemplate, makeMark, rosterRows, type QueuedMark, type RosterRow } from '../training-model';
import { fetchRoster } from '../api';
import { addMark, cacheRoster, cachedRoster, queuedMarks, sendQueued } from '../roster-store';
import { trainingText } from '../locales';

export type RosterStatus = 'loading' | 'failed' | 'missing' | 'ready';
export type SyncState = { state: 'idle' } | { state: 'syncing' } | { state: 'failed'; message: string };

/** Calls `handler` when the device gets its connection back (WeChat's event; the browser's `online`). */
function useReconnect(handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const onChange = (res: { isConnected: boolean }) => {
      if (res.isConnected) latest.current();
    };
    const onOnline = () => latest.current();
    try {
      Taro.onNetworkStatusChange(onChange);
    } catch {
      // not available on this platform
    }
    const win = typeof window !== 'undefined' && process.env.TARO_ENV === 'h5' ? window : null;
    win?.addEventListener('online', onOnline);
    return () => {
      try {
        Taro.offNetworkStatusChange(onChange);
      } catch {
        // not available on this platform
      }
      win?.removeEventListener('online', onOnline);
    };
  }, []);
}

function rejectionsOf(results: readonly RosterMarkResult[], sent: readonly QueuedMark[]): string[] {
  return results
    .filter((r) => r.outcome === RosterMarkOutcome.REJECTED)
    .map((r) => {
      const name =
        sent.find((m) => m.clientId.toLowerCase() === r.clientId.toLowerCase())?.workerName ?? `#${r.workerId}`;
      return fillTemplate(trainingText.session.rejected, { name, message: r.message ?? '' });
    });
}

/**
 * A session's roster and the trainer's hand marks. A mark is kept on the device at once (shown as
 * waiting to sync) and sent with POST …/roster/sync: after each mark, when the page shows and when the
 * connection comes back. A failed send keeps the marks; the server's answer for each clears it.
 * Without a signal the last roster loaded on this device is shown.
 */
export function useRoster(sessionId: number): {
  status: RosterStatus;
  roster: TrainingRosterResponse | null;
  rows: RosterRow[];
  /** Showing the roster kept on the device (no signal). */
  offline: boolean;
  pending: number;
  sync: SyncState;
  rejections: string[];
  mark: (row: RosterRow, status: AttendanceStatus) => void;
  flush: () => Promise<void>;
  reload: () => Promise<void>;
  setSession: (session: TrainingSessionResponse) => void;
} {
  const [status, setStatus] = useState<RosterStatus>('loading');
  const [roster, setRoster] = useState<TrainingRosterResponse | null>(null);
  const [offline, setOffline] = useState(false);
  const [marks, setMarks] = useState<QueuedMark[]>(() => queuedMarks(sessionId));
  const [sync, setSync] = useState<SyncState>({ state: 'idle' });
  const [rejections, setRejections] = useState<string[]>([]);
  const inFlight = useRef(false);
  const again = useRef(false);
  const hasRoster = useRef(false);

  const show = (next: TrainingRosterResponse, fromDevice = false) => {
    hasRoster.current = true;
    setRoster(next);
    setOffline(fromDevice);
    setStatus('ready');
  };

  const flush = async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      do {
        again.current = false;
        const waiting = queuedMarks(sessionId);
        if (!waiting.length) break;
        setSync({ state: 'syncing' });
        try {
          const sent = await sendQueued(sessionId);
          setMarks(sent?.left ?? queuedMarks(sessionId));
          if (sent) {
            show(sent.response.roster);
            const rejected = rejectionsOf(sent.response.results, waiting);
            if (rejected.length) setRejections((prev) => [...rejected, ...prev].slice(0, 20));
          }
          setSync({ state: 'idle' });
        } catch (err) {
          setMarks(queuedMarks(sessionId));
          setSync({ state: 'failed', message: isApiError(err) && err.statusCode > 0 ? errorMessage(err) : '' });
          break;
        }
      } while (again.current);
    } finally {
      inFlight.current = false;
    }
  };

  const reload = async () => {
    if (!tokenStorage.hasSession()) {
      goToLogin();
      return;
    }
    if (!Number.isInteger(sessionId) || sessionId <= 0) {
      setStatus('missing');
      return;
    }
    try {
      const next = await fetchRoster(sessionId);
      cacheRoster(next);
      show(next);
    } catch (err) {
      if (isApiError(err) && err.statusCode === 404) {
        setStatus('missing');
        return;
      }
      const kept = isApiError(err) && err.code === 'NETWORK_ERROR' ? cachedRoster(sessionId) : null;
      if (kept && !hasRoster.current) {
        show(kept, true);
        return;
      }
      if (hasRoster.current) {
        if (isApiError(err) && err.code === 'NETWORK_ERROR') setOffline(true);
        return;
      }
      showError(err);
      setStatus('failed');
    }
  };

  useDidShow(() => {
    setMarks(queuedMarks(sessionId));
    void flush().then(reload);
  });

  useReconnect(() => {
    void flush().then(reload);
  });

  const mark = (row: RosterRow, next: AttendanceStatus) => {
    if (row.status === next) return;
    setMarks(addMark(sessionId, makeMark(row.workerId, next, new Date(), row.workerName)));
    void flush();
  };

  const setSession = (session: TrainingSessionResponse) =>
    setRoster((prev) => {
      if (!prev) return prev;
      const next = { ...prev, session };
      cacheRoster(next);
      return next;
    });

  return {
    status,
    roster,
    rows: roster ? rosterRows(roster.entries, marks) : [],
    offline,
    pending: marks.length,
    sync,
    rejections,
    mark,
    flush,
    reload,
    setSession,
  };
}
