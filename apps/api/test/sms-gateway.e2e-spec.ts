import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';

interface GatewayCall {
  action: string;
  authorization: string;
  body: {
    SmsSdkAppId: string;
    SignName: string;
    TemplateId: string;
    PhoneNumberSet: string[];
    TemplateParamSet: string[];
  };
}

/** A stand-in for Tencent Cloud's SMS gateway (sms.tencentcloudapi.com, API 3.0). */
async function standInGateway(answer: (call: GatewayCall) => object) {
  const calls: GatewayCall[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const call = {
        action: String(req.headers['x-tc-action']),
        authorization: String(req.headers.authorization),
        body: JSON.parse(raw),
      };
      calls.push(call);
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ Response: { RequestId: `req-${calls.length}`, ...answer(call) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, calls, close: () => new Promise((r) => server.close(r)) };
}

const gatewayEnv = (url: string) => ({
  SMS_PROVIDER: 'tencent',
  TENCENT_SMS_SECRET_ID: 'AKIDtest',
  TENCENT_SMS_SECRET_KEY: 'secret-key',
  TENCENT_SMS_SDK_APP_ID: '1400123456',
  TENCENT_SMS_SIGN_NAME: '青海省总工会',
  TENCENT_SMS_TEMPLATE_ID: '2024001',
  TENCENT_SMS_ENDPOINT: url,
});

describe('registration codes through Tencent Cloud SMS', () => {
  let t: TestApp;
  let gateway: Awaited<ReturnType<typeof standInGateway>>;
  let refuse = false;
  beforeAll(async () => {
    gateway = await standInGateway(() => ({
      SendStatusSet: [
        refuse ? { Code: 'LimitExceeded.PhoneNumberDailyLimit', Message: 'daily limit' } : { Code: 'Ok' },
      ],
    }));
    t = await startTestApp(gatewayEnv(gateway.url));
  });
  afterAll(async () => {
    await t.close();
    await gateway.close();
  });

  it('sends the code as the template’s parameter, signed, to the phone entered; the code registers the worker', async () => {
    const auth = await t.workerBearer('sms-gateway-1');
    const profile = workerProfile({ regionCode: '630102' });
    const asked = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .send({ ...profile, consent: true });
    expect(asked.status).toBe(202);
    expect(gateway.calls).toHaveLength(1);
    const [call] = gateway.calls;
    expect(call.action).toBe('SendSms');
    expect(call.authorization).toMatch(
      /^TC3-HMAC-SHA256 Credential=AKIDtest\/\d{4}-\d{2}-\d{2}\/\w+\/tc3_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$/,
    );
    expect(call.body).toMatchObject({
      SmsSdkAppId: '1400123456',
      SignName: '青海省总工会',
      TemplateId: '2024001',
      PhoneNumberSet: [`+86${profile.phone}`],
    });
    const [code] = call.body.TemplateParamSet;
    expect(code).toMatch(/^\d{6}$/);
    // the code itself is never written to the database
    const rows = await t.db.query('SELECT code_hash FROM worker_claim');
    expect(JSON.stringify(rows)).not.toContain(code);
    const wrong = await t
      .http()
      .post('/api/v1/me/profile/confirm')
      .set('Authorization', auth)
      .send({ code: code === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    const ok = await t.http().post('/api/v1/me/profile/confirm').set('Authorization', auth).send({ code });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ claimed: true, source: 'SELF' });
  });

  it('a gateway refusal gives the same answer (nothing told), and no record until a code comes through', async () => {
    refuse = true;
    try {
      const auth = await t.workerBearer('sms-gateway-2');
      const res = await t
        .http()
        .put('/api/v1/me/profile')
        .set('Authorization', auth)
        .send({ ...workerProfile(), consent: true });
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ verification: 'SMS_CODE_SENT' });
      expect((await t.http().get('/api/v1/me/profile').set('Authorization', auth)).status).toBe(204);
    } finally {
      refuse = false;
    }
  });
});
