import type { Page } from 'playwright-core';
import { residentIdCheckChar } from '../libs/shared/src/validators/resident-id';
import { apiCall, consoleLogin as signIn, snapshot, Stack, startStack, WAIT } from './helpers/stack';

const OPENID = 'browser-centers-worker';
/** A GPS position on 八一路 in 城东区, Xining. */
const HERE = { latitude: 36.6189, longitude: 101.8012 };

describe('support centers in the browser: the nearest center, legal aid, staff close it, the worker rates it', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const api = <T>(method: string, url: string, token: string | null, body?: unknown) =>
    apiCall<T>(stack, method, url, token, body);

  const consoleLogin = (page: Page, username: string) => signIn(stack, page, username);

  it('goes from the worker’s phone to the center’s console and back', async () => {
    const worker = (await api<{ accessToken: string }>('POST', '/auth/wechat/login', null, { code: `dev:${OPENID}` }))
      .accessToken;
    const first17 = '63010219900101057';
    await api('PUT', '/me/profile', worker, {
      name: '马建国',
      idNumber: first17 + residentIdCheckChar(first17),
      phone: '13712345678',
      regionCode: '630102',
      employmentStatus: 'EMPLOYED',
      employer: '西宁某商贸公司',
      skills: [],
      consent: true,
    });

    // 1. On the phone, with the location allowed: the nearest center is the 城东区 one.
    const context = await stack.browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      geolocation: HERE,
      permissions: ['geolocation'],
      viewport: { width: 390, height: 844 },
    });
    const h5 = await context.newPage();
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-openid input').fill(OPENID);
      await h5.locator('.login-submit').click();
      await h5.waitForURL(/pages\/index/);
      await h5.goto(`${stack.baseUrl}/h5/#/packages/centers/pages/index`);
      const nearest = h5.locator('[data-testid^="center-card-"]:visible').first();
      await nearest.waitFor({ timeout: WAIT });
      expect(await nearest.textContent()).toContain('西宁市城东区困难职工帮扶中心');
      expect(await nearest.locator('[data-testid="center-distance"]').textContent()).toMatch(/\d+ 米/);
      await snapshot(h5, 'miniapp-centers-nearest');
      await nearest.click();
      await h5.locator('[data-testid="center-request"]:visible').click({ timeout: WAIT });
      await h5.locator('[data-testid="sr-serviceType-LEGAL_AID"]:visible').click({ timeout: WAIT });
      await h5.locator('[data-testid="sr-disputeType-WAGES_OWED"]:visible').click();
      await h5.locator('#sr-description textarea:visible').fill('公司已拖欠三个月工资，共 12,000 元');
      await h5.locator('#sr-submit:visible').click();
      await h5.locator('[data-testid="sr-status"]:visible', { hasText: '待受理' }).first().waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(h5, 'miniapp-centers-request-failure');
      throw err;
    }
    const [request] = await api<{ id: number; disputeType: string; centerName: string }[]>(
      'GET',
      '/me/service-requests',
      worker,
    );
    expect(request).toMatchObject({ disputeType: 'WAGES_OWED', centerName: '西宁市城东区困难职工帮扶中心' });

    // 2. The center's staff accept it and close it in the console.
    const staff = await stack.newPage();
    try {
      await consoleLogin(staff, 'center_staff');
      await staff.goto(`${stack.baseUrl}/admin/service-requests`);
      await staff.locator(`a[href$="/service-requests/${request.id}"]`).first().click({ timeout: WAIT });
      await staff
        .getByRole('button', { name: '受 理' })
        .or(staff.getByRole('button', { name: '受理' }))
        .click();
      await staff.getByText('已受理').first().waitFor({ timeout: WAIT });
      await staff
        .getByRole('button', { name: '办结' })
        .or(staff.getByRole('button', { name: '办 结' }))
        .click();
      const modal = staff.locator('.ant-modal:visible');
      await modal.getByLabel('已解决').check();
      await modal.locator('#close_summary').fill('协调用人单位结清欠薪 12,000 元');
      await modal
        .getByRole('button', { name: /确\s*定|提\s*交|保\s*存|办\s*结/ })
        .last()
        .click();
      await staff.getByText('服务请求已办结').waitFor({ timeout: WAIT });
      await snapshot(staff, 'console-centers-request');
    } catch (err) {
      await snapshot(staff, 'console-centers-request-failure');
      throw err;
    }

    // 3. The worker sees it closed and rates it.
    try {
      await h5.goto(`${stack.baseUrl}/h5/#/packages/centers/pages/requests`);
      await h5.reload();
      const card = h5.locator(`[data-testid="sr-${request.id}"]:visible`);
      await card.locator('[data-testid="sr-status"]', { hasText: '已办结' }).waitFor({ timeout: WAIT });
      await card.locator('[data-testid="sr-rate"] .nut-rate-item').nth(4).click();
      await card
        .locator('[data-testid="sr-rate-comment"] textarea, [data-testid="sr-rate-comment"] input')
        .first()
        .fill('很快帮我要回了工资');
      await card.locator('[data-testid="sr-rate-submit"]').click();
      await card.locator('[data-testid="sr-rating"]').waitFor({ timeout: WAIT });
      await snapshot(h5, 'miniapp-centers-rated');
    } catch (err) {
      await snapshot(h5, 'miniapp-centers-rate-failure');
      throw err;
    }
    const [rated] = await api<{ rating: number; status: string }[]>('GET', '/me/service-requests', worker);
    expect(rated).toMatchObject({ status: 'CLOSED', rating: 5 });
    await context.close();
  });
});
