import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { AuditService } from '../audit/audit.service';
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
  ) {}

  async write(query: WorkerQueryDto, scope: DataScope, out: Writable): Promise<number> {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const ws = wb.addWorksheet('职工名单');
    ws.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    let count = 0;
    for await (const batch of this.workers.each(query, scope)) {
      for (const w of batch) ws.addRow(EXPORT_COLUMNS.map((c) => c.value(w))).commit();
      count += batch.length;
    }
    ws.commit();
    await wb.commit();
    await this.audit.record({
      action: 'worker.export',
      targetType: 'worker',
      summary: { filters: { ...query }, rows: count },
    });
    return count;
  }
}
