import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { toInt } from './sql';

const TTL_MS = 60_000;

/**
 * The totals of lists that may hold a million rows, so a page does not count its whole scope each
 * time: counted exactly up to `exactUpTo` (reading at most that many index entries); above it,
 * counted once and then answered from memory for a minute, per process, and after that still
 * answered while counted again (once at a time). A large total is a figure to show, not to page by.
 */
export class Totals {
  private readonly entries = new Map<string, { value: number; until: number; counting: boolean }>();
  private readonly pending = new Map<string, Promise<number>>();

  constructor(private readonly exactUpTo: number) {}

  /** `ids` builds the list's query (its filters, any one column); `key` names the filters. */
  async count(key: string, ids: () => SelectQueryBuilder<ObjectLiteral>, now: number): Promise<number> {
    const capped = ids().limit(this.exactUpTo + 1);
    const [sql, parameters] = capped.getQueryAndParameters();
    const manager = capped.connection.manager;
    const [{ n }] = await manager.query(`SELECT COUNT(*) AS n FROM (${sql}) t`, parameters);
    if (toInt(n) <= this.exactUpTo) return toInt(n);
    const countAll = async () => {
      const [all, allParameters] = ids().getQueryAndParameters();
      const [{ n: count }] = await manager.query(`SELECT COUNT(*) AS n FROM (${all}) t`, allParameters);
      return toInt(count);
    };
    const hit = this.entries.get(key);
    if (hit) {
      if (hit.until <= now && !hit.counting) {
        hit.counting = true;
        countAll()
          .then((value) => this.entries.set(key, { value, until: now + TTL_MS, counting: false }))
          .catch(() => (hit.counting = false));
      }
      return hit.value;
    }
    // requests arriving while the first count runs wait for it instead of counting too
    let pending = this.pending.get(key);
    if (!pending) {
      pending = countAll().finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
      const value = await pending;
      if (this.entries.size > 1000) this.entries.clear();
      this.entries.set(key, { value, until: now + TTL_MS, counting: false });
      return value;
    }
    return pending;
  }
}
