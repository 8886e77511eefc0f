import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ArchiveStatus,
  ImportJobResponse,
  RegionLevel,
  SYSTEM_TAGS,
  WorkerTag,
  WorkerSource,
} from '@steadywork/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { Repository } from 'typeorm';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { flattenValidationErrors } from '../common/validation';
import { PersonalDataCipher } from '../crypto/personal-data.cipher';
import { RegionService } from '../region/region.service';
import { DataScope } from '../scope/data-scope';
import { ArchiveService } from './archive.service';
import { ArchiveAssessmentDto } from './dto/archive.dto';
import { WorkerProfileDto } from './dto/worker-profile.dto';
import { ImportJob, ImportJobStatus, ImportRowError } from './import-job.entity';
import { fromLabel, headerOf, LABELS, SHEET_COLUMNS, SheetKey } from './worker-sheet';
import { Worker } from './worker.entity';
import { WorkersService } from './workers.service';

export interface UploadedSheet {
  originalname: string;
  buffer: Buffer;
  size: number;
}

const MAX_ERRORS_KEPT = 5000;
const PROGRESS_EVERY = 50;

/** Worker (and archive) import from the console's .xlsx template: row-level report, idempotent. */
@Injectable()
export class WorkerImportService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('WorkerImport');
  /** Imports under way in this process: shutdown waits for them. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    @InjectRepository(ImportJob) private readonly jobs: Repository<ImportJob>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly workers: WorkersService,
    private readonly archives: ArchiveService,
    private readonly cipher: PersonalDataCipher,
    private readonly regions: RegionService,
    private readonly clock: Clock,
  ) {}

  async template(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('职工信息');
    ws.columns = SHEET_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.addRow({
      name: '张三',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      region: '城东区',
      ethnicity: '汉族',
      employer: '西宁市某物业公司',
      employmentStatus: '失业',
      education: '高中',
      skills: '保洁，家政',
      employmentIntention: '家政服务',
      trainingNeeds: '育婴员培训',
      tags: '零就业家庭，农民工',
      level: '深度困难',
      members: 4,
      income: 450,
      zeroEmployment: '是',
      lowIncome: '是',
      disability: '否',
      cause: '主要劳动力失业',
    });
    const notes = wb.addWorksheet('填写说明');
    notes.addRows([
      ['带 * 的列必填；每行一名职工，同一身份证号码重复导入会更新原记录。'],
      ['所在县（区）：填写县级行政区划代码（如 630102）或县（区）名称（如 城东区）。'],
      [`就业状态：${Object.values(LABELS.employment).join('、')}`],
      [`文化程度：${Object.values(LABELS.education).join('、')}`],
      [`人员标签：${Object.values(LABELS.tag).join('、')}`],
      [`困难程度（填写则建立或更新困难职工档案）：${Object.values(LABELS.level).join('、')}`],
      ['家庭月人均收入以元为单位，可含两位小数。'],
    ]);
    notes.getColumn(1).width = 100;
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async start(file: UploadedSheet | undefined, staff: StaffPrincipal, scope: DataScope): Promise<ImportJobResponse> {
    if (!file) throw DomainException.validation([{ field: 'file', message: '请选择要导入的 .xlsx 文件' }]);
    // An .xlsx file is a zip archive: check the content, not the name.
    if (file.buffer.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') {
      throw DomainException.validation([
        { field: 'file', message: '文件不是有效的 Excel（.xlsx）文件，请使用下载的模板' },
      ]);
    }
    const total = await countRows(file.buffer);
    const result = await this.jobs.insert({
      kind: 'workers',
      fileName: file.originalname.slice(0, 255),
      status: ImportJobStatus.RUNNING,
      total,
      processed: 0,
      created: 0,
      updated: 0,
      failed: 0,
      errors: [],
      staffId: staff.id,
      regionCode: scope.rootRegionCode,
      createdAt: this.clock.now(),
      finishedAt: null,
    });
    const id = Number(result.identifiers[0].id);
    const work = this.process(id, file.buffer, staff, scope)
      .catch(async (err: unknown) => {
        this.logger.error({ err, jobId: id }, 'import failed');
        await this.jobs.update({ id }, { status: ImportJobStatus.FAILED, finishedAt: this.clock.now() });
      })
      .catch((err: unknown) => this.logger.error({ err, jobId: id }, 'could not mark the import failed'))
      .finally(() => this.running.delete(work));
    this.running.add(work);
    return this.get(id, staff);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  async get(id: number, staff: StaffPrincipal): Promise<ImportJobResponse> {
    const job = await this.jobs.findOneBy({ id, staffId: staff.id });
    if (!job) throw DomainException.notFound('导入任务');
    return {
      id: job.id,
      fileName: job.fileName,
      status: job.status,
      total: job.total,
      processed: job.processed,
      created: job.created,
      updated: job.updated,
      failed: job.failed,
      errors: job.errors,
      createdAt: job.createdAt.toISOString(),
      finishedAt: job.finishedAt?.toISOString() ?? null,
    };
  }

  private async process(id: number, buffer: Buffer, staff: StaffPrincipal, scope: DataScope): Promise<void> {
    const counts = { processed: 0, created: 0, updated: 0, failed: 0 };
    const errors: ImportRowError[] = [];
    let columns: Map<number, SheetKey> | null = null;
    const flush = () => this.jobs.update({ id }, { ...counts, errors: errors.slice(0, MAX_ERRORS_KEPT) });
    for await (const row of readRows(buffer)) {
      if (!columns) {
        columns = headerMap(row.values);
        continue;
      }
      const cells = cellsOf(row.values, columns);
      if (Object.values(cells).every((v) => !v)) continue;
      const rowErrors = await this.importRow(cells, staff, scope, counts);
      counts.processed += 1;
      if (rowErrors.length) {
        counts.failed += 1;
        errors.push(...rowErrors.map((e) => ({ row: row.number, ...e })));
      }
      if (counts.processed % PROGRESS_EVERY === 0) await flush();
    }
    await flush();
    await this.jobs.update({ id }, { status: ImportJobStatus.DONE, finishedAt: this.clock.now() });
  }

  /** Validates and saves one row; returns its problems (nothing saved when there are any). */
  private async importRow(
    cells: Partial<Record<SheetKey, string>>,
    staff: StaffPrincipal,
    scope: DataScope,
    counts: { created: number; updated: number },
  ): Promise<Omit<ImportRowError, 'row'>[]> {
    const problems: Omit<ImportRowError, 'row'>[] = [];
    const regionCode = this.regionOf(cells.region ?? '');
    const split = (s?: string) =>
      (s ?? '')
        .split(/[,，、;；]/)
        .map((x) => x.trim())
        .filter(Boolean);
    const tags = split(cells.tags).map((t) => fromLabel(LABELS.tag, t) ?? t);
    const plain = {
      name: cells.name,
      idNumber: cells.idNumber,
      phone: cells.phone,
      regionCode: regionCode ?? cells.region ?? '',
      ethnicity: cells.ethnicity || undefined,
      employer: cells.employer || undefined,
      employmentStatus: cells.employmentStatus
        ? (fromLabel(LABELS.employment, cells.employmentStatus) ?? cells.employmentStatus)
        : undefined,
      education: cells.education ? (fromLabel(LABELS.education, cells.education) ?? cells.education) : undefined,
      skills: split(cells.skills),
      employmentIntention: cells.employmentIntention || undefined,
      trainingNeeds: cells.trainingNeeds || undefined,
      // An empty tags column leaves the worker's tags as they are.
      tags: cells.tags ? tags.filter((t) => !SYSTEM_TAGS.includes(t as WorkerTag)) : undefined,
    };
    const dto = plainToInstance(WorkerProfileDto, plain);
    const errs = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
    for (const e of errs) problems.push({ field: headerOf(e.field.replace(/\[\d+\]$/, '')), message: e.message });
    if (!problems.length && !regionCode)
      problems.push({ field: headerOf('regionCode'), message: '所在县（区）不正确：请填写县级代码或名称' });
    if (!problems.length && !scope.all && !scope.regionCodes.includes(dto.regionCode)) {
      problems.push({ field: headerOf('regionCode'), message: '所在地区不在您的管辖范围内' });
    }
    const archive = this.archiveOf(cells, problems);
    if (problems.length) return problems;

    const existing = await this.workerRepo.findOneBy({ idNumberHash: this.cipher.lookupHash('id', dto.idNumber) });
    let workerId: number;
    try {
      if (existing) {
        if (!scope.all && !scope.regionCodes.includes(existing.regionCode)) {
          return [{ field: headerOf('idNumber'), message: '该身份证号码已在其他地区登记' }];
        }
        const { idNumber: _unchanged, ...rest } = dto;
        await this.workers.update(existing.id, { ...rest }, scope);
        workerId = existing.id;
        counts.updated += 1;
      } else {
        workerId = await this.workers.insert(dto, {
          source: WorkerSource.IMPORT,
          createdBy: staff.id,
          accountId: null,
          consent: false,
        });
        counts.created += 1;
      }
      if (archive) {
        const current = await this.archives.get(workerId, scope);
        if (!current) await this.archives.open(workerId, archive, staff, scope);
        else if (
          current.status === ArchiveStatus.ACTIVE &&
          JSON.stringify(pick(current)) !== JSON.stringify(pick(archive))
        ) {
          await this.archives.reassess(workerId, archive, staff, scope);
        } else if (current.status === ArchiveStatus.CLOSED) {
          return [{ field: headerOf('level'), message: '职工信息已保存；该职工档案已脱困，如需返困请在系统中办理' }];
        }
      }
    } catch (err) {
      if (err instanceof DomainException) return [{ message: err.message }];
      throw err;
    }
    return [];
  }

  private archiveOf(
    cells: Partial<Record<SheetKey, string>>,
    problems: Omit<ImportRowError, 'row'>[],
  ): ArchiveAssessmentDto | null {
    if (!cells.level) return null;
    const level = fromLabel(LABELS.level, cells.level);
    const yes = (v?: string) => ['是', 'Y', 'y', '1', 'true'].includes((v ?? '').trim());
    const members = Number(cells.members);
    const income = Number(cells.income);
    if (!level)
      problems.push({ field: headerOf('level'), message: `困难程度应为：${Object.values(LABELS.level).join('、')}` });
    if (!Number.isInteger(members) || members < 1)
      problems.push({ field: headerOf('members'), message: '家庭人口应为正整数' });
    if (!cells.income || !Number.isFinite(income) || income < 0)
      problems.push({ field: headerOf('income'), message: '家庭月人均收入应为非负金额（元）' });
    if (!cells.cause) problems.push({ field: headerOf('cause'), message: '填写困难程度时须填写致困原因' });
    if (!level || problems.length) return null;
    return {
      level,
      household: {
        members,
        monthlyIncomePerCapitaFen: Math.round(income * 100),
        zeroEmployment: yes(cells.zeroEmployment),
        lowIncome: yes(cells.lowIncome),
        disability: yes(cells.disability),
      },
      cause: cells.cause!,
      attachments: [],
    };
  }

  /** A county code, or a county name that is unique in the tree. */
  private regionOf(text: string): string | null {
    const t = text.trim();
    if (/^\d{6}$/.test(t)) return this.regions.get(t)?.level === RegionLevel.COUNTY ? t : null;
    return this.regions.findCountyByName(t);
  }
}

