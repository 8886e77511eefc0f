import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** Ciphertexts written before key ids existed: `v1.<iv>.<tag>.<ciphertext>`, under the key of id `1`. */
const LEGACY = 'v1';
const LEGACY_KEY_ID = '1';
/** `v2.<key id>.<iv>.<tag>.<ciphertext>`. */
const VERSION = 'v2';

const encryptionKey = (key: Buffer) =>
  Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'steadywork:aes-256-gcm', 32));

/**
 * Personal data at rest (PIPL): AES-256-GCM for the value, and a keyed hash (HMAC-SHA256 with a
 * separate derived key) for lookups and uniqueness, so the database never holds the plaintext.
 *
 * Keys rotate: each ciphertext names the id of the key that wrote it; the current key
 * (DATA_ENCRYPTION_KEY, id DATA_ENCRYPTION_KEY_ID) writes, earlier ones (DATA_ENCRYPTION_OLD_KEYS)
 * still read, and the `personal_data.reencrypt` job rewrites old ciphertexts under the current key.
 * The lookup hashes keep the first key (DATA_LOOKUP_KEY) so that searches do not change.
 */
@Injectable()
export class PersonalDataCipher {
  private readonly keys = new Map<string, Buffer>();
  private readonly currentId: string;
  private readonly macKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.currentId = config.dataKeyId;
    this.keys.set(config.dataKeyId, encryptionKey(config.dataKey));
    for (const [id, key] of config.oldDataKeys) this.keys.set(id, encryptionKey(key));
    this.macKey = Buffer.from(hkdfSync('sha256', config.lookupKey, Buffer.alloc(0), 'steadywork:lookup-hmac', 32));
  }

  /** `v2.<key id>.<iv>.<tag>.<ciphertext>` in base64url, under the current key. */
  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentId)!, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      VERSION,
      this.currentId,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  decrypt(token: string): string {
    const { keyId, parts } = this.parse(token);
    const [iv, tag, body] = parts;
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`personal data under key ${keyId}, which is not configured (DATA_ENCRYPTION_OLD_KEYS)`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** The id of the key a ciphertext was written with. */
  keyIdOf(token: string): string {
    return this.parse(token).keyId;
  }

  /** The ciphertext under the current key: itself when it is already, else decrypted and encrypted again. */
  reencrypt(token: string): string {
    return this.keyIdOf(token) === this.currentId ? token : this.encrypt(this.decrypt(token));
  }

  /** What starts every ciphertext the current key wrote (for finding the others in SQL). */
  get currentPrefix(): string {
    return `${VERSION}.${this.currentId}.`;
  }

  /** Deterministic: equal inputs give equal hashes (for unique keys and exact lookups). */
  lookupHash(kind: 'id' | 'phone' | 'sms-code', value: string): string {
    return createHmac('sha256', this.macKey).update(`${kind}:${value}`).digest('hex');
  }

  private parse(token: string): { keyId: string; parts: [string, string, string] } {
    const fields = token.split('.');
    if (fields[0] === LEGACY && fields.length === 4) {
      return { keyId: LEGACY_KEY_ID, parts: [fields[1], fields[2], fields[3]] };
    }
    if (fields[0] === VERSION && fields.length === 5 && fields[1]) {
      return { keyId: fields[1], parts: [fields[2], fields[3], fields[4]] };
    }
    throw new Error('unknown ciphertext format');
  }
}
