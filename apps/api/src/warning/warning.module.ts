import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Demand } from '../demands/demands.entities';
import { LayoffFiling } from '../layoffs/layoffs.entities';
import { Setting } from '../security/setting.entity';
import { ArchiveEvent, HardshipArchive } from '../workers/hardship-archive.entity';
import { Worker } from '../workers/worker.entity';
import { WorkersModule } from '../workers/workers.module';
import { WarningController } from './warning.controller';
import { WarningService } from './warning.service';

/** 预警监测 (权益保障): regional figures against the province's thresholds, and 返困风险. */
@Module({
  imports: [
    TypeOrmModule.forFeature([LayoffFiling, Worker, Demand, Setting, HardshipArchive, ArchiveEvent]),
    WorkersModule,
  ],
  controllers: [WarningController],
  providers: [WarningService],
  exports: [WarningService],
})
export class WarningModule {}
