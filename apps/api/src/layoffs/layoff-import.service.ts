import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LAYOFF_WORKER_TAGS, LayoffImportResponse, WORKER_TAG_LABELS, WorkerTag } from '@steadywork/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import ExcelJS from 'exceljs';
import { Repository } from 'typeorm';
import type { StaffPrincipal } from '../auth/principal';
import { DomainException } from '../common/domain.exception';
import { flattenValidationErrors } from '../common/validation';
import { Employer } from '../jobs/jobs.entities';
import { RegionService } from '../region/region.service';
import { DataScope } from '../scope/data-scope';
import { cellText, readRows, type UploadedSheet } from '../workers/worker-import.service';
import { LayoffWorkerDto } from './layoffs.dto';
import { LayoffsService } from './layoffs.service';

export const LAYOFF_SHEET_COLUMNS = [
  { key: 'name', header: '姓名*', width: 10 },
  { key: 'idNumber', header: '身份证号码*', width: 22 },
  { key: 'phone', header: '手机号码*', width: 14 },
  { key: 'region', header: '所在县（区）', width: 14 },
  { key: 'tag', header: '人员类别', width: 14 },
  { key: 'compensationOwed', header: '经济补偿金应付（元）', width: 14 },
  { key: 'compensationPaid', header: '经济补偿金已付（元）', width: 14 },
  { key: 'wageArrears', header: '拖欠工资（元）', width: 12 },
  { key: 'unpaidInsuranceMonths', header: '欠缴社保月数', width: 10 },
  { key: 'certificateIssuedOn', header: '解除劳动合同证明出具日期', width: 14 },
  { key: 'transferredOn', header: '档案和社保关系转移日期', width: 14 },
] as const;

type Key = (typeof LAYOFF_SHEET_COLUMNS)[number]['key'];

/** DTO field → sheet column, for the row report. */
const FIELD_COLUMN: Record<string, Key> = {
  name: 'name',
  idNumber: 'idNumber',
  phone: 'phone',
  regionCode: 'region',
  tag: 'tag',
  compensationOwedFen: 'compensationOwed',
  compensationPaidFen: 'compensationPaid',
  wageArrearsFen: 'wageArrears',
  unpaidInsuranceMonths: 'unpaidInsuranceMonths',
  certificateIssuedOn: 'certificateIssuedOn',
  transferredOn: 'transferredOn',
};

const headerOf = (field: string) =>
  LAYOFF_SHEET_COLUMNS.find((c) => c.key === (FIELD_COLUMN[field] ?? field))?.header.replace('*', '') ?? field;

/** Most rows one upload takes (a filing's affected workers). */
const MAX_ROWS = 5000;

/**
 * Affected workers from the console's .xlsx template: every row is checked and saved on its own
 * (per-row report); a row matches the worker by ID number and the filing's row by worker, so a
 * second upload of the same sheet updates and never duplicates. Small enough to run in the request.
 */
@Injectable()
export class LayoffImportService {
  constructor(
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    private readonly layoffs: LayoffsService,
    private readonly regions: RegionService,
  ) {}

