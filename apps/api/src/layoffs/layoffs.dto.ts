import { OptionalEnum, QueryFlag, QueryKeyword, QueryRegion } from '../common/query-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LAYOFF_WORKER_TAGS,
  LayoffStatus,
  WorkerTag,
  type LayoffFilingQuery,
  type LayoffFilingRequest,
  type LayoffReturnRequest,
  type LayoffSettlementRequest,
  type LayoffStepRequest,
  type LayoffWorkerRequest,
  FIELD_RULES,
} from '@steadywork/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../common/pagination';
import { PeriodDay } from '../common/period';
import { Label, Nullable, Optional, Rule } from '../common/validation';
import { IsMobile, IsResidentId } from '../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upperTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const MAX_FEN = 2_000_000_000;

export class LayoffFilingDto implements LayoffFilingRequest {
  @ApiPropertyOptional({ description: 'Union staff filing on the company’s behalf; HR leave it out' })
  @Label('企业')
  @Optional()
  @IsInt()
  @Min(1)
  employerId?: number;

  @ApiProperty() @Label('职工总数') @IsInt() @Min(1) @Max(10_000_000) totalWorkforce!: number;

  @ApiProperty() @Label('裁减人数') @IsInt() @Min(1) @Max(10_000_000) layoffCount!: number;

  @ApiProperty()
  @Label('裁员理由')
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reasons!: string;

  @ApiProperty({ example: '2027-01-10' })
  @Label('计划裁员日期')
  @IsString()
  @Rule(FIELD_RULES.date)
  plannedDate!: string;

  @ApiProperty({ example: '2026-12-01' })
  @Label('向工会和职工说明情况日期')
  @IsString()
  @Rule(FIELD_RULES.date)
  noticeDate!: string;
}

export class LayoffStepDto implements LayoffStepRequest {
  @ApiProperty({ example: '2026-12-05' })
  @Label('办理日期')
  @IsString()
  @Rule(FIELD_RULES.date)
  date!: string;

  @ApiProperty({ description: 'An uploaded file (POST /files)' })
  @Label('证明材料')
  @IsString()
  @IsNotEmpty({ message: '请上传证明材料' })
  @MaxLength(64)
  fileId!: string;

  @ApiPropertyOptional() @Label('说明') @Optional() @Transform(trim) @IsString() @MaxLength(500) note?: string;

  @ApiPropertyOptional() @Label('到会人数') @Optional() @IsInt() @Min(1) @Max(100_000) present?: number;
  @ApiPropertyOptional() @Label('赞成票') @Optional() @IsInt() @Min(0) @Max(100_000) votesFor?: number;
  @ApiPropertyOptional() @Label('反对票') @Optional() @IsInt() @Min(0) @Max(100_000) votesAgainst?: number;
}

export class LayoffReturnDto implements LayoffReturnRequest {
  @ApiProperty()
  @Label('退回理由')
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: '请填写退回理由' })
  @MaxLength(255)
  reason!: string;
}

export class LayoffFilingQueryDto extends PageQueryDto implements LayoffFilingQuery {
  @QueryRegion() regionCode?: string;
  @OptionalEnum(LayoffStatus, '状态') status?: LayoffStatus;
  @QueryFlag('仅看预警') flagged?: boolean;
  @QueryKeyword() keyword?: string;
  @PeriodDay('备案日期起') filedFrom?: string;
  @PeriodDay('备案日期止') filedTo?: string;
}

export class LayoffSettlementDto implements LayoffSettlementRequest {
  @ApiPropertyOptional({ description: 'fen; null: not yet assessed' })
  @Label('经济补偿金应付（分）')
  @Nullable()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  compensationOwedFen?: number | null;

  @ApiPropertyOptional()
  @Label('经济补偿金已付（分）')
  @Optional()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  compensationPaidFen?: number;
  @ApiPropertyOptional() @Label('拖欠工资（分）') @Optional() @IsInt() @Min(0) @Max(MAX_FEN) wageArrearsFen?: number;
  @ApiPropertyOptional() @Label('欠缴社保月数') @Optional() @IsInt() @Min(0) @Max(600) unpaidInsuranceMonths?: number;

  @ApiPropertyOptional()
  @Label('解除劳动合同证明出具日期')
  @Nullable()
  @IsString()
  @Rule(FIELD_RULES.date)
  certificateIssuedOn?: string | null;

  @ApiPropertyOptional()
  @Label('档案和社保关系转移日期')
  @Nullable()
  @IsString()
  @Rule(FIELD_RULES.date)
  transferredOn?: string | null;
}

export class LayoffWorkerDto extends LayoffSettlementDto implements LayoffWorkerRequest {
  @ApiProperty()
  @Label('姓名')
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Rule(FIELD_RULES.personName)
  name!: string;

  @ApiProperty() @Label('身份证号码') @Transform(upperTrim) @IsString() @IsNotEmpty() @IsResidentId() idNumber!: string;

  @ApiProperty() @Label('手机号码') @Transform(trim) @IsString() @IsNotEmpty() @IsMobile() phone!: string;

  @ApiPropertyOptional()
  @Label('所在县（区）')
  @Optional()
  @IsString()
  @Rule(FIELD_RULES.regionCode, '所在县（区）应为 6 位县级行政区划代码')
  regionCode?: string;

  @ApiPropertyOptional({ enum: LAYOFF_WORKER_TAGS })
  @Label('人员类别')
  @Optional()
  @IsIn(LAYOFF_WORKER_TAGS, { message: '人员类别应为：下岗职工、去产能分流职工' })
  tag?: WorkerTag;
}

export class LayoffWorkerQueryDto extends PageQueryDto {
  @QueryFlag('结算状态') settled?: boolean;
}
