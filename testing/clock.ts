/**
 * The instant every test tier runs at: `TEST_NOW` (an ISO instant) when set, else a fixed
 * ordinary working morning. No test reads the wall clock, so the suites pass at any hour; CI runs
 * the date-sensitive ones again with TEST_NOW at 23:58 and 00:02 in Asia/Shanghai and across New
 * Year (see .ci/run). A test whose behaviour needs a particular moment picks it itself.
 *
 * The API suites start the app's clock here (apps/api/test/helpers/test-app.ts); the browser tests
 * start the API process and each browser context here (e2e/helpers/stack.ts); the console and
 * mini-program specs fake `Date` from here (their jest configs).
 */
export const DEFAULT_TEST_NOW = '2026-06-10T02:00:00.000Z'; // Wednesday 10:00 in Xining

export function testNow(): Date {
  const text = process.env.TEST_NOW || DEFAULT_TEST_NOW;
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw new Error(`TEST_NOW is not an ISO instant: ${text}`);
  return at;
}

/** 2026-06-10T02:00:00Z → "2026-06-10" and "10:00": an instant's day and time in Asia/Shanghai. */
export function shanghaiParts(at: Date | number): { date: string; time: string } {
  const shifted = new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/**
 * Jest's `fakeTimers` for the jsdom specs: only `Date` is faked, starting at the test instant and
 * running on at the wall clock's pace; timers, promises and animation frames stay real, so the
 * components under test behave as they do in a browser.
 */
export function fakeDateOnly() {
  return {
    enableGlobally: true,
    now: testNow().getTime(),
    advanceTimers: true,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  } as const;
}