function pick(a: { level: string; household: unknown; cause: string }) {
  return { level: a.level, household: a.household, cause: a.cause };
}

export async function* readRows(buffer: Buffer): AsyncGenerator<{ number: number; values: unknown[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), {
    worksheets: 'emit',
    sharedStrings: 'cache',
  });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      yield { number: row.number, values: row.values as unknown[] };
    }
    return; // the first sheet only
  }
}

async function countRows(buffer: Buffer): Promise<number> {
  let n = 0;
  for await (const _row of readRows(buffer)) n += 1;
  return Math.max(0, n - 1);
}

function headerMap(values: unknown[]): Map<number, SheetKey> {
  const map = new Map<number, SheetKey>();
  values.forEach((v, i) => {
    const text = cellText(v).replace(/\*/g, '').trim();
    const col = SHEET_COLUMNS.find((c) => c.header.replace('*', '') === text);
    if (col) map.set(i, col.key);
  });
  return map;
}

function cellsOf(values: unknown[], columns: Map<number, SheetKey>): Partial<Record<SheetKey, string>> {
  const out: Partial<Record<SheetKey, string>> = {};
  for (const [i, key] of columns) out[key] = cellText(values[i]).trim();
  return out;
}

/** Text of a cell: numbers, rich text, formulas and hyperlinks alike. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const o = v as { text?: string; result?: unknown; richText?: { text: string }[] };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if (o.text !== undefined) return String(o.text);
  if (o.result !== undefined) return cellText(o.result);
  return String(v);
}
