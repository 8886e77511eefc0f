import { residentIdCheckChar } from '../libs/shared/src/validators/resident-id';
import { shanghaiParts, testNow } from '../testing/clock';
import { apiCall, consoleLogin, snapshot, Stack, staffToken as staffTokenOf, startStack, WAIT } from './helpers/stack';
import type { Page } from 'playwright-core';

const OPENID = 'browser-training-worker';

describe('151 training in the browser: the trainer opens check-in in H5 trainer mode, a worker checks in, the roster shows them', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const api = <T>(method: string, url: string, token: string | null, body?: unknown) =>
    apiCall<T>(stack, method, url, token, body);

  const staffToken = (username: string) => staffTokenOf(stack, username);

  it('a worker enrols in H5, the trainer shows the code, the worker checks in with it, and is present', async () => {
    // A class in progress now, taught by the demo trainer.
    const admin = await staffToken('training_admin');
    const trainerId = (await api<{ id: number }>('GET', '/auth/me', await staffToken('trainer'))).id;
    // Whatever the hour (at 23:58 the class ends tomorrow), the course runs from the class's first
    // day to its last.
    const now = stack.now().getTime();
    const startsAt = now - 60_000;
    const endsAt = now + 3 * 3600_000;
    const course = await api<{ id: number }>('POST', '/training/courses', admin, {
      title: '电工（低压）转岗培训',
      type: 'JOB_TRANSFER',
      domesticService: false,
      organiser: '青海省工会干部学校',
      regionCode: '630102',
      venue: '西宁市城东区八一中路 6 号培训教室',
      latitude: 36.6197,
      longitude: 101.7989,
      capacity: 20,
      targetGroups: ['转岗职工'],
      trainerIds: [trainerId],
      startsOn: shanghaiParts(startsAt).date,
      endsOn: shanghaiParts(endsAt).date,
      sessions: [{ startsAt: new Date(startsAt).toISOString(), endsAt: new Date(endsAt).toISOString() }],
    });
    const { sessions } = await api<{ sessions: { id: number }[] }>('GET', `/training/courses/${course.id}`, admin);
    const sessionId = sessions[0].id;

    const worker = (await api<{ accessToken: string }>('POST', '/auth/wechat/login', null, { code: `dev:${OPENID}` }))
      .accessToken;
    const first17 = '63010219920704065';
    const me = await api<{ id: number }>('PUT', '/me/profile', worker, {
      name: '韩永福',
      idNumber: first17 + residentIdCheckChar(first17),
      phone: '13612345678',
      regionCode: '630102',
      employmentStatus: 'JOB_TRANSFER',
      skills: [],
      consent: true,
    });

    // 1. The worker enrols from the course page.
    const h5 = await stack.newPage();
    await h5.setViewportSize({ width: 390, height: 844 });
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-openid input').fill(OPENID);
      await h5.locator('.login-submit').click();
      await h5.waitForURL(/pages\/index/);
      await h5.goto(`${stack.baseUrl}/h5/#/packages/training/pages/course?id=${course.id}`);
      await h5.locator('#course-enrol:visible').click({ timeout: WAIT });
      await h5
        .getByText(/报名成功|已报名/)
        .first()
        .waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(h5, 'miniapp-training-enrol-failure');
      throw err;
    }

    // 2. The trainer signs in to trainer mode and opens check-in: the QR and its short code show.
    const trainer = await stack.newPage();
    await trainer.setViewportSize({ width: 390, height: 844 });
    let shortCode: string;
    try {
      await trainer.goto(`${stack.baseUrl}/h5/`);
      await trainer.locator('.login-tab-trainer').click();
      await trainer.locator('.login-username input').fill('trainer');
      await trainer.locator('.login-password input').fill('Demo@2026!');
      await trainer.locator('.login-trainer-submit').click();
      // The sign-in relaunches to trainer mode: let it finish before going elsewhere (a route change
      // during the relaunch can leave the next page without its parameters).
      await trainer.locator('.training-trainer-page:visible').waitFor({ timeout: WAIT });
      await trainer.goto(`${stack.baseUrl}/h5/#/packages/training/pages/session?id=${sessionId}`);
      await trainer.locator('#session-open:visible').click({ timeout: WAIT });
      const code = trainer.locator('[data-testid="qr-short-code"]:visible');
      await code.waitFor({ timeout: WAIT });
      shortCode = ((await code.textContent()) ?? '').replace(/\D/g, '');
      expect(shortCode).toMatch(/^\d{6}$/);
      expect(await trainer.locator('[data-testid="qr-token"]:visible').getAttribute('data-token')).toMatch(
        new RegExp(`^${sessionId}\\.`),
      );
      await snapshot(trainer, 'miniapp-training-qr');
    } catch (err) {
      await snapshot(trainer, 'miniapp-training-open-failure');
      throw err;
    }

    // 3. The worker types the code shown under the QR.
    try {
      await h5.goto(`${stack.baseUrl}/h5/#/packages/training/pages/checkin?sessionId=${sessionId}`);
      await h5.locator('#checkin-code input:visible').fill(shortCode);
      await h5.locator('#checkin-submit:visible').click();
      await h5.locator('[data-testid="checkin-result"]:visible', { hasText: '签到成功' }).waitFor({ timeout: WAIT });
      await snapshot(h5, 'miniapp-training-checked-in');
    } catch (err) {
      await snapshot(h5, 'miniapp-training-checkin-failure');
      throw err;
    }

    // 4. The trainer's roster shows the worker present.
    try {
      await trainer
        .locator(`[data-testid="roster-${me.id}"]:visible [data-testid="roster-status"]`, { hasText: '出勤' })
        .waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(trainer, 'miniapp-training-roster-failure');
      throw err;
    }
    const roster = await api<{ entries: { workerId: number; status: string | null }[] }>(
      'GET',
      `/training/sessions/${sessionId}/roster`,
      await staffToken('trainer'),
    );
    expect(roster.entries.find((e) => e.workerId === me.id)?.status).toBe('PRESENT');
  });

  it('HR nominate an employee to the demo course in the console and see the nomination', async () => {
    const first17 = '63010419900817071';
    const employee = (
      await api<{ accessToken: string }>('POST', '/auth/wechat/login', null, { code: 'dev:browser-hr-employee' })
    ).accessToken;
    const me = await api<{ id: number }>('PUT', '/me/profile', employee, {
      name: '马海龙',
      idNumber: first17 + residentIdCheckChar(first17),
      phone: '13812345678',
      regionCode: '630104',
      employmentStatus: 'EMPLOYED',
      employer: '青海高原建设有限公司',
      skills: [],
      consent: true,
    });

    const hr = await stack.newPage();
    try {
      await consoleLogin(stack, hr, 'hr_demo');
      await hr.goto(`${stack.baseUrl}/admin/training/nominations`);
      const row = hr.locator('tr', { hasText: '家政服务员（育婴员方向）技能培训' });
      await row.getByText('推荐职工').click({ timeout: WAIT });
      await hr.locator('.ant-select:has(#nominate-employees)').click();
      await hr.locator('.ant-select-item-option', { hasText: '马海龙' }).click({ timeout: WAIT });
      await hr.keyboard.press('Escape');
      await hr.getByRole('button', { name: /提交推荐/ }).click();
      await hr.locator(`[data-testid="nominate-result-${me.id}"]`, { hasText: '已报名' }).waitFor({ timeout: WAIT });
      await snapshot(hr, 'console-training-nominated');
      await hr.getByRole('button', { name: /完\s*成/ }).click();
      await hr.getByRole('tab', { name: '推荐记录' }).click();
      await hr.locator('tr', { hasText: '马海龙' }).getByText('已报名').first().waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(hr, 'console-training-nomination-failure');
      throw err;
    }
    const mine = await api<{ courseTitle: string; source: string }[]>('GET', '/me/training/enrolments', employee);
    expect(mine).toEqual([
      expect.objectContaining({ courseTitle: '家政服务员（育婴员方向）技能培训', source: 'NOMINATED' }),
    ]);
  });
});

