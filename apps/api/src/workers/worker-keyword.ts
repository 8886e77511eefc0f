import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { likeEscape } from '../common/sql';

/** The 关键词 rule of every list of people: the last 4 ID characters exactly, otherwise part of the name. */
export function workerKeywordCondition(
  alias: string,
  keyword: string,
): { sql: string; params: Record<string, string> } {
  const kw = keyword.trim();
  return /^\d{3}[\dXx]$/.test(kw)
    ? { sql: `${alias}.id_last4 = :kwLast4`, params: { kwLast4: kw.toUpperCase() } }
    : { sql: `${alias}.name LIKE :kwName ESCAPE '!'`, params: { kwName: `%${likeEscape(kw)}%` } };
}

/** Keeps the rows whose `column` (a worker id) names a worker matching the keyword. */
export function applyWorkerKeyword<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  keyword: string,
): SelectQueryBuilder<T> {
  const c = workerKeywordCondition('kw_worker', keyword);
  return qb.andWhere(`${column} IN (SELECT kw_worker.id FROM worker kw_worker WHERE ${c.sql})`, c.params);
}
