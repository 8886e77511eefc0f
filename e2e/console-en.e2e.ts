import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { apiCall, snapshot, Stack, startStack, staffToken, WAIT } from './helpers/stack';

const PASSWORD = 'Demo@2026!';
const ROOT = path.resolve(__dirname, '..');
/** `npm run screenshots` writes the README's pictures (docs/screenshots); tests write to test-results. */
const DIR = path.resolve(ROOT, process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots');

/**
 * Where the console shows data, not its own words: table cells, the signed-in user and their
 * organisation. Tags inside them are the console's words (statuses, categories) and are checked.
 */
const DATA = 'td, .ant-descriptions-item-content, [data-testid="current-org"], [data-testid="current-user"]';

interface RegionNode {
  name: string;
  children?: RegionNode[];
}
const regionNames = (node: RegionNode): string[] => [node.name, ...(node.children ?? []).flatMap(regionNames)];

/**
 * The visible Chinese a page shows outside its data: text, placeholders and the page title, with
 * data values (region names) taken out. Each entry names the element it was found in.
 */
async function chineseUiText(page: Page, dataValues: string[]): Promise<string[]> {
  return page.evaluate(
    ({ data, values }) => {
      const HAN = /[\u4e00-\u9fff]/;
      const clean = (text: string) => values.reduce((t, v) => t.split(v).join(' '), text);
      const found: string[] = [];
      const where = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const el = node.parentElement;
        const text = node.textContent ?? '';
        if (!el || !HAN.test(text) || !el.checkVisibility()) continue;
        if (el.closest(data) && !el.closest('.ant-tag')) continue;
        // a language's name written in itself (the language switch)
        if (el.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang) continue;
        if (HAN.test(clean(text))) found.push(`${where(el)}: ${text.trim()}`);
      }
      for (const el of Array.from(document.querySelectorAll('[placeholder], [title], [aria-label]'))) {
        if (!el.checkVisibility() || el.closest(data)) continue;
        for (const attr of ['placeholder', 'title', 'aria-label']) {
          const text = el.getAttribute(attr) ?? '';
          if (HAN.test(clean(text))) found.push(`${where(el)}[${attr}]: ${text}`);
        }
      }
      if (HAN.test(clean(document.title))) found.push(`title: ${document.title}`);
      return found;
    },
    { data: DATA, values: dataValues },
  );
}

/**
 * The console in English, as a partner province's staff or an auditor sees it: chosen on the login
 * page, remembered, every main page in English but the data, and back to Chinese from the header.
 */
describe('the console in English (Chromium)', () => {
  let stack: Stack;
  let dataValues: string[];
  beforeAll(async () => {
    fs.mkdirSync(DIR, { recursive: true });
    stack = await startStack({ env: { DEMO_PROVINCE: 'true' } });
    const token = await staffToken(stack, 'province_reviewer');
    const tree = await apiCall<RegionNode>(stack, 'GET', '/regions', token);
    const me = await apiCall<{ displayName: string; organization: { name: string } }>(stack, 'GET', '/auth/me', token);
    const courses = await apiCall<{ items: { title: string; venue: string; organiser: string }[] }>(
      stack,
      'GET',
      '/training/courses?pageSize=100',
      token,
    );
    // The data the pages show beside tables (the user's name, today's courses), as recorded.
    dataValues = [
      ...regionNames(tree),
      me.displayName,
      me.organization.name,
      ...courses.items.flatMap((c) => [c.title, c.venue, c.organiser]),
    ].sort((a, b) => b.length - a.length); // longest first: 西宁市城东区… goes before 城东区
  }, 240_000);
  afterAll(() => stack?.stop());

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(DIR, `${name}.png`) });

  /** Opens a console page and waits for what shows it has loaded. */
  async function visit(page: Page, address: string, ready: (page: Page) => Promise<unknown>): Promise<void> {
    await page.goto(`${stack.baseUrl}/admin${address}`);
    await ready(page);
    await page
      .locator('.ant-spin-spinning')
      .first()
      .waitFor({ state: 'detached', timeout: WAIT })
      .catch(() => undefined);
  }
  const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor({ timeout: WAIT });
  const heading = (text: string | RegExp) => (page: Page) => page.getByText(text).first().waitFor({ timeout: WAIT });

  it('is chosen on the login page, kept across visits, shows the main pages with no Chinese but the data, and switches back', async () => {
    const page = await stack.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    try {
      // The browser asks for Chinese (zh-CN): the first visit is Chinese.
      await page.goto(`${stack.baseUrl}/admin/login`);
      await page.getByRole('button', { name: '登录' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: WAIT });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await chineseUiText(page, dataValues)).toEqual([]);

      await page.locator('#username').fill('province_reviewer');
      await page.locator('#password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/admin\/?$/);

      // [address, what shows it has loaded, the README picture taken of it]
      const pages: [string, (page: Page) => Promise<unknown>, string?][] = [
        ['/', heading(/^Hello, /), 'console-en'],
        ['/workers', rows, 'console-en-workers'],
        ['/aid/applications', rows, 'console-en-aid-applications'],
        ['/centers', rows],
        ['/training/courses', rows],
        ['/jobs/review', heading('Job review')],
        ['/targets', (p) => p.locator('[data-testid^="figure-"]').first().waitFor(), 'console-en-targets'],
      ];
      for (const [address, ready, picture] of pages) {
        await visit(page, address, ready);
        if (address === '/' || address === '/targets') await page.waitForTimeout(1000); // charts finish drawing
        const chinese = await chineseUiText(page, dataValues);
        expect({ address, chinese }).toEqual({ address, chinese: [] });
        if (picture) await shot(page, picture);
      }
      // the menu and the header speak English
      expect(await page.getByRole('menuitem', { name: 'Home' }).count()).toBe(1);
      await page.getByText('Hardship workers').first().waitFor();

      // Back to Chinese from the header; remembered too.
      await page.getByTestId('language-switch').click();
      await page.getByRole('menuitem', { name: '中文' }).click();
      await page.getByRole('menuitem', { name: '工作台' }).waitFor({ timeout: WAIT });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await page.reload();
      await page.getByRole('menuitem', { name: '工作台' }).waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(page, 'console-en-failure');
      throw err;
    }
  });

  it('follows an English browser on the first visit', async () => {
    const context = await stack.browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    try {
      await page.goto(`${stack.baseUrl}/admin/login`);
      await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: WAIT });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    } catch (err) {
      await snapshot(page, 'console-en-first-visit-failure');
      throw err;
    } finally {
      await context.close();
    }
  });
});
