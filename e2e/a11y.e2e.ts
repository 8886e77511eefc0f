import * as fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { residentIdCheckChar } from '../libs/shared/src/validators/resident-id';
import { apiCall, consoleLogin, snapshot, Stack, staffToken, startStack, WAIT } from './helpers/stack';

/**
 * The console's accessibility (docs/accessibility.md): axe-core's WCAG 2.1 A and AA rules on the
 * login page and the main pages of each role, with no serious or critical violation; and the forms
 * work from the keyboard alone, with the focus in view.
 */

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rules axe checks: WCAG 2.0 and 2.1, levels A and AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Violations that come from inside antd / ProComponents markup and that no prop or theme token
 * reaches: each exact rule and selector, with the reason (docs/accessibility.md, known exceptions).
 * Never a whole rule.
 */
const KNOWN_EXCEPTIONS: { rule: string; target: RegExp; why: string }[] = [];

/** A page to check: where it is, and a selector shown once its content is in. */
interface Check {
  path: string;
  /** The first row's link of this list leads to the detail page checked next. */
  detail?: string;
  /** Something to do on the page before the check (open a form). */
  then?: (page: Page) => Promise<void>;
}

/** The main pages, by the demo account that works them (apps/api/src/seed/demo-seed.service.ts). */
const PAGES: Record<string, Check[]> = {
  chengdong_reviewer: [
    { path: '/' },
    { path: '/workers', detail: '/workers/' },
    { path: '/workers/follow-ups/overdue' },
    { path: '/aid/review/first' },
    {
      path: '/aid/applications',
      detail: '/aid/applications/',
      // the first review's form is on the application's page
      then: (page) => page.locator('form#review').waitFor({ timeout: WAIT }),
    },
    { path: '/centers', detail: '/centers/' },
    { path: '/service-requests' },
    { path: '/jobs/review' },
    { path: '/jobs/employers' },
    { path: '/jobs/events' },
    { path: '/jobs/referrals' },
    { path: '/jobs/gigs' },
    { path: '/demands' },
    { path: '/layoffs' },
    { path: '/rights/warning' },
    { path: '/targets' },
    { path: '/reports' },
  ],
  province_reviewer: [{ path: '/aid/review/final' }, { path: '/targets' }],
  training_admin: [
    { path: '/training/courses', detail: '/training/courses/' },
    { path: '/training/bases' },
    { path: '/training/completions' },
    { path: '/training/targets' },
  ],
  program_admin: [{ path: '/aid/programs' }, { path: '/aid/calendar' }, { path: '/system/scheduler' }],
  finance: [{ path: '/aid/finance' }],
  hr_demo: [{ path: '/jobs/my-postings' }, { path: '/jobs/applicants' }],
  sysadmin: [{ path: '/system/users' }],
  secadmin: [{ path: '/security/policy' }],
  auditor: [{ path: '/audit' }],
};

interface AxeResult {
  violations: {
    id: string;
    impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
    help: string;
    nodes: { target: string[]; any: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } }[] }[];
  }[];
}

/** Per page: the serious and critical violations, and how many of each impact axe found. */
const figures: { page: string; counts: Record<string, number> }[] = [];

/** Runs axe on the page; answers each serious/critical violation as "page: rule — selector". */
async function axe(page: Page, where: string): Promise<string[]> {
  // the pointer is left where the last click was: away from the page, so that nothing is checked mid-hover
  await page.mouse.move(0, 799);
  // The console's Content-Security-Policy refuses inline scripts (page.addScriptTag adds one):
  // axe is evaluated through the debugging protocol instead, which the policy does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(
    (runOnly) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe.run(document, {
        runOnly,
        resultTypes: ['violations'],
      }),
    WCAG,
  )) as AxeResult;
  const counts: Record<string, number> = {};
  const found: string[] = [];
  for (const v of result.violations) {
    for (const node of v.nodes) {
      const target = node.target.join(' ');
      if (KNOWN_EXCEPTIONS.some((e) => e.rule === v.id && e.target.test(target))) continue;
      counts[v.impact ?? 'minor'] = (counts[v.impact ?? 'minor'] ?? 0) + 1;
      if (v.impact === 'serious' || v.impact === 'critical') {
        const colors = node.any.find((c) => c.data?.fgColor)?.data;
        const detail = colors ? ` (${colors.fgColor} on ${colors.bgColor}: ${colors.contrastRatio}:1)` : '';
        found.push(`${where}: ${v.impact} ${v.id} (${v.help}) — ${target}${detail}`);
      }
    }
  }
  figures.push({ page: where, counts });
  return found;
}

