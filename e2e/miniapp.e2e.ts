import { shanghaiParts } from '../testing/clock';
import { apiCall, snapshot, Stack, staffToken, startStack, WAIT } from './helpers/stack';

describe('H5 mini-program (职工端) in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it('a worker opens the H5 mini-program, logs in with the development provider and reaches the home page', async () => {
    const page = await stack.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${stack.baseUrl}/h5/`);
      const openid = page.locator('.login-openid input, input.login-openid').first();
      await openid.waitFor({ timeout: WAIT });
      await openid.fill('browser-test-worker');
      await page.locator('.login-submit').first().click();
      await page.locator('.home-title').first().waitFor({ timeout: WAIT });
      await page.getByText('困难帮扶').first().waitFor();
      await snapshot(page, 'miniapp-home');

      const me = await page.evaluate(async () => {
        const raw = Object.entries(localStorage).find(([k]) => /access/i.test(k))?.[1] ?? '';
        const token = raw.startsWith('{') ? (JSON.parse(raw).data ?? raw) : raw;
        const res = await fetch('/api/v1/auth/me', { headers: { Authorization: `Bearer ${token}` } });
        return res.json();
      });
      expect(me).toMatchObject({ type: 'worker', openidMasked: 'bro***ker' });
    } catch (err) {
      await snapshot(page, 'miniapp-failure');
      throw err;
    }
  });

  it('the page and the API both run at the instant the test picked, not at the wall clock’s', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.baseUrl}/h5/`);
    const pageNow = await page.evaluate(() => Date.now());
    expect(Math.abs(pageNow - stack.now().getTime())).toBeLessThan(10_000);
    // the demo data is made "today" by the API's clock: its course starts on the stack's date
    const courses = await apiCall<{ items: { title: string; startsOn: string }[] }>(
      stack,
      'GET',
      '/training/courses?keyword=' + encodeURIComponent('家政服务员（育婴员方向）技能培训'),
      await staffToken(stack, 'training_admin'),
    );
    expect(courses.items.map((c) => c.startsOn)).toEqual([shanghaiParts(stack.now()).date]);
  });
});
