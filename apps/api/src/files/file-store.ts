import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { OnModuleDestroy } from '@nestjs/common';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { S3Settings } from '../config/app-config';

/** Where file bytes live. Local disk by default; an object store implements the same three calls. */
export abstract class FileStore {
  abstract put(key: string, bytes: Buffer): Promise<void>;
  abstract get(key: string): Promise<Buffer>;
  abstract remove(key: string): Promise<void>;
}

/** Keys are the files' UUIDs; both stores spread them over folders by their first two characters. */
function shardedKey(key: string): string {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error(`bad file key ${key}`);
  return `${key.slice(0, 2)}/${key}`;
}

export class LocalDiskFileStore extends FileStore {
  constructor(private readonly root: string) {
    super();
  }

  private pathOf(key: string): string {
    return path.join(this.root, ...shardedKey(key).split('/'));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, bytes, { flag: 'wx' });
  }

  get(key: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

/**
 * An S3-compatible object store (AWS S3, MinIO, Aliyun OSS, Tencent COS). Objects are named
 * `<prefix>/<first 2 characters>/<uuid>`, like the local store's folders.
 */
export class S3FileStore extends FileStore implements OnModuleDestroy {
  readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(settings: S3Settings) {
    super();
    this.bucket = settings.bucket;
    this.prefix = settings.keyPrefix ? `${settings.keyPrefix}/` : '';
    this.client = new S3Client({
      endpoint: settings.endpoint ?? undefined,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // Checksums only where S3 demands them: MinIO, OSS and COS do not all accept the newer
      // CRC headers the SDK would otherwise add to every request.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /** The object's name in the bucket. */
  objectKey(key: string): string {
    return this.prefix + shardedKey(key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: 'application/octet-stream',
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    if (!res.Body) throw new Error(`file ${key}: the object store returned no body`);
    return Buffer.from(await res.Body.transformToByteArray());
  }

  async remove(key: string): Promise<void> {
    // Deleting a missing object succeeds, as the local store's rm({ force: true }) does.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }
}