/** Waits until no request to the app has been pending for half a second, and no spinner turns. */
function settler(page: Page, baseUrl: string) {
  let inflight = 0;
  page.on('request', (req) => {
    if (req.url().startsWith(baseUrl)) inflight += 1;
  });
  const done = (req: { url(): string }) => {
    if (req.url().startsWith(baseUrl)) inflight = Math.max(0, inflight - 1);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    const deadline = Date.now() + 20_000;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      await page.waitForTimeout(100);
      const spinning = await page.locator('.ant-spin-spinning, .ant-skeleton-active, .ant-btn-loading').count();
      if (inflight > 0 || spinning > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 400) return;
    }
  };
}

/** Opens a console page the way its menu links do, through the router. */
async function open(page: Page, href: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, href);
  await page.waitForURL((url) => url.pathname === href, { timeout: WAIT });
}

/** The element that has the focus: what it is, and whether a ring or outline shows it. */
async function focused(page: Page): Promise<{ name: string; visible: boolean }> {
  // the ring fades in (antd's transitions take 0.2 s): looked at again until it shows
  let at = await focusedNow(page);
  for (let i = 0; i < 5 && !at.visible && at.name !== 'body'; i++) {
    await page.waitForTimeout(100);
    at = await focusedNow(page);
  }
  return at;
}

async function focusedNow(page: Page): Promise<{ name: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: 'body', visible: false };
    const name =
      el.id ||
      el.getAttribute('aria-label') ||
      (el.innerText || '').trim().replace(/\s+/g, '') ||
      el.getAttribute('placeholder') ||
      el.tagName.toLowerCase();
    // antd shows the focus as an outline (buttons, links) or a ring on the input's frame
    const frame =
      el.closest<HTMLElement>('.ant-input-affix-wrapper, .ant-select, .ant-picker, .ant-input-number') ?? el;
    const shows = (node: HTMLElement) => {
      const s = getComputedStyle(node);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
    };
    const selector = frame.classList.contains('ant-select')
      ? frame.querySelector<HTMLElement>('.ant-select-selector')
      : null;
    return { name, visible: shows(el) || shows(frame) || (selector ? shows(selector) : false) };
  });
}

/** The elements of a part of the page that Tab stops at, in the document's order, named as `focused` names them. */
async function tabbables(scope: Locator): Promise<string[]> {
  return scope.locator('input, button, a[href], select, textarea, [tabindex]').evaluateAll((els) =>
    els
      .filter((el) => {
        const e = el as HTMLInputElement;
        return e.offsetParent !== null && !e.disabled && e.tabIndex >= 0 && e.type !== 'hidden';
      })
      .map(
        (el) =>
          el.id ||
          el.getAttribute('aria-label') ||
          ((el as HTMLElement).innerText || '').trim().replace(/\s+/g, '') ||
          el.tagName.toLowerCase(),
      ),
  );
}

/** Presses Tab until the focus is on `last` (at most `max` times); answers each stop. */
async function tabThrough(page: Page, last: RegExp, max = 30): Promise<{ name: string; visible: boolean }[]> {
  const stops: { name: string; visible: boolean }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const at = await focused(page);
    stops.push(at);
    if (last.test(at.name)) break;
  }
  return stops;
}

