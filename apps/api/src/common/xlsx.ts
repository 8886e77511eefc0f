import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { shanghaiDate } from './dates';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SheetColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number;
}

/** Streams rows into an .xlsx download, batch by batch, without holding the list in memory. */
export async function streamXlsx<T>(
  res: Response,
  fileName: string,
  sheetName: string,
  columns: SheetColumn<T>[],
  batches: AsyncIterable<T[]>,
): Promise<number> {
  // The first batch before any byte is sent: a refusal or a failure there (no access, bad state)
  // answers as an error in the usual shape, not as a 200 with a truncated file.
  const iterator = batches[Symbol.asyncIterator]();
  const first = await iterator.next();
  res.setHeader('Content-Type', XLSX_MIME);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  const ws = wb.addWorksheet(sheetName);
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  let count = 0;
  for (let next = first; !next.done; next = await iterator.next()) {
    for (const row of next.value) ws.addRow(columns.map((c) => c.value(row))).commit();
    count += next.value.length;
  }
  ws.commit();
  await wb.commit();
  return count;
}

/** Pages through a paged list function until it runs dry. */
export async function* allPages<T>(
  fetch: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>,
  pageSize = 100,
): AsyncGenerator<T[]> {
  for (let page = 1; ; page++) {
    const { items } = await fetch(page, pageSize);
    if (!items.length) return;
    yield items;
    if (items.length < pageSize) return;
  }
}

/** `职工名单-2026-11-23.xlsx`: a download's name, dated by the day in Asia/Shanghai (not UTC's). */
export function datedFileName(base: string, now: Date): string {
  return `${base}-${shanghaiDate(now)}.xlsx`;
}

/** `2026-11-23 14:05` in Asia/Shanghai. */
export function shanghaiTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
