import { OptionalEnum, OptionalText, OptionalYear, QueryKeyword, QueryRegion } from '../common/query-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  JobEventKind,
  JobEventStatus,
  type JobEventRequest,
  type JobEventSignupRecordRequest,
  type PublicWelfareAssignRequest,
} from '@steadywork/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../common/pagination';
import { Label, Nullable, Optional } from '../common/validation';
import { JobPostingDto } from './jobs.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class JobEventDto implements JobEventRequest {
  @ApiProperty({ enum: JobEventKind })
  @Label('活动类型')
  @IsEnum(JobEventKind, { message: '活动类型取值不正确' })
  kind!: JobEventKind;
  @ApiProperty() @Label('活动名称') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(64) title!: string;
  @ApiProperty({ example: '2026-12-01' })
  @Label('开始日期')
  @Matches(DATE, { message: '开始日期格式应为 YYYY-MM-DD' })
  startsOn!: string;
  @ApiProperty({ example: '2026-12-31' })
  @Label('结束日期')
  @Matches(DATE, { message: '结束日期格式应为 YYYY-MM-DD' })
  endsOn!: string;
  @ApiProperty() @Label('线上举办') @IsBoolean() online!: boolean;
  @ApiPropertyOptional({ nullable: true })
  @Label('举办地点')
  @Nullable()
  @Transform(trim)
  @IsString()
  @MaxLength(255)
  venue?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @Label('线上链接')
  @Nullable()
  @Transform(trim)
  @Matches(/^https?:\/\/\S{3,}$/, { message: '线上链接应以 http:// 或 https:// 开头' })
  @MaxLength(255)
  onlineUrl?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @Label('活动介绍')
  @Nullable()
  @IsString()
  @MaxLength(4000)
  description?: string | null;
  @ApiProperty({ type: [Number] })
  @Label('参会企业')
  @IsArray()
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  @Min(1, { each: true })
  employerIds!: number[];
  @ApiProperty({ type: [Number] })
  @Label('参会岗位')
  @IsArray()
  @ArrayMaxSize(2000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  postingIds!: number[];
}

export class JobEventQueryDto extends PageQueryDto {
  @OptionalEnum(JobEventKind, '活动类型') kind?: JobEventKind;
  @OptionalEnum(JobEventStatus, '状态') status?: JobEventStatus;
  @QueryKeyword() keyword?: string;
  @QueryRegion() regionCode?: string;
  @OptionalYear() year?: number;
}

export class JobEventSignupQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'true: attended only; false: not (yet) attended' })
  @Label('到场')
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  attended?: boolean;
}

export class JobEventSignupRecordDto implements JobEventSignupRecordRequest {
  @ApiProperty() @Label('是否到场') @IsBoolean() attended!: boolean;
  @ApiProperty() @Label('面试次数') @IsInt() @Min(0) @Max(50) interviews!: number;
  @ApiPropertyOptional({ nullable: true })
  @Label('备注')
  @Nullable()
  @IsString()
  @MaxLength(255)
  note?: string | null;
}

/** A public-welfare post: a posting's fields plus the employing unit (any employer in the registry in scope). */
export class PublicWelfarePostDto extends JobPostingDto {
  @ApiProperty({ description: 'The employing unit (社区、街道、公共服务单位) in the registry' })
  @Label('用人单位')
  @IsInt()
  @Min(1)
  employerId!: number;
}

export class PublicWelfareAssignDto implements PublicWelfareAssignRequest {
  @ApiProperty() @Label('职工') @IsInt() @Min(1) workerId!: number;
  @ApiProperty({ example: '2026-12-15' })
  @Label('上岗日期')
  @Matches(DATE, { message: '上岗日期格式应为 YYYY-MM-DD' })
  startsOn!: string;
  @OptionalText('备注', 500) note?: string;
}
