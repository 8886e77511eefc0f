import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ONLINE_LEARNING_COLUMNS,
  OnlineLearningChannel,
  OnlineLearningImportResponse,
  OnlineLearningListItem,
  Page,
  OnlineLearningRecordResponse,
  OnlineLearningRowError,
  parseResidentId,
} from '@steadywork/shared';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { In, Repository } from 'typeorm';
import { isRealDate, shanghaiDate } from '../common/dates';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal, WorkerPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage, inBatches } from '../common/pagination';
import { isUniqueViolation, likeEscape } from '../common/sql';
import { PersonalDataCipher } from '../crypto/personal-data.cipher';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { applyWorkerKeyword } from '../workers/worker-keyword';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { OnlineLearningLogDto, OnlineLearningQueryDto } from './training.dto';
import { OnlineLearningRecord } from './training.entities';

export interface UploadedSheet {
  originalname: string;
  buffer: Buffer;
  size: number;
}

type Key = (typeof ONLINE_LEARNING_COLUMNS)[number]['key'];
type Cells = Partial<Record<Key, string>>;

const MAX_ROWS = 50_000;
const MAX_ERRORS_KEPT = 2_000;
const CHUNK = 500;
const ITEM_KEY = /^[A-Za-z0-9_.:-]{1,128}$/;

interface GoodRow {
  row: number;
  workerId: number;
  regionCode: string;
  itemKey: string;
  itemTitle: string;
  durationMinutes: number;
  studiedOn: string;
  source: string;
}

/**
 * Online learning (the last "1" of 151): records imported from the online education platform's
 * export, or logged by the mini-program. One person-time per worker and item, whatever the
 * channel and however often a file is imported (a unique key), so re-running an import adds
 * nothing. Imports report row by row what was added, already counted, or wrong.
 */
