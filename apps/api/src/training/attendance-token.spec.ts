import { checkShortCode, checkToken, issue, newSessionSecret, parseToken, WINDOW_MS } from './attendance-token';

describe('attendance QR codes', () => {
  const secret = newSessionSecret();
  const t0 = new Date(Date.UTC(2026, 5, 1, 1, 0, 5));

  it('accepts a code in its own window and the next, not after', () => {
    const code = issue(secret, 7, t0);
    const parsed = parseToken(code.token)!;
    expect(parsed.sessionId).toBe(7);
    expect(checkToken(secret, parsed, t0)).toBe('ok');
    expect(checkToken(secret, parsed, new Date(t0.getTime() + WINDOW_MS))).toBe('ok');
    expect(checkToken(secret, parsed, new Date(t0.getTime() + 61_000))).toBe('expired');
    expect(code.expiresAt.getTime() - code.refreshAt.getTime()).toBe(WINDOW_MS);
  });

  it('refuses a signature made with another key, for another session or a future window', () => {
    const code = issue(secret, 7, t0);
    const other = issue(newSessionSecret(), 7, t0);
    expect(checkToken(secret, parseToken(other.token)!, t0)).toBe('forged');
    const [, w, sig] = code.token.split('.');
    expect(checkToken(secret, parseToken(`8.${w}.${sig}`)!, t0)).toBe('forged');
    const future = issue(secret, 7, new Date(t0.getTime() + 5 * WINDOW_MS));
    expect(checkToken(secret, parseToken(future.token)!, t0)).toBe('forged');
    expect(parseToken('7.123.short')).toBeNull();
  });

  it('derives a 6-digit short code that follows the window', () => {
    const code = issue(secret, 7, t0);
    expect(code.shortCode).toMatch(/^\d{6}$/);
    expect(checkShortCode(secret, 7, code.shortCode, t0)).toBe(true);
    expect(checkShortCode(secret, 7, code.shortCode, new Date(t0.getTime() + WINDOW_MS))).toBe(true);
    expect(checkShortCode(secret, 7, code.shortCode, new Date(t0.getTime() + 3 * WINDOW_MS))).toBe(false);
  });
});
