import { NotificationStatus } from '@steadywork/shared';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { createProgram, hardshipWorker, submittedApplication } from './factories/aid.factory';
import { startTestApp, TestApp } from './helpers/test-app';
import { WechatApiClient } from '../src/notifications/wechat-api.client';

interface Sent {
  accessToken: string | null;
  body: { touser: string; template_id: string; page: string; data: Record<string, { value: string }> };
}

/**
 * A stand-in for WeChat's server API on 127.0.0.1, answering as the real one does:
 * code2Session (login), the access token, and subscribe/send (43101 when the user has not
 * subscribed, 40001 for an access token that is no longer the current one).
 *
 * Tokens as WeChat hands them out: `cgi-bin/stable_token` (POST) gives every caller the current
 * token until it expires; the older `cgi-bin/token` (GET) makes a new one on each call and so
 * revokes the token other callers hold.
 */
function fakeWechat(refuse: (openid: string) => boolean) {
  const sent: Sent[] = [];
  const tokenRequests: Record<string, unknown>[] = [];
  let legacyTokenCalls = 0;
  let rejectedTokens = 0;
  let serial = 0;
  let current: string | null = null;
  const mint = () => (current = `AT-${++serial}`);
  const json = (req: http.IncomingMessage) =>
    new Promise<Record<string, unknown>>((resolve) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => resolve(JSON.parse(raw || '{}') as Record<string, unknown>));
    });
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.setHeader('Content-Type', 'application/json');
    if (url.pathname === '/sns/jscode2session') {
      const code = url.searchParams.get('js_code') ?? '';
      return res.end(JSON.stringify({ openid: code.replace(/^dev:/, ''), session_key: 'k' }));
    }
    if (url.pathname === '/cgi-bin/token') {
      legacyTokenCalls += 1;
      return res.end(JSON.stringify({ access_token: mint(), expires_in: 7200 }));
    }
    if (url.pathname === '/cgi-bin/stable_token' && req.method === 'POST') {
      const body = await json(req);
      tokenRequests.push(body);
      if (body.grant_type !== 'client_credential' || body.appid !== 'wx-app' || body.secret !== 'wx-secret') {
        return res.end(JSON.stringify({ errcode: 40013, errmsg: 'invalid appid' }));
      }
      if (body.force_refresh === true || !current) mint();
      return res.end(JSON.stringify({ access_token: current, expires_in: 7200 }));
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send' && req.method === 'POST') {
      const body = (await json(req)) as unknown as Sent['body'];
      const accessToken = url.searchParams.get('access_token');
      if (accessToken !== current) {
        rejectedTokens += 1;
        return res.end(
          JSON.stringify({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' }),
        );
      }
      sent.push({ accessToken, body });
      return res.end(
        JSON.stringify(
          refuse(body.touser)
            ? { errcode: 43101, errmsg: 'user refuse to accept the msg' }
            : { errcode: 0, errmsg: 'ok' },
        ),
      );
    }
    res.end(JSON.stringify({ errcode: -1, errmsg: 'no such api' }));
  });
  return new Promise<{
    url: string;
    sent: Sent[];
    tokenRequests: Record<string, unknown>[];
    legacyTokenCalls: () => number;
    rejectedTokens: () => number;
    /** The current token stops working, as when it expires early or someone forces a refresh. */
    replaceToken: () => string;
    close: () => Promise<void>;
  }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        sent,
        tokenRequests,
        legacyTokenCalls: () => legacyTokenCalls,
        rejectedTokens: () => rejectedTokens,
        replaceToken: () => mint(),
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

