import { NotificationStatus } from '@steadywork/shared';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { createProgram, hardshipWorker, submittedApplication } from './factories/aid.factory';
import { startTestApp, TestApp } from './helpers/test-app';

interface Sent {
  accessToken: string | null;
  body: { touser: string; template_id: string; page: string; data: Record<string, { value: string }> };
}

/**
 * A stand-in for WeChat's server API on 127.0.0.1, answering as the real one does:
 * code2Session (login), the access token, and subscribe/send (43101 when the user has not
 * subscribed).
 */
function fakeWechat(refuse: (openid: string) => boolean) {
  const sent: Sent[] = [];
  let tokenCalls = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.setHeader('Content-Type', 'application/json');
    if (url.pathname === '/sns/jscode2session') {
      const code = url.searchParams.get('js_code') ?? '';
      return res.end(JSON.stringify({ openid: code.replace(/^dev:/, ''), session_key: 'k' }));
    }
    if (url.pathname === '/cgi-bin/token') {
      tokenCalls += 1;
      const ok = url.searchParams.get('appid') === 'wx-app' && url.searchParams.get('secret') === 'wx-secret';
      return res.end(JSON.stringify(ok ? { access_token: 'AT-1', expires_in: 7200 } : { errcode: 40013 }));
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send' && req.method === 'POST') {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const body = JSON.parse(raw) as Sent['body'];
        sent.push({ accessToken: url.searchParams.get('access_token'), body });
        res.end(
          JSON.stringify(
            refuse(body.touser)
              ? { errcode: 43101, errmsg: 'user refuse to accept the msg' }
              : { errcode: 0, errmsg: 'ok' },
          ),
        );
      });
      return;
    }
    res.end(JSON.stringify({ errcode: -1, errmsg: 'no such api' }));
  });
  return new Promise<{ url: string; sent: Sent[]; tokenCalls: () => number; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        sent,
        tokenCalls: () => tokenCalls,
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

    const other = await hardshipWorker(t);
    refused.add(other.openid);
    const second = await submittedApplication(t, program, other);
    expect(second.application.status).toBe('SUBMITTED');
    const theirs = await t.http().get('/api/v1/me/notifications').set('Authorization', other.auth);
    expect(theirs.body[0]).toMatchObject({ status: NotificationStatus.FAILED });
    // the access token is fetched once and reused
    expect(wechat.tokenCalls()).toBe(1);
  });
});
