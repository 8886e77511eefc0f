import {
  OptionalEnum,
  OptionalInt,
  OptionalText,
  OptionalYear,
  QueryCoordinate,
  QueryFlag,
  QueryKeyword,
  QueryRegion,
} from '../common/query-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AttendanceStatus,
  EnrolmentStatus,
  OnlineLearningChannel,
  TrainingBaseKind,
  TrainingBaseStatus,
  TrainingCourseType,
  TrainingCoursePhase,
  type AccreditRequest,
  type CheckInRequest,
  type OnlineLearningLogRequest,
  type RefuseBaseRequest,
  type TrainingBaseCriteria,
  type TrainingBaseRequest,
  type TrainingBaseSubsidyRequest,
  type EnrolmentRequest,
  type RosterMarkInput,
  type RosterSyncRequest,
  type TrainingCourseRequest,
  type TrainingSessionInput,
  type NominationQuery,
  type OnlineLearningQuery,
  type TrainingCompletionQuery,
  FIELD_RULES,
} from '@steadywork/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../common/pagination';
import { Label, Nullable, Optional, Rule } from '../common/validation';

export class TrainingSessionDto implements TrainingSessionInput {
  @ApiPropertyOptional({ description: 'An existing session, when a course is edited' })
  @Label('课次编号')
  @Optional()
  @IsInt()
  @Min(1)
  id?: number;
  @ApiProperty({ example: '2026-06-01T01:00:00Z' })
  @Label('上课时间')
  @IsISO8601({ strict: true }, { message: '上课时间格式不正确' })
  startsAt!: string;
  @ApiProperty({ example: '2026-06-01T04:00:00Z' })
  @Label('下课时间')
  @IsISO8601({ strict: true }, { message: '下课时间格式不正确' })
  endsAt!: string;
}

export class TrainingCourseDto implements TrainingCourseRequest {
  @ApiProperty()
  @Label('课程名称')
  @IsString()
  @IsNotEmpty({ message: '请填写课程名称' })
  @MaxLength(128)
  title!: string;
  @ApiProperty({ enum: TrainingCourseType })
  @Label('培训类型')
  @IsEnum(TrainingCourseType, { message: '培训类型应为技能、转岗或创业' })
  type!: TrainingCourseType;
  @ApiPropertyOptional({ default: false }) @Label('家政服务') @Optional() @IsBoolean() domesticService?: boolean;
  @ApiProperty()
  @Label('主办单位')
  @IsString()
  @IsNotEmpty({ message: '请填写主办单位' })
  @MaxLength(128)
  organiser!: string;
  @ApiPropertyOptional() @Label('培训基地') @Nullable() @IsInt() @Min(1) baseId?: number | null;
  @ApiProperty() @Label('所在地区') @IsString() @IsNotEmpty() @MaxLength(12) regionCode!: string;
  @ApiProperty()
  @Label('培训地点')
  @IsString()
  @IsNotEmpty({ message: '请填写培训地点' })
  @MaxLength(255)
  venue!: string;
  @ApiProperty() @Label('纬度') @IsNumber() @Min(-90) @Max(90) latitude!: number;
  @ApiProperty() @Label('经度') @IsNumber() @Min(-180) @Max(180) longitude!: number;
  @ApiProperty() @Label('名额') @IsInt() @Min(1, { message: '名额至少为 1' }) @Max(10_000) capacity!: number;
  @ApiPropertyOptional({ type: [String] })
  @Label('培训对象')
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(32, { each: true, message: '每个培训对象不超过 32 个字' })
  targetGroups?: string[];
  @ApiPropertyOptional({ type: [Number] })
  @Label('授课教师')
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true, message: '授课教师编号必须是整数' })
  trainerIds?: number[];
  @ApiPropertyOptional({ default: 80 })
  @Label('结业出勤率（%）')
  @Optional()
  @IsInt()
  @Min(1, { message: '结业出勤率应在 1–100 之间' })
  @Max(100, { message: '结业出勤率应在 1–100 之间' })
  completionThreshold?: number;
  @ApiPropertyOptional({ description: 'metres; null: no distance check' })
  @Label('签到范围（米）')
  @Nullable()
  @IsInt()
  @Min(20, { message: '签到范围至少 20 米' })
  @Max(50_000)
  checkInRadiusMeters?: number | null;
  @ApiPropertyOptional({ default: 10 })
  @Label('迟到判定（分钟）')
  @Optional()
  @IsInt()
  @Min(0)
  @Max(240)
  lateAfterMinutes?: number;
  @ApiProperty({ example: '2026-06-01' })
  @Label('开课日期')
  @Rule(FIELD_RULES.date)
  startsOn!: string;
  @ApiProperty({ example: '2026-06-10' })
  @Label('结课日期')
  @Rule(FIELD_RULES.date)
  endsOn!: string;
  @OptionalText('课程介绍', 4000) description?: string;
  @ApiProperty({ type: [TrainingSessionDto] })
  @Label('课次')
  @IsArray()
  @ArrayMinSize(1, { message: '请至少安排一次课' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TrainingSessionDto)
  sessions!: TrainingSessionDto[];
}

