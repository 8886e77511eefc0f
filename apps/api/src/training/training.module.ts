import { Module } from '@nestjs/common';
import { FiguresModule } from '../dashboard/figures.module';
import { Employer } from '../jobs/jobs.entities';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from '../organization/organization.entity';
import { StaffRole, StaffUser } from '../staff/staff-user.entity';
import { Worker } from '../workers/worker.entity';
import { WorkersModule } from '../workers/workers.module';
import { AttendanceService } from './attendance.service';
import { CompletionsService } from './completions.service';
import { EnrolmentsService } from './enrolments.service';
import { Center } from '../centers/centers.entities';
import { OnlineLearningService } from './online-learning.service';
import { TrainingBasesService } from './training-bases.service';
import { TrainingDashboardService } from './training-dashboard.service';
import { TrainingBasesController } from './controllers/bases.controller';
import { MyTrainingController, TrainingCompletionsController } from './controllers/completions.controller';
import {
  TrainingCoursesController,
  TrainingEnrolmentsController,
  TrainingTrainersController,
} from './controllers/courses.controller';
import {
  TrainingDashboardController,
  TrainingNominationsController,
  TrainingTargetsController,
} from './controllers/office.controller';
import { OnlineLearningController } from './controllers/online-learning.controller';
import { TrainingCheckInsController, TrainingSessionsController } from './controllers/sessions.controller';
import { NominationsService } from './nominations.service';
import {
  OnlineLearningRecord,
  TrainingAttendance,
  TrainingBase,
  TrainingBaseSubsidy,
  TrainingCompletion,
  TrainingCourse,
  TrainingCourseTrainer,
  TrainingEnrolment,
  TrainingRosterMark,
  TrainingSession,
  TrainingTarget,
} from './training.entities';
import { TrainingTargetsService } from './training-targets.service';
import { TrainingCoursesService } from './training-courses.service';

/** The 151 training action (SPEC §6). */
@Module({
  imports: [
    FiguresModule,
    TypeOrmModule.forFeature([
      Employer,
      TrainingCourse,
      TrainingCourseTrainer,
      TrainingSession,
      TrainingEnrolment,
      TrainingAttendance,
      TrainingRosterMark,
      TrainingCompletion,
      TrainingBase,
      TrainingBaseSubsidy,
      OnlineLearningRecord,
      TrainingTarget,
      Center,
      Worker,
      StaffUser,
      StaffRole,
      Organization,
    ]),
    WorkersModule,
  ],
  controllers: [
    TrainingCoursesController,
    TrainingEnrolmentsController,
    TrainingSessionsController,
    TrainingCheckInsController,
    TrainingCompletionsController,
    MyTrainingController,
    TrainingBasesController,
    OnlineLearningController,
    TrainingDashboardController,
    TrainingTargetsController,
    TrainingTrainersController,
    TrainingNominationsController,
  ],
  providers: [
    TrainingCoursesService,
    EnrolmentsService,
    AttendanceService,
    CompletionsService,
    TrainingBasesService,
    OnlineLearningService,
    TrainingDashboardService,
    TrainingTargetsService,
    NominationsService,
  ],
  exports: [TrainingTargetsService],
})
export class TrainingModule {}
