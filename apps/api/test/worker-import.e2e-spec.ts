import ExcelJS from 'exceljs';
import { ImportJobResponse } from '@steadywork/shared';
import { phoneNumber, residentId } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary } from './helpers/xlsx';

const HEADERS = [
  '姓名*',
  '身份证号码*',
  '手机号码*',
  '所在县（区）*',
  '民族',
  '就业状态*',
  '人员标签（逗号分隔）',
  '困难程度',
  '家庭人口',
  '家庭月人均收入（元）',
  '致困原因',
];

async function sheet(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('职工信息');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('workers: Excel import and export', () => {
  let t: TestApp;
  let auth: string;
  beforeAll(async () => {
    t = await startTestApp();
    auth = await t.bearer('xining_reviewer');
  });
  afterAll(() => t.close());

  async function runImport(file: Buffer): Promise<ImportJobResponse> {
    const started = await t
      .http()
      .post('/api/v1/workers/imports')
      .set('Authorization', auth)
      .attach('file', file, '职工.xlsx');
    expect(started.status).toBe(201);
    for (let i = 0; i < 600; i++) {
      const job = await t.http().get(`/api/v1/workers/imports/${started.body.id}`).set('Authorization', auth);
      if (job.body.status !== 'RUNNING') return job.body as ImportJobResponse;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  }

  it('imports 1,000 rows with 10 bad: 990 saved, 10 reported by row; re-importing updates, never duplicates', async () => {
    const rows: (string | number)[][] = [];
    const bad = new Set([5, 100, 200, 300, 400, 500, 600, 700, 800, 999]);
    for (let i = 0; i < 1000; i++) {
      const county = i % 2 ? '630102' : '湟中区';
      let id = residentId(i % 2 ? '630102' : '630106');
      if (bad.has(i)) id = id.slice(0, 17) + (id[17] === '0' ? '1' : '0'); // wrong check digit
      rows.push([
        `导入${cn(i)}`,
        id,
        phoneNumber(),
        county,
        '汉族',
        i % 3 ? '失业' : '在岗',
        i % 5 ? '' : '农民工，退役军人',
        i % 10 ? '' : '深度困难',
        i % 10 ? '' : 3,
        i % 10 ? '' : 380.5,
        i % 10 ? '' : '疾病',
      ]);
    }
    const file = await sheet(rows);
    const first = await runImport(file);
    expect(first).toMatchObject({ status: 'DONE', total: 1000, processed: 1000, created: 990, updated: 0, failed: 10 });
    expect(first.errors.map((e) => e.row).sort((a, b) => a - b)).toEqual(
      [...bad].map((i) => i + 2).sort((a, b) => a - b),
    );
    expect(first.errors[0]).toMatchObject({ field: '身份证号码', message: '身份证号码有误，请对照身份证逐位核对' });

    const count = async () => Number((await t.db.query('SELECT COUNT(*) AS n FROM worker'))[0].n);
    expect(await count()).toBe(990);
    const archived = await t.http().get('/api/v1/workers?archiveStatus=ACTIVE&pageSize=1').set('Authorization', auth);
    const withArchive = Array.from({ length: 1000 }, (_, i) => i).filter((i) => i % 10 === 0 && !bad.has(i)).length;
    expect(archived.body.total).toBe(withArchive);

    const tagged = await t.http().get('/api/v1/workers?tag=VETERAN&pageSize=1').set('Authorization', auth);
    expect(tagged.body.total).toBe(
      Array.from({ length: 1000 }, (_, i) => i).filter((i) => i % 5 === 0 && !bad.has(i)).length,
    );

    // A tag staff set on a worker whose row leaves the tags column empty survives the re-import.
    const untagged = (
      await t
        .http()
        .get(`/api/v1/workers?keyword=${encodeURIComponent(`导入${cn(998)}`)}&pageSize=100`)
        .set('Authorization', auth)
    ).body.items.find((w: { name: string }) => w.name === `导入${cn(998)}`);
    await t
      .http()
      .patch(`/api/v1/workers/${untagged.id}`)
      .set('Authorization', auth)
      .send({ tags: ['VETERAN'] });

    const again = await runImport(file);
    expect(again).toMatchObject({ created: 0, updated: 990, failed: 10 });
    expect((await t.http().get(`/api/v1/workers/${untagged.id}`).set('Authorization', auth)).body.tags).toEqual([
      'VETERAN',
    ]);
    expect(await count()).toBe(990);
    // Rows with an empty tags column kept their tags; the archive tag followed the archives.
    expect((await t.http().get('/api/v1/workers?tag=VETERAN&pageSize=1').set('Authorization', auth)).body.total).toBe(
      tagged.body.total + 1,
    );
    expect((await t.http().get('/api/v1/workers?tag=HARDSHIP&pageSize=1').set('Authorization', auth)).body.total).toBe(
      withArchive,
    );
  });

  it('refuses a file that is not an .xlsx, and rows outside the caller’s scope', async () => {
    const notXlsx = await t
      .http()
      .post('/api/v1/workers/imports')
      .set('Authorization', auth)
      .attach('file', Buffer.from('name,id\n'), 'list.xlsx');
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.details[0].field).toBe('file');
    const job = await runImport(
      await sheet([['外地', residentId('630202'), phoneNumber(), '630202', '汉族', '失业', '', '', '', '', '']]),
    );
    expect(job).toMatchObject({ created: 0, failed: 1, errors: [{ row: 2, message: '所在地区不在您的管辖范围内' }] });
  });

  it('offers the template for download', async () => {
    const res = await t
      .http()
      .get('/api/v1/workers/import-template')
      .set('Authorization', auth)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    expect(wb.getWorksheet('职工信息')!.getRow(1).getCell(2).value).toBe('身份证号码*');
  });

  it('exports the filtered list with masked numbers only', async () => {
    const res = await t
      .http()
      .get('/api/v1/workers/export?keyword=' + encodeURIComponent('导入'))
      .set('Authorization', auth)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(3).value).toBe('身份证号码');
    const ids = ws.getColumn(3).values.slice(2) as string[];
    expect(ids.length).toBeGreaterThan(100);
    for (const id of ids) expect(id).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
  });
});

/** 123 → 一二三: names hold no digits. */
function cn(n: number): string {
  return String(n).replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]);
}
