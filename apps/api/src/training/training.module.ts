import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from '../organization/organization.entity';
import { StaffRole, StaffUser } from '../staff/staff-user.entity';
import { Worker } from '../workers/worker.entity';
import { WorkersModule } from '../workers/workers.module';
import { AttendanceService } from './attendance.service';
import { CompletionsService } from './completions.service';
import { EnrolmentsService } from './enrolments.service';
import {
  MyTrainingController,
  TrainingCheckInsController,
  TrainingCompletionsController,
  TrainingCoursesController,
  TrainingEnrolmentsController,
  TrainingSessionsController,
} from './training.controllers';
import {
  TrainingAttendance,
  TrainingBase,
  TrainingCompletion,
  TrainingCourse,
  TrainingCourseTrainer,
  TrainingEnrolment,
  TrainingRosterMark,
  TrainingSession,
} from './training.entities';
import { TrainingCoursesService } from './training-courses.service';

/** The 151 training action (SPEC §6). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TrainingCourse,
      TrainingCourseTrainer,
      TrainingSession,
      TrainingEnrolment,
      TrainingAttendance,
      TrainingRosterMark,
      TrainingCompletion,
      TrainingBase,
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
  ],
  providers: [TrainingCoursesService, EnrolmentsService, AttendanceService, CompletionsService],
})
export class TrainingModule {}
