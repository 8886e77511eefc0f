import { DataSource, EntityManager } from 'typeorm';
import { isDeadlock } from '../common/sql';

/** How many times a transaction is run in all before a deadlock reaches the request. */
const ATTEMPTS = 4;

/**
 * InnoDB breaks a deadlock by rolling one of the transactions back (and gives up a lock wait the
 * same way): everything that transaction did is undone, so it is safe to run it again. Two staff
 * opening archives or placing workers at the same moment can meet on a secondary index's gap
 * locks; the one InnoDB picked is run again after a short random pause instead of answering 500.
 *
 * Only whole transactions are retried (`dataSource.transaction` / `manager.transaction` on the
 * root manager); their callbacks touch nothing outside the database, so a second run is the first
 * run done over. SQLite takes transactions in turn (sqlite-transactions.ts) and never deadlocks.
 */
export function retryMysqlDeadlocks(dataSource: DataSource): DataSource {
  if (dataSource.options.type !== 'mysql' && dataSource.options.type !== 'mariadb') return dataSource;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = (async (...args: unknown[]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await transaction(...args);
      } catch (err) {
        if (!isDeadlock(err) || attempt >= ATTEMPTS) throw err;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }) as EntityManager['transaction'];
  return dataSource;
}
