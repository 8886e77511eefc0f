import ExcelJS from 'exceljs';

/** supertest parser that keeps a binary body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- supertest's parser signature
export function binary(res: any, cb: (err: Error | null, body: unknown) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** The first sheet's rows as arrays of cell text (header included). */
export async function sheetRows(body: unknown): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
  );
  return rows;
}
