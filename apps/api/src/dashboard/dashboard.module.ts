import { Module } from '@nestjs/common';
import { TrainingModule } from '../training/training.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { FigureTargetsService } from './figure-targets.service';
import { FiguresModule } from './figures.module';

/** 目标看板: the year's target figures, counted from the dated records of every module. */
@Module({
  imports: [FiguresModule, TrainingModule],
  controllers: [DashboardController],
  providers: [FigureTargetsService, DashboardService],
  exports: [FiguresModule, FigureTargetsService, DashboardService],
})
export class DashboardModule {}