describe('151 training in the browser: a course from creation to its completions, on an afternoon', () => {
  let stack: Stack;
  beforeAll(async () => {
    // This test needs the afternoon of the day the suite runs at: a class that ended minutes ago.
    stack = await startStack({ now: new Date(`${shanghaiParts(testNow()).date}T15:00:00+08:00`) });
  });
  afterAll(() => stack?.stop());

  const api = <T>(method: string, url: string, token: string | null, body?: unknown) =>
    apiCall<T>(stack, method, url, token, body);

  const staffToken = (username: string) => staffTokenOf(stack, username);

  it('a course from creation in the console to its completions: enrolled, marked present, 结业 run, the certificate in H5', async () => {
    // A one-day class that ended a few minutes ago (13:30–14:57), recorded that afternoon from the
    // paper sign-in sheet.
    const wall = (ms: number) => `${shanghaiParts(ms).date} ${shanghaiParts(ms).time}`;
    const now = stack.now().getTime();
    const startsAt = now - 90 * 60_000;
    const endsAt = now - 3 * 60_000;
    const day = shanghaiParts(now).date;
    const title = '家政服务员（保洁）一日培训（城东区第 3 期）';

    const first17 = '63010219880512087';
    const worker = (
      await api<{ accessToken: string }>('POST', '/auth/wechat/login', null, { code: 'dev:browser-course-worker' })
    ).accessToken;
    const me = await api<{ id: number }>('PUT', '/me/profile', worker, {
      name: '卓玛央金',
      idNumber: first17 + residentIdCheckChar(first17),
      phone: '13712345678',
      regionCode: '630102',
      employmentStatus: 'UNEMPLOYED',
      skills: [],
      consent: true,
    });

    // 1. The training admin creates the course in the console, naming the demo trainer.
    const admin = await stack.newPage();
    const fillDate = async (page: Page, id: string, value: string) => {
      const input = page.locator(`#${id}`);
      await input.click();
      await input.fill(value);
      await input.press('Enter');
    };
    let courseId: number;
    let sessionId: number;
    try {
      await consoleLogin(stack, admin, 'training_admin');
      await admin.goto(`${stack.baseUrl}/admin/training/courses`);
      await admin.getByRole('button', { name: /新建课程/ }).click({ timeout: WAIT });
      await admin.locator('#course_title').fill(title);
      await admin.locator('#course_type').click();
      await admin.locator('.ant-select-item-option', { hasText: /^技能$/ }).click();
      await admin.locator('#course_domesticService').click();
      await admin.locator('#course_organiser').fill('城东区职工职业培训基地');
      await admin.locator('.ant-select:has(#course_regionCode)').click();
      await admin.locator('.ant-cascader-menu-item[title="西宁市"]').click();
      await admin.locator('.ant-cascader-menu-item[title="城东区"]').click();
      await admin.locator('#course_venue').fill('西宁市城东区八一路 12 号职工培训教室');
      await admin.locator('#course_latitude').fill('36.6225');
      await admin.locator('#course_longitude').fill('101.7801');
      await admin.locator('#course_capacity').fill('20');
      await fillDate(admin, 'course_startsOn', day);
      await fillDate(admin, 'course_endsOn', day);
      await admin.locator('#course_trainerIds').click();
      await admin.locator('.ant-select-item-option', { hasText: '培训教师 · 青海省工会干部学校' }).click();
      await admin.keyboard.press('Escape');
      await fillDate(admin, 'course_sessions_0_startsAt', wall(startsAt));
      await fillDate(admin, 'course_sessions_0_endsAt', wall(endsAt));
      await admin
        .locator('.ant-modal-footer')
        .getByRole('button', { name: /确\s*定|确\s*认/ })
        .click();
      await admin.getByText('培训课程已创建').waitFor({ timeout: WAIT });
      await snapshot(admin, 'console-training-course-created');

      const list = await api<{ items: { id: number; title: string; phase: string; sessions: { id: number }[] }[] }>(
        'GET',
        `/training/courses?keyword=${encodeURIComponent(title)}`,
        await staffToken('training_admin'),
      );
      expect(list.items.map((c) => c.title)).toEqual([title]);
      expect(list.items[0].phase).toBe('ENDED');
      courseId = list.items[0].id;
      sessionId = list.items[0].sessions[0].id;

      // 2. The office enrols the worker found by name on the course page.
      await admin.goto(`${stack.baseUrl}/admin/training/courses/${courseId}`);
      await admin.getByRole('button', { name: /代职工报名/ }).click({ timeout: WAIT });
      await admin.locator('#enrol_workerId').click();
      await admin.locator('#enrol_workerId').fill('卓玛央金');
      await admin.locator('.ant-select-item-option', { hasText: '卓玛央金' }).click({ timeout: WAIT });
      await admin
        .locator('.ant-modal-footer')
        .getByRole('button', { name: /确\s*定|确\s*认/ })
        .click();
      await admin.locator(`[data-testid^="enrolment-"]`, { hasText: '卓玛央金' }).first().waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(admin, 'console-training-course-failure');
      throw err;
    }

    // 3. The trainer marks the worker present on the session's roster in the console.
    const trainer = await stack.newPage();
    try {
      await consoleLogin(stack, trainer, 'trainer');
      await trainer.goto(`${stack.baseUrl}/admin/training/sessions/${sessionId}`);
      await trainer.locator(`#roster-status-${me.id}`).click({ timeout: WAIT });
      await trainer.locator('.ant-select-item-option', { hasText: /^出勤$/ }).click();
      await trainer
        .locator(`[data-testid="roster-${me.id}"] [data-testid="roster-status"][data-status="PRESENT"]`)
        .waitFor({ timeout: WAIT });
      await trainer.getByText('卓玛央金：已记录').waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(trainer, 'console-training-roster-failure');
      throw err;
    }

    // 4. The office runs 结业: the worker completes with a verification code.
    let code: string;
    try {
      await admin.goto(`${stack.baseUrl}/admin/training/courses/${courseId}`);
      await admin.getByRole('button', { name: /结业/ }).click({ timeout: WAIT });
      // The confirmation zooms in: a pointer click during the animation can land on its mask on a
      // loaded machine, so the button itself is clicked.
      const ok = admin.locator('.ant-modal-confirm').getByRole('button', { name: /确\s*定/ });
      await ok.waitFor({ timeout: WAIT });
      await ok.dispatchEvent('click');
      const result = admin.locator('[data-testid="completion-result"]');
      await result.waitFor({ timeout: WAIT });
      code = ((await result.locator('[data-testid="verification-code"]').first().textContent()) ?? '').trim();
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
      await snapshot(admin, 'console-training-completed');

      // the training office's list of completions shows it
      await admin.goto(`${stack.baseUrl}/admin/training/completions`);
      await admin.getByText(code, { exact: true }).first().waitFor({ timeout: WAIT });
    } catch (err) {
      await snapshot(admin, 'console-training-complete-failure');
      throw err;
    }

    // 5. The worker sees the certificate in the mini-program.
    const h5 = await stack.newPage();
    await h5.setViewportSize({ width: 390, height: 844 });
    try {
      await h5.goto(`${stack.baseUrl}/h5/`);
      await h5.locator('.login-openid input').fill('browser-course-worker');
      await h5.locator('.login-submit').click();
      await h5.waitForURL(/pages\/index/);
      await h5.goto(`${stack.baseUrl}/h5/#/packages/training/pages/completions`);
      await h5.locator('[data-testid="completion-code"]:visible', { hasText: code }).waitFor({ timeout: WAIT });
      await snapshot(h5, 'miniapp-training-certificate');
    } catch (err) {
      await snapshot(h5, 'miniapp-training-certificate-failure');
      throw err;
    }

    // 6. The console home's figures are the records: completions and 家政 completions this year.
    const year = Number(day.slice(0, 4));
    const office = await staffToken('training_admin');
    const dashboard = await api<{ completions: number; domesticServiceCompletions: number }>(
      'GET',
      `/training/dashboard?year=${year}`,
      office,
    );
    const all = await api<{ total: number }>('GET', `/training/completions?year=${year}`, office);
    const domestic = await api<{ total: number }>(
      'GET',
      `/training/completions?year=${year}&domesticService=true`,
      office,
    );
    expect(dashboard.completions).toBe(all.total);
    expect(dashboard.domesticServiceCompletions).toBe(domestic.total);
    expect(domestic.total).toBeGreaterThanOrEqual(1);
  });
});
