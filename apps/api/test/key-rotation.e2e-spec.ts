import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config/app-config';
import { PersonalDataCipher } from '../src/crypto/personal-data.cipher';
import { reencryptPersonalData } from '../src/crypto/reencrypt';
import { residentId, workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';

/** The development key: the first key (id 1) of every test database. */
const FIRST_KEY = Buffer.from('steadywork-dev-data-key-32-bytes').toString('hex');
const SECOND_KEY = randomBytes(32).toString('hex');

/** A value as the API wrote it before ciphertexts named their key: `v1.<iv>.<tag>.<body>`. */
function legacyCiphertext(plaintext: string): string {
  const key = Buffer.from(
    hkdfSync('sha256', Buffer.from(FIRST_KEY, 'hex'), Buffer.alloc(0), 'steadywork:aes-256-gcm', 32),
  );
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(
    '.',
  );
}

describe('rotating the personal-data key', () => {
  let first: TestApp;
  let rotated: TestApp | undefined;
  beforeAll(async () => {
    first = await startTestApp();
  });
  afterAll(async () => {
    await rotated?.close();
    await first.close();
  });

  const reveal = async (t: TestApp, id: number) =>
    (
      await t
        .http()
        .post(`/api/v1/workers/${id}/reveal`)
        .set('Authorization', await t.bearer('chengdong_reviewer'))
    ).body;
  const stored = async (t: TestApp, id: number) =>
    (await t.db.query('SELECT id_number_enc AS idEnc, phone_enc AS phoneEnc FROM worker WHERE id = ?', [id]))[0] as {
      idEnc: string;
      phoneEnc: string;
    };

  it('names the key on each ciphertext; after a rotation old values still decrypt, lookups hold, and a re-encryption moves them to the new key', async () => {
    const staff = await first.bearer('chengdong_reviewer');
    const a = workerProfile();
    const created = await first.http().post('/api/v1/workers').set('Authorization', staff).send(a);
    expect(created.status).toBe(201);
    expect((await stored(first, created.body.id)).idEnc).toMatch(/^v2\.1\./);
    // one value from before key ids: the legacy format, under the first key
    const legacyPhone = '13912340000';
    await first.db.query('UPDATE worker SET phone_enc = ? WHERE id = ?', [
      legacyCiphertext(legacyPhone),
      created.body.id,
    ]);
    expect(await reveal(first, created.body.id)).toEqual({ idNumber: a.idNumber, phone: legacyPhone });

    // the rotation: key 2 writes, key 1 only reads, the lookup hashes keep key 1
    rotated = await startTestApp(
      {
        DATA_ENCRYPTION_KEY: SECOND_KEY,
        DATA_ENCRYPTION_KEY_ID: '2',
        DATA_ENCRYPTION_OLD_KEYS: `1:${FIRST_KEY}`,
        DATA_LOOKUP_KEY: FIRST_KEY,
      },
      { sameDatabaseAs: first },
    );
    const staff2 = await rotated.bearer('chengdong_reviewer');
    expect(await reveal(rotated, created.body.id)).toEqual({ idNumber: a.idNumber, phone: legacyPhone });
    // the same ID number is still found: one record per person
    const twice = await rotated
      .http()
      .post('/api/v1/workers')
      .set('Authorization', staff2)
      .send({ ...a, phone: '13700000001' });
    expect(twice.status).toBe(409);
    const b = workerProfile({ idNumber: residentId() });
    const created2 = await rotated.http().post('/api/v1/workers').set('Authorization', staff2).send(b);
    expect(created2.status).toBe(201);
    expect((await stored(rotated, created2.body.id)).idEnc).toMatch(/^v2\.2\./);

    const counts = await reencryptPersonalData(rotated.db, rotated.app.get(PersonalDataCipher));
    expect(counts['worker.id_number_enc']).toBeGreaterThanOrEqual(1);
    expect(counts['worker.phone_enc']).toBeGreaterThanOrEqual(1);
    const left = await rotated.db.query(
      "SELECT COUNT(*) AS n FROM worker WHERE id_number_enc NOT LIKE 'v2.2.%' OR phone_enc NOT LIKE 'v2.2.%'",
    );
    expect(Number(left[0].n)).toBe(0);
    expect(await reencryptPersonalData(rotated.db, rotated.app.get(PersonalDataCipher))).toEqual({
      'worker.id_number_enc': 0,
      'worker.phone_enc': 0,
      'worker_claim.profile': 0,
    });
    expect(await reveal(rotated, created.body.id)).toEqual({ idNumber: a.idNumber, phone: legacyPhone });

    // once re-encrypted, the old key is needed for the lookups only
    const withoutOld = new PersonalDataCipher(
      loadConfig({
        NODE_ENV: 'test',
        DATA_ENCRYPTION_KEY: SECOND_KEY,
        DATA_ENCRYPTION_KEY_ID: '2',
        DATA_LOOKUP_KEY: FIRST_KEY,
      }),
    );
    expect(withoutOld.decrypt((await stored(rotated, created.body.id)).phoneEnc)).toBe(legacyPhone);
    expect(() => withoutOld.decrypt(legacyCiphertext('x'))).toThrow(/key 1/);
  });

  it('will not start with old keys but no lookup key, nor an old key under the current id', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'test',
        DATA_ENCRYPTION_KEY: SECOND_KEY,
        DATA_ENCRYPTION_KEY_ID: '2',
        DATA_ENCRYPTION_OLD_KEYS: `1:${FIRST_KEY}`,
      }),
    ).toThrow(/DATA_LOOKUP_KEY/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'test',
        DATA_ENCRYPTION_KEY: SECOND_KEY,
        DATA_ENCRYPTION_OLD_KEYS: `1:${FIRST_KEY}`,
        DATA_LOOKUP_KEY: FIRST_KEY,
      }),
    ).toThrow(/DATA_ENCRYPTION_OLD_KEYS names key 1/);
  });
});
