import { FIELD_RULES } from '@steadywork/shared';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HolidayCalendarRequest, HolidayRange } from '@steadywork/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Label, Optional, Rule } from '../common/validation';

const DATE = FIELD_RULES.date.pattern;

export class HolidayRangeDto implements HolidayRange {
  @ApiProperty({ example: '国庆节' })
  @Label('节日名称')
  @IsString()
  @IsNotEmpty({ message: '请填写节日名称' })
  @MaxLength(32)
  name!: string;
  @ApiProperty({ example: '2027-10-01' })
  @Label('放假开始日期')
  @Rule(FIELD_RULES.date)
  from!: string;
  @ApiProperty({ example: '2027-10-07' })
  @Label('放假结束日期')
  @Rule(FIELD_RULES.date)
  to!: string;
}

export class HolidayCalendarDto implements HolidayCalendarRequest {
  @ApiPropertyOptional({ example: '国办发明电〔2026〕12号' })
  @Label('通知文号')
  @Optional()
  @IsString()
  @MaxLength(128)
  notice?: string;
  @ApiProperty({ type: [HolidayRangeDto] })
  @Label('放假安排')
  @IsArray()
  @ArrayMinSize(1, { message: '请至少录入一个节日的放假安排' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => HolidayRangeDto)
  holidays!: HolidayRangeDto[];
  @ApiProperty({ type: [String], example: ['2027-09-26'] })
  @Label('调休上班日')
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(DATE, { each: true, message: '调休上班日格式应为 YYYY-MM-DD' })
  workdays!: string[];
}
