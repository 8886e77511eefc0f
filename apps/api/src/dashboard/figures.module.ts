import { Module } from '@nestjs/common';
import { FiguresService } from './figures.service';

/** The figures service alone (no module of its own to import): the module dashboards and the targets dashboard share it. */
@Module({
  providers: [FiguresService],
  exports: [FiguresService],
})
export class FiguresModule {}
