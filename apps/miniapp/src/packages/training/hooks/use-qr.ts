import { useEffect, useRef, useState } from 'react';
import type { TrainingQrResponse } from '@steadywork/shared';
import { countdownSeconds, qrRefreshDelay } from '../training-model';
import { fetchQr } from '../api';

/** After a failed fetch, the next try (the shown code stays valid up to a minute). */
const RETRY_MS = 5000;

/**
 * The session's current QR code while `active` (check-in open, page shown): fetched again when it
 * changes (every 30 s), with a countdown to the change. A failed fetch keeps the last code, marks
 * it stale and tries again shortly.
 */
export function useQr(
  sessionId: number,
  active: boolean,
  /** The API refused the code (409: check-in closed meanwhile, e.g. in the console). */
  onRefused?: () => void,
): { qr: TrainingQrResponse | null; secondsLeft: number; stale: boolean } {
  const [qr, setQr] = useState<TrainingQrResponse | null>(null);
  const [stale, setStale] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [nextAt, setNextAt] = useState(0);
  const refused = useRef(onRefused);
  refused.current = onRefused;

  useEffect(() => {
    if (!active) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = setInterval(() => setNow(Date.now()), 1000);

    const load = async () => {
      let delay = RETRY_MS;
      try {
        const next = await fetchQr(sessionId);
        if (cancelled) return;
        setQr(next);
        setStale(false);
        delay = qrRefreshDelay(next.refreshAt, Date.now());
      } catch (err) {
        if (cancelled) return;
        setStale(true);
        if ((err as { statusCode?: number } | null)?.statusCode === 409) {
          refused.current?.();
          return;
        }
      }
      setNow(Date.now());
      setNextAt(Date.now() + delay);
      timer = setTimeout(() => void load(), delay);
    };
    void load();

    return () => {
      cancelled = true;
      clearInterval(tick);
      if (timer) clearTimeout(timer);
    };
  }, [sessionId, active]);

  return { qr: active ? qr : null, secondsLeft: countdownSeconds(nextAt, now), stale };
}
