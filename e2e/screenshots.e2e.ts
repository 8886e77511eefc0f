import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { apiCall, Stack, startStack, WAIT } from './helpers/stack';

const PASSWORD = 'Demo@2026!';
const ROOT = path.resolve(__dirname, '..');
/** `npm run screenshots` writes the README's pictures (docs/screenshots); tests write to test-results. */
const DIR = path.resolve(ROOT, process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots');

/**
 * The README's pictures, taken from the demo province as `npm start` fills it: each page is
 * checked to show the province's people before it is photographed.
 */
describe('the README screenshots, from the demo province', () => {
  let stack: Stack;
  beforeAll(async () => {
    fs.mkdirSync(DIR, { recursive: true });
    stack = await startStack({ env: { DEMO_PROVINCE: 'true' } });
  }, 240_000);
  afterAll(() => stack?.stop());

  async function consoleAs(username: string): Promise<Page> {
    const page = await stack.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${stack.baseUrl}/admin/login`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: WAIT });
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(DIR, `${name}.png`) });

  /** Rows of the page's main table, once it has loaded some. */
  async function rows(page: Page, atLeast: number): Promise<number> {
    const row = page.locator('.ant-table-tbody tr.ant-table-row');
    await row.nth(atLeast - 1).waitFor({ timeout: WAIT });
    return row.count();
  }

  it('the console: the province’s home, a county’s workers, its first-review queue, a center’s requests', async () => {
    const province = await consoleAs('province_reviewer');
    await province.getByText('西宁市').first().waitFor({ timeout: WAIT });
    await province.waitForTimeout(1000); // charts finish drawing
    await shot(province, 'console');

    const county = await consoleAs('chengdong_reviewer');
    await county.goto(`${stack.baseUrl}/admin/workers`);
    expect(await rows(county, 10)).toBeGreaterThanOrEqual(10);
    await shot(county, 'console-workers');
    await county.goto(`${stack.baseUrl}/admin/aid/review/first`);
    expect(await rows(county, 1)).toBeGreaterThanOrEqual(1);
    await shot(county, 'console-aid-review');

    const center = await consoleAs('center_staff');
    await center.goto(`${stack.baseUrl}/admin/service-requests`);
    expect(await rows(center, 5)).toBeGreaterThanOrEqual(5);
    await shot(center, 'console-centers-request');
  });

  it('the H5 mini-program: an applicant of the province, their applications, the centers near them', async () => {
    const staff = await apiCall<{ accessToken: string }>(stack, 'POST', '/auth/login', null, {
      username: 'chengdong_reviewer',
      password: PASSWORD,
    });
    const apps = await apiCall<{ items: { workerId: number }[] }>(
      stack,
      'GET',
      '/aid/applications?pageSize=5',
      staff.accessToken,
    );
    expect(apps.items.length).toBeGreaterThan(0);
    const page = await stack.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stack.baseUrl}/h5/`);
    await page.locator('.login-openid input').fill(`demo-province-${apps.items[0].workerId}`);
    await page.locator('.login-submit').click();
    await page.locator('.home-entry-worker').waitFor({ timeout: WAIT });
    await page.waitForTimeout(500);
    await shot(page, 'miniapp-h5');
    await page.goto(`${stack.baseUrl}/h5/#/packages/aid/pages/applications`);
    await page.locator('[data-testid^="aid-application-"]').first().waitFor({ timeout: WAIT });
    await page.waitForTimeout(500);
    await shot(page, 'miniapp-aid-applications');
    await page.goto(`${stack.baseUrl}/h5/#/packages/centers/pages/index`);
    await page.locator('[data-testid^="center-card-"]:visible').first().waitFor({ timeout: WAIT });
    await page.waitForTimeout(500);
    await shot(page, 'miniapp-centers');
  });
});
