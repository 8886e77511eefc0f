import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkingDays } from '../common/working-days';
import { HolidayCalendarController } from './calendar.controller';
import { HolidayCalendar } from './holiday-calendar.entity';
import { HolidayCalendarService } from './holiday-calendar.service';

/** The legal calendar and the working days every deadline counts with. */
@Module({
  imports: [TypeOrmModule.forFeature([HolidayCalendar])],
  controllers: [HolidayCalendarController],
  providers: [WorkingDays, HolidayCalendarService],
  exports: [WorkingDays],
})
export class CalendarModule {}
