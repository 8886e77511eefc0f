import { QueryRegion } from '../common/query-fields';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Label, Optional } from '../common/validation';

export class TargetsDashboardQueryDto {
  @ApiPropertyOptional({ description: 'Year (default: this year, Asia/Shanghai)' })
  @Label('年度')
  @Optional()
  @Type(() => Number)
  @IsInt({ message: '年度应为 2000 至 2100 的整数' })
  @Min(2000, { message: '年度应为 2000 至 2100 的整数' })
  @Max(2100, { message: '年度应为 2000 至 2100 的整数' })
  year?: number;

  @QueryRegion({ description: 'A region in the caller’s scope (default: the scope’s root)' }) region?: string;
}
