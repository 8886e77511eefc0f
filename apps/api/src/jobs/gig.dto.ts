import { OptionalEnum, QueryKeyword, QueryRegion } from '../common/query-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GigJobStatus,
  GigPayKind,
  type CaseworkerAssignmentRequest,
  type GigJobRequest,
  type GigModeRequest,
} from '@steadywork/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../common/pagination';
import { Label, Nullable } from '../common/validation';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class GigJobDto implements GigJobRequest {
  @ApiProperty() @Label('零工名称') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(64) title!: string;
  @ApiProperty({ type: [String] })
  @Label('工种')
  @Transform(trimAll)
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一个工种' })
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(16, { each: true })
  kinds!: string[];
  @ApiProperty({ example: '2026-12-10' })
  @Label('开工日期')
  @Matches(DATE, { message: '开工日期格式应为 YYYY-MM-DD' })
  startsOn!: string;
  @ApiProperty() @Label('用工天数') @IsInt() @Min(1) @Max(90) days!: number;
  @ApiPropertyOptional() @Label('每天工时') @Nullable() @IsInt() @Min(1) @Max(12) hoursPerDay?: number | null;
  @ApiProperty({ enum: GigPayKind })
  @Label('计酬方式')
  @IsEnum(GigPayKind, { message: '计酬方式取值不正确' })
  payKind!: GigPayKind;
  @ApiProperty({ description: 'fen a day or a piece' })
  @Label('报酬')
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  payFen!: number;
  @ApiPropertyOptional() @Label('计件单位') @Nullable() @IsString() @MaxLength(16) pieceUnit?: string | null;
  @ApiProperty() @Label('招工人数') @IsInt() @Min(1) @Max(1000) headcount!: number;
  @ApiProperty()
  @Label('工作地区')
  @Matches(/^\d{6}$/, { message: '工作地区应为 6 位县级行政区划代码' })
  regionCode!: string;
  @ApiProperty() @Label('工作地点') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(255) address!: string;
  @ApiProperty() @Label('纬度') @IsNumber() @Min(-90) @Max(90) latitude!: number;
  @ApiProperty() @Label('经度') @IsNumber() @Min(-180) @Max(180) longitude!: number;
  @ApiProperty() @Label('联系人') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(32) contactName!: string;
  @ApiProperty()
  @Label('联系电话')
  @Matches(/^[0-9+\-() ]{5,32}$/, { message: '联系电话格式不正确' })
  contactPhone!: string;
  @ApiPropertyOptional() @Label('说明') @Nullable() @IsString() @MaxLength(500) description?: string | null;
}

export class GigQueryDto extends PageQueryDto {
  @OptionalEnum(GigJobStatus, '状态') status?: GigJobStatus;
  @QueryKeyword() keyword?: string;
  @QueryRegion() regionCode?: string;
}

export class GigModeDto implements GigModeRequest {
  @ApiProperty() @Label('零工模式') @IsBoolean() available!: boolean;
  @ApiProperty({ type: [String] })
  @Label('工种')
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(16, { each: true })
  kinds!: string[];
  @ApiPropertyOptional()
  @Label('找活地区')
  @Nullable()
  @Matches(/^\d{6}$/, { message: '找活地区应为 6 位县级行政区划代码' })
  regionCode?: string | null;
}

export class CaseworkerAssignmentDto implements CaseworkerAssignmentRequest {
  @ApiProperty() @Label('责任人') @IsInt() @Min(1) staffId!: number;
}

export class MyPeopleQueryDto extends PageQueryDto {
  @QueryKeyword() keyword?: string;
}

export class CaseworkerOptionsQueryDto {
  @ApiProperty() @Label('职工') @Type(() => Number) @IsInt() @Min(1) workerId!: number;
}
