import { Module } from '@nestjs/common';
import { TrainingModule } from '../training/training.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { FiguresService } from './figures.service';

/** 目标看板: the year's target figures, counted from the dated records of every module. */
@Module({
  imports: [TrainingModule],
  controllers: [DashboardController],
  providers: [FiguresService, DashboardService],
  exports: [FiguresService, DashboardService],
})
export class DashboardModule {}
