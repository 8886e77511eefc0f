import { ErrorCode } from '@steadywork/shared';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { startTestApp, TestApp } from './helpers/test-app';

/** A stand-in for WeChat's auth.code2Session, on 127.0.0.1, answering as the real one does. */
function fakeWechat(): Promise<{ url: string; calls: URLSearchParams[]; close: () => Promise<void> }> {
  const calls: URLSearchParams[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    calls.push(url.searchParams);
    res.setHeader('Content-Type', 'application/json');
    if (url.pathname !== '/sns/jscode2session') return res.end(JSON.stringify({ errcode: -1, errmsg: 'no such api' }));
    if (url.searchParams.get('js_code') === 'good-code') {
      return res.end(JSON.stringify({ openid: 'oWx_real_openid_1', session_key: 'k', unionid: 'u1' }));
    }
    res.end(JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        calls,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

describe('WeChat login with credentials (code2Session)', () => {
  let t: TestApp;
  let wechat: Awaited<ReturnType<typeof fakeWechat>>;
  beforeAll(async () => {
    wechat = await fakeWechat();
    t = await startTestApp({ WECHAT_APPID: 'wx-app', WECHAT_SECRET: 'wx-secret', WECHAT_API_BASE: wechat.url });
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  it('exchanges the wx.login code for the openid and logs the worker in', async () => {
    const res = await t.http().post('/api/v1/auth/wechat/login').send({ code: 'good-code' });
    expect(res.status).toBe(200);
    const call = wechat.calls.at(-1)!;
    expect(Object.fromEntries(call)).toEqual({
      appid: 'wx-app',
      secret: 'wx-secret',
      js_code: 'good-code',
      grant_type: 'authorization_code',
    });
    const me = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`);
    expect(me.body).toMatchObject({ type: 'worker', openidMasked: 'oWx***d_1' });
  });

  it('refuses a code WeChat rejects, and the development provider is off', async () => {
    const bad = await t.http().post('/api/v1/auth/wechat/login').send({ code: 'expired-code' });
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject({ error: ErrorCode.INVALID_CREDENTIALS, message: expect.stringContaining('40029') });
    const dev = await t.http().post('/api/v1/auth/wechat/login').send({ code: 'dev:someone' });
    expect(dev.status).toBe(401);
  });
});
