import { OptionalEnum, OptionalInt, OptionalText, QueryFlag, QueryKeyword, QueryRegion } from '../common/query-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DemandCategory,
  DemandStatus,
  DemandTransferTarget,
  type DemandCloseInput,
  type DemandInput,
  type DemandNoteInput,
  type DemandRatingInput,
  type DemandSettings,
  type DemandTransferInput,
  type HotlineDemandInput,
} from '@steadywork/shared';

import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../common/pagination';
import { PeriodDay } from '../common/period';
import { Label, Nullable, Optional } from '../common/validation';

const NOT_BLANK = /\S/;

export class DemandDto implements DemandInput {
  @ApiProperty({ enum: DemandCategory })
  @Label('诉求类别')
  @IsEnum(DemandCategory, { message: '诉求类别取值不正确' })
  category!: DemandCategory;

  @ApiPropertyOptional({ description: 'An employer of the registry' })
  @Label('所在单位')
  @Nullable()
  @IsInt({ message: '所在单位编号不正确' })
  @Min(1, { message: '所在单位编号不正确' })
  employerId?: number | null;

  @ApiPropertyOptional({ description: 'The employer as the worker names it' })
  @Label('单位名称')
  @Nullable()
  @IsString()
  @MaxLength(128, { message: '单位名称不能超过 128 个字' })
  employerName?: string | null;

  @ApiProperty()
  @Label('诉求内容')
  @IsString({ message: '请填写诉求内容' })
  @IsNotEmpty({ message: '请填写诉求内容' })
  @Matches(NOT_BLANK, { message: '请填写诉求内容' })
  @MaxLength(2000, { message: '诉求内容不能超过 2000 个字' })
  description!: string;

  @ApiPropertyOptional({ type: [String] })
  @Label('附件')
  @Optional()
  @IsArray()
  @ArrayMaxSize(9, { message: '附件最多 9 个' })
  @IsUUID('all', { each: true, message: '附件编号不正确' })
  attachments?: string[];
}

export class HotlineDemandDto extends DemandDto implements HotlineDemandInput {
  @ApiProperty() @Label('职工') @IsInt({ message: '请选择职工' }) @Min(1, { message: '请选择职工' }) workerId!: number;
}

export class DemandNoteDto implements DemandNoteInput {
  @ApiProperty()
  @Label('办理记录')
  @IsString({ message: '请填写办理记录' })
  @Matches(NOT_BLANK, { message: '请填写办理记录' })
  @MaxLength(2000)
  note!: string;
}

export class DemandTransferDto implements DemandTransferInput {
  @ApiProperty({ enum: DemandTransferTarget })
  @Label('转办去向')
  @IsEnum(DemandTransferTarget, { message: '转办去向取值不正确' })
  target!: DemandTransferTarget;

  @ApiPropertyOptional()
  @Label('转办工会')
  @ValidateIf((o: DemandTransferDto) => o.target === DemandTransferTarget.UNION)
  @IsString({ message: '请选择转办的工会' })
  @IsNotEmpty({ message: '请选择转办的工会' })
  @MaxLength(12)
  regionCode?: string;

  @ApiPropertyOptional()
  @Label('法律援助中心')
  @Optional()
  @IsInt({ message: '服务中心编号不正确' })
  centerId?: number;

  @ApiProperty()
  @Label('转办说明')
  @IsString({ message: '请填写转办说明' })
  @Matches(NOT_BLANK, { message: '请填写转办说明' })
  @MaxLength(2000)
  note!: string;
}

export class DemandCloseDto implements DemandCloseInput {
  @ApiProperty()
  @Label('办结结果')
  @IsString({ message: '请填写办结结果' })
  @Matches(NOT_BLANK, { message: '请填写办结结果' })
  @MaxLength(2000)
  result!: string;
}

export class DemandRatingDto implements DemandRatingInput {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @Label('评分')
  @IsInt({ message: '评分为 1 至 5 星' })
  @Min(1, { message: '评分为 1 至 5 星' })
  @Max(5, { message: '评分为 1 至 5 星' })
  rating!: number;
  @OptionalText('评价', 500) comment?: string;
}

export class DemandSettingsDto implements DemandSettings {
  @ApiProperty({ minimum: 1, maximum: 30 })
  @Label('办理时限（工作日）')
  @IsInt({ message: '办理时限应为 1 至 30 个工作日' })
  @Min(1, { message: '办理时限应为 1 至 30 个工作日' })
  @Max(30, { message: '办理时限应为 1 至 30 个工作日' })
  deadlineWorkingDays!: number;
}

export class DemandQueryDto extends PageQueryDto {
  @OptionalEnum(DemandStatus, '状态') status?: DemandStatus;

  @OptionalEnum(DemandCategory, '诉求类别') category?: DemandCategory;

  @QueryRegion() regionCode?: string;

  @QueryFlag('超时') late?: boolean;

  @QueryKeyword(32) keyword?: string;

  @QueryFlag('未办结', { description: 'true: not closed (待受理, 办理中, 已转办)' }) open?: boolean;

  @PeriodDay('提交日期起') filedFrom?: string;
  @PeriodDay('提交日期止') filedTo?: string;
  @PeriodDay('办结日期起') closedFrom?: string;
  @PeriodDay('办结日期止') closedTo?: string;

  @OptionalInt('起始编号', { min: 1 }, { description: 'Keyset paging: rows with a smaller id' }) beforeId?: number;
}
