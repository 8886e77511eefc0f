import { DataSource, EntityManager } from 'typeorm';

/**
 * TypeORM runs every SQLite query on one connection, and a second `transaction()` started while
 * one is open becomes a SAVEPOINT inside it: two requests would commit or roll back each
 * other's work. On SQLite, transactions therefore take turns (a FIFO queue); MySQL gives each
 * transaction its own pooled connection and needs none of this.
 *
 * Transactions must not start another top-level transaction inside their callback (use the
 * `EntityManager` they are given): that would wait for itself.
 */
export function serializeSqliteTransactions(dataSource: DataSource): DataSource {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const run = tail.then(() => transaction(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as EntityManager['transaction'];
  return dataSource;
}
