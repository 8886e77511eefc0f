import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const VERSION = 'v1';

/**
 * Personal data at rest (PIPL): AES-256-GCM for the value, and a keyed hash (HMAC-SHA256 with a
 * separate derived key) for lookups and uniqueness, so the database never holds the plaintext.
 */
@Injectable()
export class PersonalDataCipher {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.encKey = Buffer.from(hkdfSync('sha256', config.dataKey, Buffer.alloc(0), 'steadywork:aes-256-gcm', 32));
    this.macKey = Buffer.from(hkdfSync('sha256', config.dataKey, Buffer.alloc(0), 'steadywork:lookup-hmac', 32));
  }

  /** `v1.<iv>.<tag>.<ciphertext>` in base64url. */
  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      VERSION,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  decrypt(token: string): string {
    const [version, iv, tag, body] = token.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('unknown ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Deterministic: equal inputs give equal hashes (for unique keys and exact lookups). */
  lookupHash(kind: 'id' | 'phone' | 'sms-code', value: string): string {
    return createHmac('sha256', this.macKey).update(`${kind}:${value}`).digest('hex');
  }
}