@Injectable()
export class OnlineLearningService {
  constructor(
    @InjectRepository(OnlineLearningRecord) private readonly records: Repository<OnlineLearningRecord>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly workers: WorkersService,
    private readonly cipher: PersonalDataCipher,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async import(
    file: UploadedSheet | undefined,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<OnlineLearningImportResponse> {
    if (!file) throw DomainException.validation([{ field: 'file', message: '请选择要导入的 .xlsx 或 .csv 文件' }]);
    const rows = await readSheet(file);
    if (!rows.length) throw DomainException.validation([{ field: 'file', message: '文件中没有数据' }]);
    const missing = ONLINE_LEARNING_COLUMNS.filter((c) => c.key !== 'name' && !rows[0].headers.has(c.key));
    if (missing.length) {
      throw DomainException.validation([
        { field: 'file', message: `缺少列：${missing.map((c) => c.header).join('、')}（第一行应为列名）` },
      ]);
    }
    const data = rows.slice(1);
    if (data.length > MAX_ROWS) {
      throw DomainException.validation([{ field: 'file', message: `一次最多导入 ${MAX_ROWS} 行，请分批导入` }]);
    }
    const errors: OnlineLearningRowError[] = [];
    const fail = (row: number, field: Key | 'row', message: string) => errors.push({ row, field, message });
    const today = shanghaiDate(this.clock.now());

    // workers by ID number, looked up in batches by their keyed hash
    const hashes = new Map<string, string>();
    for (const r of data) {
      const id = (r.cells.idNumber ?? '').trim().toUpperCase();
      if (parseResidentId(id).valid) hashes.set(id, this.cipher.lookupHash('id', id));
    }
    const byHash = new Map<string, Worker>();
    const hashList = [...new Set(hashes.values())];
    for (let i = 0; i < hashList.length; i += CHUNK) {
      for (const w of await this.workerRepo.findBy({ idNumberHash: In(hashList.slice(i, i + CHUNK)) })) {
        byHash.set(w.idNumberHash, w);
      }
    }

    const good: GoodRow[] = [];
    for (const r of data) {
      const c = r.cells;
      const before = errors.length;
      const id = (c.idNumber ?? '').trim().toUpperCase();
      const worker = hashes.has(id) ? byHash.get(hashes.get(id)!) : undefined;
      if (!id) fail(r.number, 'idNumber', '请填写身份证号');
      else if (!parseResidentId(id).valid) fail(r.number, 'idNumber', '身份证号不正确（请把该列设为文本格式）');
      else if (!worker) fail(r.number, 'idNumber', '没有这个身份证号的实名登记职工');
      else if (c.name && c.name.trim() !== worker.name) fail(r.number, 'name', '姓名与实名登记不一致');
      else if (!scope.all && !scope.regionCodes.includes(worker.regionCode)) {
        fail(r.number, 'idNumber', '该职工不在您的管辖范围内');
      }
      const itemKey = (c.itemKey ?? '').trim();
      if (!ITEM_KEY.test(itemKey)) fail(r.number, 'itemKey', '学习内容编号只能是 1–128 位字母、数字和 _ . : -');
      const itemTitle = (c.itemTitle ?? '').trim();
      if (!itemTitle || itemTitle.length > 255) fail(r.number, 'itemTitle', '请填写学习内容（不超过 255 字）');
      const minutes = Number((c.durationMinutes ?? '').trim());
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
        fail(r.number, 'durationMinutes', '学习时长应为 1–1440 的整数（分钟）');
      }
      const studiedOn = normalizeDate(c.studiedOn ?? '');
      if (!studiedOn || !isRealDate(studiedOn)) fail(r.number, 'studiedOn', '学习日期格式应为 YYYY-MM-DD');
      else if (studiedOn > today) fail(r.number, 'studiedOn', '学习日期不能晚于今天');
      const source = (c.source ?? '').trim();
      if (!source || source.length > 64) fail(r.number, 'source', '请填写来源平台（不超过 64 字）');
      if (errors.length === before) {
        good.push({
          row: r.number,
          workerId: worker!.id,
          regionCode: worker!.regionCode,
          itemKey,
          itemTitle,
          durationMinutes: minutes,
          studiedOn: studiedOn!,
          source,
        });
      }
    }
    const failedRows = new Set(errors.map((e) => e.row)).size;

    // rows already counted (earlier imports, the mini-program, or earlier in this file)
    let added = 0;
    let duplicates = 0;
    const seen = new Set<string>();
    const now = this.clock.now();
    for (let i = 0; i < good.length; i += CHUNK) {
      const chunk = good.slice(i, i + CHUNK);
      const existing = await this.records.find({
        select: { workerId: true, itemKey: true },
        where: { workerId: In([...new Set(chunk.map((g) => g.workerId))]), itemKey: In(chunk.map((g) => g.itemKey)) },
      });
      for (const e of existing) seen.add(`${e.workerId}|${e.itemKey}`);
      const fresh: GoodRow[] = [];
      for (const g of chunk) {
        const key = `${g.workerId}|${g.itemKey}`;
        if (seen.has(key)) duplicates += 1;
        else {
          seen.add(key);
          fresh.push(g);
        }
      }
      const values = fresh.map((g) => ({
        workerId: g.workerId,
        regionCode: g.regionCode,
        itemKey: g.itemKey,
        itemTitle: g.itemTitle,
        durationMinutes: g.durationMinutes,
        studiedOn: g.studiedOn,
        year: Number(g.studiedOn.slice(0, 4)),
        source: g.source,
        channel: OnlineLearningChannel.IMPORT,
        createdBy: staff.id,
        createdAt: now,
      }));
      if (!values.length) continue;
      try {
        await this.records.insert(values);
        added += values.length;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        // another import of the same records got there first: one at a time
        for (const v of values) {
          try {
            await this.records.insert(v);
            added += 1;
          } catch (e) {
            if (!isUniqueViolation(e)) throw e;
            duplicates += 1;
          }
        }
      }
    }
    await this.audit.record({
      action: 'online_learning.import',
      targetType: 'online_learning_record',
      summary: { file: file.originalname.slice(0, 255), rows: data.length, added, duplicates, failed: failedRows },
    });
    return {
      rows: data.length,
      added,
      duplicates,
      failed: failedRows,
      errors: errors.slice(0, MAX_ERRORS_KEPT),
    };
  }

  /** The mini-program's learning pages log a finished item; logging it again returns the first record. */
  async log(
    me: WorkerPrincipal,
    dto: OnlineLearningLogDto,
  ): Promise<{ record: OnlineLearningRecordResponse; repeated: boolean }> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) throw DomainException.conflict('请先完成实名登记');
    const today = shanghaiDate(this.clock.now());
    const studiedOn = dto.studiedOn ?? today;
    if (!isRealDate(studiedOn) || studiedOn > today) {
      throw DomainException.validation([{ field: 'studiedOn', message: '学习日期不能晚于今天' }]);
    }
    const earlier = await this.records.findOneBy({ workerId: worker.id, itemKey: dto.itemKey });
    if (earlier) return { record: toResponse(earlier), repeated: true };
    try {
      const id = await this.records.manager.transaction(async (m) => {
        const result = await m.getRepository(OnlineLearningRecord).insert({
          workerId: worker.id,
          regionCode: worker.regionCode,
          itemKey: dto.itemKey,
          itemTitle: dto.itemTitle.trim(),
          durationMinutes: dto.durationMinutes,
          studiedOn,
          year: Number(studiedOn.slice(0, 4)),
          source: '小程序',
          channel: OnlineLearningChannel.MINIPROGRAM,
          createdBy: null,
          createdAt: this.clock.now(),
        });
        const recordId = Number(result.identifiers[0].id);
        await this.audit.record(
          {
            action: 'online_learning.log',
            targetType: 'online_learning_record',
            targetId: recordId,
            summary: { itemKey: dto.itemKey, durationMinutes: dto.durationMinutes },
          },
          m,
        );
        return recordId;
      });
      return { record: toResponse(await this.records.findOneByOrFail({ id })), repeated: false };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const first = await this.records.findOneByOrFail({ workerId: worker.id, itemKey: dto.itemKey });
      return { record: toResponse(first), repeated: true };
    }
  }

  async mine(me: WorkerPrincipal): Promise<OnlineLearningRecordResponse[]> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) return [];
    return (await this.records.find({ where: { workerId: worker.id }, order: { id: 'DESC' } })).map(toResponse);
  }

  /** The staff list (网上学习记录): records of workers in the caller's scope, newest first. */
  async list(query: OnlineLearningQueryDto, scope: DataScope): Promise<Page<OnlineLearningListItem>> {
    const [rows, total] = await this.query(query, scope)
      .orderBy('r.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getManyAndCount();
    return toPage(await this.toListItems(rows), total, query);
  }

  /** The same rows for the export, in batches of 1,000. */
  async *each(query: OnlineLearningQueryDto, scope: DataScope): AsyncGenerator<OnlineLearningListItem[]> {
    for await (const rows of inBatches(() => this.query(query, scope), 'r', 1000)) yield await this.toListItems(rows);
  }

  private query(query: OnlineLearningQueryDto, scope: DataScope) {
    const qb = this.records.createQueryBuilder('r');
    applyScope(qb, 'r.region_code', scope);
    if (query.year) qb.andWhere('r.year = :year', { year: query.year });
    if (query.channel) qb.andWhere('r.channel = :channel', { channel: query.channel });
    if (query.regionCode) {
      qb.andWhere('r.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    if (query.item?.trim()) {
      qb.andWhere("(r.item_key LIKE :item ESCAPE '!' OR r.item_title LIKE :item ESCAPE '!')", {
        item: `%${likeEscape(query.item.trim())}%`,
      });
    }
    if (query.keyword) applyWorkerKeyword(qb, 'r.worker_id', query.keyword);
    return qb;
  }

  private async toListItems(rows: OnlineLearningRecord[]): Promise<OnlineLearningListItem[]> {
    if (!rows.length) return [];
    const workers = await this.workerRepo.findBy({ id: In([...new Set(rows.map((r) => r.workerId))]) });
    return rows.map((r) => {
      const w = workers.find((x) => x.id === r.workerId)!;
      return {
        ...toResponse(r),
        workerName: w.name,
        idNumberMasked: w.idNumberMasked,
        regionCode: r.regionCode,
        regionName: this.regions.fullName(r.regionCode),
      };
    });
  }

  async template(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('网上学习记录');
    ws.columns = ONLINE_LEARNING_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: 20 }));
    ws.getColumn(1).numFmt = '@';
    ws.getRow(1).font = { bold: true };
    ws.addRow({
      idNumber: '11010519491231002X',
      name: '张三',
      itemKey: 'course-2026-001',
      itemTitle: '劳动法律知识',
      durationMinutes: 45,
      studiedOn: '2026-03-15',
      source: '青海工会网上学习平台',
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}

function toResponse(r: OnlineLearningRecord): OnlineLearningRecordResponse {
  return {
    id: r.id,
    workerId: r.workerId,
    itemKey: r.itemKey,
    itemTitle: r.itemTitle,
    durationMinutes: r.durationMinutes,
    studiedOn: r.studiedOn,
    source: r.source,
    channel: r.channel,
    createdAt: r.createdAt.toISOString(),
  };
}

/** 2026/3/5, 2026-3-5 and 2026.03.05 → 2026-03-05; anything else is returned as is. */
function normalizeDate(text: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (!m) return text.trim() || null;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

interface SheetRow {
  number: number;
  cells: Cells;
  headers: Set<Key>;
}

/** The first sheet of an .xlsx (by content) or a UTF-8 .csv, as rows of named cells; row 1 names the columns. */
async function readSheet(file: UploadedSheet): Promise<SheetRow[]> {
  const isXlsx = file.buffer.subarray(0, 4).toString('binary') === 'PK\u0003\u0004';
  let raw: { number: number; values: string[] }[];
  if (isXlsx) {
    raw = [];
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file.buffer), {
      worksheets: 'emit',
      sharedStrings: 'cache',
    });
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        raw.push({ number: row.number, values: Array.from((row.values as unknown[]).slice(1), cellText) });
        if (raw.length > MAX_ROWS + 1) break;
      }
      break; // the first sheet only
    }
  } else {
    const text = file.buffer.toString('utf8');
    if (text.includes('\u0000') || text.includes('\ufffd')) {
      throw DomainException.validation([{ field: 'file', message: '文件应为 Excel（.xlsx）或 UTF-8 编码的 CSV 文件' }]);
    }
    raw = parseCsv(text.replace(/^\ufeff/, '')).map((values, i) => ({ number: i + 1, values }));
  }
  raw = raw.filter((r) => r.values.some((v) => v.trim() !== ''));
  if (!raw.length) return [];
  const columns = new Map<number, Key>();
  raw[0].values.forEach((v, i) => {
    const col = ONLINE_LEARNING_COLUMNS.find((c) => c.header === v.replace(/\*/g, '').trim());
    if (col) columns.set(i, col.key);
  });
  const headers = new Set(columns.values());
  return raw.map((r) => {
    const cells: Cells = {};
    for (const [i, key] of columns) cells[key] = (r.values[i] ?? '').trim();
    return { number: r.number, cells, headers };
  });
}

/** RFC 4180: commas, quotes doubled inside quoted fields, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Text of a cell: numbers, rich text, formulas and dates alike. */
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
