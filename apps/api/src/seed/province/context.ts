import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { shanghaiDate } from '../../common/dates';
import { PersonalDataCipher } from '../../crypto/personal-data.cipher';
import { SeededRandom } from './random';

export const DAY = 86_400_000;

export interface County {
  code: string;
  name: string;
  /** Its city or prefecture. */
  cityCode: string;
}

/** A demo staff member who acts in the generated history (reviews, visits, verifies). */
export interface Actor {
  id: number;
  displayName: string;
}

/** What every part of the demo province generator works with. */
export interface ProvinceContext {
  m: EntityManager;
  rng: SeededRandom;
  /** The API clock's now when the province is generated: every date is relative to it. */
  now: Date;
  cipher: PersonalDataCipher;
  counties: County[];
  /** The demo account (by username) that acts for a region: its county, city or else the province. */
  actorFor(regionCode: string): Actor;
  actor(username: string): Actor;
}

/** Inserts rows in batches (one statement each), in the context's transaction. */
export async function insertBatched<T extends object>(
  m: EntityManager,
  entity: new () => T,
  rows: Partial<T>[],
  batch = 200,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    await m.getRepository(entity).insert(rows.slice(i, i + batch) as QueryDeepPartialEntity<T>[]);
  }
}

/** A random instant between two others. */
export function between(rng: SeededRandom, from: Date, to: Date): Date {
  return new Date(from.getTime() + Math.floor(rng.next() * Math.max(0, to.getTime() - from.getTime())));
}

/**
 * A working-hours time (09:00–17:30 Asia/Shanghai) on the day `daysAgo` days before now; never
 * later than now.
 */
export function officeTime(rng: SeededRandom, now: Date, daysAgo: number): Date {
  const date = shanghaiDate(new Date(now.getTime() - daysAgo * DAY));
  const at = new Date(new Date(`${date}T09:00:00+08:00`).getTime() + rng.int(0, 510) * 60_000);
  return at.getTime() > now.getTime() ? new Date(now.getTime() - rng.int(1, 120) * 60_000) : at;
}
