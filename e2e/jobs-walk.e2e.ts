import type { Page } from 'playwright-core';
import { residentIdCheckChar } from '../libs/shared/src/validators/resident-id';
import {
  apiCall,
  consoleLogin as signIn,
  snapshot,
  Stack,
  staffToken as staffTokenOf,
  startStack,
  WAIT,
} from './helpers/stack';

const OPENID = 'browser-jobs-welder';
const NAME = '马福海';
const TITLE = '钢结构电焊工（城东）';

/** A 城东区 ID number of a man born in 1986 (working age on any test day). */
function idNumber(): string {
  const first17 = '63010219860315071';
  return first17 + residentIdCheckChar(first17);
}

const shanghaiDay = (d: Date, days = 0) =>
  new Date(d.getTime() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

/** A date into an antd date picker: typed, then confirmed with Enter. */
async function pickDate(page: Page, selector: string, day: string) {
  const input = page.locator(selector);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

/** The OK button of an antd modal form or popconfirm. */
const okButton = (scope: ReturnType<Page['locator']>) => scope.getByRole('button', { name: /确\s*定|O\s*K/ });

describe('jobs in the browser: a welder’s job from the HR’s posting to the hire that counts', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const api = <T>(method: string, url: string, token: string | null, body?: unknown) =>
    apiCall<T>(stack, method, url, token, body);
  const staffToken = (username: string) => staffTokenOf(stack, username);
  const consoleLogin = (page: Page, username: string) => signIn(stack, page, username);

  it('hr_demo posts, 城东区 approves, the hardship welder sees it first, is pushed it, applies; the hire is one outcome', async () => {
    const today = shanghaiDay(stack.now());
    const year = Number(today.slice(0, 4));

    // A registered hardship worker in 城东区 with the skill 焊工, who agreed to job pushes.
    const worker = (await api<{ accessToken: string }>('POST', '/auth/wechat/login', null, { code: `dev:${OPENID}` }))
      .accessToken;
    const me = await api<{ id: number }>('PUT', '/me/profile', worker, {
      name: NAME,
      idNumber: idNumber(),
      phone: '13912347788',
      regionCode: '630102',
      employmentStatus: 'UNEMPLOYED',
      skills: ['焊工'],
      employmentIntention: '焊工',
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
    await api('PUT', '/me/jobs/subscription', worker, { subscribed: true });
    const county = await staffToken('chengdong_reviewer');
    const outcomesBefore = (await api<{ outcomes: { count: number } }>('GET', `/aid/dashboard?year=${year}`, county))
      .outcomes.count;

    // 1. hr_demo drafts the welder's posting in 城东区 in the console and sends it for review.
    const hr = await stack.newPage();
    try {
      await consoleLogin(hr, 'hr_demo');
      await hr.goto(`${stack.baseUrl}/admin/jobs/my-postings`);
      await hr.getByRole('button', { name: /发布岗位|新建岗位|新增岗位/ }).click();
      const form = hr.locator('.ant-modal:visible');
      await form.locator('#posting_title').fill(TITLE);
      await form.locator('#posting_occupation').fill('焊工');
      await form.locator('.ant-cascader:has(#posting_regionCode)').click();
      await form.locator('#posting_regionCode').fill('城东');
      await hr.locator('.ant-cascader-menu-item:visible', { hasText: '城东区' }).first().click();
      await form.locator('#posting_address').fill('西宁市城东区八一东路 12 号');
      await form.locator('#posting_latitude').fill('36.6121');
      await form.locator('#posting_longitude').fill('101.8157');
      await form.locator('#posting_headcount').fill('3');
      await pickDate(hr, '#posting_validUntil', shanghaiDay(stack.now(), 30));
      await form.locator('#posting_wageMin').fill('4500');
      await form.locator('#posting_wageMax').fill('6500');
      await form.locator('#posting_skills').fill('焊工');
      await form.locator('#posting_skills').press('Enter');
      await form.locator('#posting_contactName').fill('王经理');
      await form.locator('#posting_contactPhone').fill('0971-6123456');
      await form.locator('#posting_description').fill('钢结构厂房焊接，持证上岗，包吃住。');
      await okButton(form).click();
      await form.waitFor({ state: 'hidden', timeout: WAIT });
      const row = hr.locator('tr', { hasText: TITLE });
      await row.getByText('提交审核').click({ timeout: WAIT });
      await hr.getByText('岗位已提交审核').waitFor({ timeout: WAIT });
      await snapshot(hr, 'console-job-submitted');
    } catch (err) {
      await snapshot(hr, 'console-job-post-failure');
      throw err;
    }
    const hrToken = await staffToken('hr_demo');
    const [posting] = (
      await api<{ items: { id: number; title: string; regionCode: string; status: string }[] }>(
        'GET',
        `/jobs/postings?keyword=${encodeURIComponent(TITLE)}`,
        hrToken,
      )
    ).items;
    expect(posting).toMatchObject({ title: TITLE, regionCode: '630102', status: 'PENDING' });

    // 2. The county union approves it from its review queue.
    const staff = await stack.newPage();
    try {
      await consoleLogin(staff, 'chengdong_reviewer');
      await staff.goto(`${stack.baseUrl}/admin/jobs/review`);
      await staff.locator('tr', { hasText: TITLE }).getByText('通过').click({ timeout: WAIT });
      await okButton(staff.locator('.ant-popover:visible')).click();
      await staff.getByText('岗位已通过审核').waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(staff, 'console-job-review-failure');
      throw err;
    }

    // 3. The worker sees it first on 找工作, with why it fits them.
    const h5 = await stack.newPage();
    await h5.setViewportSize({ width: 390, height: 844 });
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-openid input').fill(OPENID);
      await h5.locator('.login-submit').click();
      await h5.waitForURL(/pages\/index/);
      await h5.goto(`${stack.baseUrl}/h5/#/packages/jobs/pages/index`);
      const first = h5.locator('[data-testid^="job-card-"]:visible').first();
      await first.waitFor({ timeout: WAIT });
      await expect(first.locator('[data-testid="job-title"]').innerText()).resolves.toBe(TITLE);
      const reasons = await first.locator('[data-testid="job-reasons"]').innerText();
      expect(reasons).toContain('同区县');
      expect(reasons).toContain('技能匹配：焊工');
      await snapshot(h5, 'miniapp-job-recommended');
    } catch (err) {
      await snapshot(h5, 'miniapp-job-recommended-failure');
      throw err;
    }

    // 4. The county pushes it to the worker from the posting's matches, twice: one push.
    try {
      await staff.goto(`${stack.baseUrl}/admin/jobs/postings/${posting.id}`);
      const row = staff.locator('tr', { hasText: NAME });
      await row.locator('.ant-checkbox-input').check({ timeout: WAIT });
      await staff.getByRole('button', { name: /推送给选中的 1 人/ }).click();
      await staff.locator('[data-testid="push-result"]', { hasText: '已推送 1 人' }).waitFor({ timeout: WAIT });
      await row.locator('.ant-checkbox-input').check({ timeout: WAIT });
      await staff.getByRole('button', { name: /推送给选中的 1 人/ }).click();
      await staff
        .locator('[data-testid="push-result"]', { hasText: '已推送 0 人；此前已推送 1 人' })
        .waitFor({ timeout: WAIT });
      await snapshot(staff, 'console-job-pushed');
    } catch (err) {
      await snapshot(staff, 'console-job-push-failure');
      throw err;
    }

    // 5. The worker applies in H5.
    try {
      await h5.locator('[data-testid^="job-card-"]:visible').first().click();
      await h5.locator('[data-testid="job-detail"]:visible').waitFor({ timeout: WAIT });
      await h5.locator('[data-testid="job-apply"]:visible').click();
      // Taro's H5 dialog (Taro.showModal): its 确定
      await h5.getByText('确定', { exact: true }).filter({ visible: true }).last().click({ timeout: WAIT });
      await h5.locator('[data-testid="job-applied"]:visible', { hasText: '已投递' }).waitFor({ timeout: WAIT });
      await snapshot(h5, 'miniapp-job-applied');
    } catch (err) {
      await snapshot(h5, 'miniapp-job-apply-failure');
      throw err;
    }
    const [application] = await api<{ id: number; status: string }[]>('GET', '/me/jobs/applications', worker);
    expect(application.status).toBe('APPLIED');

    // HR invite to an interview and the worker accepts it (their own suites walk these screens).
    await api('POST', `/jobs/applications/${application.id}/invite`, hrToken, {
      interviewAt: new Date(stack.now().getTime() + 86_400_000).toISOString(),
      interviewPlace: '城东区八一东路 12 号人事部',
    });
    await api('POST', `/me/jobs/applications/${application.id}/accept-interview`, worker);

    // 6. HR record the hire in the console.
    try {
      await hr.goto(`${stack.baseUrl}/admin/jobs/applicants`);
      const row = hr.locator('tr', { hasText: TITLE });
      await row.getByText('录用', { exact: true }).click({ timeout: WAIT });
      const modal = hr.locator('.ant-modal:visible');
      await pickDate(hr, '.ant-modal:visible #applicant-hire_startsOn', today);
      await okButton(modal).click();
      await hr.getByText('已录用，就业成果已记录').waitFor({ timeout: WAIT });
      await snapshot(hr, 'console-job-hired');
    } catch (err) {
      await snapshot(hr, 'console-job-hire-failure');
      throw err;
    }

    // 7. One outcome in 就业成果, and one more on the home figures.
    try {
      await staff.goto(`${stack.baseUrl}/admin/aid/outcomes`);
      await staff.locator('#keyword').fill(NAME);
      await staff.getByRole('button', { name: /查\s*询/ }).click();
      await staff.locator('tr', { hasText: NAME }).first().waitFor({ timeout: WAIT });
      expect(await staff.locator('.ant-table-tbody tr', { hasText: NAME }).count()).toBe(1);
      const after = (await api<{ outcomes: { count: number } }>('GET', `/aid/dashboard?year=${year}`, county)).outcomes
        .count;
      expect(after).toBe(outcomesBefore + 1);
      await staff.goto(`${stack.baseUrl}/admin/`);
      await staff
        .locator('[data-testid="aid-outcomes"]', { hasText: new RegExp(`(^|\\D)${after} (/|人)`) })
        .waitFor({ timeout: WAIT });
      await snapshot(staff, 'console-job-outcome-home');
    } catch (err) {
      await snapshot(staff, 'console-job-outcome-failure');
      throw err;
    }
    const outcomes = await api<{ items: { workerId: number; year: number }[] }>(
      'GET',
      `/outcomes?keyword=${encodeURIComponent(NAME)}&year=${year}`,
      county,
    );
    expect(outcomes.items.filter((o) => o.workerId === me.id)).toHaveLength(1);
  });
  it('a gig posted by the county reaches the worker in 零工模式 near it, and the worker shows among its nearby workers', async () => {
    const openid = 'browser-gig-worker';
    const name = '韩永红';
    const worker = (await api<{ accessToken: string }>('POST', '/auth/wechat/login', null, { code: `dev:${openid}` }))
      .accessToken;
    const first17 = '63010219880717052';
    await api('PUT', '/me/profile', worker, {
      name,
      idNumber: first17 + residentIdCheckChar(first17),
      phone: '13912347799',
      regionCode: '630102',
      employmentStatus: 'UNEMPLOYED',
      skills: ['焊工'],
      consent: true,
    });

    // 1. 城东区 posts a two-day welding gig in the console.
    const staff = await stack.newPage();
    try {
      await consoleLogin(staff, 'chengdong_reviewer');
      await staff.goto(`${stack.baseUrl}/admin/jobs/gigs`);
      await staff.getByRole('button', { name: /发布零工/ }).click();
      const form = staff.locator('.ant-modal:visible');
      await form.locator('#gig_title').fill('厂房钢架补焊');
      await form.locator('#gig_kinds').fill('焊工');
      await form.locator('#gig_kinds').press('Enter');
      await pickDate(staff, '#gig_startsOn', shanghaiDay(stack.now(), 1));
      await form.locator('#gig_days').fill('2');
      await form.locator('#gig_pay').fill('300');
      await form.locator('#gig_address').fill('西宁市城东区八一东路 12 号');
      await form.locator('#gig_latitude').fill('36.6121');
      await form.locator('#gig_longitude').fill('101.8157');
      await form.locator('#gig_contactName').fill('王师傅');
      await form.locator('#gig_contactPhone').fill('0971-6123456');
      await okButton(form).click();
      await staff.getByText('零工已发布').waitFor({ timeout: WAIT });
      await staff.locator('tr', { hasText: '厂房钢架补焊' }).waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(staff, 'console-gig-post-failure');
      throw err;
    }

    // 2. The worker turns on 零工模式 with 焊工 and finds it among the gigs near them.
    const h5 = await stack.newPage();
    await h5.setViewportSize({ width: 390, height: 844 });
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-openid input').fill(openid);
      await h5.locator('.login-submit').click();
      await h5.waitForURL(/pages\/index/);
      await h5.goto(`${stack.baseUrl}/h5/#/packages/jobs/pages/index`);
      await h5.locator('[data-testid="gig-kind-焊工"]:visible').click({ timeout: WAIT });
      await h5.locator('[data-testid="gig-mode-switch"]:visible').click();
      await h5.locator('[data-testid="gig-view"]:visible').click({ timeout: WAIT });
      const card = h5.locator('[data-testid^="gig-card-"]:visible', { hasText: '厂房钢架补焊' });
      await card.waitFor({ timeout: WAIT });
      await expect(card.locator('[data-testid="gig-reasons"]').innerText()).resolves.toBe('同区县 · 工种：焊工');
      await card.click();
      await h5.locator('[data-testid="gig-pay"]:visible', { hasText: '300 元/天' }).waitFor({ timeout: WAIT });
      await snapshot(h5, 'miniapp-gig-detail');
    } catch (err) {
      await snapshot(h5, 'miniapp-gig-failure');
      throw err;
    }

    // 3. The county sees the worker among the gig's nearby workers.
    try {
      await staff.locator('tr', { hasText: '厂房钢架补焊' }).getByText('附近零工').click();
      const modal = staff.locator('.ant-modal:visible');
      await modal.locator('tr', { hasText: name }).waitFor({ timeout: WAIT });
      await expect(modal.locator('tr', { hasText: name }).innerText()).resolves.toContain('同区县 · 工种：焊工');
      await snapshot(staff, 'console-gig-matches');
    } catch (err) {
      await snapshot(staff, 'console-gig-matches-failure');
      throw err;
    }
  });
});
