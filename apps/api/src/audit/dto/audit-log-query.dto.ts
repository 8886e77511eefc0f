import { ApiPropertyOptional } from '@nestjs/swagger';
import { AuditLogQuery } from '@steadywork/shared';
import { IsISO8601, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { Label, Optional } from '../../common/validation';

export class AuditLogQueryDto extends PageQueryDto implements AuditLogQuery {
  @ApiPropertyOptional({ description: 'Action prefix, e.g. `auth.` or `staff.create`' })
  @Label('操作')
  @Optional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional()
  @Label('操作人')
  @Optional()
  @IsString()
  @MaxLength(64)
  actorName?: string;

  @ApiPropertyOptional()
  @Label('对象类型')
  @Optional()
  @IsString()
  @MaxLength(64)
  targetType?: string;

  @ApiPropertyOptional()
  @Label('对象编号')
  @Optional()
  @IsString()
  @MaxLength(64)
  targetId?: string;

  @ApiPropertyOptional({ description: 'ISO 8601, inclusive' })
  @Label('开始时间')
  @Optional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601, exclusive' })
  @Label('结束时间')
  @Optional()
  @IsISO8601()
  to?: string;
}
