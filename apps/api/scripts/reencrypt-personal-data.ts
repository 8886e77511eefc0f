/**
 * After a rotation of the personal-data key, rewrites every ciphertext under the current key:
 *   npm run keys:reencrypt                  (the environment of the API: DB_URL, the keys)
 * Prints the count per column. Safe while the API runs, and to run again. docs/operations.md.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { PersonalDataCipher } from '../src/crypto/personal-data.cipher';
import { reencryptPersonalData } from '../src/crypto/reencrypt';
import { dataSourceOptions } from '../src/database/data-source';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = new DataSource(dataSourceOptions(config.db, true));
  await db.initialize();
  try {
    const counts = await reencryptPersonalData(db, new PersonalDataCipher(config));
    for (const [column, n] of Object.entries(counts))
      console.log(`${column}: ${n} rewritten under key ${config.dataKeyId}`);
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