/** The filters every list of courses (and of what came of them) shares: type, 家政, region, keyword. */
class CourseFiltersDto extends PageQueryDto {
  @OptionalEnum(TrainingCourseType, '培训类型') type?: TrainingCourseType;
  @QueryFlag('家政服务') domesticService?: boolean;
  @QueryRegion() regionCode?: string;
  @QueryKeyword(32) keyword?: string;
}

export class TrainingCourseQueryDto extends CourseFiltersDto {
  @OptionalYear('年度', 2020) year?: number;
  @OptionalEnum(TrainingCoursePhase, '课程状态') phase?: TrainingCoursePhase;
}

export class OpenCourseQueryDto extends CourseFiltersDto {
  @QueryCoordinate('lat') lat?: number;
  @QueryCoordinate('lng') lng?: number;
}

export class EnrolmentDto implements EnrolmentRequest {
  @ApiPropertyOptional({ description: 'Staff and HR: the worker to enrol' })
  @Label('职工')
  @Optional()
  @IsInt()
  @Min(1)
  workerId?: number;
}

export class CheckInDto implements CheckInRequest {
  @OptionalText('签到二维码', 128, { description: 'The scanned QR token' }) token?: string;
  @ApiPropertyOptional() @Label('课次') @Optional() @IsInt() @Min(1) sessionId?: number;
  @ApiPropertyOptional({ description: 'The 6 digits under the QR' })
  @Label('签到码')
  @Optional()
  @IsString()
  @Rule(FIELD_RULES.sixDigits)
  shortCode?: string;
  @ApiPropertyOptional() @Label('纬度') @Optional() @IsNumber() @Min(-90) @Max(90) lat?: number;
  @ApiPropertyOptional() @Label('经度') @Optional() @IsNumber() @Min(-180) @Max(180) lng?: number;
}

export class RosterMarkDto implements RosterMarkInput {
  @ApiProperty() @Label('标记编号') @IsUUID('all', { message: '标记编号应为 UUID' }) clientId!: string;
  @ApiProperty() @Label('职工') @IsInt() @Min(1) workerId!: number;
  @ApiProperty({ enum: AttendanceStatus })
  @Label('考勤状态')
  @IsEnum(AttendanceStatus, { message: '考勤状态应为出勤、迟到、缺勤或请假' })
  status!: AttendanceStatus;
  @ApiProperty() @Label('标记时间') @IsISO8601({ strict: true }, { message: '标记时间格式不正确' }) markedAt!: string;
}

