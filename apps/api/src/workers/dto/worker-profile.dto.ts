import { OptionalEnum } from '../../common/query-fields';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  ArchiveStatus,
  ConfirmRegistrationRequest,
  Education,
  EmploymentStatus,
  ETHNICITIES,
  MyProfileRequest,
  WorkerProfileInput,
  WorkerQuery,
  WorkerTag,
  FIELD_RULES,
} from '@steadywork/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  Equals,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { inheritLabels, Label, Nullable, Optional, Rule } from '../../common/validation';
import { IsMobile, IsResidentId } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upperTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** The real-name registration fields, shared by the worker's own form and the console's. */
export class WorkerProfileDto implements WorkerProfileInput {
  @ApiProperty({ example: '张三' })
  @Label('姓名')
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Rule(FIELD_RULES.personName)
  name!: string;

  @ApiProperty({ example: '11010519491231002X', description: '18 characters, GB 11643 check digit' })
  @Label('身份证号码')
  @Transform(upperTrim)
  @IsString()
  @IsNotEmpty()
  @IsResidentId()
  idNumber!: string;

  @ApiProperty({ example: '13812345678' })
  @Label('手机号码')
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @IsMobile()
  phone!: string;

  @ApiProperty({ example: '630102', description: 'County-level region code (GB/T 2260)' })
  @Label('所在地区')
  @IsString()
  @Rule(FIELD_RULES.regionCode, '所在地区应为 6 位县级行政区划代码')
  regionCode!: string;

  @ApiPropertyOptional({ example: '汉族' })
  @Label('民族')
  @Nullable()
  @IsIn(ETHNICITIES as string[], { message: '民族取值不正确' })
  ethnicity?: string | null;

  @ApiPropertyOptional()
  @Label('工作单位')
  @Nullable()
  @Transform(trim)
  @IsString()
  @MaxLength(128)
  employer?: string | null;

  @ApiPropertyOptional({ description: 'The employer picked from the registry (GET /jobs/employers/options)' })
  @Label('工作单位')
  @Nullable()
  @IsInt()
  @Min(1)
  employerId?: number | null;

  @ApiPropertyOptional()
  @Label('是否工会会员')
  @Optional()
  @IsBoolean()
  unionMember?: boolean;

  @ApiProperty({ enum: EmploymentStatus })
  @Label('就业状态')
  @IsEnum(EmploymentStatus, { message: '就业状态取值不正确' })
  employmentStatus!: EmploymentStatus;

  @ApiPropertyOptional({ enum: Education })
  @Label('文化程度')
  @Nullable()
  @IsEnum(Education, { message: '文化程度取值不正确' })
  education?: Education | null;

  @ApiPropertyOptional({ type: [String] })
  @Label('技能')
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  skills?: string[];

  @ApiPropertyOptional()
  @Label('就业意向')
  @Nullable()
  @IsString()
  @MaxLength(255)
  employmentIntention?: string | null;

  @ApiPropertyOptional()
  @Label('培训需求')
  @Nullable()
  @IsString()
  @MaxLength(255)
  trainingNeeds?: string | null;

  @ApiPropertyOptional({ enum: WorkerTag, isArray: true })
  @Label('人员标签')
  @Optional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(WorkerTag, { each: true, message: '人员标签取值不正确' })
  tags?: WorkerTag[];
}

/** The worker's own form: ID number and phone may be left out when editing a registered record. */
export class MyProfileDto
  extends OmitType(WorkerProfileDto, ['idNumber', 'phone'] as const)
  implements MyProfileRequest
{
  @ApiPropertyOptional({ description: 'Required to register; when editing, leave out (or give the registered one)' })
  @Label('身份证号码')
  @Optional()
  @Transform(upperTrim)
  @IsString()
  @IsResidentId()
  idNumber?: string;

  @ApiPropertyOptional({ description: 'Required to register; when editing, leave out to keep it' })
  @Label('手机号码')
  @Optional()
  @Transform(trim)
  @IsString()
  @IsMobile()
  phone?: string;

  @ApiProperty({ description: 'Agreement to the privacy notice: must be true' })
  @Label('隐私政策同意')
  @IsBoolean()
  @Equals(true, { message: '请阅读并同意隐私政策后再提交' })
  consent!: boolean;
}
inheritLabels(MyProfileDto, WorkerProfileDto);

export class UpdateWorkerDto {
  @ApiPropertyOptional()
  @Label('姓名')
  @Optional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  name?: string;
  @ApiPropertyOptional() @Label('手机号码') @Optional() @Transform(trim) @IsMobile() phone?: string;
  @ApiPropertyOptional()
  @Label('所在地区')
  @Optional()
  @Rule(FIELD_RULES.regionCode, '所在地区应为 6 位县级行政区划代码')
  regionCode?: string;
  @ApiPropertyOptional()
  @Label('民族')
  @Nullable()
  @IsIn(ETHNICITIES as string[], { message: '民族取值不正确' })
  ethnicity?: string | null;
  @ApiPropertyOptional() @Label('工作单位') @Nullable() @IsString() @MaxLength(128) employer?: string | null;
  @ApiPropertyOptional() @Label('工作单位') @Nullable() @IsInt() @Min(1) employerId?: number | null;
  @ApiPropertyOptional() @Label('是否工会会员') @Optional() @IsBoolean() unionMember?: boolean;
  @OptionalEnum(EmploymentStatus, '就业状态') employmentStatus?: EmploymentStatus;
  @ApiPropertyOptional({ enum: Education })
  @Label('文化程度')
  @Nullable()
  @IsEnum(Education, { message: '文化程度取值不正确' })
  education?: Education | null;
  @ApiPropertyOptional({ type: [String] })
  @Label('技能')
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  skills?: string[];
  @ApiPropertyOptional() @Label('就业意向') @Nullable() @IsString() @MaxLength(255) employmentIntention?: string | null;
  @ApiPropertyOptional() @Label('培训需求') @Nullable() @IsString() @MaxLength(255) trainingNeeds?: string | null;
  @ApiPropertyOptional({ enum: WorkerTag, isArray: true })
  @Label('人员标签')
  @Optional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(WorkerTag, { each: true, message: '人员标签取值不正确' })
  tags?: WorkerTag[];
}

export class WorkerQueryDto extends PageQueryDto implements WorkerQuery {
  @ApiPropertyOptional({ description: 'A region code: that region and everything under it' })
  @Label('地区')
  @Optional()
  @Rule(FIELD_RULES.regionCode)
  regionCode?: string;

  @OptionalEnum(WorkerTag, '人员标签') tag?: WorkerTag;

  @OptionalEnum(EmploymentStatus, '就业状态') employmentStatus?: EmploymentStatus;

  @OptionalEnum(ArchiveStatus, '建档状态') archiveStatus?: ArchiveStatus;

  @ApiPropertyOptional({ description: 'Name (substring) or the last 4 characters of the ID number' })
  @Label('关键字')
  @Optional()
  @Transform(trim)
  @IsString()
  @MaxLength(64)
  keyword?: string;
}

export class ConfirmRegistrationDto implements ConfirmRegistrationRequest {
  @ApiProperty({ description: 'The 6-digit code sent by SMS' })
  @Label('验证码')
  @IsString()
  @Rule(FIELD_RULES.sixDigits, '请输入短信中的 6 位数字验证码')
  code!: string;
}
