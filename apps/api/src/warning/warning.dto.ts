import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DemandCategory, WarningThresholds } from '@steadywork/shared';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../common/pagination';
import { Label, Nullable, Optional } from '../common/validation';

const MAX = 1_000_000;

/** A threshold: a whole number ≥ 1, or null for none. */
function Threshold(label: string): PropertyDecorator {
  const message = `${label}阈值应为 1 至 ${MAX} 的整数，不设阈值请留空`;
  const decorators = [
    ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: MAX }),
    Label(`${label}阈值`),
    Nullable(),
    IsInt({ message }),
    Min(1, { message }),
    Max(MAX, { message }),
  ];
  return (target, key) => decorators.forEach((d) => d(target, key));
}

export class OpenDemandThresholdsDto implements Record<DemandCategory, number | null> {
  @Threshold('拖欠工资诉求') WAGES_OWED!: number | null;
  @Threshold('劳动合同诉求') CONTRACT!: number | null;
  @Threshold('社会保险诉求') SOCIAL_INSURANCE!: number | null;
  @Threshold('工伤诉求') WORK_INJURY!: number | null;
  @Threshold('新就业形态劳动者权益诉求') NEW_FORMS_OF_WORK!: number | null;
  @Threshold('生活困难诉求') HARDSHIP!: number | null;
  @Threshold('其他诉求') OTHER!: number | null;
}

export class WarningThresholdsDto implements WarningThresholds {
  @Threshold('裁员备案数') layoffFilings!: number | null;
  @Threshold('裁减人数') laidOffWorkers!: number | null;
  @Threshold('在册失业人员') registeredUnemployed!: number | null;
  @Threshold('在册下岗职工') laidOffTagged!: number | null;
  @Threshold('未办结诉求') openDemands!: number | null;

  @ApiPropertyOptional({ type: OpenDemandThresholdsDto, description: 'Per category; a category left out has none' })
  @Label('分类诉求阈值')
  @Optional()
  @IsObject({ message: '分类诉求阈值格式不正确' })
  @ValidateNested()
  @Type(() => OpenDemandThresholdsDto)
  openDemandsByCategory!: OpenDemandThresholdsDto;
}

export class WarningMonthQueryDto {
  @ApiPropertyOptional({ description: 'Year (default: this year, Asia/Shanghai)' })
  @Label('年份')
  @Optional()
  @Type(() => Number)
  @IsInt({ message: '年份应为 2000 至 2100 的整数' })
  @Min(2000, { message: '年份应为 2000 至 2100 的整数' })
  @Max(2100, { message: '年份应为 2000 至 2100 的整数' })
  year?: number;

  @ApiPropertyOptional({ description: 'Month 1–12 (default: this month, Asia/Shanghai)' })
  @Label('月份')
  @Optional()
  @Type(() => Number)
  @IsInt({ message: '月份应为 1 至 12 的整数' })
  @Min(1, { message: '月份应为 1 至 12 的整数' })
  @Max(12, { message: '月份应为 1 至 12 的整数' })
  month?: number;
}

export class RelapseRiskQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @Label('地区')
  @Optional()
  @IsString()
  @MaxLength(12)
  @Matches(/^\d{6,12}$/, { message: '地区代码不正确' })
  regionCode?: string;
}
