import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CALENDAR_ADMIN_ROLES, type HolidayCalendarResponse, type HolidayCalendarStatus } from '@steadywork/shared';
import { CurrentStaff, Roles } from '../auth/access.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { DomainException } from '../common/domain.exception';
import { HolidayCalendarDto } from './calendar.dto';
import { HolidayCalendarService } from './holiday-calendar.service';
import { ApiResult } from '../openapi/api-result';

const YearPipe = new ParseIntPipe({
  exceptionFactory: () => DomainException.validation([{ field: 'year', message: '年度必须是整数' }]),
});

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendars')
export class HolidayCalendarController {
  constructor(private readonly calendars: HolidayCalendarService) {}

  @Get()
  @Roles(...CALENDAR_ADMIN_ROLES)
  @ApiOperation({ summary: 'The years of the legal calendar (法定节假日 and 调休), newest first' })
  @ApiResult('HolidayCalendarResponse', { array: true })
  list(): Promise<HolidayCalendarResponse[]> {
    return this.calendars.list();
  }

  @Get('status')
  @Roles(...CALENDAR_ADMIN_ROLES)
  @ApiOperation({ summary: 'Whether next year still lacks a calendar (from 1 December, Asia/Shanghai)' })
  @ApiResult('HolidayCalendarStatus')
  status(): Promise<HolidayCalendarStatus> {
    return this.calendars.status();
  }

  @Get(':year')
  @Roles(...CALENDAR_ADMIN_ROLES)
  @ApiResult('HolidayCalendarResponse')
  get(@Param('year', YearPipe) year: number): Promise<HolidayCalendarResponse> {
    return this.calendars.get(year);
  }

  @Put(':year')
  @Roles(...CALENDAR_ADMIN_ROLES)
  @ApiOperation({ summary: 'Enter a year from the State Council notice, or replace it as a whole (audited)' })
  @ApiResult('HolidayCalendarResponse')
  put(
    @Param('year', YearPipe) year: number,
    @Body() dto: HolidayCalendarDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<HolidayCalendarResponse> {
    return this.calendars.put(year, dto, staff);
  }
}