describe('221 notifications through WeChat subscribe messages', () => {
  let t: TestApp;
  let wechat: Awaited<ReturnType<typeof fakeWechat>>;
  const refused = new Set<string>();
  beforeAll(async () => {
    wechat = await fakeWechat((openid) => refused.has(openid));
    t = await startTestApp({
      WECHAT_APPID: 'wx-app',
      WECHAT_SECRET: 'wx-secret',
      WECHAT_API_BASE: wechat.url,
      WECHAT_SUBSCRIBE_TEMPLATE_ID: 'TPL-aid-status',
    });
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  it('sends each step to the worker with the template, and records a refusal without failing the change', async () => {
    const program = await createProgram(t);
    const { worker, application } = await submittedApplication(t, program);
    // the request only recorded it: the notifications.send job sends it
    expect(wechat.sent.filter((s) => s.body.touser === worker.openid)).toHaveLength(0);
    const pending = await t.http().get('/api/v1/me/notifications').set('Authorization', worker.auth);
    expect(pending.body[0]).toMatchObject({ title: '提交申请', status: NotificationStatus.PENDING });
    expect(await t.runJob('notifications.send')).toMatchObject({ outcome: 'SUCCEEDED', items: 1 });
    const mine = wechat.sent.filter((s) => s.body.touser === worker.openid);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toEqual({
      accessToken: 'AT-1',
      body: {
        touser: worker.openid,
        template_id: 'TPL-aid-status',
        page: `packages/aid/pages/application?id=${application.id}`,
        data: {
          thing1: { value: program.name.slice(0, 20) },
          phrase2: { value: '待初审' },
          time3: { value: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
          thing4: { value: '提交申请' },
        },
      },
    });
    const notices = await t.http().get('/api/v1/me/notifications').set('Authorization', worker.auth);
    expect(notices.body[0]).toMatchObject({ title: '提交申请', status: NotificationStatus.SENT });
    // the programme's name keeps its own quotes, with none nested around it
    expect(notices.body[0].body).toMatch(/^您申请的\d{4}年“221”工程[^“”]+：/);

    const other = await hardshipWorker(t);
    refused.add(other.openid);
    const second = await submittedApplication(t, program, other);
    expect(second.application.status).toBe('SUBMITTED');
    await t.runJob('notifications.send');
    const theirs = await t.http().get('/api/v1/me/notifications').set('Authorization', other.auth);
    expect(theirs.body[0]).toMatchObject({ status: NotificationStatus.FAILED });
    // the access token is fetched once, from stable_token, and reused
    expect(wechat.tokenRequests).toEqual([
      { grant_type: 'client_credential', appid: 'wx-app', secret: 'wx-secret', force_refresh: false },
    ]);
    expect(wechat.legacyTokenCalls()).toBe(0);
  });

  it('shares the access token with another instance of the API instead of revoking it', async () => {
    const program = await createProgram(t);
    const before = { tokens: wechat.tokenRequests.length, rejected: wechat.rejectedTokens() };
    // a second instance, started after this one, fetches its own token
    const other = new WechatApiClient({ appId: 'wx-app', secret: 'wx-secret', apiBase: wechat.url });
    const message = { touser: 'o-other-instance', template_id: 'TPL-aid-status', data: { thing1: { value: 'x' } } };
    expect(await other.sendSubscribeMessage(message)).toEqual({ ok: true });
    // both instances go on sending at the same time, each on the first try
    const mine = await submittedApplication(t, program);
    const [, theirs] = await Promise.all([t.runJob('notifications.send'), other.sendSubscribeMessage(message)]);
    expect(theirs).toEqual({ ok: true });
    const notices = await t.http().get('/api/v1/me/notifications').set('Authorization', mine.worker.auth);
    expect(notices.body[0]).toMatchObject({ status: NotificationStatus.SENT });
    expect(wechat.rejectedTokens()).toBe(before.rejected);
    expect(wechat.tokenRequests.length).toBe(before.tokens + 1);
    expect(new Set(wechat.sent.slice(-3).map((s) => s.accessToken)).size).toBe(1);
  });

  it('fetches the token once more when WeChat no longer accepts it (40001), without forcing a refresh', async () => {
    const program = await createProgram(t);
    const before = { tokens: wechat.tokenRequests.length, rejected: wechat.rejectedTokens() };
    const replacement = wechat.replaceToken();
    const { worker } = await submittedApplication(t, program);
    await t.runJob('notifications.send');
    const notices = await t.http().get('/api/v1/me/notifications').set('Authorization', worker.auth);
    expect(notices.body[0]).toMatchObject({ title: '提交申请', status: NotificationStatus.SENT });
    // the old token was refused once, the current one fetched once (not forced) and used
    expect(wechat.rejectedTokens()).toBe(before.rejected + 1);
    expect(wechat.tokenRequests.slice(before.tokens)).toEqual([
      { grant_type: 'client_credential', appid: 'wx-app', secret: 'wx-secret', force_refresh: false },
    ]);
    expect(wechat.sent.at(-1)).toMatchObject({ accessToken: replacement, body: { touser: worker.openid } });
    expect(wechat.legacyTokenCalls()).toBe(0);
  });
});