export class RosterSyncDto implements RosterSyncRequest {
  @ApiProperty({ type: [RosterMarkDto] })
  @Label('考勤标记')
  @IsArray()
  @ArrayMinSize(1, { message: '没有要同步的考勤标记' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RosterMarkDto)
  marks!: RosterMarkDto[];
}

export class TrainingBaseCriterionDto {
  @ApiProperty()
  @Label('情况说明')
  @IsString()
  @IsNotEmpty({ message: '请说明具备的条件' })
  @MaxLength(2000)
  description!: string;
  @ApiProperty({ type: [String] })
  @Label('佐证材料')
  @IsArray()
  @ArrayMinSize(1, { message: '请上传至少一份佐证材料' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: '佐证材料编号不正确' })
  evidence!: string[];
}

export class TrainingBaseCriteriaDto implements TrainingBaseCriteria {
  @ApiProperty({ type: TrainingBaseCriterionDto })
  @Label('有场地')
  @ValidateNested()
  @Type(() => TrainingBaseCriterionDto)
  @IsDefined({ message: '请填写“有场地”的情况和佐证' })
  site!: TrainingBaseCriterionDto;
  @ApiProperty({ type: TrainingBaseCriterionDto })
  @Label('有设施')
  @ValidateNested()
  @Type(() => TrainingBaseCriterionDto)
  @IsDefined({ message: '请填写“有设施”的情况和佐证' })
  facilities!: TrainingBaseCriterionDto;
  @ApiProperty({ type: TrainingBaseCriterionDto })
  @Label('有师资')
  @ValidateNested()
  @Type(() => TrainingBaseCriterionDto)
  @IsDefined({ message: '请填写“有师资”的情况和佐证' })
  teachers!: TrainingBaseCriterionDto;
  @ApiProperty({ type: TrainingBaseCriterionDto })
  @Label('有培训')
  @ValidateNested()
  @Type(() => TrainingBaseCriterionDto)
  @IsDefined({ message: '请填写“有培训”的情况和佐证' })
  training!: TrainingBaseCriterionDto;
}

export class TrainingBaseDto implements TrainingBaseRequest {
  @ApiProperty()
  @Label('基地名称')
  @IsString()
  @IsNotEmpty({ message: '请填写基地名称' })
  @MaxLength(128)
  name!: string;
  @ApiProperty({ enum: TrainingBaseKind })
  @Label('申报单位类型')
  @IsEnum(TrainingBaseKind, { message: '申报单位类型取值不正确' })
  kind!: TrainingBaseKind;
  @ApiPropertyOptional() @Label('帮扶中心') @Nullable() @IsInt() @Min(1) centerId?: number | null;
  @ApiProperty() @Label('所在地区') @IsString() @IsNotEmpty() @MaxLength(12) regionCode!: string;
  @ApiProperty() @Label('地址') @IsString() @IsNotEmpty({ message: '请填写地址' }) @MaxLength(255) address!: string;
  @ApiProperty()
  @Label('联系人')
  @IsString()
  @IsNotEmpty({ message: '请填写联系人' })
  @MaxLength(64)
  contactName!: string;
  @ApiProperty()
  @Label('联系电话')
  @IsString()
  @Rule(FIELD_RULES.contactPhone)
  contactPhone!: string;
  @ApiProperty({ type: TrainingBaseCriteriaDto })
  @Label('认定条件')
  @IsDefined({ message: '请填写四项认定条件' })
  @ValidateNested()
  @Type(() => TrainingBaseCriteriaDto)
  criteria!: TrainingBaseCriteriaDto;
}

export class TrainingBaseQueryDto extends PageQueryDto {
  @OptionalEnum(TrainingBaseStatus, '状态') status?: TrainingBaseStatus;
  @OptionalInt('认定年度', { min: 2020, max: 2100 }) year?: number;
  @QueryRegion() regionCode?: string;
}

export class AccreditDto implements AccreditRequest {
  @ApiPropertyOptional() @Label('计入年度') @Optional() @IsInt() @Min(2020) @Max(2100) year?: number;
  @OptionalText('认定意见', 500) comment?: string;
}

export class RefuseBaseDto implements RefuseBaseRequest {
  @ApiProperty()
  @Label('不予认定理由')
  @IsString()
  @IsNotEmpty({ message: '请填写不予认定的理由' })
  @MaxLength(500)
  reason!: string;
}

export class TrainingBaseSubsidyDto implements TrainingBaseSubsidyRequest {
  @ApiProperty() @Label('年度') @IsInt() @Min(2020) @Max(2100) year!: number;
  @ApiProperty({ description: 'fen' })
  @Label('补助金额（分）')
  @IsInt({ message: '补助金额须为整数（分）' })
  @Min(1)
  @Max(10_000_000_000)
  amountFen!: number;
  @ApiProperty() @Label('用途') @IsString() @IsNotEmpty({ message: '请填写补助用途' }) @MaxLength(255) purpose!: string;
}

export class OnlineLearningLogDto implements OnlineLearningLogRequest {
  @ApiProperty()
  @Label('学习内容编号')
  @IsString()
  @Matches(/^[A-Za-z0-9_.:-]{1,128}$/, { message: '学习内容编号只能是字母、数字和 _ . : -' })
  itemKey!: string;
  @ApiProperty() @Label('学习内容') @IsString() @IsNotEmpty() @MaxLength(255) itemTitle!: string;
  @ApiProperty() @Label('学习时长（分钟）') @IsInt() @Min(1) @Max(1440) durationMinutes!: number;
  @ApiPropertyOptional()
  @Label('学习日期')
  @Optional()
  @Rule(FIELD_RULES.date)
  studiedOn?: string;
}

export class TrainingDashboardQueryDto {
  @OptionalYear('年度', 2020) year?: number;
  @QueryRegion() regionCode?: string;
}

export class TrainingCompletionQueryDto extends CourseFiltersDto implements TrainingCompletionQuery {
  @OptionalYear('年度', 2020) year?: number;
  @OptionalInt('课程', { min: 1 }) courseId?: number;
}

export class OnlineLearningQueryDto extends PageQueryDto implements OnlineLearningQuery {
  @OptionalYear('年度', 2020) year?: number;
  @QueryRegion() regionCode?: string;
  @OptionalEnum(OnlineLearningChannel, '记录来源') channel?: OnlineLearningChannel;
  @QueryKeyword(32) keyword?: string;
  @OptionalText('学习内容', 64) item?: string;
}

export class TrainerQueryDto {
  @QueryKeyword(32) keyword?: string;
}

export class EmployeeQueryDto extends PageQueryDto {
  @QueryKeyword(32) keyword?: string;
}

export class NominationQueryDto extends PageQueryDto implements NominationQuery {
  @OptionalEnum(EnrolmentStatus, '报名状态') status?: EnrolmentStatus;
  @QueryKeyword(32) keyword?: string;
}
