import { ApiPropertyOptional } from '@nestjs/swagger';
import { AuditLogQuery } from '@steadywork/shared';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { Label } from '../../common/validation';

export class AuditLogQueryDto extends PageQueryDto implements AuditLogQuery {
  @ApiPropertyOptional({ description: 'Action prefix, e.g. `auth.` or `staff.create`' })
  @Label('操作')
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional()
  @Label('操作人')
  @IsOptional()
  @IsString()
  @MaxLength(64)
  actorName?: string;

  @ApiPropertyOptional()
  @Label('对象类型')
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetType?: string;

  @ApiPropertyOptional()
  @Label('对象编号')
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string;

  @ApiPropertyOptional({ description: 'ISO 8601, inclusive' })
  @Label('开始时间')
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601, exclusive' })
  @Label('结束时间')
  @IsOptional()
  @IsISO8601()
  to?: string;
}
