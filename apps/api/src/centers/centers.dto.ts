import {
  OptionalEnum,
  OptionalInt,
  OptionalText,
  QueryCoordinate,
  QueryFlag,
  QueryKeyword,
  QueryRegion,
} from '../common/query-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CenterKind,
  CenterService,
  DisputeType,
  ServiceOutcome,
  ServiceRequestStatus,
  type CenterRequest,
  type CloseServiceRequest,
  type RateServiceRequest,
  type ServiceRecordInput,
  type ServiceRequestInput,
  type StarChecklist,
  type StarEvaluationRequest,
  type SubsidyRequest,
  FIELD_RULES,
} from '@steadywork/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../common/pagination';
import { Label, Nullable, Optional, Rule } from '../common/validation';

export class CenterDto implements CenterRequest {
  @ApiProperty() @Label('名称') @IsString() @IsNotEmpty() @MaxLength(128) name!: string;
  @ApiProperty({ enum: CenterKind })
  @Label('类型')
  @IsEnum(CenterKind, { message: '类型取值不正确' })
  kind!: CenterKind;
  @ApiProperty() @Label('所在地区') @IsString() @MaxLength(12) regionCode!: string;
  @ApiProperty() @Label('地址') @IsString() @IsNotEmpty() @MaxLength(255) address!: string;
  @ApiProperty() @Label('纬度') @IsNumber() @Min(-90) @Max(90) latitude!: number;
  @ApiProperty() @Label('经度') @IsNumber() @Min(-180) @Max(180) longitude!: number;
  @ApiProperty() @Label('开放时间') @IsString() @IsNotEmpty() @MaxLength(128) openingHours!: string;
  @ApiProperty()
  @Label('联系电话')
  @IsString()
  @Rule(FIELD_RULES.contactPhone)
  phone!: string;
  @ApiProperty({ enum: CenterService, isArray: true })
  @Label('服务项目')
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一项服务' })
  @IsEnum(CenterService, { each: true, message: '服务项目取值不正确' })
  services!: CenterService[];
  @ApiPropertyOptional({ type: [String] })
  @Label('照片')
  @Optional()
  @IsArray()
  @ArrayMaxSize(12)
  @IsUUID('all', { each: true, message: '照片编号不正确' })
  photos?: string[];
  @ApiPropertyOptional() @Label('所属组织') @Nullable() @IsInt() organizationId?: number | null;
  @OptionalText('简介', 2000) description?: string;
}

export class CenterQueryDto extends PageQueryDto {
  @OptionalEnum(CenterService, '服务') service?: CenterService;
  @OptionalEnum(CenterKind, '类型') kind?: CenterKind;
  @QueryRegion() regionCode?: string;
  @QueryKeyword(32) keyword?: string;
  @QueryCoordinate('lat') lat?: number;
  @QueryCoordinate('lng') lng?: number;
}

export class StarCriterionDto {
  @ApiProperty()
  @Label('指标代码')
  @Rule(FIELD_RULES.key)
  key!: string;
  @ApiProperty() @Label('指标名称') @IsString() @IsNotEmpty() @MaxLength(64) label!: string;
  @ApiProperty() @Label('权重') @IsInt() @Min(1) @Max(100) weight!: number;
}

export class StarChecklistDto implements StarChecklist {
  @ApiProperty({ type: [StarCriterionDto] })
  @Label('评定指标')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => StarCriterionDto)
  criteria!: StarCriterionDto[];
  @ApiProperty({ type: [Number], example: [60, 70, 80, 90] })
  @Label('星级分数线')
  @IsArray()
  @ArrayMinSize(4)
  @ArrayMaxSize(4)
  @IsInt({ each: true })
  thresholds!: [number, number, number, number];
}

export class StarEvaluationDto implements StarEvaluationRequest {
  @ApiProperty() @Label('评定年度') @IsInt() @Min(2020) @Max(2100) year!: number;
  @ApiProperty() @Label('各项得分') @IsObject() scores!: Record<string, number>;
  @ApiProperty() @Label('评定日期') @Rule(FIELD_RULES.date) evaluatedOn!: string;
  @ApiPropertyOptional({ type: [String] })
  @Label('佐证材料')
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: '佐证材料编号不正确' })
  evidence?: string[];
  @OptionalText('备注', 2000) notes?: string;
}

export class SubsidyDto implements SubsidyRequest {
  @ApiProperty() @Label('年度') @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty({ description: 'fen' })
  @Label('补助金额（分）')
  @IsInt()
  @Min(1)
  @Max(10_000_000_000)
  amountFen!: number;
  @ApiProperty() @Label('用途') @IsString() @IsNotEmpty() @MaxLength(255) purpose!: string;
}

export class ServiceRequestDto implements ServiceRequestInput {
  @ApiProperty() @Label('服务中心') @IsInt() @Min(1) centerId!: number;
  @ApiProperty({ enum: CenterService })
  @Label('服务类型')
  @IsEnum(CenterService, { message: '服务类型取值不正确' })
  serviceType!: CenterService;
  @ApiProperty()
  @Label('需求描述')
  @IsString()
  @IsNotEmpty({ message: '请描述需要的帮助' })
  @MaxLength(2000)
  description!: string;
  @ApiPropertyOptional()
  @Label('期望时间')
  @Optional()
  @IsISO8601({}, { message: '期望时间格式不正确' })
  preferredTime?: string;
  @ApiPropertyOptional({ type: [String] })
  @Label('附件')
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: '附件编号不正确' })
  attachments?: string[];
  @OptionalEnum(DisputeType, '纠纷类型') disputeType?: DisputeType;
}

export class ServiceRecordDto implements ServiceRecordInput {
  @ApiProperty() @Label('服务日期') @Rule(FIELD_RULES.date) servedOn!: string;
  @ApiProperty({ enum: CenterService })
  @Label('服务类型')
  @IsEnum(CenterService, { message: '服务类型取值不正确' })
  serviceType!: CenterService;
  @ApiProperty()
  @Label('服务内容')
  @IsString()
  @IsNotEmpty({ message: '请填写服务内容' })
  @MaxLength(2000)
  notes!: string;
  @OptionalText('服务结果', 500) result?: string;
}

export class CloseServiceRequestDto implements CloseServiceRequest {
  @ApiProperty({ enum: ServiceOutcome })
  @Label('办结结果')
  @IsEnum(ServiceOutcome, { message: '办结结果取值不正确' })
  outcome!: ServiceOutcome;
  @ApiProperty()
  @Label('办结说明')
  @IsString()
  @IsNotEmpty({ message: '请填写办结说明' })
  @MaxLength(2000)
  summary!: string;
  @OptionalText('就业单位', 128) employer?: string;
  @ApiPropertyOptional()
  @Label('劳动合同起始日期')
  @Optional()
  @Rule(FIELD_RULES.date)
  contractStart?: string;
}

export class RateDto implements RateServiceRequest {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @Label('评分')
  @IsInt()
  @Min(1, { message: '评分为 1 至 5 星' })
  @Max(5, { message: '评分为 1 至 5 星' })
  rating!: number;
  @OptionalText('评价', 500) comment?: string;
}

export class ServiceRequestQueryDto extends PageQueryDto {
  @OptionalInt('服务中心') centerId?: number;
  @OptionalEnum(ServiceRequestStatus, '状态') status?: ServiceRequestStatus;
  @OptionalEnum(CenterService, '服务类型') serviceType?: CenterService;
  @QueryFlag('超时未受理') overdue?: boolean;
}