describe('console accessibility: no serious axe violation on the main pages; forms work from the keyboard', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    // a worker of 城东区 with a hardship archive and a submitted 221 application, for the detail pages
    const worker = (
      await apiCall<{ accessToken: string }>(stack, 'POST', '/auth/wechat/login', null, { code: 'dev:a11y-worker' })
    ).accessToken;
    const first17 = '63010219870521042';
    const me = await apiCall<{ id: number }>(stack, 'PUT', '/me/profile', worker, {
      name: '索南措',
      idNumber: first17 + residentIdCheckChar(first17),
      phone: '13907719876',
      regionCode: '630102',
      employmentStatus: 'UNEMPLOYED',
      consent: true,
    });
    await apiCall(stack, 'POST', `/workers/${me.id}/archive`, await staffToken(stack, 'chengdong_reviewer'), {
      level: 'RELATIVE',
      household: {
        members: 3,
        monthlyIncomePerCapitaFen: 50_000,
        zeroEmployment: true,
        lowIncome: true,
        disability: false,
      },
      cause: '下岗失业，家庭无稳定收入',
    });
    const programs = await apiCall<{ id: number; aidType: string; requiredAttachments: { key: string }[] }[]>(
      stack,
      'GET',
      '/me/aid/programs',
      worker,
    );
    const program = programs.find((p) => p.aidType === 'STARTUP_SUBSIDY')!;
    const form = new FormData();
    // a 1×1 PNG
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    form.append('file', new Blob([png], { type: 'image/png' }), 'id.png');
    const uploaded = await fetch(`${stack.baseUrl}/api/v1/files`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${worker}` },
      body: form,
    });
    if (!uploaded.ok) throw new Error(`upload: ${uploaded.status} ${await uploaded.text()}`);
    const fileId = ((await uploaded.json()) as { id: string }).id;
    const draft = await apiCall<{ id: number }>(stack, 'POST', '/aid/applications', worker, {
      programId: program.id,
      startup: { businessName: '措姆藏式糌粑作坊', creditCode: '91630100MA7XK5G234', expectedJobs: 2 },
      attachments: program.requiredAttachments.map((r) => ({ key: r.key, fileId })),
      statement: '下岗后想开一家糌粑作坊',
    });
    await apiCall(stack, 'POST', `/aid/applications/${draft.id}/submit`, worker);
  });
  afterAll(async () => {
    await stack?.stop();
    // the figures per page, for docs/accessibility.md
    const line = (f: (typeof figures)[number]) =>
      `${f.page}: ${['critical', 'serious', 'moderate', 'minor'].map((i) => `${i} ${f.counts[i] ?? 0}`).join(', ')}`;
    if (figures.length) process.stdout.write(`\naxe, per page:\n${figures.map(line).join('\n')}\n`);
  });

  it('the login page', async () => {
    const page = await stack.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      await page.goto(`${stack.baseUrl}/admin/login`);
      await page.locator('#username').waitFor({ timeout: WAIT });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await axe(page, '/login')).toEqual([]);
    } catch (err) {
      await snapshot(page, 'a11y-login-failure');
      throw err;
    } finally {
      await page.context().close();
    }
  });

  it.each(Object.keys(PAGES))('the main pages of %s', async (username) => {
    const page = await stack.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const settled = settler(page, stack.baseUrl);
    const found: string[] = [];
    try {
      await consoleLogin(stack, page, username);
      for (const check of PAGES[username]) {
        await open(page, `/admin${check.path === '/' ? '' : check.path}`.replace(/\/admin$/, '/admin/'));
        await settled();
        found.push(...(await axe(page, `${username} ${check.path}`)));
        if (!check.detail) continue;
        const link = page.locator(`.ant-table-row a[href*="/admin${check.detail}"]`).first();
        await link.waitFor({ timeout: WAIT });
        const href = new URL((await link.getAttribute('href'))!, stack.baseUrl).pathname;
        await open(page, href);
        await settled();
        await check.then?.(page);
        found.push(...(await axe(page, `${username} ${check.detail}:id`)));
      }
      expect(found).toEqual([]);
    } catch (err) {
      await snapshot(page, `a11y-${username}-failure`);
      throw err;
    } finally {
      await page.context().close();
    }
  });

  it('the login form from the keyboard: Tab reaches each field and the button in order, Enter signs in', async () => {
    const page = await stack.newPage();
    try {
      await page.goto(`${stack.baseUrl}/admin/login`);
      await page.locator('#username').waitFor({ timeout: WAIT });
      // the user name has the focus when the page opens (else the first Tab brings it there)
      const first = await focused(page);
      const stops = [...(first.name === 'body' ? [] : [first]), ...(await tabThrough(page, /^登录$/))];
      expect(stops.map((s) => s.name)).toEqual(['username', 'password', '登录']);
      expect(stops.filter((s) => !s.visible)).toEqual([]);
      // back to the first field, type, and Enter from the password field signs in
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page)).name).toBe('username');
      await page.keyboard.type('sysadmin');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Demo@2026!');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/admin\/?$/, { timeout: WAIT });
    } catch (err) {
      await snapshot(page, 'a11y-login-keyboard-failure');
      throw err;
    } finally {
      await page.context().close();
    }
  });

  it('a list’s search form and a form in a modal from the keyboard', async () => {
    const page = await stack.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const settled = settler(page, stack.baseUrl);
    try {
      await consoleLogin(stack, page, 'sysadmin');
      await open(page, '/admin/system/users');
      await settled();
      // the search form: from its first field, Tab goes through every field, 重置, 查询 and 展开;
      // Enter on 展开 shows the other fields, and Tab then goes through them all to 收起
      const search = page.locator('.ant-pro-query-filter');
      for (const last of ['展开', '收起']) {
        const fields = await tabbables(search);
        expect(fields[fields.length - 1]).toBe(last);
        await search.locator(`#${fields[0]}`).focus();
        const stops = [await focused(page), ...(await tabThrough(page, new RegExp(`^${last}$`), fields.length + 5))];
        expect(stops.map((s) => s.name)).toEqual(fields);
        expect(stops.filter((s) => !s.visible)).toEqual([]);
        await page.keyboard.press('Enter');
        await page.waitForTimeout(300);
      }
      expect(await tabbables(search)).toEqual(['username', 'displayName', '重置', '查询', '展开']);
      // Enter in a field searches
      await search.locator('#username').focus();
      await page.keyboard.type('chengdong');
      const query = page.waitForRequest(
        (req) => req.url().includes('/api/v1/admin/users') && req.url().includes('chengdong'),
      );
      await page.keyboard.press('Enter');
      await query;
      await settled();

      // 新建账号 opens a modal; Tab goes from field to field and on to its buttons, Enter on 确定 submits
      await page.getByRole('button', { name: /新建账号/ }).focus();
      await page.keyboard.press('Enter');
      const modal = page.locator('.ant-modal-content');
      await modal.locator('#username').waitFor({ timeout: WAIT });
      await modal.locator('#username').focus();
      await page.keyboard.type('a11y_keyboard');
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('displayName');
      await page.keyboard.type('键盘建号');
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('phone');
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('password');
      await page.keyboard.type('Keyboard@2026!');
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('organizationId');
      expect((await focused(page)).visible).toBe(true);
      await page.keyboard.press('ArrowDown');
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
        .first()
        .waitFor();
      await page.keyboard.press('Enter');
      const rest = await tabThrough(page, /^确定$/, 6);
      expect(rest.map((s) => s.name)).toEqual(['取消', '确定']);
      expect(rest.filter((s) => !s.visible)).toEqual([]);
      const created = page.waitForResponse(
        (res) => res.url().endsWith('/api/v1/admin/users') && res.request().method() === 'POST',
      );
      await page.keyboard.press('Enter');
      expect((await created).status()).toBe(201);
      await page.getByText(/^账号已创建/).waitFor({ timeout: WAIT });
      await modal.waitFor({ state: 'hidden', timeout: WAIT });
    } catch (err) {
      await snapshot(page, 'a11y-keyboard-failure');
      throw err;
    } finally {
      await page.context().close();
    }
  });
});
