import { Module } from '@nestjs/common';
import { FiguresModule } from '../dashboard/figures.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { Organization } from '../organization/organization.entity';
import { EmploymentOutcome } from '../outcomes/outcome.entity';
import { Worker, WorkerTagRow } from '../workers/worker.entity';
import { WorkersModule } from '../workers/workers.module';
import { ApplicationsService } from './applications.service';
import { DemandListService } from './demand-list.service';
import { EmployersService } from './employers.service';
import {
  ApplicationsController,
  EmployersController,
  JobsDashboardController,
  MinWagesController,
  MyJobsController,
  PostingsController,
} from './jobs.controllers';
import { JobsDashboardService } from './jobs-dashboard.service';
import { JOB_ENTITIES } from './jobs.entities';
import { MatchingService } from './matching.service';
import { PostingsService } from './postings.service';
import { PushService } from './push.service';

/** Jobs (SPEC §7): employers, postings, matching, targeted push, referral → hire. */
@Module({
  imports: [
    FiguresModule,
    TypeOrmModule.forFeature([...JOB_ENTITIES, Organization, Worker, WorkerTagRow, EmploymentOutcome]),
    WorkersModule,
    NotificationsModule,
  ],
  controllers: [
    EmployersController,
    MinWagesController,
    PostingsController,
    ApplicationsController,
    MyJobsController,
    JobsDashboardController,
  ],
  providers: [
    EmployersService,
    PostingsService,
    MatchingService,
    PushService,
    ApplicationsService,
    JobsDashboardService,
    DemandListService,
  ],
})
export class JobsModule {}
