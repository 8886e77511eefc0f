import { NotificationStatus, ScheduledJobOutcome, ScheduledJobTrigger } from '@steadywork/shared';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { NotificationOutbox } from '../src/notifications/notification.entity';
import { NotificationService } from '../src/notifications/notification.service';
import { createProgram, firstApproved, submittedApplication } from './factories/aid.factory';
import { startTestApp, TestApp } from './helpers/test-app';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * A stand-in for WeChat's server API: login, the stable access token and subscribe/send, which counts
 * each message it receives. `down` makes subscribe/send answer 503 with an HTML page (as a
 * gateway in front of a failing server does); `delayMs` makes it slow.
 */
function fakeWechat() {
  const sent: { touser: string }[] = [];
  const state = { down: false, delayMs: 0, sendRequests: 0 };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      res.setHeader('Content-Type', 'application/json');
      if (url.pathname === '/sns/jscode2session') {
        const code = url.searchParams.get('js_code') ?? '';
        return res.end(JSON.stringify({ openid: code.replace(/^dev:/, ''), session_key: 'k' }));
      }
      if (url.pathname === '/cgi-bin/stable_token') {
        return res.end(JSON.stringify({ access_token: 'AT-1', expires_in: 7200 }));
      }
      if (url.pathname === '/cgi-bin/message/subscribe/send') {
        state.sendRequests += 1;
        if (state.down) {
          res.statusCode = 503;
          res.setHeader('Content-Type', 'text/html');
          return res.end('<html>503 Service Unavailable</html>');
        }
        const body = JSON.parse(raw) as { touser: string };
        return setTimeout(() => {
          sent.push({ touser: body.touser });
          res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
        }, state.delayMs);
      }
      res.end(JSON.stringify({ errcode: -1, errmsg: 'no such api' }));
    });
  });
  return new Promise<{ url: string; sent: typeof sent; state: typeof state; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        sent,
        state,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

describe('scheduled jobs: one place, one run at a time across instances, notifications sent by a job', () => {
  let a: TestApp;
  let b: TestApp;
  let wechat: Awaited<ReturnType<typeof fakeWechat>>;
  const env = () => ({
    WECHAT_APPID: 'wx-app',
    WECHAT_SECRET: 'wx-secret',
    WECHAT_API_BASE: wechat.url,
    WECHAT_SUBSCRIBE_TEMPLATE_ID: 'TPL-aid-status',
  });
  beforeAll(async () => {
    wechat = await fakeWechat();
    a = await startTestApp(env());
    // a second instance of the API on the same database, as behind a load balancer
    b = await startTestApp(env(), { sameDatabaseAs: a });
    b.clock.set(a.clock.now());
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await wechat.close();
  });
  beforeEach(() => {
    wechat.state.down = false;
    wechat.state.delayMs = 0;
  });

  const outbox = async (workerId: number) =>
    (await a.db.query('SELECT status, attempts, error FROM notification_outbox WHERE worker_id = ? ORDER BY id', [
      workerId,
    ])) as { status: string; attempts: number; error: string | null }[];
  const workerIdOf = async (applicationId: number) =>
    Number((await a.db.query('SELECT worker_id FROM aid_application WHERE id = ?', [applicationId]))[0].worker_id);
  const due = async () =>
    Number(
      (
        await a.db.query(
          "SELECT COUNT(*) AS n FROM notification_outbox WHERE status IN ('PENDING', 'RETRY', 'SENDING')",
        )
      )[0].n,
    );

  it('two instances running notifications.send at the same moment send each notification once', async () => {
    // what earlier tests or demo data left is sent first
    await a.runJob('notifications.send');
    const program = await createProgram(a);
    const apps: Awaited<ReturnType<typeof submittedApplication>>[] = [];
    for (let i = 0; i < 3; i++) apps.push(await submittedApplication(i % 2 ? b : a, program));
    // the requests only recorded them
    expect(wechat.sent.filter((s) => apps.some((x) => x.worker.openid === s.touser))).toHaveLength(0);
    expect(await due()).toBe(3);

    // both instances' schedules fire together: one holds the lease and sends, the other skips
    wechat.state.delayMs = 150;
    const before = wechat.state.sendRequests;
    const runs = await Promise.all([a.runJob('notifications.send'), b.runJob('notifications.send')]);
    expect(runs.filter((r) => r === null)).toHaveLength(1);
    expect(runs.find((r) => r)).toMatchObject({ outcome: ScheduledJobOutcome.SUCCEEDED, items: 3 });
    expect(wechat.state.sendRequests - before).toBe(3);
    for (const x of apps) expect(wechat.sent.filter((s) => s.touser === x.worker.openid)).toHaveLength(1);
    expect(await due()).toBe(0);

    // past the lease too (a run whose lease expired, a second scheduler): each row is claimed once
    const more: Awaited<ReturnType<typeof submittedApplication>>[] = [];
    for (let i = 0; i < 4; i++) more.push(await submittedApplication(i % 2 ? b : a, program));
    const [ra, rb] = await Promise.all([
      a.app.get(NotificationService).sendDue(),
      b.app.get(NotificationService).sendDue(),
    ]);
    expect(ra.sent + rb.sent).toBe(4);
    for (const x of more) {
      expect(wechat.sent.filter((s) => s.touser === x.worker.openid)).toHaveLength(1);
      expect(await outbox(await workerIdOf(x.application.id))).toEqual([
        { status: NotificationStatus.SENT, attempts: 1, error: null },
      ]);
    }
  });

  it('while WeChat is down the change succeeds; the send is retried after 1, 2, 4, 8 minutes, then FAILED', async () => {
    const program = await createProgram(a);
    wechat.state.down = true;
    const { worker, application } = await submittedApplication(a, program);
    expect(application.status).toBe('SUBMITTED');
    const workerId = await workerIdOf(application.id);
    const notices = await a.http().get('/api/v1/me/notifications').set('Authorization', worker.auth);
    expect(notices.status).toBe(200);
    expect(notices.body[0]).toMatchObject({ title: '提交申请', status: NotificationStatus.PENDING });

    const requests = () => wechat.state.sendRequests;
    const start = requests();
    await a.runJob('notifications.send');
    expect(await outbox(workerId)).toEqual([
      { status: NotificationStatus.RETRY, attempts: 1, error: expect.stringMatching(/^微信接口不可用/) },
    ]);
    for (const wait of [1, 2, 4, 8]) {
      // not before its time
      a.clock.advance(wait * MINUTE - 1000);
      await a.runJob('notifications.send');
      expect(requests() - start).toBe([1, 2, 4, 8].indexOf(wait) + 1);
      a.clock.advance(1000);
      await a.runJob('notifications.send');
      expect(requests() - start).toBe([1, 2, 4, 8].indexOf(wait) + 2);
    }
    expect(await outbox(workerId)).toEqual([
      { status: NotificationStatus.FAILED, attempts: 5, error: expect.stringMatching(/^微信接口不可用/) },
    ]);
    a.clock.advance(DAY);
    await a.runJob('notifications.send');
    expect(requests() - start).toBe(5);
    b.clock.set(a.clock.now());
  });

  it('a send cut off by a crash is taken up again once its claim expires', async () => {
    const program = await createProgram(a);
    const { worker, application } = await submittedApplication(a, program);
    const workerId = await workerIdOf(application.id);
    // an instance claimed it and died before recording the outcome
    const claimedUntil = new Date(a.clock.now().getTime() + 2 * MINUTE);
    await a.db
      .createQueryBuilder()
      .update(NotificationOutbox)
      .set({ status: NotificationStatus.SENDING, claimedBy: 'gone:1', claimedUntil, attempts: 1 })
      .where('worker_id = :workerId', { workerId })
      .execute();
    await b.runJob('notifications.send');
    expect((await outbox(workerId))[0].status).toBe(NotificationStatus.SENDING);
    a.clock.advance(3 * MINUTE);
    b.clock.set(a.clock.now());
    await b.runJob('notifications.send');
    expect(await outbox(workerId)).toEqual([{ status: NotificationStatus.SENT, attempts: 2, error: null }]);
    expect(wechat.sent.filter((s) => s.touser === worker.openid)).toHaveLength(1);
  });

  it('the console lists the jobs and runs one by hand, 409 while another instance holds its lease; audited', async () => {
    const admin = await a.bearer('program_admin');
    const jobs = await a.http().get('/api/v1/scheduler/jobs').set('Authorization', admin);
    expect(jobs.status).toBe(200);
    expect(jobs.body.map((j: { name: string }) => j.name).sort()).toEqual([
      'aid.publicities-ended',
      'housekeeping',
      'notifications.send',
      'reports.monthly',
    ]);
    const send = jobs.body.find((j: { name: string }) => j.name === 'notifications.send');
    expect(send).toMatchObject({
      schedule: '0 * * * * *',
      // the schedules are off in tests
      nextRunAt: null,
      lockedUntil: null,
      lastRun: {
        job: 'notifications.send',
        outcome: ScheduledJobOutcome.SUCCEEDED,
        trigger: ScheduledJobTrigger.SCHEDULE,
      },
    });

    // a slow send on instance b holds the lease: a's run by hand is refused, not run twice
    const program = await createProgram(a);
    await a.runJob('notifications.send');
    await submittedApplication(a, program);
    wechat.state.delayMs = 300;
    const running = b.runJob('notifications.send');
    await new Promise((r) => setTimeout(r, 100));
    const refused = await a.http().post('/api/v1/scheduler/jobs/notifications.send/run').set('Authorization', admin);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/正在运行/);
    expect(await running).toMatchObject({ items: 1 });
    const listed = await a.http().get('/api/v1/scheduler/jobs').set('Authorization', admin);
    expect(listed.body.find((j: { name: string }) => j.name === 'notifications.send').lockedUntil).toBeNull();

    const ran = await a.http().post('/api/v1/scheduler/jobs/notifications.send/run').set('Authorization', admin);
    expect(ran.status).toBe(200);
    expect(ran.body).toMatchObject({
      job: 'notifications.send',
      trigger: ScheduledJobTrigger.MANUAL,
      outcome: ScheduledJobOutcome.SUCCEEDED,
      items: 0,
      instance: expect.any(String),
      finishedAt: expect.any(String),
    });
    const audit = await a.db.query("SELECT actor_name, target_id FROM audit_log WHERE action = 'scheduled_job.run'");
    expect(audit).toEqual([{ actor_name: 'program_admin', target_id: 'notifications.send' }]);

    const runs = await a
      .http()
      .get('/api/v1/scheduler/jobs/notifications.send/runs?page=1&pageSize=2')
      .set('Authorization', admin);
    expect(runs.status).toBe(200);
    expect(runs.body.items).toHaveLength(2);
    expect(runs.body.total).toBeGreaterThan(5);
    expect(runs.body.items[0]).toMatchObject({ id: ran.body.id, trigger: ScheduledJobTrigger.MANUAL });

    expect((await a.http().post('/api/v1/scheduler/jobs/nope/run').set('Authorization', admin)).status).toBe(404);
    expect((await a.http().get('/api/v1/scheduler/jobs/nope/runs').set('Authorization', admin)).status).toBe(404);
  });

  it('answers 403 to anyone but the programme admin', async () => {
    for (const who of ['province_reviewer', 'chengdong_reviewer']) {
      const auth = await a.bearer(who);
      expect((await a.http().get('/api/v1/scheduler/jobs').set('Authorization', auth)).status).toBe(403);
      expect((await a.http().get('/api/v1/scheduler/jobs/housekeeping/runs').set('Authorization', auth)).status).toBe(
        403,
      );
      expect((await a.http().post('/api/v1/scheduler/jobs/housekeeping/run').set('Authorization', auth)).status).toBe(
        403,
      );
    }
  });

  it('a failing run is recorded as FAILED and frees the lease', async () => {
    // the outbox cannot be read (as when the table is damaged): the run fails, the next succeeds
    await a.db.query('ALTER TABLE notification_outbox RENAME TO notification_outbox_away');
    try {
      const run = await a.runJob('notifications.send');
      expect(run).toMatchObject({
        outcome: ScheduledJobOutcome.FAILED,
        error: expect.stringMatching(/notification_outbox/),
      });
    } finally {
      await a.db.query('ALTER TABLE notification_outbox_away RENAME TO notification_outbox');
    }
    expect(await a.runJob('notifications.send')).toMatchObject({ outcome: ScheduledJobOutcome.SUCCEEDED });
  });

  it('aid.publicities-ended lists the publicities whose period is over for the province', async () => {
    const program = await createProgram(a);
    const x = await firstApproved(a, program);
    const province = await a.bearer('province_reviewer');
    const approved = await a
      .http()
      .post(`/api/v1/aid/applications/${x.application.id}/review`)
      .set('Authorization', province)
      .send({ decision: 'approve' });
    expect(approved.status).toBe(200);
    const pub = await a
      .http()
      .post('/api/v1/aid/publicities')
      .set('Authorization', province)
      .send({ programId: program.id });
    expect(pub.status).toBe(201);
    expect(await a.runJob('aid.publicities-ended')).toMatchObject({ items: 0, detail: null });
    a.clock.advance(10 * DAY);
    const run = await a.runJob('aid.publicities-ended');
    expect(run).toMatchObject({ outcome: ScheduledJobOutcome.SUCCEEDED, items: 1 });
    expect(run!.detail).toContain(`#${pub.body.id} ${program.name}`);
    // listed, not closed: closing confirms the entries, the province's decision
    const closed = await a.http().post(`/api/v1/aid/publicities/${pub.body.id}/close`).set('Authorization', province);
    expect(closed.status).toBe(200);
    expect((await a.runJob('aid.publicities-ended'))!.items).toBe(0);
  });

  it('housekeeping removes run records older than 90 days', async () => {
    const count = async () => Number((await a.db.query('SELECT COUNT(*) AS n FROM scheduled_job_run'))[0].n);
    const before = await count();
    expect(before).toBeGreaterThan(10);
    a.clock.advance(91 * DAY);
    const run = await a.runJob('housekeeping');
    expect(run).toMatchObject({ outcome: ScheduledJobOutcome.SUCCEEDED });
    // the housekeeping run itself is new and stays
    expect(await count()).toBe(1);
  });
});
