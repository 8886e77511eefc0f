import { ConfigError, loadConfig } from './app-config';

describe('file store configuration', () => {
  // The development rules: no production secrets needed.
  const dev = { NODE_ENV: 'development' };
  const s3 = {
    ...dev,
    FILE_STORE: 's3',
    S3_BUCKET: 'attachments',
    S3_ACCESS_KEY_ID: 'key-id',
    S3_SECRET_ACCESS_KEY: 'secret',
  };

  it('keeps files on local disk by default', () => {
    const config = loadConfig(dev);
    expect(config.fileStore).toBe('local');
    expect(config.s3).toBeNull();
  });

  it('stops start-up naming S3_BUCKET when FILE_STORE=s3 has no bucket', () => {
    const load = () => loadConfig({ ...s3, S3_BUCKET: undefined });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow('Required with FILE_STORE=s3: S3_BUCKET');
  });

  it('names every missing S3 variable at once, and only those', () => {
    expect(() => loadConfig({ ...dev, FILE_STORE: 's3', S3_ACCESS_KEY_ID: 'key-id', S3_BUCKET: '' })).toThrow(
      'Required with FILE_STORE=s3: S3_BUCKET, S3_SECRET_ACCESS_KEY',
    );
    expect(() => loadConfig({ ...dev, FILE_STORE: 's3' })).toThrow(
      'Required with FILE_STORE=s3: S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY',
    );
  });

  it('does not ask for S3 settings with the local store', () => {
    expect(loadConfig({ ...dev, FILE_STORE: 'local', S3_BUCKET: 'ignored' }).s3).toBeNull();
  });

  it('reads the S3 settings, AWS itself when no endpoint is given', () => {
    const config = loadConfig(s3);
    expect(config.fileStore).toBe('s3');
    expect(config.s3).toEqual({
      endpoint: null,
      region: 'us-east-1',
      bucket: 'attachments',
      accessKeyId: 'key-id',
      secretAccessKey: 'secret',
      forcePathStyle: false,
      keyPrefix: '',
    });
  });

  it('uses path-style addressing with an endpoint unless told otherwise', () => {
    const minio = { ...s3, S3_ENDPOINT: 'http://minio:9000', S3_REGION: 'cn-east-1', S3_KEY_PREFIX: '/sw/uploads/' };
    expect(loadConfig(minio).s3).toMatchObject({
      endpoint: 'http://minio:9000',
      region: 'cn-east-1',
      forcePathStyle: true,
      keyPrefix: 'sw/uploads',
    });
    const oss = { ...s3, S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com', S3_FORCE_PATH_STYLE: 'false' };
    expect(loadConfig(oss).s3?.forcePathStyle).toBe(false);
    expect(loadConfig({ ...s3, S3_FORCE_PATH_STYLE: 'true' }).s3?.forcePathStyle).toBe(true);
  });

  it('names a bad FILE_STORE, S3_ENDPOINT or S3_FORCE_PATH_STYLE', () => {
    expect(() => loadConfig({ ...dev, FILE_STORE: 'oss' })).toThrow(/FILE_STORE="oss"/);
    expect(() => loadConfig({ ...s3, S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT="minio:9000"/);
    expect(() => loadConfig({ ...s3, S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/S3_FORCE_PATH_STYLE="yes"/);
  });
});
