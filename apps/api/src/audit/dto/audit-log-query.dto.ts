import { OptionalText } from '../../common/query-fields';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { AuditLogQuery } from '@steadywork/shared';
import { IsISO8601 } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { Label, Optional } from '../../common/validation';

export class AuditLogQueryDto extends PageQueryDto implements AuditLogQuery {
  @OptionalText('操作', 64, { description: 'Action prefix, e.g. `auth.` or `staff.create`' }) action?: string;

  @OptionalText('操作人', 64) actorName?: string;

  @OptionalText('对象类型', 64) targetType?: string;

  @OptionalText('对象编号', 64) targetId?: string;

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
