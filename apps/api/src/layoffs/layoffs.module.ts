import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Employer } from '../jobs/jobs.entities';
import { Worker, WorkerTagRow } from '../workers/worker.entity';
import { WorkersModule } from '../workers/workers.module';
import { LayoffImportService } from './layoff-import.service';
import { LayoffsController } from './layoffs.controller';
import { LAYOFF_ENTITIES } from './layoffs.entities';
import { LayoffsService } from './layoffs.service';

/** Economic layoff filings (经济性裁员) and their affected workers (权益保障). */
@Module({
  imports: [TypeOrmModule.forFeature([...LAYOFF_ENTITIES, Employer, Worker, WorkerTagRow]), WorkersModule],
  controllers: [LayoffsController],
  providers: [LayoffsService, LayoffImportService],
})
export class LayoffsModule {}
