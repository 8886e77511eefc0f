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
import { GIG_ENTITIES, JOB_ENTITIES } from './jobs.entities';
import { JobEventsController, MyJobEventsController, PublicWelfareController } from './events.controller';
import { JOB_EVENT_ENTITIES } from './events.entities';
import { JobEventsService } from './events.service';
import { PublicWelfareService } from './public-welfare.service';
import { GigJobsController, MyGigController, OneToOneController } from './gig.controller';
import { GigService } from './gig.service';
import { OneToOneService } from './one-to-one.service';
import { StaffRole, StaffUser } from '../staff/staff-user.entity';
import { MatchingService } from './matching.service';
import { PostingsService } from './postings.service';
import { PushService } from './push.service';

/** Jobs (SPEC §7): employers, postings, matching, targeted push, referral → hire. */
@Module({
  imports: [
    FiguresModule,
    TypeOrmModule.forFeature([
      ...JOB_ENTITIES,
      ...JOB_EVENT_ENTITIES,
      ...GIG_ENTITIES,
      StaffUser,
      StaffRole,
      Organization,
      Worker,
      WorkerTagRow,
      EmploymentOutcome,
    ]),
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
    JobEventsController,
    MyJobEventsController,
    PublicWelfareController,
    GigJobsController,
    MyGigController,
    OneToOneController,
  ],
  providers: [
    EmployersService,
    PostingsService,
    MatchingService,
    PushService,
    ApplicationsService,
    JobsDashboardService,
    DemandListService,
    JobEventsService,
    PublicWelfareService,
    GigService,
    OneToOneService,
  ],
})
export class JobsModule {}
