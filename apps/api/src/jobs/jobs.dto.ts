import {
  OptionalEnum,
  OptionalInt,
  OptionalText,
  OptionalYear,
  QueryFlag,
  QueryKeyword,
  QueryRegion,
} from '../common/query-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Education,
  EmployerSize,
  JobApplicationSource,
  JobApplicationStatus,
  JobPostingKind,
  JobPostingStatus,
  WorkerTag,
  type EmployerRequest,
  type JobPostingRequest,
  type JobPushRequest,
  FIELD_RULES,
} from '@steadywork/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../common/pagination';
import { PeriodDay } from '../common/period';
import { Label, Nullable, Optional, Rule } from '../common/validation';
import { IsCreditCode } from '../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class EmployerDto implements EmployerRequest {
  @ApiProperty() @Label('企业名称') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(128) name!: string;
  @ApiProperty() @Label('统一社会信用代码') @Transform(upper) @IsCreditCode() creditCode!: string;
  @ApiProperty()
  @Label('所在地区')
  @Rule(FIELD_RULES.regionCode)
  regionCode!: string;
  @ApiProperty() @Label('所属行业') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(64) industry!: string;
  @ApiProperty({ enum: EmployerSize })
  @Label('企业规模')
  @IsEnum(EmployerSize, { message: '企业规模取值不正确' })
  size!: EmployerSize;
  @OptionalText('地址', 255) address?: string;
  @ApiPropertyOptional()
  @Label('联系电话')
  @Optional()
  @Rule(FIELD_RULES.contactPhone)
  contactPhone?: string;
  @ApiPropertyOptional({ description: 'The enterprise organisation whose HR accounts act for it' })
  @Label('企业组织')
  @Optional()
  @IsInt()
  @Min(1)
  organizationId?: number;
  @ApiPropertyOptional({ nullable: true, description: '对口援青: the partner union the employer belongs to' })
  @Label('对口援青合作工会')
  @Nullable()
  @IsInt()
  @Min(1)
  partnerUnionId?: number | null;
}

/** The employer picker's search, as typed: one name fragment (its first 64 characters). */
export class EmployerOptionsQueryDto {
  @ApiPropertyOptional()
  @Label('关键词')
  @Optional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.slice(0, 64) : value))
  @IsString()
  keyword?: string;
}

export class EmployerQueryDto extends PageQueryDto {
  @QueryKeyword() keyword?: string;
  @QueryRegion() regionCode?: string;
}

export class MergeNameDto {
  @ApiProperty({ description: 'A name workers typed for this employer' })
  @Label('职工填写的单位名称')
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  name!: string;
}

export class MinWageDto {
  @ApiProperty() @Label('月最低工资（分）') @IsInt() @Min(1) @Max(10_000_000) monthlyFen!: number;
  @ApiProperty() @Label('小时最低工资（分）') @IsInt() @Min(1) @Max(1_000_000) hourlyFen!: number;
}

export class JobPostingDto implements JobPostingRequest {
  @ApiProperty() @Label('职位名称') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(64) title!: string;
  @ApiProperty({ description: '职业分类大典 occupation' })
  @Label('职业（工种）')
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  occupation!: string;
  @ApiProperty()
  @Label('工作地区')
  @Rule(FIELD_RULES.regionCode, '工作地区应为 6 位县级行政区划代码')
  regionCode!: string;
  @ApiProperty() @Label('工作地点') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(255) address!: string;
  @ApiProperty() @Label('纬度') @IsNumber() @Min(-90) @Max(90) latitude!: number;
  @ApiProperty() @Label('经度') @IsNumber() @Min(-180) @Max(180) longitude!: number;
  @ApiProperty() @Label('招聘人数') @IsInt() @Min(1) @Max(10_000) headcount!: number;
  @ApiProperty({ description: 'fen per month' }) @Label('月薪下限') @IsInt() @Min(0) wageMinFen!: number;
  @ApiProperty({ description: 'fen per month' }) @Label('月薪上限') @IsInt() @Min(0) wageMaxFen!: number;
  @ApiProperty({ type: [String] })
  @Label('技能要求')
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  skills!: string[];
  @ApiPropertyOptional({ enum: Education, nullable: true })
  @Label('学历要求')
  @Nullable()
  @IsEnum(Education, { message: '学历要求取值不正确' })
  education?: Education | null;
  @ApiPropertyOptional() @Label('最低年龄') @Nullable() @IsInt() @Min(16) @Max(70) ageMin?: number | null;
  @ApiPropertyOptional() @Label('最高年龄') @Nullable() @IsInt() @Min(16) @Max(70) ageMax?: number | null;
  @ApiProperty() @Label('联系人') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(32) contactName!: string;
  @ApiProperty()
  @Label('联系电话')
  @Rule(FIELD_RULES.contactPhone)
  contactPhone!: string;
  @ApiProperty() @Label('职位描述') @IsString() @IsNotEmpty() @MaxLength(4000) description!: string;
  @ApiProperty({ example: '2026-12-31' })
  @Label('有效期至')
  @Rule(FIELD_RULES.date)
  validUntil!: string;
  @ApiPropertyOptional({ enum: JobPostingKind, description: 'PUBLIC_WELFARE only through /jobs/public-welfare-posts' })
  @Label('岗位类别')
  @Optional()
  @IsEnum(JobPostingKind, { message: '岗位类别取值不正确' })
  kind?: JobPostingKind;
}

