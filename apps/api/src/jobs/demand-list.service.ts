import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DEMAND_LIST_COLUMNS,
  DemandListImportResponse,
  DemandListRowError,
  EDUCATION_LABELS,
  Education,
  JobPostingStatus,
} from '@steadywork/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation } from '../common/sql';
import { flattenValidationErrors } from '../common/validation';
import { RegionService } from '../region/region.service';
import { DataScope } from '../scope/data-scope';
import { EmployersService, isHrOnly } from './employers.service';
import { JobPostingDto } from './jobs.dto';
import { Employer, JobPosting } from './jobs.entities';
import { PostingsService } from './postings.service';

export interface UploadedSheet {
  originalname: string;
  buffer: Buffer;
  size: number;
}

const MAX_ROWS = 500;
type Key = (typeof DEMAND_LIST_COLUMNS)[number]['key'];

/**
 * Demand lists (用工需求清单): a company's postings from the .xlsx template, checked row by row
 * with the posting rules, each good row a posting sent for review. A row is known by its content
 * (employer, title, occupation, region, address, valid-until), so a file sent again adds nothing.
 */
@Injectable()
export class DemandListService {
  constructor(
    @InjectRepository(JobPosting) private readonly postingRepo: Repository<JobPosting>,
    private readonly postings: PostingsService,
    private readonly employers: EmployersService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async template(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('用工需求清单');
    ws.columns = DEMAND_LIST_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: 18 }));
    ws.getRow(1).font = { bold: true };
    ws.addRow({
      title: '电焊工',
      occupation: '焊工',
      county: '城东区',
      address: '西宁市城东区八一东路 12 号',
      latitude: 36.6121,
      longitude: 101.8157,
      headcount: 5,
      wageMin: 4500,
      wageMax: 6500,
      skills: '焊工',
      education: '不限',
      ageMin: 18,
      ageMax: 55,
      contactName: '王经理',
      contactPhone: '0971-6123456',
      description: '钢结构厂房焊接，持证上岗，包吃住。',
      validUntil: '2026-12-31',
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  async import(
    file: UploadedSheet | undefined,
    employerId: number | undefined,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<DemandListImportResponse> {
    if (!file) throw DomainException.validation([{ field: 'file', message: '请选择要导入的用工需求清单（.xlsx）' }]);
    let employer: Employer;
    if (isHrOnly(staff)) employer = await this.employers.ofHr(staff);
    else {
      if (!employerId) throw DomainException.validation([{ field: 'employerId', message: '请选择企业' }]);
      employer = await this.employers.require(employerId, staff, scope);
    }
    const rows = await readSheet(file);
    const out: DemandListImportResponse = { added: 0, alreadyImported: 0, failed: 0, errors: [] };
    for (const row of rows) {
      const errors = await this.check(row.cells, row.number);
      if (errors.errors.length) {
        out.failed++;
        out.errors.push(...errors.errors);
        continue;
      }
      const dto = errors.dto!;
      const key = `list-${createHash('sha256')
        .update(JSON.stringify([employer.id, dto.title, dto.occupation, dto.regionCode, dto.address, dto.validUntil]))
        .digest('hex')
        .slice(0, 40)}`;
      if (await this.postingRepo.existsBy({ employerId: employer.id, idempotencyKey: key })) {
        out.alreadyImported++;
        continue;
      }
      const now = this.clock.now();
      try {
        await this.postingRepo.manager.transaction(async (m) => {
          const r = await m.getRepository(JobPosting).insert({
            employerId: employer.id,
            title: dto.title,
            occupation: dto.occupation,
            regionCode: dto.regionCode,
            address: dto.address,
            latitude: dto.latitude,
            longitude: dto.longitude,
            headcount: dto.headcount,
            wageMinFen: dto.wageMinFen,
            wageMaxFen: dto.wageMaxFen,
            skills: dto.skills,
            education: dto.education ?? null,
            ageMin: dto.ageMin ?? null,
            ageMax: dto.ageMax ?? null,
            contactName: dto.contactName,
            contactPhone: dto.contactPhone,
            description: dto.description,
            validUntil: dto.validUntil,
            status: JobPostingStatus.PENDING,
            returnReason: null,
            reviewedBy: null,
            reviewedAt: null,
            idempotencyKey: key,
            createdBy: staff.id,
            createdAt: now,
            updatedAt: now,
          });
          await this.audit.record(
            {
              action: 'job_posting.import',
              targetType: 'job_posting',
              targetId: Number(r.identifiers[0].id),
              summary: { employerId: employer.id, row: row.number, file: file.originalname.slice(0, 100) },
            },
            m,
          );
        });
        out.added++;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        out.alreadyImported++;
      }
    }
    return out;
  }

  /** One row: the DTO's checks, then the posting rules; each problem named by its column. */
  private async check(
    cells: Partial<Record<Key, string>>,
    row: number,
  ): Promise<{ dto?: JobPostingDto; errors: DemandListRowError[] }> {
    const errors: DemandListRowError[] = [];
    const column = (field: string) =>
      DEMAND_LIST_COLUMNS.find((c) => c.field === field.replace(/\[\d+\]$/, ''))?.header ?? field;
    const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
    const fen = (v: string | undefined) => (num(v) === undefined ? undefined : Math.round(num(v)! * 100));
    const county = cells.county ?? '';
    const regionCode = /^\d{6}$/.test(county) ? county : this.regions.findCountyByName(county);
    if (!regionCode) {
      errors.push({
        row,
        column: column('regionCode'),
        message: county ? `未找到县（区）“${county}”，请填写县区名称或 6 位代码` : '请填写工作地区',
      });
    }
    const educationText = cells.education ?? '';
    const education =
      !educationText || educationText === '不限'
        ? null
        : ((Object.entries(EDUCATION_LABELS).find(([, label]) => label === educationText)?.[0] as
            Education | undefined) ?? educationText);
    const plain = {
      title: cells.title ?? '',
      occupation: cells.occupation ?? '',
      regionCode: regionCode ?? '000000',
      address: cells.address ?? '',
      latitude: num(cells.latitude),
      longitude: num(cells.longitude),
      headcount: num(cells.headcount),
      wageMinFen: fen(cells.wageMin),
      wageMaxFen: fen(cells.wageMax),
      skills: (cells.skills ?? '')
        .split(/[、,，;；\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
      education,
      ageMin: num(cells.ageMin) ?? null,
      ageMax: num(cells.ageMax) ?? null,
      contactName: cells.contactName ?? '',
      contactPhone: cells.contactPhone ?? '',
      description: cells.description ?? '',
      validUntil: normalizeDate(cells.validUntil ?? ''),
    };
    const dto = plainToInstance(JobPostingDto, plain);
    const invalid = flattenValidationErrors(await validate(dto, { whitelist: true })).filter(
      (e) => regionCode || e.field !== 'regionCode',
    );
    errors.push(...invalid.map((e) => ({ row, column: column(e.field), message: e.message })));
    if (errors.length) return { errors };
    try {
      await this.postings.checkRules(dto);
    } catch (err) {
      if (!(err instanceof DomainException) || !err.details) throw err;
      errors.push(...err.details.map((e) => ({ row, column: column(e.field), message: e.message })));
    }
    return errors.length ? { errors } : { dto, errors };
  }
}

/** 2026/3/5, 2026-3-5 and 2026.03.05 → 2026-03-05; anything else is returned as is. */
function normalizeDate(text: string): string {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text.trim();
}

/** The first sheet's rows, by the template's headers (row 1). */
async function readSheet(file: UploadedSheet): Promise<{ number: number; cells: Partial<Record<Key, string>> }[]> {
  if (file.buffer.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') {
    throw DomainException.validation([{ field: 'file', message: '文件应为 Excel（.xlsx）文件，请使用导入模板' }]);
  }
  const raw: { number: number; values: string[] }[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file.buffer), {
    worksheets: 'emit',
    sharedStrings: 'cache',
  });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      raw.push({ number: row.number, values: Array.from((row.values as unknown[]).slice(1), cellText) });
      if (raw.length > MAX_ROWS + 1) {
        throw DomainException.validation([{ field: 'file', message: `一次最多导入 ${MAX_ROWS} 个岗位` }]);
      }
    }
    break; // the first sheet only
  }
  const rows = raw.filter((r) => r.values.some((v) => v.trim() !== ''));
  if (!rows.length) return [];
  const columns = new Map<number, Key>();
  rows[0].values.forEach((v, i) => {
    const col = DEMAND_LIST_COLUMNS.find((c) => c.header === v.replace(/\*/g, '').trim());
    if (col) columns.set(i, col.key);
  });
  if (!columns.size)
    throw DomainException.validation([{ field: 'file', message: '未识别到模板的表头，请使用导入模板' }]);
  return rows.slice(1).map((r) => {
    const cells: Partial<Record<Key, string>> = {};
    for (const [i, key] of columns) cells[key] = (r.values[i] ?? '').trim();
    return { number: r.number, cells };
  });
}

function cellText(v: unknown): string {
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
