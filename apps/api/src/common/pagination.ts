import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import type { Page } from '@steadywork/shared';
import type { SelectQueryBuilder } from 'typeorm';
import { Label, Optional } from './validation';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @Label('页码')
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @Label('每页条数')
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}

export function toPage<T>(items: T[], total: number, query: PageQueryDto): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export function skipOf(query: PageQueryDto): number {
  return (query.page - 1) * query.pageSize;
}

/**
 * A query's rows in id order, `size` at a time, for exports: each batch starts after the last id
 * (keyset paging), so rows are neither read twice nor skipped however many there are.
 * `query` builds a fresh query builder for each batch.
 */
export async function* inBatches<T extends { id: number }>(
  query: () => SelectQueryBuilder<T> | Promise<SelectQueryBuilder<T>>,
  alias: string,
  size = 500,
): AsyncGenerator<T[]> {
  let afterId = 0;
  for (;;) {
    const rows = await (
      await query()
    )
      .andWhere(`${alias}.id > :afterId`, { afterId })
      .orderBy(`${alias}.id`, 'ASC')
      .take(size)
      .getMany();
    if (!rows.length) return;
    yield rows;
    afterId = rows[rows.length - 1].id;
    if (rows.length < size) return;
  }
}
