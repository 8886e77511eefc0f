import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import S3rver from 's3rver';
import { FileStore, S3FileStore } from '../src/files/file-store';
import { startTestApp, TestApp } from './helpers/test-app';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff]);
const BUCKET = 'steadywork-test';

/** Uploads kept in an S3-compatible object store (s3rver: the S3 REST API on a local port). */
describe('file uploads in an S3-compatible store', () => {
  let dir: string;
  let server: S3rver;
  let endpoint: string;
  let s3: S3Client;
  let t: TestApp;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-s3-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      directory: dir,
      silent: true,
      configureBuckets: [{ name: BUCKET, configs: [] }],
    });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    s3 = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    t = await startTestApp({
      FILE_STORE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_KEY_PREFIX: '/uploads/',
    });
  });

  afterAll(async () => {
    await t?.close();
    s3?.destroy();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores an upload as an object in the bucket and serves the same bytes back', async () => {
    const auth = await t.workerBearer('x');
    const res = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', PNG, 'photo.png');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mime: 'image/png', size: PNG.length, name: 'photo.png' });
    const id: string = res.body.id;

    const key = `uploads/${id.slice(0, 2)}/${id}`;
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual([key]);
    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(Buffer.from(await object.Body!.transformToByteArray()).equals(PNG)).toBe(true);

    const download = await t
      .http()
      .get(`/api/v1/files/${id}`)
      .set('Authorization', auth)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect((download.body as Buffer).equals(PNG)).toBe(true);
  });

  it('removes objects, and removing a missing one succeeds', async () => {
    const store = t.app.get(FileStore);
    expect(store).toBeInstanceOf(S3FileStore);
    const id = '0a1b2c3d-0000-4000-8000-000000000001';
    await store.put(id, Buffer.from('bytes'));
    expect((await store.get(id)).toString()).toBe('bytes');
    await store.remove(id);
    await expect(store.get(id)).rejects.toMatchObject({ name: 'NoSuchKey' });
    await expect(store.remove(id)).resolves.toBeUndefined();
  });
});
