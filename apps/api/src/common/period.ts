import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Label, Optional } from './validation';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One end of a period filter on a list: a day (YYYY-MM-DD, Asia/Shanghai). `…From` includes the day,
 * `…To` excludes it, so a month is `from=2026-11-01&to=2026-12-01` — the same half-open ranges the
 * dashboard counts with, so a figure and the list it links to agree.
 */
export function PeriodDay(label: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      example: '2026-11-01',
      description: 'YYYY-MM-DD (Asia/Shanghai); From includes, To excludes',
    }),
    Label(label),
    Optional(),
    Matches(DAY, { message: `${label}格式应为 YYYY-MM-DD` }),
  );
}

/** The UTC instant a Shanghai day starts. */
export function shanghaiDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/**
 * Keeps the rows whose `column` falls in [from, to): an instant column (UTC datetime) compares with
 * the Shanghai days' starts, a day column (YYYY-MM-DD text) with the days themselves.
 */
export function wherePeriod<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  kind: 'instant' | 'day',
  from: string | undefined,
  to: string | undefined,
  name: string,
): SelectQueryBuilder<T> {
  const at = (day: string) => (kind === 'instant' ? shanghaiDayStart(day) : day);
  if (from) qb.andWhere(`${column} >= :${name}From`, { [`${name}From`]: at(from) });
  if (to) qb.andWhere(`${column} < :${name}To`, { [`${name}To`]: at(to) });
  return qb;
}
