import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { SchedulerModule } from '../scheduler/scheduler.module';
import { WarningModule } from '../warning/warning.module';
import { MonthlyReport } from './monthly-report.entity';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** 月报: the monthly report of each union, prepared by the scheduler, written and signed off by staff. */
@Module({
  imports: [TypeOrmModule.forFeature([MonthlyReport]), DashboardModule, WarningModule, CalendarModule, SchedulerModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
