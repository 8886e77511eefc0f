import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmploymentOutcome } from '../outcomes/outcome.entity';
import { Worker } from '../workers/worker.entity';
import { WorkersModule } from '../workers/workers.module';
import { CalendarModule } from '../calendar/calendar.module';
import { AidApplication, AidApplicationEvent, AidProgram, AidPublicity, AidRegionQuotaRow } from './aid.entities';
import { AidApplicationsService } from './aid-applications.service';
import { AidProgramsService } from './aid-programs.service';
import { AidWorkflowService } from './aid-workflow.service';
import { AidScheduledJobs } from './aid-scheduled-jobs';
import {
  AidApplicationsController,
  AidDashboardController,
  AidProgramsController,
  AidPublicitiesController,
  MyAidController,
} from './aid.controllers';

/** The 221 programme (SPEC §4). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      AidProgram,
      AidRegionQuotaRow,
      AidPublicity,
      AidApplication,
      AidApplicationEvent,
      EmploymentOutcome,
      Worker,
    ]),
    WorkersModule,
    CalendarModule,
  ],
  controllers: [
    AidProgramsController,
    AidDashboardController,
    MyAidController,
    AidApplicationsController,
    AidPublicitiesController,
  ],
  providers: [AidProgramsService, AidApplicationsService, AidWorkflowService, AidScheduledJobs],
})
export class AidModule {}