export class ReturnPostingDto {
  @ApiProperty() @Label('退回原因') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(255) reason!: string;
}

export class PostingQueryDto extends PageQueryDto {
  @OptionalEnum(JobPostingStatus, '状态') status?: JobPostingStatus;
  @QueryKeyword() keyword?: string;
  @QueryRegion() regionCode?: string;
  @OptionalInt('企业') employerId?: number;
  @OptionalEnum(JobPostingKind, '岗位类别') kind?: JobPostingKind;
}

export class RecommendQueryDto extends PageQueryDto {
  @QueryKeyword() keyword?: string;
  @QueryRegion() regionCode?: string;
}

export class MatchQueryDto extends PageQueryDto {
  @OptionalEnum(WorkerTag, '人员标签') tag?: WorkerTag;
  @OptionalInt('最低匹配分', { min: 0, max: 100 }) minScore?: number;
}

export class PushDto implements JobPushRequest {
  @ApiPropertyOptional({ type: [Number] })
  @Label('推送对象')
  @Optional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsInt({ each: true })
  workerIds?: number[];
  @ApiPropertyOptional({ description: 'all matched workers with at least this score' })
  @Label('最低匹配分')
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100)
  minScore?: number;
}

export class SubscriptionDto {
  @ApiProperty() @Label('接收岗位推送') @IsBoolean() subscribed!: boolean;
}

export class ReferDto {
  @ApiProperty() @Label('职工') @IsInt() @Min(1) workerId!: number;
  @OptionalText('推荐说明', 500) note?: string;
}

export class InviteDto {
  @ApiProperty({ example: '2026-12-10T09:00:00+08:00' })
  @Label('面试时间')
  @IsISO8601({ strict: true }, { message: '面试时间格式不正确' })
  interviewAt!: string;
  @ApiProperty() @Label('面试地点') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(255) interviewPlace!: string;
}

export class InterviewedDto {
  @OptionalText('面试记录', 500) note?: string;
}

export class HireDto {
  @ApiProperty({ example: '2026-12-15' })
  @Label('入职日期')
  @Rule(FIELD_RULES.date)
  startsOn!: string;
  @OptionalText('备注', 500) note?: string;
}

export class RejectDto {
  @ApiProperty() @Label('未录用原因') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

export class ApplicationQueryDto extends PageQueryDto {
  @OptionalEnum(JobApplicationStatus, '状态') status?: JobApplicationStatus;
  @OptionalInt('岗位') postingId?: number;
  @OptionalEnum(JobApplicationSource, '来源') source?: JobApplicationSource;
  @QueryRegion({ description: 'The worker’s county or a region above it' }) regionCode?: string;
  @QueryFlag('待确认入职', { description: 'Only those whose worker reported a start not yet confirmed' })
  reportedHire?: boolean;
  @PeriodDay('申请日期起') createdFrom?: string;
  @PeriodDay('申请日期止') createdTo?: string;
  @PeriodDay('入职日期起') hiredFrom?: string;
  @PeriodDay('入职日期止') hiredTo?: string;
}

export class JobsDashboardQueryDto {
  @OptionalYear() year?: number;
  @QueryRegion() regionCode?: string;
}
