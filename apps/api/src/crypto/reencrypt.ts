import { DataSource } from 'typeorm';
import { PersonalDataCipher } from './personal-data.cipher';

/** Every column that holds personal data encrypted by PersonalDataCipher. */
const ENCRYPTED_COLUMNS: { table: string; column: string }[] = [
  { table: 'worker', column: 'id_number_enc' },
  { table: 'worker', column: 'phone_enc' },
  { table: 'worker_claim', column: 'profile' },
];

/**
 * Rewrites every ciphertext not written by the current key under it (after a key rotation), in
 * batches; each row is updated only if its value is still the one read, so it can run while the
 * API serves and can run again. Returns the count of values rewritten per column; once it has
 * run, the old key can leave DATA_ENCRYPTION_OLD_KEYS (docs/operations.md).
 */
export async function reencryptPersonalData(
  db: DataSource,
  cipher: PersonalDataCipher,
  batch = 500,
): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const { table, column } of ENCRYPTED_COLUMNS) {
    const entity = db.entityMetadatas.find((m) => m.tableName === table)!;
    const property = entity.columns.find((c) => c.databaseName === column)!.propertyName;
    let count = 0;
    let after = 0;
    for (;;) {
      const rows: { id: number; value: string }[] = await db.query(
        `SELECT id, ${column} AS value FROM ${table} WHERE id > ? AND ${column} NOT LIKE ? ORDER BY id LIMIT ${batch}`,
        [after, `${cipher.currentPrefix}%`],
      );
      if (!rows.length) break;
      for (const row of rows) {
        const result = await db
          .createQueryBuilder()
          .update(entity.target)
          .set({ [property]: cipher.reencrypt(row.value) })
          .where(`id = :id AND ${column} = :value`, { id: row.id, value: row.value })
          .execute();
        count += result.affected ?? 0;
      }
      after = Number(rows[rows.length - 1].id);
    }
    done[`${table}.${column}`] = count;
  }
  return done;
}
