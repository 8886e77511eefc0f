import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { residentIdCheckChar } from '../libs/shared/src/validators/resident-id';
import { shanghaiParts } from '../testing/clock';
import {
  apiCall,
  consoleLogin as signIn,
  ROOT,
  snapshot,
  Stack,
  staffToken as staffTokenOf,
  startStack,
  WAIT,
} from './helpers/stack';

const OPENID = 'browser-aid-worker';
const NAME = '才让卓玛';

/** A valid ID number of someone born in 1988, in 城东区. */
function idNumber(): string {
  const first17 = '63010219880315031';
  return first17 + residentIdCheckChar(first17);
}

describe('221 aid in the browser: a worker applies in H5, the county and the province approve, finance pays', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const api = <T>(method: string, url: string, token: string | null, body?: unknown) =>
    apiCall<T>(stack, method, url, token, body);

  const staffToken = (username: string) => staffTokenOf(stack, username);

  const consoleLogin = (page: Page, username: string) => signIn(stack, page, username);

  it('goes from the application to the payment, and the worker sees every step', async () => {
    // The worker is registered and the county has opened their hardship archive.
    const worker = (await api<{ accessToken: string }>('POST', '/auth/wechat/login', null, { code: `dev:${OPENID}` }))
      .accessToken;
    const me = await api<{ id: number }>('PUT', '/me/profile', worker, {
      name: NAME,
      idNumber: idNumber(),
      phone: '13912345678',
      regionCode: '630102',
      employmentStatus: 'UNEMPLOYED',
      skills: ['牦牛养殖'],
      consent: true,
    });
    await api('POST', `/workers/${me.id}/archive`, await staffToken('chengdong_reviewer'), {
      level: 'RELATIVE',
      household: {
        members: 4,
        monthlyIncomePerCapitaFen: 60_000,
        zeroEmployment: true,
        lowIncome: true,
        disability: false,
      },
      cause: '下岗失业，家庭无稳定收入',
    });

    // 1. The worker applies for the start-up subsidy in the H5 mini-program.
    const h5 = await stack.newPage();
    await h5.setViewportSize({ width: 390, height: 844 });
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-openid input').fill(OPENID);
      await h5.locator('.login-submit').click();
      await h5.waitForURL(/pages\/index/);
      await h5.goto(`${stack.baseUrl}/h5/#/packages/aid/pages/index`);
      const card = h5.locator('[data-testid="aid-program-STARTUP_SUBSIDY"]');
      await card.waitFor({ timeout: WAIT });
      await snapshot(h5, 'miniapp-aid-programs');
      await card.locator('[data-testid="aid-apply"]').click();
      await h5.locator('#aid-businessName input').waitFor({ timeout: WAIT });
      await h5.locator('#aid-businessName input').fill('卓玛牦牛奶制品店');
      await h5.locator('#aid-creditCode input').fill('91630100MA7XK5G234');
      await h5.locator('#aid-expectedJobs input').fill('3');
      await h5.locator('#aid-statement textarea').fill('下岗后在家做牦牛酸奶，想开一家小店');
      const chooser = h5.waitForEvent('filechooser');
      await h5.locator('[data-testid="aid-attachment-id_card-file-choose"]').click();
      await (await chooser).setFiles(path.join(ROOT, 'docs/screenshots/miniapp-h5.png'));
      await h5.locator('[data-testid="aid-attachment-id_card-file"]').waitFor({ timeout: WAIT });
      await snapshot(h5, 'miniapp-aid-apply');
      await h5.locator('#aid-submit').click();
      await h5.locator('[data-testid="aid-status"]', { hasText: '待初审' }).first().waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(h5, 'miniapp-aid-apply-failure');
      throw err;
    }
    const [application] = await api<{ id: number; status: string }[]>('GET', '/me/aid/applications', worker);
    expect(application.status).toBe('SUBMITTED');

    // 2-5: the console (first review, final review, payment) — see CONSOLE_STEPS below.
    await consoleSteps(application.id);

    // 6. The worker sees the payment and every step.
    try {
      await h5.goto(`${stack.baseUrl}/h5/#/packages/aid/pages/applications`);
      await h5.reload();
      const mine = h5.locator(`[data-testid="aid-application-${application.id}"]`);
      await mine.locator('[data-testid="aid-status"]', { hasText: '已发放' }).waitFor({ timeout: WAIT });
      await mine.locator('[data-testid="aid-disbursement"]', { hasText: '20,000.00' }).waitFor();
      const steps = await mine.locator('[data-testid="aid-timeline-item"]').allTextContents();
      for (const step of ['提交申请', '初审通过', '复审通过', '进入公示', '公示期满，确认帮扶', '资金已发放']) {
        expect(steps.some((s) => s.includes(step))).toBe(true);
      }
      await snapshot(h5, 'miniapp-aid-paid');
    } catch (err) {
      await snapshot(h5, 'miniapp-aid-paid-failure');
      throw err;
    }
  });

  /** Opens the application from a queue and records a decision on the review page. */
  async function reviewFromQueue(page: Page, queue: string, queueTitle: RegExp, id: number): Promise<void> {
    await page.goto(`${stack.baseUrl}/admin${queue}`);
    await page.locator('.ant-pro-table-list-toolbar-title', { hasText: queueTitle }).waitFor({ timeout: WAIT });
    await page.locator(`a[href$="/aid/applications/${id}"]`, { hasText: NAME }).click();
    await page.waitForURL(new RegExp(`/aid/applications/${id}$`));
    // the worker's form is shown read-only beside the archive
    await page.getByText('卓玛牦牛奶制品店').first().waitFor({ timeout: WAIT });
    await page.locator('form#review label', { hasText: '通过' }).first().click();
    await page.getByRole('button', { name: '提交审核结果' }).click();
    // approving moves money: the dialog names the worker and the amount
    const confirm = page.locator('.ant-modal-confirm', { hasText: '确认审核通过' });
    await confirm.getByText(`${NAME}的申请，帮扶金额 ¥20,000.00`).waitFor({ timeout: WAIT });
    // The confirmation zooms in: a pointer click during the animation can land on its mask on a
    // loaded machine (the dialog then stays open), so the button itself is clicked.
    await confirm.getByRole('button', { name: '确认通过' }).dispatchEvent('click');
    await page.getByText('审核结果已提交').waitFor({ timeout: WAIT });
  }

  async function consoleSteps(id: number): Promise<void> {
    // 2. The county (城东区) reviews first.
    const county = await stack.newPage();
    try {
      await consoleLogin(county, 'chengdong_reviewer');
      await reviewFromQueue(county, '/aid/review/first', /初审/, id);
      await snapshot(county, 'console-aid-first-review');
    } catch (err) {
      await snapshot(county, 'console-aid-first-review-failure');
      throw err;
    }

    // 3. The province (权益保障部) reviews second: the place is taken from the quota.
    const province = await stack.newPage();
    try {
      await consoleLogin(province, 'province_reviewer');
      await reviewFromQueue(province, '/aid/review/final', /复审/, id);
      await province.getByText('复审通过（待公示）').first().waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(province, 'console-aid-final-review-failure');
      throw err;
    }

    // 4. Publicity: the list was posted on the notice board two weeks ago; the province ends it.
    const token = await staffToken('province_reviewer');
    const app = await api<{ programId: number }>('GET', `/aid/applications/${id}`, token);
    const startsOn = shanghaiParts(stack.now().getTime() - 14 * 86_400_000).date;
    const pub = await api<{ id: number }>('POST', '/aid/publicities', token, { programId: app.programId, startsOn });
    await api('POST', `/aid/publicities/${pub.id}/close`, token);

    // 5. Finance records the payment from its list of what awaits payment.
    const finance = await stack.newPage();
    try {
      await consoleLogin(finance, 'finance');
      await finance.goto(`${stack.baseUrl}/admin/aid/finance`);
      await finance.locator(`a[href$="/aid/applications/${id}"]`, { hasText: NAME }).first().click({ timeout: WAIT });
      await finance.getByRole('button', { name: '登记发放' }).click();
      const modal = finance.locator('.ant-modal', { hasText: '登记资金发放' });
      // the form has taken its initial values (the amount) before anything is typed into it
      const amount = modal.getByLabel('发放金额（元）');
      await amount.waitFor({ timeout: WAIT });
      for (let i = 0; i < 90 && !(await amount.inputValue()); i++) await finance.waitForTimeout(500);
      const voucher = modal.getByLabel('凭证号');
      await voucher.fill('PZ-E2E-001');
      const confirm = finance.locator('.ant-modal-confirm', { hasText: '确认登记发放' });
      const asked = confirm.getByText(`向${NAME}发放 ¥20,000.00（凭证号 PZ-E2E-001）`, { exact: false });
      // 确定 opens the confirmation; a click the opening modal did not take yet is given again
      for (let i = 0; i < 4 && !(await asked.isVisible()); i++) {
        if ((await voucher.inputValue()) !== 'PZ-E2E-001') await voucher.fill('PZ-E2E-001');
        await modal.getByRole('button', { name: /确\s*定|提\s*交|保\s*存/ }).click();
        await asked.waitFor({ timeout: 10_000 }).catch(() => undefined);
      }
      await asked.waitFor({ timeout: WAIT });
      await confirm.getByRole('button', { name: /确\s*定/ }).dispatchEvent('click');
      await finance.getByText('资金发放已登记').waitFor({ timeout: WAIT });
      await finance.getByText('PZ-E2E-001').first().waitFor();
      await snapshot(finance, 'console-aid-paid');
    } catch (err) {
      await snapshot(finance, 'console-aid-finance-failure');
      throw err;
    }
  }
});
