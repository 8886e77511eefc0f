import type { Page } from 'playwright-core';
import { snapshot, Stack, startStack, WAIT } from './helpers/stack';

const PASSWORD = 'Demo@2026!';

describe('console (管理后台) in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  async function loginAs(page: Page, username: string, password = PASSWORD): Promise<void> {
    await page.goto(`${stack.baseUrl}/admin/login`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
  }

  it('the system admin logs in and sees the staff accounts page with the demo accounts', async () => {
    const page = await stack.newPage();
    try {
      await loginAs(page, 'sysadmin');
      await page.getByRole('menuitem', { name: '账号管理' }).click();
      await page.waitForURL(/\/admin\/system\/users/);
      await page.getByText('chengdong_reviewer').waitFor({ timeout: WAIT });
      await page.getByRole('button', { name: /新建账号/ }).waitFor();
      await snapshot(page, 'console-users');
      expect(await page.getByText('审计日志').count()).toBe(0);
    } catch (err) {
      await snapshot(page, 'console-users-failure');
      throw err;
    }
  });

  it('the auditor’s menu has the audit log and not the accounts page', async () => {
    const page = await stack.newPage();
    try {
      await loginAs(page, 'auditor');
      await page.getByText('审计日志').first().waitFor({ timeout: WAIT });
      expect(await page.getByText('账号管理').count()).toBe(0);
      await page.getByText('审计日志').first().click();
      await page.getByText('auth.login').first().waitFor({ timeout: WAIT });
      await page.goto(`${stack.baseUrl}/admin/system/users`);
      await page.getByText('403').first().waitFor();
    } catch (err) {
      await snapshot(page, 'console-auditor-failure');
      throw err;
    }
  });

  it('a wrong password shows the server’s message and stays on the login page', async () => {
    const page = await stack.newPage();
    try {
      await loginAs(page, 'finance', 'Wrong#Pass1');
      await page.getByText(/用户名或密码错误/).waitFor({ timeout: WAIT });
      expect(page.url()).toContain('/admin/login');
    } catch (err) {
      await snapshot(page, 'console-wrong-password-failure');
      throw err;
    }
  });

  const MENUS: Record<string, string[]> = {
    sysadmin: ['账号管理'],
    secadmin: ['账号管理', '安全策略'],
    auditor: ['审计日志'],
    province_reviewer: ['困难职工'],
    finance: [],
    training_admin: ['困难职工'],
    program_admin: ['困难职工', '定时任务'],
    xining_reviewer: ['困难职工'],
    chengdong_reviewer: ['困难职工'],
    haidong_reviewer: ['困难职工'],
    center_staff: ['困难职工'],
    trainer: [],
    hr_demo: [],
  };
  const ALL = ['账号管理', '安全策略', '审计日志', '困难职工', '定时任务'];

  it('every demo account logs in and sees its own menu', async () => {
    for (const [username, expected] of Object.entries(MENUS)) {
      const page = await stack.newPage();
      try {
        await loginAs(page, username);
        const menu = page.locator('.ant-pro-sider .ant-menu, .ant-pro-top-nav-header .ant-menu').first();
        await menu.getByText('工作台').waitFor({ timeout: WAIT });
        for (const item of ALL) {
          expect({ username, item, shown: (await menu.getByText(item, { exact: true }).count()) > 0 }).toEqual({
            username,
            item,
            shown: expected.includes(item),
          });
        }
      } catch (err) {
        await snapshot(page, `console-menu-${username}-failure`);
        throw err;
      } finally {
        await page.context().close();
      }
    }
  });
});
