import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { residentIdCheckChar } from '../libs/shared/src/validators/resident-id';
import { apiCall, ROOT, snapshot, Stack, staffToken, startStack, WAIT } from './helpers/stack';

/** `npm run screenshots` writes the README's pictures (docs/screenshots); tests write to test-results. */
const DIR = path.resolve(ROOT, process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots');

const OPENID = 'browser-i18n-worker';
const NAME = '索南拉姆';
const NEWCOMER = 'browser-i18n-newcomer';

/** A valid ID number of someone born in 1985, in 城东区. */
function idNumber(): string {
  const first17 = '63010219850612042';
  return first17 + residentIdCheckChar(first17);
}

const HAN = /[\u3400-\u9fff]+/g;
/** A kept term: the Chinese beside a Tibetan term without a settled rendering, "(统一社会信用代码)". */
const KEPT_TERM = /\([\u3400-\u9fff]+\)/g;
/** A masked name, "索*姆": a name. */
const MASKED_NAME = /[\u3400-\u9fff]\*+[\u3400-\u9fff]?/g;

/** The Chinese left on the page's visible text once names, data and kept terms are taken out. */
async function chineseOnScreen(page: Page, allowed: readonly string[]): Promise<string[]> {
  let text = await page.evaluate(() => document.body.innerText);
  for (const phrase of [...allowed].filter(Boolean).sort((a, b) => b.length - a.length)) {
    text = text.split(phrase).join(' ');
  }
  return text.replace(KEPT_TERM, ' ').replace(MASKED_NAME, ' ').match(HAN) ?? [];
}

/**
 * Where the browser broke an element's lines: the text before each break. Tibetan lines should
 * end at a tsheg (་), a shad (།) or a space, never inside a syllable.
 */
const lineEnds = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const ends: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let previousTop: number | null = null;
      let before = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) {
            before += text[i];
            continue;
          }
          if (previousTop !== null && rect.top > previousTop + 4) ends.push(before.slice(-6));
          previousTop = rect.top;
          before += text[i];
        }
      }
      return ends;
    });

/** The font the browser draws an element's text with. */
const fontOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);

