import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MonthlyReportNarrativeRequest, MonthlyReportQuery, MonthlyReportStatus } from '@steadywork/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../common/pagination';
import { Label, Optional } from '../common/validation';

export class MonthlyReportQueryDto extends PageQueryDto implements MonthlyReportQuery {
  @ApiPropertyOptional() @Label('年度') @Optional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional({ enum: MonthlyReportStatus })
  @Label('状态')
  @Optional()
  @IsEnum(MonthlyReportStatus, { message: '状态取值不正确' })
  status?: MonthlyReportStatus;
}

export class MonthlyReportNarrativeDto implements MonthlyReportNarrativeRequest {
  @ApiProperty() @Label('存在问题') @IsString({ message: '存在问题应为文字' }) @MaxLength(5000) problems!: string;
  @ApiProperty() @Label('工作建议') @IsString({ message: '工作建议应为文字' }) @MaxLength(5000) suggestions!: string;
}
