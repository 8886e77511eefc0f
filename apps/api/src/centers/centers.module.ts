import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmploymentOutcome } from '../outcomes/outcome.entity';
import { Setting } from '../security/setting.entity';
import { Worker } from '../workers/worker.entity';
import { WorkersModule } from '../workers/workers.module';
import { CalendarModule } from '../calendar/calendar.module';
import { Center, CenterSubsidy, ServiceRecord, ServiceRequest, StarEvaluation } from './centers.entities';
import { CentersController, MyServiceRequestsController, ServiceRequestsController } from './centers.controllers';
import { CentersService } from './centers.service';
import { ServiceRequestsService } from './service-requests.service';

/** Support centers and stations (SPEC §5). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Center,
      StarEvaluation,
      CenterSubsidy,
      ServiceRequest,
      ServiceRecord,
      Setting,
      Worker,
      EmploymentOutcome,
    ]),
    WorkersModule,
    CalendarModule,
  ],
  controllers: [CentersController, MyServiceRequestsController, ServiceRequestsController],
  providers: [CentersService, ServiceRequestsService],
  exports: [ServiceRequestsService],
})
export class CentersModule {}
