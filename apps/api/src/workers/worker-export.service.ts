import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { datedFileName, streamXlsx } from '../common/xlsx';
import { DataScope } from '../scope/data-scope';
import { WorkerQueryDto } from './dto/worker-profile.dto';
import { EXPORT_COLUMNS } from './worker-sheet';
import { WorkersService } from './workers.service';

/** The filtered workers list as .xlsx (masked numbers), streamed row by row. */
@Injectable()
export class WorkerExportService {
  constructor(
    private readonly workers: WorkersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async write(query: WorkerQueryDto, scope: DataScope, res: Response): Promise<number> {
    const fileName = datedFileName('职工名单', this.clock.now());
    const count = await streamXlsx(res, fileName, '职工名单', EXPORT_COLUMNS, this.workers.each(query, scope));
    await this.audit.record({
      action: 'worker.export',
      targetType: 'worker',
      summary: { filters: { ...query }, rows: count },
    });
    return count;
  }
}
