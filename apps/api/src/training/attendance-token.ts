import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The QR codes of a session's check-in. A code is `<sessionId>.<window>.<signature>`, signed
 * with the session's own key (HMAC-SHA256 over `<sessionId>.<window>`), where a window is 30
 * seconds of time. The current and the previous window are accepted, so a code shown at the
 * end of a window still works while the worker's phone sends it. The 6-digit short code shown
 * under the QR is cut from the same signature (as in HOTP), so it changes with it.
 */
export const WINDOW_MS = 30_000;

export function newSessionSecret(): string {
  return randomBytes(32).toString('hex');
}

export function windowOf(now: Date): number {
  return Math.floor(now.getTime() / WINDOW_MS);
}

function mac(secret: string, sessionId: number, window: number): Buffer {
  return createHmac('sha256', Buffer.from(secret, 'hex')).update(`${sessionId}.${window}`).digest();
}

export function shortCodeOf(digest: Buffer): string {
  const offset = digest[digest.length - 1] & 0x0f;
  const n =
    ((digest[offset] & 0x7f) << 24) | (digest[offset + 1] << 16) | (digest[offset + 2] << 8) | digest[offset + 3];
  return String(n % 1_000_000).padStart(6, '0');
}

export interface IssuedCode {
  token: string;
  shortCode: string;
  /** When the next window starts. */
  refreshAt: Date;
  /** When this code stops being accepted. */
  expiresAt: Date;
}

export function issue(secret: string, sessionId: number, now: Date): IssuedCode {
  const window = windowOf(now);
  const digest = mac(secret, sessionId, window);
  return {
    token: `${sessionId}.${window}.${digest.toString('base64url')}`,
    shortCode: shortCodeOf(digest),
    refreshAt: new Date((window + 1) * WINDOW_MS),
    expiresAt: new Date((window + 2) * WINDOW_MS),
  };
}

export interface ParsedToken {
  sessionId: number;
  window: number;
  signature: string;
}

/** The parts of a token, or null when it is not one at all. */
export function parseToken(token: string): ParsedToken | null {
  const m = /^(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  return { sessionId: Number(m[1]), window: Number(m[2]), signature: m[3] };
}

export type TokenCheck = 'ok' | 'forged' | 'expired';

/** Checks the signature first: an expired code is only reported as such when it is genuine. */
export function checkToken(secret: string, parsed: ParsedToken, now: Date): TokenCheck {
  const expected = mac(secret, parsed.sessionId, parsed.window);
  const given = Buffer.from(parsed.signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  const current = windowOf(now);
  if (parsed.window > current) return 'forged';
  return parsed.window >= current - 1 ? 'ok' : 'expired';
}

/** A typed short code matches the current or the previous window. */
export function checkShortCode(secret: string, sessionId: number, code: string, now: Date): boolean {
  const current = windowOf(now);
  let ok = false;
  for (const w of [current, current - 1]) {
    const expected = Buffer.from(shortCodeOf(mac(secret, sessionId, w)));
    const given = Buffer.from(code);
    if (given.length === expected.length && timingSafeEqual(given, expected)) ok = true;
  }
  return ok;
}
