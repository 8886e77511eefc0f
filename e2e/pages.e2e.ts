import type { Page } from 'playwright-core';
import { residentIdCheckChar } from '../libs/shared/src/validators/resident-id';
import { apiCall, snapshot, Stack, startStack, WAIT } from './helpers/stack';

const PASSWORD = 'Demo@2026!';

/** Every demo staff account (apps/api/src/seed/demo-seed.service.ts). */
const ROLES = [
  'sysadmin',
  'secadmin',
  'auditor',
  'province_reviewer',
  'finance',
  'training_admin',
  'program_admin',
  'xining_reviewer',
  'chengdong_reviewer',
  'haidong_reviewer',
  'center_staff',
  'trainer',
  'hr_demo',
];

/** The worker's main H5 pages (the ones without a record id). */
const H5_PAGES = [
  'pages/index/index',
  'pages/me/index',
  'packages/worker/pages/profile',
  'packages/aid/pages/index',
  'packages/aid/pages/applications',
  'packages/aid/pages/publicity',
  'packages/aid/pages/notifications',
  'packages/centers/pages/index',
  'packages/centers/pages/requests',
  'packages/training/pages/index',
  'packages/training/pages/enrolments',
  'packages/training/pages/completions',
  'packages/training/pages/learning',
  'packages/jobs/pages/index',
  'packages/jobs/pages/applications',
  'packages/jobs/pages/gigs',
  'packages/demands/pages/index',
  'packages/demands/pages/file',
];

/** Collects what a user must never meet: console errors, page errors, error answers. */
function watch(page: Page, baseUrl: string) {
  const problems: string[] = [];
  let where = '';
  let inflight = 0;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`${where}: console error: ${msg.text().slice(0, 300)}`);
  });
  page.on('pageerror', (err) => problems.push(`${where}: page error: ${err.message.slice(0, 300)}`));
  page.on('request', (req) => {
    if (req.url().startsWith(baseUrl)) inflight += 1;
  });
  const done = () => (inflight = Math.max(0, inflight - 1));
  page.on('requestfailed', (req) => {
    if (!req.url().startsWith(baseUrl)) return;
    done();
    problems.push(`${where}: request failed: ${req.method()} ${req.url().replace(baseUrl, '')}`);
  });
  page.on('requestfinished', async (req) => {
    if (!req.url().startsWith(baseUrl)) return;
    done();
    const res = await req.response();
    if (res && res.status() >= 400) {
      problems.push(`${where}: ${res.status()} ${req.method()} ${req.url().replace(baseUrl, '')}`);
    }
  });
  return {
    problems,
    at(place: string) {
      where = place;
    },
    /** Until no request to the app has been pending for half a second (at most 20 s). */
    async settled() {
      const deadline = Date.now() + 20_000;
      let quietSince = Date.now();
      while (Date.now() < deadline) {
        await page.waitForTimeout(100);
        if (inflight > 0) quietSince = Date.now();
        else if (Date.now() - quietSince >= 500) return;
      }
    },
  };
}

/**
 * What a table must be at the narrowest console a union office uses (1280 px): every column
 * headed, and all of it in view — no column pushed under the fixed 操作 column or off to the
 * right (long text is cut with an ellipsis and a tooltip instead). Answers what is wrong.
 */
async function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const table of Array.from(document.querySelectorAll<HTMLElement>('.ant-table-wrapper'))) {
      if (!table.offsetParent) continue; // not shown (a closed tab or modal)
      const heads = Array.from(table.querySelectorAll<HTMLElement>('thead th')).filter(
        (th) =>
          !th.classList.contains('ant-table-selection-column') &&
          !th.classList.contains('ant-table-row-expand-icon-cell') &&
          !th.classList.contains('ant-table-cell-scrollbar'),
      );
      const names = heads.map((th) => th.innerText.trim());
      const label = names.filter(Boolean).slice(0, 3).join('/');
      if (names.some((n) => !n)) found.push(`table [${label}…]: a column without a header`);
      const scroller = table.querySelector<HTMLElement>('.ant-table-content, .ant-table-body');
      if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) {
        found.push(`table [${label}…]: ${scroller.scrollWidth}px wide in ${scroller.clientWidth}px`);
      }
    }
    return found;
  });
}

describe('every main page, for every demo role: no console error, no error answer', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it.each(ROLES)('console as %s: each page of the menu opens cleanly', async (username) => {
    const page = await stack.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const w = watch(page, stack.baseUrl);
    const tables: string[] = [];
    try {
      w.at('login');
      await page.goto(`${stack.baseUrl}/admin/login`);
      await page.locator('#username').fill(username);
      await page.locator('#password').fill(PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: WAIT });
      w.at('home');
      await w.settled();
      // open every group of the menu, then read its links
      const menu = page.locator('.ant-layout-sider .ant-menu').first();
      await menu.waitFor({ timeout: WAIT });
      for (const title of await menu.locator('.ant-menu-submenu-title').all()) {
        const open = await title.evaluate((el) => el.parentElement?.classList.contains('ant-menu-submenu-open'));
        if (!open) await title.click();
      }
      const hrefs = [
        ...new Set(
          await menu
            .locator('a[href]')
            .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
        ),
      ];
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        w.at(href);
        // the menu keeps one group open at a time: go the way its links go, through the router
        await page.evaluate((to) => {
          window.history.pushState({}, '', to);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, href);
        await page.waitForURL((url) => url.pathname === href, { timeout: WAIT });
        await w.settled();
        expect({ href, forbidden: await page.locator('.ant-result-403').count() }).toEqual({
          href,
          forbidden: 0,
        });
        tables.push(...(await tableProblems(page)).map((p) => `${href}: ${p}`));
      }
      expect(w.problems).toEqual([]);
      expect(tables).toEqual([]);
    } catch (err) {
      await snapshot(page, `pages-${username}-failure`);
      throw err;
    } finally {
      await page.context().close();
    }
  });

  it('H5 as a registered worker: each main page opens cleanly', async () => {
    const openid = 'pages-worker';
    const login = await apiCall<{ accessToken: string }>(stack, 'POST', '/auth/wechat/login', null, {
      code: `dev:${openid}`,
    });
    const first17 = '63010219880314051';
    const reg = await apiCall<{ id: number }>(stack, 'PUT', '/me/profile', login.accessToken, {
      name: '马秀英',
      idNumber: first17 + residentIdCheckChar(first17),
      phone: '13907712345',
      regionCode: '630102',
      ethnicity: '回族',
      employmentStatus: 'UNEMPLOYED',
      consent: true,
    });
    expect(reg.id).toBeGreaterThan(0);
    const page = await stack.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const w = watch(page, stack.baseUrl);
    try {
      w.at('login');
      await page.goto(`${stack.baseUrl}/h5/`);
      await page.locator('.login-openid input').fill(openid);
      await page.locator('.login-submit').click();
      await page.locator('.home-entry-worker').waitFor({ timeout: WAIT });
      for (const path of H5_PAGES) {
        w.at(path);
        await page.goto(`${stack.baseUrl}/h5/#/${path}`);
        await w.settled();
      }
      expect(w.problems).toEqual([]);
    } catch (err) {
      await snapshot(page, 'pages-h5-worker-failure');
      throw err;
    } finally {
      await page.context().close();
    }
  });
});
