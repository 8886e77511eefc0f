import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CentersModule } from '../centers/centers.module';
import { Employer } from '../jobs/jobs.entities';
import { Setting } from '../security/setting.entity';
import { Worker } from '../workers/worker.entity';
import { WorkersModule } from '../workers/workers.module';
import { DemandsController, MyDemandsController } from './demands.controllers';
import { Demand, DemandEvent } from './demands.entities';
import { DemandsService } from './demands.service';

/** 职工诉求 (the 12351 hotline). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Demand, DemandEvent, Worker, Employer, Setting]),
    WorkersModule,
    CentersModule,
    CalendarModule,
  ],
  controllers: [MyDemandsController, DemandsController],
  providers: [DemandsService],
})
export class DemandsModule {}
