import { OptionalEnum, OptionalInt, OptionalText, OptionalYear, QueryRegion } from '../../common/query-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AidApplicationStatus,
  AidReviewDecision,
  AidType,
  type AidApplicationRequest,
  type AidProgramRequest,
  FIELD_RULES,
} from '@steadywork/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { Label, Nullable, Optional, Rule } from '../../common/validation';
import { IsCreditCode } from '../../common/validators';

export class AttachmentRequirementDto {
  @ApiProperty()
  @Label('材料代码')
  @IsString()
  @Rule(FIELD_RULES.key)
  key!: string;
  @ApiProperty() @Label('材料名称') @IsString() @IsNotEmpty() @MaxLength(64) label!: string;
}

export class AidProgramDto implements AidProgramRequest {
  @ApiProperty() @Label('年度') @IsInt() @Min(2020) @Max(2100) year!: number;
  @ApiProperty({ enum: AidType })
  @Label('帮扶类型')
  @IsEnum(AidType, { message: '帮扶类型取值不正确' })
  aidType!: AidType;
  @ApiPropertyOptional() @Label('项目名称') @Optional() @IsString() @IsNotEmpty() @MaxLength(128) name?: string;
  @OptionalText('项目说明', 4000) description?: string;
  @ApiPropertyOptional({ description: 'fen', default: 2_000_000 })
  @Label('帮扶金额（分）')
  @Optional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  amountFen?: number;
  @ApiPropertyOptional({ default: 20 }) @Label('名额') @Optional() @IsInt() @Min(1) @Max(100_000) quota?: number;
  @ApiPropertyOptional({ description: 'city region code → places' })
  @Label('名额分配')
  @Nullable()
  @IsObject()
  regionQuotas?: Record<string, number> | null;
  @ApiProperty({ example: '2026-03-01' })
  @Label('申报开始日期')
  @Rule(FIELD_RULES.date)
  applyFrom!: string;
  @ApiProperty({ example: '2026-05-31' })
  @Label('申报截止日期')
  @Rule(FIELD_RULES.date)
  applyUntil!: string;
  @ApiPropertyOptional({ type: [AttachmentRequirementDto] })
  @Label('申报材料')
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AttachmentRequirementDto)
  requiredAttachments?: AttachmentRequirementDto[];
  @ApiPropertyOptional({ default: 100 })
  @Label('就业目标人数')
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  outcomeTarget?: number;
  @ApiPropertyOptional({ default: true }) @Label('每年限获帮扶一次') @Optional() @IsBoolean() onePerYear?: boolean;
  @ApiPropertyOptional({ default: 16 }) @Label('最低年龄') @Optional() @IsInt() @Min(14) @Max(80) minAge?: number;
  @ApiPropertyOptional({ default: 60 })
  @Label('年龄上限（不含）')
  @Optional()
  @IsInt()
  @Min(15)
  @Max(100)
  maxAge?: number;
}

export class ProgramQueryDto {
  @OptionalYear('年度', 2020) year?: number;
}

export class StartupDto {
  @ApiProperty() @Label('经营主体名称') @IsString() @MaxLength(128) businessName!: string;
  @ApiPropertyOptional() @Label('统一社会信用代码') @Nullable() @IsString() @IsCreditCode() creditCode?: string | null;
  @ApiPropertyOptional() @Label('创业计划书') @Nullable() @IsString() @MaxLength(10_000) businessPlan?: string | null;
  @ApiProperty() @Label('预计带动就业人数') @Optional() @IsInt() @Min(0) @Max(10_000) expectedJobs!: number;
}

export class MaterialItemDto {
  @ApiProperty() @Label('物资名称') @IsString() @IsNotEmpty() @MaxLength(64) name!: string;
  @ApiProperty() @Label('数量') @IsInt() @Min(1) @Max(1_000_000) quantity!: number;
  @ApiProperty({ description: 'fen' }) @Label('单价（分）') @IsInt() @Min(1) @Max(100_000_000) unitPriceFen!: number;
}

export class MaterialsDto {
  @ApiProperty({ type: [MaterialItemDto] })
  @Label('物资清单')
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MaterialItemDto)
  items!: MaterialItemDto[];
  @ApiProperty() @Label('用途') @IsString() @MaxLength(2000) purpose!: string;
}

export class AttachmentDto {
  @ApiProperty()
  @Label('材料类别')
  @IsString()
  @Rule(FIELD_RULES.key, '材料类别不正确')
  key!: string;
  @ApiProperty() @Label('附件') @IsUUID('all', { message: '附件编号不正确' }) fileId!: string;
}