  async template(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('被裁减人员');
    ws.columns = LAYOFF_SHEET_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.addRow({
      name: '张三',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      region: '城西区',
      tag: '下岗职工',
      compensationOwed: 36000,
      compensationPaid: 0,
      wageArrears: 0,
      unpaidInsuranceMonths: 0,
      certificateIssuedOn: '',
      transferredOn: '',
    });
    const notes = wb.addWorksheet('填写说明');
    notes.addRows([
      ['带 * 的列必填；每行一名被裁减人员，同一身份证号码重复导入会更新原记录，不会重复登记。'],
      ['所在县（区）：县级行政区划代码或县（区）名称；不填则为企业所在县（区）。'],
      [`人员类别：${LAYOFF_WORKER_TAGS.map((t) => WORKER_TAG_LABELS[t]).join('、')}；不填为下岗职工。`],
      ['金额以元为单位，可含两位小数；日期格式 YYYY-MM-DD。'],
      ['已登记的职工按身份证号码匹配；未登记的自动登记为失业人员，纳入每月跟踪回访和岗位匹配。'],
    ]);
    notes.getColumn(1).width = 100;
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async run(
    id: number,
    file: UploadedSheet | undefined,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<LayoffImportResponse> {
    const filing = await this.layoffs.require(id, staff, scope);
    if (!file) throw DomainException.validation([{ field: 'file', message: '请选择要导入的 .xlsx 文件' }]);
    if (file.buffer.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') {
      throw DomainException.validation([
        { field: 'file', message: '文件不是有效的 Excel（.xlsx）文件，请使用下载的模板' },
      ]);
    }
    const employer = await this.employers.findOneByOrFail({ id: filing.employerId });
    const report: LayoffImportResponse = { total: 0, created: 0, updated: 0, failed: 0, errors: [] };
    let columns: Map<number, Key> | null = null;
    for await (const row of readRows(file.buffer)) {
      if (!columns) {
        const map = new Map<number, Key>();
        row.values.forEach((v, i) => {
          const text = cellText(v).replace(/\*/g, '').trim();
          const col = LAYOFF_SHEET_COLUMNS.find((c) => c.header.replace('*', '') === text);
          if (col) map.set(i, col.key);
        });
        columns = map;
        if (!['name', 'idNumber', 'phone'].every((k) => [...map.values()].includes(k as Key))) {
          throw DomainException.validation([{ field: 'file', message: '表头与模板不一致，请使用下载的模板' }]);
        }
        continue;
      }
      const cells: Partial<Record<Key, string>> = {};
      for (const [i, key] of columns) cells[key] = cellText(row.values[i]).trim();
      if (Object.values(cells).every((v) => !v)) continue;
      report.total += 1;
      if (report.total > MAX_ROWS) {
        report.failed += 1;
        report.errors.push({ row: row.number, message: `一次最多导入 ${MAX_ROWS} 行` });
        continue;
      }
      const problems = await this.importRow(cells, filing.id, employer, staff, scope, report);
      if (problems.length) {
        report.failed += 1;
        report.errors.push(...problems.map((p) => ({ row: row.number, ...p })));
      }
    }
    await this.layoffs.recount(filing.id, staff);
    await this.layoffs.logImport(
      filing.id,
      `${file.originalname.slice(0, 100)}：共 ${report.total} 行，新增 ${report.created}，更新 ${report.updated}，失败 ${report.failed}`,
      staff,
    );
    return report;
  }

  private async importRow(
    cells: Partial<Record<Key, string>>,
    filingId: number,
    employer: Employer,
    staff: StaffPrincipal,
    scope: DataScope,
    counts: { created: number; updated: number },
  ): Promise<{ field?: string; message: string }[]> {
    const problems: { field?: string; message: string }[] = [];
    const money = (key: Key): number | undefined | string => {
      const v = cells[key];
      if (!v) return undefined;
      const n = Number(v.replace(/[,，¥￥]/g, ''));
      if (!Number.isFinite(n) || n < 0 || Math.round(n * 100) !== Number((n * 100).toFixed(6))) {
        problems.push({ field: headerOf(key), message: `${headerOf(key)}应为非负金额（元，最多两位小数）` });
        return undefined;
      }
      return Math.round(n * 100);
    };
    let regionCode: string | undefined;
    if (cells.region) {
      const t = cells.region;
      regionCode = /^\d{6}$/.test(t) ? t : (this.regions.findCountyByName(t) ?? undefined);
      if (!regionCode)
        problems.push({ field: headerOf('region'), message: '所在县（区）不正确：请填写县级代码或名称' });
    }
    let tag: WorkerTag | undefined;
    if (cells.tag) {
      tag = LAYOFF_WORKER_TAGS.find(
        (x) => x === cells.tag || WORKER_TAG_LABELS[x] === cells.tag || WORKER_TAG_LABELS[x].startsWith(cells.tag!),
      );
      if (!tag) problems.push({ field: headerOf('tag'), message: '人员类别应为：下岗职工、去产能分流职工' });
    }
    const months = cells.unpaidInsuranceMonths ? Number(cells.unpaidInsuranceMonths) : undefined;
    const plain = {
      name: cells.name,
      idNumber: cells.idNumber,
      phone: cells.phone,
      regionCode,
      tag,
      compensationOwedFen: money('compensationOwed'),
      compensationPaidFen: money('compensationPaid'),
      wageArrearsFen: money('wageArrears'),
      unpaidInsuranceMonths: months,
      certificateIssuedOn: cells.certificateIssuedOn || undefined,
      transferredOn: cells.transferredOn || undefined,
    };
    const dto = plainToInstance(LayoffWorkerDto, plain);
    const errs = flattenValidationErrors(await validate(dto, { whitelist: true }));
    for (const e of errs) problems.push({ field: headerOf(e.field), message: e.message });
    if (problems.length) return problems;
    try {
      const filing = await this.layoffs.require(filingId, staff, scope);
      const { created } = await this.layoffs.upsertWorker(filing, employer, dto, staff, scope);
      if (created) counts.created += 1;
      else counts.updated += 1;
    } catch (err) {
      if (err instanceof DomainException) {
        const details = err.details ?? [];
        return details.length
          ? details.map((d) => ({ field: headerOf(d.field), message: d.message }))
          : [{ message: err.message }];
      }
      throw err;
    }
    return [];
  }
}
