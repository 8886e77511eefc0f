import { QueryRegion } from '../../common/query-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EmploymentStatus, FollowUpMethod, HardshipLevel } from '@steadywork/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { Label, Optional } from '../../common/validation';

export class HouseholdDto {
  @ApiProperty({ minimum: 1 }) @Label('家庭人口') @IsInt() @Min(1) @Max(30) members!: number;
  @ApiProperty({ description: 'fen' })
  @Label('家庭月人均收入（分）')
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  monthlyIncomePerCapitaFen!: number;
  @ApiProperty() @Label('零就业家庭') @IsBoolean() zeroEmployment!: boolean;
  @ApiProperty() @Label('低保家庭') @IsBoolean() lowIncome!: boolean;
  @ApiProperty() @Label('家庭成员残疾') @IsBoolean() disability!: boolean;
}

export class ArchiveAssessmentDto {
  @ApiProperty({ enum: HardshipLevel })
  @Label('困难程度')
  @IsEnum(HardshipLevel, { message: '困难程度取值不正确' })
  level!: HardshipLevel;

  @ApiProperty({ type: HouseholdDto })
  @Label('家庭情况')
  @ValidateNested()
  @Type(() => HouseholdDto)
  household!: HouseholdDto;

  @ApiProperty()
  @Label('致困原因')
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  cause!: string;

  @ApiPropertyOptional({ type: [String], description: 'Ids of files uploaded with POST /files' })
  @Label('证明材料')
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: '证明材料编号不正确' })
  attachments?: string[];
}

export class ReopenArchiveDto extends ArchiveAssessmentDto {
  @ApiProperty({ description: '返困原因' })
  @Label('返困原因')
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  reason!: string;
}

export class CloseArchiveDto {
  @ApiProperty({ description: '脱困原因' })
  @Label('脱困原因')
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  reason!: string;
}

export class FollowUpDto {
  @ApiProperty({ enum: FollowUpMethod })
  @Label('回访方式')
  @IsEnum(FollowUpMethod, { message: '回访方式取值不正确' })
  method!: FollowUpMethod;

  @ApiProperty({ description: 'When it took place (ISO 8601)' })
  @Label('回访时间')
  @IsISO8601({}, { message: '回访时间格式不正确' })
  followedAt!: string;

  @ApiProperty()
  @Label('回访记录')
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  notes!: string;

  @ApiProperty({ enum: EmploymentStatus })
  @Label('当前就业状态')
  @IsEnum(EmploymentStatus, { message: '就业状态取值不正确' })
  employmentStatus!: EmploymentStatus;

  @ApiPropertyOptional({ description: '家庭月人均收入 (fen), as found at the follow-up' })
  @Label('家庭月人均收入（分）')
  @Optional()
  @IsInt({ message: '家庭月人均收入应为整数（分）' })
  @Min(0, { message: '家庭月人均收入不能为负数' })
  @Max(100_000_000, { message: '家庭月人均收入过大' })
  monthlyIncomeFen?: number;
}

export class OverdueQueryDto extends PageQueryDto {
  @QueryRegion() regionCode?: string;
}