describe('the H5 mini-program in Tibetan and in elder-friendly mode', () => {
  let stack: Stack;
  beforeAll(async () => {
    fs.mkdirSync(DIR, { recursive: true });
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const api = <T>(method: string, url: string, token: string | null, body?: unknown) =>
    apiCall<T>(stack, method, url, token, body);

  /** The page as the worker sees it, from its top, once Taro's page transition has ended. */
  const shot = async (page: Page, name: string) => {
    await page.waitForTimeout(700);
    await page.evaluate(() => {
      window.scrollTo({ top: 0, behavior: 'instant' });
      for (const el of Array.from(document.querySelectorAll('*'))) if (el.scrollTop > 0) el.scrollTop = 0;
    });
    await page.waitForTimeout(100);
    await page.screenshot({ path: path.join(DIR, `${name}.png`) });
  };

  it('a worker switches to Tibetan on 我的 and applies for 221 aid from start to submit with no Chinese left but names and data', async () => {
    // Registered, with a hardship archive the county opened.
    const worker = (await api<{ accessToken: string }>('POST', '/auth/wechat/login', null, { code: `dev:${OPENID}` }))
      .accessToken;
    const me = await api<{ id: number }>('PUT', '/me/profile', worker, {
      name: NAME,
      idNumber: idNumber(),
      phone: '13912345679',
      regionCode: '630102',
      employmentStatus: 'UNEMPLOYED',
      skills: [],
      consent: true,
    });
    await api('POST', `/workers/${me.id}/archive`, await staffToken(stack, 'chengdong_reviewer'), {
      level: 'RELATIVE',
      household: {
        members: 3,
        monthlyIncomePerCapitaFen: 50_000,
        zeroEmployment: true,
        lowIncome: true,
        disability: false,
      },
      cause: '失业，家庭无稳定收入',
    });
    // What the province wrote (programme names, descriptions, required documents) is data, not UI.
    const programs = await api<
      Array<{ name: string; description: string; requiredAttachments: Array<{ label: string }> }>
    >('GET', '/me/aid/programs', worker);
    const data = [
      NAME,
      ...programs.flatMap((p) => [p.name, p.description, ...p.requiredAttachments.map((r) => r.label)]),
    ];

    const h5 = await stack.newPage();
    await h5.setViewportSize({ width: 390, height: 844 });
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-openid input').fill(OPENID);
      await h5.locator('.login-submit').click();
      await h5.waitForURL(/pages\/index/);
      // The browser says en-US but the context zh-CN: the mini-program starts in Chinese.
      await h5.locator('.home-title:visible', { hasText: '稳就业' }).waitFor({ timeout: WAIT });

      // 我的 › 语言与显示 › བོད་ཡིག
      await h5.locator('.weui-tabbar__item', { hasText: '我的' }).click();
      await h5.locator('[data-testid="me-language-bo"]:visible').click({ timeout: WAIT });
      await h5.locator('.me-settings:visible', { hasText: 'སྐད་ཡིག' }).waitFor({ timeout: WAIT });
      await h5.locator('.weui-tabbar__item', { hasText: 'མདུན་ངོས།' }).waitFor({ timeout: WAIT });
      expect(await h5.evaluate(() => document.documentElement.className)).toContain('lang-bo');
      expect(await h5.evaluate(() => localStorage.getItem('steadywork.language'))).toContain('bo');
      expect(await chineseOnScreen(h5, [...data, '中文'])).toEqual([]);

      // The home, in Tibetan and in a Tibetan font.
      await h5.locator('.weui-tabbar__item', { hasText: 'མདུན་ངོས།' }).click();
      await h5.locator('.home-title:visible', { hasText: 'ལས་ཞུགས་བརྟན་པོ།' }).waitFor({ timeout: WAIT });
      expect(await fontOf(h5, '.home-title:visible')).toMatch(/Noto Serif Tibetan/);
      expect(await chineseOnScreen(h5, data)).toEqual([]);
      await shot(h5, 'miniapp-h5-bo');

      // 困难帮扶 › the start-up subsidy
      await h5.locator('.home-entry-aid:visible').click();
      const card = h5.locator('[data-testid="aid-program-STARTUP_SUBSIDY"]:visible');
      await card.waitFor({ timeout: WAIT });
      await h5.locator('.aid-header-title:visible', { hasText: 'དཀའ་ངལ་ཅན་གྱི་ལས་བྱེད་པར་རོགས་སྐྱོར།' }).waitFor();
      expect(await h5.title()).toBe('དཀའ་ངལ་རོགས་སྐྱོར།');
      // The long introduction wraps, and only between syllables (after a tsheg or a shad).
      const ends = await lineEnds(h5, '.aid-header-sub:visible');
      expect(ends.length).toBeGreaterThan(1);
      expect(ends.filter((end) => !/[་།\s]$/.test(end))).toEqual([]);
      expect(await chineseOnScreen(h5, data)).toEqual([]);
      await card.locator('[data-testid="aid-apply"]').click();

      // The form, typed in Tibetan; a bad unified social credit code is refused in Tibetan.
      await h5.locator('#aid-businessName input').waitFor({ timeout: WAIT });
      await h5.locator('#aid-businessName input').fill('བསོད་ནམས་ལྷ་མོའི་འབྲི་ཞོ་ཚོང་ཁང་།');
      await h5.locator('#aid-creditCode input').fill('91630100MA7XK5G23');
      await h5.locator('#aid-expectedJobs input').fill('2');
      await h5.locator('#aid-statement textarea').fill('ལས་མེད་རྗེས་ཁྱིམ་དུ་འབྲི་ཞོ་བཟོ་བཞིན་ཡོད། ཚོང་ཁང་ཆུང་ཆུང་ཞིག་འབྱེད་འདོད།');
      const chooser = h5.waitForEvent('filechooser');
      await h5.locator('[data-testid="aid-attachment-id_card-file-choose"]').click();
      await (await chooser).setFiles(path.join(ROOT, 'docs/screenshots/miniapp-h5.png'));
      await h5.locator('[data-testid="aid-attachment-id_card-file"]').waitFor({ timeout: WAIT });
      await h5.locator('#aid-submit').click();
      const creditError = h5.locator('#aid-creditCode .aid-field-error');
      await creditError.waitFor({ timeout: WAIT });
      expect(await creditError.textContent()).toBe('སྤྱི་ཚོགས་ཡིད་རྟོན་ཨང་རྟགས་གཅིག་གྱུར་ནི་གྲངས་ 18 ཡིན་དགོས།');
      await h5.locator('#aid-creditCode input').fill('91630100MA7XK5G234');
      expect(await chineseOnScreen(h5, data)).toEqual([]);
      await shot(h5, 'miniapp-aid-apply-bo');

      await h5.locator('#aid-submit').click();
      await h5.locator('[data-testid="aid-status"]:visible').first().waitFor({ timeout: WAIT });
      expect(await h5.title()).toBe('ངའི་རེ་ཞུ།');
      expect(await chineseOnScreen(h5, data)).toEqual([]);
      await shot(h5, 'miniapp-aid-applications-bo');
    } catch (err) {
      await snapshot(h5, 'miniapp-i18n-apply-failure');
      throw err;
    }
    const [application] = await api<{ status: string; startup: { businessName: string } }[]>(
      'GET',
      '/me/aid/applications',
      worker,
    );
    expect(application.status).toBe('SUBMITTED');
    expect(application.startup.businessName).toBe('བསོད་ནམས་ལྷ་མོའི་འབྲི་ཞོ་ཚོང་ཁང་།');

    // The centre list, in Tibetan.
    try {
      await h5.goto(`${stack.baseUrl}/h5/#/packages/centers/pages/index`);
      await h5.locator('[data-testid^="center-card-"]:visible').first().waitFor({ timeout: WAIT });
      await shot(h5, 'miniapp-centers-bo');
    } catch (err) {
      await snapshot(h5, 'miniapp-i18n-centers-failure');
      throw err;
    }
  });

  it('a newcomer whose phone speaks Tibetan gets Tibetan on the first visit, and a bad ID number is refused in Tibetan', async () => {
    const context = await stack.browser.newContext({
      locale: 'bo-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 390, height: 844 },
    });
    const h5 = await context.newPage();
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-title:visible', { hasText: 'ལས་བྱེད་པ་ནང་འཛུལ།' }).waitFor({ timeout: WAIT });
      await h5.locator('.login-openid input').fill(NEWCOMER);
      await h5.locator('.login-submit').click();
      await h5.waitForURL(/pages\/index/);
      await h5.locator('.home-entry-worker:visible').click({ timeout: WAIT });
      const id = h5.locator('.reg-id input:visible');
      await id.waitFor({ timeout: WAIT });
      // The right number with its check character changed.
      const valid = idNumber();
      await id.fill(valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1'));
      await id.blur();
      const message = h5.locator('.kit-field:visible:has(.reg-id) .kit-field-error');
      await message.waitFor({ timeout: WAIT });
      const text = (await message.textContent()) ?? '';
      expect(text).toMatch(/^ཐོབ་ཐང་ལག་ཁྱེར/);
      expect(text).not.toMatch(HAN);
    } catch (err) {
      await snapshot(h5, 'miniapp-i18n-id-failure');
      throw err;
    } finally {
      await context.close();
    }
  });

  it('elder-friendly mode makes the home’s text at least 18px with the four main tasks, and reads the page aloud', async () => {
    const h5 = await stack.newPage();
    await h5.setViewportSize({ width: 390, height: 844 });
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-openid input').fill(OPENID);
      await h5.locator('.login-submit').click();
      await h5.waitForURL(/pages\/index/);
      await h5.locator('.weui-tabbar__item').nth(1).click();
      await h5.locator('[data-testid="me-language-zh-CN"]:visible').click({ timeout: WAIT });
      await h5.locator('[data-testid="me-elder"]:visible').click();
      expect(await h5.evaluate(() => document.documentElement.className)).toContain('elder');
      await h5.locator('.weui-tabbar__item').first().click();
      const tasks = h5.locator('.home-task-title:visible');
      await tasks.first().waitFor({ timeout: WAIT });
      expect(await tasks.allTextContents()).toEqual(['找工作', '困难帮扶', '帮扶中心', '技能培训']);

      // Every piece of text on the home is 18px or more; every task is a large target.
      const small = await h5.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!el || !node.textContent?.trim() || el.closest('[style*="display: none"]')) continue;
          if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 18) out.push(`${node.textContent.trim()} ${size}px`);
        }
        return out;
      });
      expect(small).toEqual([]);
      const heights = await h5
        .locator('.home-task:visible')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
      await h5.locator('[data-testid="read-aloud"]:visible').waitFor();
      await shot(h5, 'miniapp-h5-elder');

      // In Tibetan too.
      await h5.locator('.weui-tabbar__item').nth(1).click();
      await h5.locator('[data-testid="me-language-bo"]:visible').click({ timeout: WAIT });
      await h5.locator('.weui-tabbar__item').first().click();
      await h5.locator('.home-task-title:visible', { hasText: 'དཀའ་ངལ་རོགས་སྐྱོར།' }).waitFor({ timeout: WAIT });
      await shot(h5, 'miniapp-h5-elder-bo');
      await h5.goto(`${stack.baseUrl}/h5/#/packages/aid/pages/index`);
      await h5.locator('[data-testid="aid-program-STARTUP_SUBSIDY"]:visible').waitFor({ timeout: WAIT });
      await shot(h5, 'miniapp-aid-elder-bo');
      await h5.goto(`${stack.baseUrl}/h5/#/packages/centers/pages/index`);
      await h5.locator('[data-testid^="center-card-"]:visible').first().waitFor({ timeout: WAIT });
      await shot(h5, 'miniapp-centers-elder-bo');
    } catch (err) {
      await snapshot(h5, 'miniapp-i18n-elder-failure');
      throw err;
    }
  });
});
