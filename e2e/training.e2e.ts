import { residentIdCheckChar } from '../libs/shared/src/validators/resident-id';
import { apiCall, snapshot, Stack, staffToken as staffTokenOf, startStack } from './helpers/stack';

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
    const now = Date.now();
    const day = new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
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
      startsOn: day,
      endsOn: day,
      sessions: [
        { startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3 * 3600_000).toISOString() },
      ],
    });
    const { sessions } = await api<{ sessions: { id: number }[] }>('GET', `/training/courses/${course.id}`, admin);
    const sessionId = sessions[0].id;

    const worker = (await api<{ accessToken: string }>('POST', '/auth/wechat/login', null, { code: `dev:${OPENID}` }))
      .accessToken;
    const first17 = `63010219920704${String(Date.now() % 1000).padStart(3, '0')}`;
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
      await h5.locator('#course-enrol:visible').click({ timeout: 30_000 });
      await h5
        .getByText(/报名成功|已报名/)
        .first()
        .waitFor({ timeout: 20_000 });
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
      await trainer.waitForURL(/training\/pages\/trainer|pages\/index/, { timeout: 20_000, waitUntil: 'commit' });
      await trainer.goto(`${stack.baseUrl}/h5/#/packages/training/pages/session?id=${sessionId}`);
      await trainer.locator('#session-open:visible').click({ timeout: 30_000 });
      const code = trainer.locator('[data-testid="qr-short-code"]:visible');
      await code.waitFor({ timeout: 20_000 });
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
      await h5.locator('[data-testid="checkin-result"]:visible', { hasText: '签到成功' }).waitFor({ timeout: 20_000 });
      await snapshot(h5, 'miniapp-training-checked-in');
    } catch (err) {
      await snapshot(h5, 'miniapp-training-checkin-failure');
      throw err;
    }

    // 4. The trainer's roster shows the worker present.
    try {
      await trainer
        .locator(`[data-testid="roster-${me.id}"]:visible [data-testid="roster-status"]`, { hasText: '出勤' })
        .waitFor({ timeout: 30_000 });
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
});
