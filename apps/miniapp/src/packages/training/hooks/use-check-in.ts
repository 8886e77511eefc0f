import { useRef, useState } from 'react';
import type { TrainingAttendanceResponse } from '@steadywork/shared';
import { isApiError } from '@/services/api-error';
import { errorMessage } from '@/services/api-error';
import {
  buildCheckInRequest,
  checkInOutcome,
  needsLocationFor,
  refusalText,
  type CheckInInput,
  type CheckInOutcome,
  type OpenSessionChoice,
} from '../training-model';
import { checkIn } from '../api';
import { locate } from '../location';

export type CheckInResult =
  { kind: 'done'; outcome: CheckInOutcome; record: TrainingAttendanceResponse } | { kind: 'refused'; message: string };

/**
 * Sends a check-in (with the location when the course checks the distance) and keeps what came
 * back: checked in, late, already checked in, or the API's refusal in its own words.
 */
export function useCheckIn(choices: readonly OpenSessionChoice[]): {
  phase: 'idle' | 'locating' | 'sending';
  result: CheckInResult | null;
  submit: (input: CheckInInput) => Promise<CheckInResult | null>;
  clear: () => void;
} {
  const [phase, setPhase] = useState<'idle' | 'locating' | 'sending'>('idle');
  const [result, setResult] = useState<CheckInResult | null>(null);
  const inFlight = useRef(false);

  const submit = async (input: CheckInInput): Promise<CheckInResult | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setResult(null);
    try {
      let location = null;
      if (needsLocationFor(input, choices)) {
        setPhase('locating');
        const found = await locate();
        // Without a location the API cannot check the distance: it is sent without one.
        if (found.ok) location = found.location;
      }
      setPhase('sending');
      let next: CheckInResult;
      try {
        const record = await checkIn(buildCheckInRequest(input, location));
        next = { kind: 'done', outcome: checkInOutcome(record), record };
      } catch (err) {
        next = { kind: 'refused', message: isApiError(err) ? refusalText(err) : errorMessage(err) };
      }
      setResult(next);
      return next;
    } finally {
      inFlight.current = false;
      setPhase('idle');
    }
  };

  return { phase, result, submit, clear: () => setResult(null) };
}
