import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SchedulerController } from './scheduler.controller';
import { ScheduledJob, ScheduledJobRun } from './scheduler.entities';
import { SchedulerService } from './scheduler.service';

/** Scheduled work in one place (docs/operations.md): features define their jobs on SchedulerService. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ScheduledJob, ScheduledJobRun])],
  controllers: [SchedulerController],
  providers: [SchedulerService],
  exports: [SchedulerService],
})
export class SchedulerModule {}
