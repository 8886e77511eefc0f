import type { Page } from 'playwright-core';
import { snapshot, Stack, startStack, WAIT } from './helpers/stack';

/** Every visible piece of text on the page shown now, with the size Chromium draws it at. */
async function visibleText(page: Page): Promise<Array<{ text: string; px: number; where: string }>> {
  return page.evaluate(() => {
    const out: Array<{ text: string; px: number; where: string }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Taro keeps the pages behind the current one in the document, hidden.
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      out.push({ text: text.slice(0, 24), px: parseFloat(style.fontSize), where: String(el.className).slice(0, 60) });
    }
    return out;
  });
}

describe('H5 mini-program text sizes at 375 × 812 (issue 23: readable by default)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it('draws body text at 16px and nothing a worker reads below 14px, on every main page of a new worker', async () => {
    const h5 = await stack.newPage();
    await h5.setViewportSize({ width: 375, height: 812 });
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-openid input').fill('browser-text-sizes');
      await h5.locator('.login-submit').click();
      await h5.locator('.home-title').first().waitFor({ timeout: WAIT });

      const pages: Array<[string, string, string]> = [
        ['home', '/pages/index/index', '.home-entry-aid'],
        ['me', '/pages/me/index', '.me-name'],
        ['aid', '/packages/aid/pages/index', '[data-testid^="aid-program-"]'],
        [
          'aid-publicity',
          '/packages/aid/pages/publicity',
          '.aid-publicity-page .kit-state, [data-testid^="aid-publicity-"]',
        ],
        ['centers', '/packages/centers/pages/index', '[data-testid^="center-card-"]'],
        ['training', '/packages/training/pages/index', '[data-testid^="course-card-"], [data-testid="courses-empty"]'],
        ['registration', '/packages/worker/pages/profile', '.reg-name'],
      ];
      for (const [name, route, ready] of pages) {
        await h5.goto(`${stack.baseUrl}/h5/#${route}`);
        await h5.locator(ready).first().waitFor({ timeout: WAIT });
        await snapshot(h5, `miniapp-text-${name}`);
        const texts = await visibleText(h5);
        expect(texts.length).toBeGreaterThan(1);
        const small = texts.filter((t) => t.px < 14).map((t) => `${name}: ${t.text} (${t.px}px, ${t.where})`);
        expect(small).toEqual([]);
        const bodySize = await h5.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        expect(bodySize).toBeGreaterThanOrEqual(16);
      }
    } catch (err) {
      await snapshot(h5, 'miniapp-text-failure');
      throw err;
    }
  });
});
