import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { TrainingTargets, TrainingTargetsRequest } from '@steadywork/shared';
import { IsInt, IsObject, Max, Min } from 'class-validator';
import { Label, Nullable } from '../common/validation';

const MAX = 100_000_000;

/** A year's 151 targets: the province's four figures and optional city splits (checked by the service). */
export class TrainingTargetsDto implements TrainingTargetsRequest {
  @ApiProperty({ example: 10 }) @Label('认定培训基地目标') @IsInt() @Min(0) @Max(MAX) bases!: number;
  @ApiProperty({ example: 5000 }) @Label('培训结业目标') @IsInt() @Min(0) @Max(MAX) completions!: number;
  @ApiProperty({ example: 300 })
  @Label('家政服务培训结业目标')
  @IsInt()
  @Min(0)
  @Max(MAX)
  domesticServiceCompletions!: number;
  @ApiProperty({ example: 100_000 }) @Label('网上学习目标') @IsInt() @Min(0) @Max(MAX) onlineLearning!: number;
  @ApiPropertyOptional({
    description: 'city region code → { bases, completions, domesticServiceCompletions, onlineLearning }',
  })
  @Label('各市州分解')
  @Nullable()
  @IsObject()
  citySplits?: Record<string, TrainingTargets> | null;
}
