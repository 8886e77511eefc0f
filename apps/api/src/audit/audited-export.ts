import type { Response } from 'express';
import { datedFileName, type SheetColumn, streamXlsx } from '../common/xlsx';
import type { AuditService } from './audit.service';

export interface AuditedExport<T> {
  /** The download's name without the date: `培训基地` → `培训基地-2026-12-07.xlsx`. */
  name: string;
  sheet: string;
  columns: SheetColumn<T>[];
  batches: AsyncIterable<T[]>;
  /** `training_base.export`: the audit action. */
  action: string;
  targetType: string;
  /** The list's filters, as the audit keeps them. */
  filters: object;
  now: Date;
}

/** Streams a list as .xlsx and records who exported what, with the filters and the rows written. */
export async function writeAuditedExport<T>(audit: AuditService, res: Response, e: AuditedExport<T>): Promise<number> {
  const rows = await streamXlsx(res, datedFileName(e.name, e.now), e.sheet, e.columns, e.batches);
  // the filters of the rows, not the page on screen
  const { page: _page, pageSize: _pageSize, ...filters } = e.filters as Record<string, unknown>;
  await audit.record({ action: e.action, targetType: e.targetType, summary: { filters, rows } });
  return rows;
}
