import { ErrorCode } from '@steadywork/shared';
import { workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';

/** A check digit that does not match: the ID number of worker registration is refused. */
const BAD_ID = '110105194912310021';

describe('languages: error messages by Accept-Language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const registerWithBadId = async (openid: string, language?: string) => {
    const req = t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', await t.workerBearer(openid));
    if (language) req.set('Accept-Language', language);
    return req.send({ ...workerProfile({ idNumber: BAD_ID }), consent: true });
  };

  it('without the header, a bad ID number is refused in Chinese, as before', async () => {
    const res = await registerWithBadId('lang-zh');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: ErrorCode.VALIDATION_FAILED,
      message: '请求参数有误：身份证号码有误，请对照身份证逐位核对',
      details: [{ field: 'idNumber', message: '身份证号码有误，请对照身份证逐位核对' }],
    });
    expect(res.headers.vary).toMatch(/Accept-Language/i);
  });

  it('in Tibetan, the bad ID number is refused in Tibetan, naming the field; code and field unchanged', async () => {
    const res = await registerWithBadId('lang-bo', 'bo');
    expect(res.status).toBe(400);
    expect(Object.keys(res.body).sort()).toEqual(['details', 'error', 'message', 'requestId', 'statusCode']);
    expect(res.body.error).toBe(ErrorCode.VALIDATION_FAILED);
    expect(res.body.details).toEqual([
      {
        field: 'idNumber',
        message: 'ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ནོར་འདུག ཐོབ་ཐང་ལག་ཁྱེར་དང་བསྡུར་ནས་ཨང་རེ་རེ་བཞིན་ཞིབ་བཤེར་གནང་རོགས།',
      },
    ]);
    // ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས: the field's name, 身份证号码
    expect(res.body.message).toContain('ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས');
    expect(res.body.message).not.toMatch(/[\u4e00-\u9fa5]/);
  });

  it('a regional tag such as bo-CN is Tibetan too; English by en-US', async () => {
    const bo = await registerWithBadId('lang-bo-cn', 'bo-CN,zh;q=0.8');
    expect(bo.body.details[0].message).toMatch(/^ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས/);
    const en = await registerWithBadId('lang-en', 'en-US,en;q=0.9');
    expect(en.status).toBe(400);
    expect(en.body).toMatchObject({
      error: ErrorCode.VALIDATION_FAILED,
      message: 'The request has errors: The ID number is wrong; please check it digit by digit against the ID card',
      details: [
        { field: 'idNumber', message: 'The ID number is wrong; please check it digit by digit against the ID card' },
      ],
    });
  });

  it('messages built from a field label and a constraint are translated, label and all', async () => {
    const zh = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', await t.workerBearer('lang-fields-zh'))
      .send({ ...workerProfile(), name: '', consent: true });
    // the worker's own form names its fields as the staff form does
    expect(zh.body.details).toEqual([{ field: 'name', message: '姓名不能为空' }]);
    const auth = await t.workerBearer('lang-fields');
    const { name: _name, ...rest } = workerProfile();
    const res = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .set('Accept-Language', 'en')
      .send({ ...rest, name: '', ethnicity: '火星族', consent: true });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'Name must not be empty' },
        { field: 'ethnicity', message: 'Ethnicity is not one of the allowed values' },
      ]),
    );
    const bo = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .set('Accept-Language', 'bo')
      .send({ ...rest, name: '', ethnicity: '火星族', consent: true });
    expect(bo.body.details).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'མིང་སྟོང་པ་ཡིན་མི་ཆོག' },
        { field: 'ethnicity', message: 'མི་རིགས་ཆོག་པའི་ཁྱབ་ཁོངས་ནང་མི་འདུག' },
      ]),
    );
  });

  it('a domain error is answered in Tibetan, its code unchanged', async () => {
    const auth = await t.workerBearer('lang-domain');
    const zh = await t.http().get('/api/v1/aid/applications/999999').set('Authorization', auth);
    expect(zh.status).toBe(404);
    expect(zh.body).toMatchObject({ error: ErrorCode.NOT_FOUND, message: '申请不存在' });
    const bo = await t
      .http()
      .get('/api/v1/aid/applications/999999')
      .set('Authorization', auth)
      .set('Accept-Language', 'bo');
    expect(bo.status).toBe(404);
    expect(bo.body).toMatchObject({ statusCode: 404, error: ErrorCode.NOT_FOUND, message: 'རེ་ཞུ་མི་འདུག' });
    const en = await t
      .http()
      .get('/api/v1/aid/applications/999999')
      .set('Authorization', auth)
      .set('Accept-Language', 'en');
    expect(en.body).toMatchObject({ error: ErrorCode.NOT_FOUND, message: 'Application not found' });
  });

  it('a registration code that has run out is refused in Tibetan, naming the code field', async () => {
    const res = await t
      .http()
      .post('/api/v1/me/profile/confirm')
      .set('Authorization', await t.workerBearer('lang-code'))
      .set('Accept-Language', 'bo')
      .send({ code: '123456' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(ErrorCode.VALIDATION_FAILED);
    expect(res.body.details).toEqual([{ field: 'code', message: 'ར་སྤྲོད་ཨང་རྟགས་ནུས་མེད་དུ་གྱུར་འདུག ཡང་བསྐྱར་ལེན་རོགས།' }]);
  });

  it('error code defaults and unknown routes are translated; a language we do not speak gets Chinese', async () => {
    const bo = await t.http().get('/api/v1/me/profile').set('Accept-Language', 'bo');
    expect(bo.status).toBe(401);
    expect(bo.body).toMatchObject({ error: ErrorCode.UNAUTHENTICATED, message: 'སྔོན་ལ་ནང་འཛུལ་གནང་རོགས།' });
    const en = await t.http().get('/api/v1/no-such-thing').set('Accept-Language', 'en');
    expect(en.status).toBe(404);
    expect(en.body.message).toBe('No such endpoint: GET /api/v1/no-such-thing');
    const fr = await t.http().get('/api/v1/me/profile').set('Accept-Language', 'fr-FR');
    expect(fr.body.message).toBe('请先登录');
  });
});
