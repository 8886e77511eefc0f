import type { Page } from 'playwright-core';
import { residentIdCheckChar } from '../libs/shared/src/validators/resident-id';
import { apiCall, consoleLogin as signIn, snapshot, Stack, staffToken, startStack } from './helpers/stack';

const OPENID = 'browser-demands-worker';

describe('workers’ demands in the browser: filed on the phone, handled by the county union', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const api = <T>(method: string, url: string, token: string | null, body?: unknown) =>
    apiCall<T>(stack, method, url, token, body);

  const consoleLogin = (page: Page, username: string) => signIn(stack, page, username);

  it('a wages-owed demand filed in H5 lands at the county union; another city sees none of it', async () => {
    const worker = (await api<{ accessToken: string }>('POST', '/auth/wechat/login', null, { code: `dev:${OPENID}` }))
      .accessToken;
    const first17 = '63010219880202041';
    await api('PUT', '/me/profile', worker, {
      name: '韩春梅',
      idNumber: first17 + residentIdCheckChar(first17),
      phone: '13712340001',
      regionCode: '630102',
      employmentStatus: 'EMPLOYED',
      employer: '西宁某建筑劳务公司',
      skills: [],
      consent: true,
    });

    // 1. On the phone: 我的 → 我要反映诉求, the form, then the demand's page.
    const context = await stack.browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 390, height: 844 },
    });
    const h5 = await context.newPage();
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-openid input, input.login-openid').first().fill(OPENID);
      await h5.locator('.login-submit').click();
      await h5.waitForURL(/pages\/index/);
      await h5.goto(`${stack.baseUrl}/h5/#/pages/me/index`);
      await h5.locator('.me-file-demand:visible').click({ timeout: 30_000 });
      await h5.locator('[data-testid="dm-category-WAGES_OWED"]:visible').click({ timeout: 30_000 });
      await h5.locator('#dm-employerName input:visible').fill('西宁某建筑劳务公司');
      await h5.locator('#dm-description textarea:visible').fill('工地拖欠三个月工资，共 12,000 元');
      await h5.locator('#dm-submit:visible').click();
      await h5.locator('[data-testid="dm-status"]:visible', { hasText: '待受理' }).waitFor({ timeout: 30_000 });
      await snapshot(h5, 'miniapp-demand-filed');
    } catch (err) {
      await snapshot(h5, 'miniapp-demand-failure');
      throw err;
    }
    const [demand] = await api<{ id: number; regionCode: string; category: string }[]>('GET', '/me/demands', worker);
    expect(demand).toMatchObject({ regionCode: '630102', category: 'WAGES_OWED' });

    // 2. The county union sees it in the console and accepts it.
    const staff = await stack.newPage();
    try {
      await consoleLogin(staff, 'chengdong_reviewer');
      await staff.goto(`${stack.baseUrl}/admin/demands`);
      await staff.locator(`a[href$="/demands/${demand.id}"]`).first().click({ timeout: 30_000 });
      await staff.locator('[data-testid="demand-accept"]').click({ timeout: 30_000 });
      await staff.locator('[data-testid="demand-note"]').waitFor({ timeout: 20_000 });
      await snapshot(staff, 'console-demand-accepted');
    } catch (err) {
      await snapshot(staff, 'console-demand-failure');
      throw err;
    }

    // 3. Another city's union: none of it.
    const haidong = await staffToken(stack, 'haidong_reviewer');
    const list = await api<{ items: { id: number }[] }>('GET', '/demands', haidong);
    expect(list.items.map((d) => d.id)).not.toContain(demand.id);
    await expect(api('GET', `/demands/${demand.id}`, haidong)).rejects.toThrow(/404/);

    // 4. The worker sees the step.
    await h5.goto(`${stack.baseUrl}/h5/#/packages/demands/pages/detail?id=${demand.id}`);
    await h5.reload();
    await h5.locator('[data-testid="dm-status"]:visible', { hasText: '办理中' }).waitFor({ timeout: 30_000 });
    await h5.goto(`${stack.baseUrl}/h5/#/packages/demands/pages/index`);
    await h5.locator('[data-testid="demands-card"]:visible', { hasText: '拖欠工资' }).waitFor({ timeout: 30_000 });
    await snapshot(h5, 'miniapp-demands-list');
    await context.close();
  });
});