/** A draft may be incomplete; completeness is checked on submit. */
export class AidApplicationDto implements AidApplicationRequest {
  @ApiProperty() @Label('帮扶项目') @IsInt() @Min(1) programId!: number;
  @ApiPropertyOptional({ type: StartupDto })
  @Label('创业信息')
  @Nullable()
  @ValidateNested()
  @Type(() => StartupDto)
  startup?: StartupDto | null;
  @ApiPropertyOptional({ type: MaterialsDto })
  @Label('生产资料')
  @Nullable()
  @ValidateNested()
  @Type(() => MaterialsDto)
  materials?: MaterialsDto | null;
  @ApiPropertyOptional({ type: [AttachmentDto] })
  @Label('附件')
  @Optional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AttachmentDto)
  attachments?: AttachmentDto[];
  @OptionalText('申请理由', 2000) statement?: string;
}

const toArray = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : Array.isArray(value) ? value : String(value).split(',');

export class AidApplicationQueryDto extends PageQueryDto {
  @OptionalInt('帮扶项目') programId?: number;
  @OptionalInt('年度') year?: number;
  @OptionalEnum(AidType, '帮扶类型') aidType?: AidType;
  @ApiPropertyOptional({ enum: AidApplicationStatus, isArray: true })
  @Label('状态')
  @Optional()
  @Transform(toArray)
  @IsArray()
  @IsEnum(AidApplicationStatus, { each: true, message: '状态取值不正确' })
  status?: AidApplicationStatus[];
  @QueryRegion() regionCode?: string;
  @OptionalText('关键词', 32, { description: 'name or the last 4 digits of the ID number' }) keyword?: string;
}

export class ReviewDto {
  @ApiProperty({ enum: AidReviewDecision })
  @Label('审核结果')
  @IsIn(Object.values(AidReviewDecision), { message: '审核结果应为 approve、return 或 reject' })
  decision!: AidReviewDecision;
  @OptionalText('审核意见', 500) comment?: string;
}

export class BatchApproveDto {
  @ApiProperty({ type: [Number] })
  @Label('申请')
  @IsArray()
  @ArrayMinSize(1, { message: '请选择要通过的申请' })
  @ArrayMaxSize(100)
  @IsInt({ each: true })
  ids!: number[];
  @OptionalText('审核意见', 500) comment?: string;
}

export class ReasonDto {
  @ApiProperty() @Label('原因') @IsString() @IsNotEmpty({ message: '请填写原因' }) @MaxLength(500) reason!: string;
}

export class ObjectionDto {
  @ApiProperty()
  @Label('异议内容')
  @IsString()
  @IsNotEmpty({ message: '请填写异议内容' })
  @MaxLength(2000)
  content!: string;
}

export class ObjectionDecisionDto {
  @ApiProperty({ enum: ['uphold', 'dismiss'] })
  @Label('处理结果')
  @IsIn(['uphold', 'dismiss'], { message: '处理结果应为 uphold（异议成立）或 dismiss（异议不成立）' })
  decision!: 'uphold' | 'dismiss';
  @ApiProperty()
  @Label('处理意见')
  @IsString()
  @IsNotEmpty({ message: '请填写处理意见' })
  @MaxLength(500)
  comment!: string;
}

export class PublicityDto {
  @ApiProperty() @Label('帮扶项目') @IsInt() @Min(1) programId!: number;
  @ApiPropertyOptional({ default: 5 })
  @Label('公示工作日')
  @Optional()
  @IsInt()
  @Min(1)
  @Max(30)
  workingDays?: number;

  @ApiPropertyOptional({
    example: '2026-06-01',
    description: 'When the list went up (e.g. on the notice board); default now',
  })
  @Label('公示开始日期')
  @Optional()
  @Rule(FIELD_RULES.date)
  startsOn?: string;
}

export class PublicityQueryDto {
  @OptionalInt('帮扶项目') programId?: number;
}

export class DisbursementDto {
  @ApiProperty({ description: 'fen' }) @Label('发放金额（分）') @IsInt() @Min(1) amountFen!: number;
  @ApiProperty()
  @Label('凭证号')
  @IsString()
  @IsNotEmpty({ message: '请填写凭证号' })
  @MaxLength(64)
  voucherNo!: string;
  @ApiProperty({ example: '2026-06-30' })
  @Label('发放日期')
  @IsISO8601({}, { message: '发放日期格式不正确' })
  paidAt!: string;
}

export class YearQueryDto {
  @OptionalYear('年度', 2020) year?: number;
}
