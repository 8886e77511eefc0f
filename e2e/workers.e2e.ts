import { residentIdCheckChar } from '../libs/shared/src/validators/resident-id';
import type { Page } from 'playwright-core';
import { snapshot, Stack, startStack, WAIT } from './helpers/stack';

/** A valid ID number for 城东区 that no other test uses. */
function freshId(): string {
  const first17 = '63010219850612043';
  return first17 + residentIdCheckChar(first17);
}

describe('a worker registers in the H5 mini-program and staff find them in the console', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  async function consoleSearch(page: Page, username: string, name: string): Promise<void> {
    await page.goto(`${stack.baseUrl}/admin/login`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill('Demo@2026!');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/admin\/?$/);
    await page.goto(`${stack.baseUrl}/admin/workers`);
    await page.locator('.ant-pro-table-list-toolbar-title', { hasText: '职工名单' }).waitFor({ timeout: WAIT });
    await page.locator('#keyword').fill(name);
    await page.getByRole('button', { name: /查\s*询/ }).click();
  }

  it('registration with a real-format ID shows in 城东区 and not in 海东市', async () => {
    const idNumber = freshId();
    const masked = `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`;
    const h5 = await stack.newPage();
    await h5.setViewportSize({ width: 390, height: 844 });
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-openid input').fill('browser-registration');
      await h5.locator('.login-submit').click();
      await h5.locator('.home-entry-worker').click();
      await h5.locator('.reg-name input').waitFor({ timeout: WAIT });
      await h5.locator('.reg-name input').fill('马晓兰');
      await h5.locator('.reg-id input').fill(idNumber);
      await h5
        .locator('.reg-id-derived')
        .getByText(/出生日期：1985-06-12/)
        .waitFor();
      await h5.locator('.reg-phone input').fill('13812345678');
      await h5.locator('.reg-region').click();
      await h5.locator('.reg-region-popup .nut-cascader-item', { hasText: '西宁市' }).click();
      await h5.locator('.reg-region-popup .nut-cascader-item', { hasText: '城东区' }).click();
      await h5.locator('.reg-employment').click();
      await h5.locator('.reg-employment-sheet .option-sheet-item', { hasText: '失业' }).click();
      await h5.locator('.reg-employment-sheet .option-sheet-confirm').click();
      await h5.locator('.reg-consent').click();
      await h5.locator('.reg-submit').click();
      await h5.locator('.profile-view').waitFor({ timeout: WAIT });
      expect(await h5.locator('.profile-view .profile-id').textContent()).toBe(masked);
      await snapshot(h5, 'miniapp-registered');
    } catch (err) {
      await snapshot(h5, 'miniapp-registration-failure');
      throw err;
    }

    const staff = await stack.newPage();
    try {
      await consoleSearch(staff, 'chengdong_reviewer', '马晓兰');
      await staff.locator('[data-testid="worker-id-masked"]', { hasText: masked }).waitFor({ timeout: WAIT });
      await snapshot(staff, 'console-workers');
    } catch (err) {
      await snapshot(staff, 'console-workers-failure');
      throw err;
    }

    const other = await stack.newPage();
    try {
      await consoleSearch(other, 'haidong_reviewer', '马晓兰');
      await other.locator('.ant-table-placeholder .ant-empty').first().waitFor({ timeout: WAIT });
      expect(await other.locator('[data-testid="worker-id-masked"]').count()).toBe(0);
    } catch (err) {
      await snapshot(other, 'console-workers-other-county-failure');
      throw err;
    }
  });
});
