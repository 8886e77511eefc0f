import { OptionalEnum, OptionalYear } from '../common/query-fields';
import { ApiProperty } from '@nestjs/swagger';
import { MonthlyReportNarrativeRequest, MonthlyReportQuery, MonthlyReportStatus } from '@steadywork/shared';

import { IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/pagination';
import { Label } from '../common/validation';

export class MonthlyReportQueryDto extends PageQueryDto implements MonthlyReportQuery {
  @OptionalYear() year?: number;
  @OptionalEnum(MonthlyReportStatus, '状态') status?: MonthlyReportStatus;
}

export class MonthlyReportNarrativeDto implements MonthlyReportNarrativeRequest {
  @ApiProperty() @Label('存在问题') @IsString({ message: '存在问题应为文字' }) @MaxLength(5000) problems!: string;
  @ApiProperty() @Label('工作建议') @IsString({ message: '工作建议应为文字' }) @MaxLength(5000) suggestions!: string;
}
