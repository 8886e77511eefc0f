import { startTestApp, TestApp } from './helpers/test-app';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n');

describe('file uploads (evidence)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('accepts PNG and PDF by their content, whatever the name says', async () => {
    const auth = await t.workerBearer('uploader');
    const png = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', PNG, 'photo.pdf');
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({ mime: 'image/png', size: PNG.length });
    const pdf = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', PDF, '营业执照.pdf');
    expect(pdf.body).toMatchObject({ mime: 'application/pdf', name: '营业执照.pdf' });
  });

  it('refuses other content, even named .jpg, and files over 10 MB (413)', async () => {
    const auth = await t.workerBearer('uploader');
    const html = await t
      .http()
      .post('/api/v1/files')
      .set('Authorization', auth)
      .attach('file', Buffer.from('<html><script>alert(1)</script>'), 'x.jpg');
    expect(html.status).toBe(400);
    expect(html.body.details).toEqual([{ field: 'file', message: '只能上传 JPG、PNG 图片或 PDF 文件' }]);
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', big, 'big.png');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toMatchObject({ statusCode: 413, error: 'PAYLOAD_TOO_LARGE', message: expect.any(String) });
  });

  it('a worker reads their own files only; staff read any', async () => {
    const owner = await t.workerBearer('owner');
    const id = (await t.http().post('/api/v1/files').set('Authorization', owner).attach('file', PNG, 'a.png')).body.id;
    expect((await t.http().get(`/api/v1/files/${id}`).set('Authorization', owner)).status).toBe(200);
    expect(
      (
        await t
          .http()
          .get(`/api/v1/files/${id}`)
          .set('Authorization', await t.workerBearer('stranger'))
      ).status,
    ).toBe(404);
    expect(
      (
        await t
          .http()
          .get(`/api/v1/files/${id}`)
          .set('Authorization', await t.bearer('province_reviewer'))
      ).status,
    ).toBe(200);
    expect((await t.http().get('/api/v1/files/not-a-uuid').set('Authorization', owner)).status).toBe(400);
  });
});
