import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { once } from 'node:events';
import { shanghaiDate } from './dates';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SheetColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number;
}

/**
 * Headers of a download named `fileName` (Chinese names travel as RFC 5987 `filename*`; older
 * clients get the plain `fallback`).
 */
export function downloadHeaders(res: Response, fileName: string, mime: string, fallback = 'export.xlsx'): void {
  res.setHeader('Content-Type', mime);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
}

/** Sends a whole file (a template, a generated report) as a download. */
export function sendDownload(res: Response, body: Buffer, fileName: string, mime = XLSX_MIME, fallback?: string): void {
  downloadHeaders(res, fileName, mime, fallback);
  res.end(body);
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
  downloadHeaders(res, fileName, XLSX_MIME);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  const ws = wb.addWorksheet(sheetName);
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  let count = 0;
  const closed = once(res, 'close');
  for (let next = first; !next.done; next = await iterator.next()) {
    for (const row of next.value) ws.addRow(columns.map((c) => c.value(row))).commit();
    count += next.value.length;
    await zipCaughtUp(ws, res, closed);
  }
  ws.commit();
  await wb.commit();
  return count;
}

/** Bytes of sheet XML that may wait for the zip's deflate before the next batch is read. */
const ZIP_BACKLOG = 1024 * 1024;

/**
 * Waits until the zip has compressed what the sheet wrote and the client has taken it. exceljs
 * writes the rows into the zip entry's stream without waiting for it: a fast database would
 * otherwise queue the whole sheet's XML in memory (hundreds of MB for 100,000 rows).
 */
async function zipCaughtUp(ws: ExcelJS.Worksheet, res: Response, closed: Promise<unknown>): Promise<void> {
  // the worksheet's stream (exceljs' StreamBuf) and the zip entry it writes into
  const entry = (ws as unknown as { stream?: { pipes?: NodeJS.EventEmitter[] } }).stream?.pipes?.[0] as
    (NodeJS.EventEmitter & { _writableState?: { length: number } }) | undefined;
  if (entry?._writableState && entry._writableState.length > ZIP_BACKLOG && !res.destroyed) {
    await Promise.race([new Promise((resolve) => entry.once('drain', resolve)), closed]);
  }
  if (res.writableNeedDrain && !res.destroyed) await Promise.race([new Promise((r) => res.once('drain', r)), closed]);
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

// One formatter for every cell: `toLocaleString` with options builds a new one per call (about
// 0.1 ms each, 20 s over the two time columns of 100,000 workers).
const SHANGHAI_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour12: false,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** `2026/11/23 14:05:00` in Asia/Shanghai. */
export function shanghaiTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return SHANGHAI_TIME.format(new Date(iso));
}
