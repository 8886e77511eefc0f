import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager, In, Repository } from 'typeorm';
import type { Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { ErrorCode, FileRef } from '@steadywork/shared';
import type { DataScope } from '../scope/data-scope';
import { FileStore } from './file-store';
import { StoredFile } from './stored-file.entity';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** An upload not attached to any record within a day is removed. */
export const UNATTACHED_FILE_TTL_MS = 24 * 60 * 60 * 1000;
const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;

/** The kinds of record a file can belong to (stored_file.attached_type). */
export enum FileRecordType {
  HARDSHIP_ARCHIVE = 'hardship_archive',
  AID_APPLICATION = 'aid_application',
  SERVICE_REQUEST = 'service_request',
  CENTER = 'center',
  STAR_EVALUATION = 'star_evaluation',
  OUTCOME = 'outcome',
  TRAINING_BASE = 'training_base',
  DEMAND = 'demand',
  LAYOFF_FILING = 'layoff_filing',
}

export interface FileRecord {
  type: FileRecordType;
  id: number;
}

/** May this principal read the record (staff: with their data scope)? The record's own read rule. */
export type FileReadRule = (
  recordId: number,
  reader: Principal,
  scope: DataScope | null,
  fileId: string,
) => Promise<boolean>;

/** True when `read` succeeds, false when it answers 404 or 403 (the record is out of reach); other errors pass. */
export async function readable(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (err) {
    if (err instanceof DomainException && (err.code === ErrorCode.NOT_FOUND || err.code === ErrorCode.FORBIDDEN))
      return false;
    throw err;
  }
}

function isUploader(row: StoredFile, p: Principal): boolean {
  return row.ownerType === p.type && row.ownerId === p.id;
}

/** Accepted types, recognised by their first bytes — never by the name or the declared type. */
const SIGNATURES: { mime: string; magic: number[] }[] = [
  { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

export function sniffMime(bytes: Buffer): string | null {
  return SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b))?.mime ?? null;
}

@Injectable()
export class FilesService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Files');
  private readonly rules = new Map<FileRecordType, FileReadRule>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectRepository(StoredFile) private readonly files: Repository<StoredFile>,
    private readonly store: FileStore,
    private readonly clock: Clock,
  ) {}

  async upload(
    file: { originalname: string; buffer: Buffer; size: number } | undefined,
    owner: Principal,
  ): Promise<FileRef> {
    if (!file) throw DomainException.validation([{ field: 'file', message: '请选择要上传的文件' }]);
    if (file.size > MAX_FILE_BYTES)
      throw DomainException.validation([{ field: 'file', message: '文件不能超过 10 MB' }]);
    const mime = sniffMime(file.buffer);
    if (!mime) throw DomainException.validation([{ field: 'file', message: '只能上传 JPG、PNG 图片或 PDF 文件' }]);
    const id = randomUUID();
    await this.store.put(id, file.buffer);
    const row: StoredFile = {
      id,
      ownerType: owner.type,
      ownerId: owner.id,
      // multer reads multipart names as latin1; browsers send UTF-8
      originalName: Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 255),
      mime,
      size: file.size,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      createdAt: this.clock.now(),
      attachedType: null,
      attachedId: null,
      attachedAt: null,
    };
    await this.files.insert(row);
    return toResponse(row);
  }

  /**
   * The record a file is attached to decides who reads it: each owning module registers the
   * rule of its record type (the same rule as reading the record itself).
   */
  registerReadRule(type: FileRecordType, rule: FileReadRule): void {
    this.rules.set(type, rule);
  }

  /**
   * Reads a file. Attached: whoever may read its record (the record type's rule). Unattached:
   * only its uploader, until it expires. Anyone else gets 404, whether or not the file exists.
   */
  async read(id: string, reader: Principal, scope: DataScope | null): Promise<{ file: FileRef; bytes: Buffer }> {
    const row = await this.files.findOneBy({ id });
    if (!row || !(await this.mayRead(row, reader, scope))) throw DomainException.notFound('文件');
    return { file: toResponse(row), bytes: await this.store.get(id) };
  }

  /** Reads a file only if it is attached to this record (e.g. a center's photo, public by its own rule). */
  async readAttached(id: string, record: FileRecord): Promise<{ file: FileRef; bytes: Buffer }> {
    const row = await this.files.findOneBy({ id, attachedType: record.type, attachedId: record.id });
    if (!row) throw DomainException.notFound('文件');
    return { file: toResponse(row), bytes: await this.store.get(id) };
  }

  private async mayRead(row: StoredFile, reader: Principal, scope: DataScope | null): Promise<boolean> {
    if (row.attachedType === null || row.attachedId === null) {
      return isUploader(row, reader) && !this.expired(row);
    }
    const rule = this.rules.get(row.attachedType as FileRecordType);
    return rule ? rule(row.attachedId, reader, scope, row.id) : false;
  }

  private expired(row: StoredFile): boolean {
    return row.createdAt.getTime() <= this.clock.now().getTime() - UNATTACHED_FILE_TTL_MS;
  }

  /**
   * Checks, before a record is saved, that every id may be attached to it by this principal: a
   * file they uploaded that is not attached anywhere yet (and has not expired), or one already
   * attached to this very record. Anything else is a 400 naming the first bad entry, with the same
   * message whether the file is missing, someone else's, or attached elsewhere.
   */
  async checkAttachable(ids: string[], by: Principal, field: string, record?: FileRecord): Promise<void> {
    if (!ids.length) return;
    const rows = await this.files.findBy({ id: In([...new Set(ids)]) });
    const ok = new Set(rows.filter((r) => this.attachable(r, by, record)).map((r) => r.id));
    const bad = ids.findIndex((id) => !ok.has(id));
    if (bad >= 0) throw DomainException.validation([{ field: `${field}[${bad}]`, message: '附件不存在，请重新上传' }]);
  }

  private attachable(row: StoredFile, by: Principal, record?: FileRecord): boolean {
    if (row.attachedType === null) return isUploader(row, by) && !this.expired(row);
    return !!record && row.attachedType === record.type && row.attachedId === record.id;
  }

  /**
   * Links the files to the record, in the transaction that saves it. The update only takes files
   * still unattached and uploaded by `by`, so two records racing for one file cannot both get it:
   * the loser's transaction fails with the same 400 as `checkAttachable`.
   */
  async attach(m: EntityManager, ids: string[], by: Principal, record: FileRecord, field: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (!unique.length) return;
    const now = this.clock.now();
    await m
      .createQueryBuilder()
      .update(StoredFile)
      .set({ attachedType: record.type, attachedId: record.id, attachedAt: now })
      .where('id IN (:...ids) AND attached_type IS NULL AND owner_type = :ownerType AND owner_id = :ownerId', {
        ids: unique,
        ownerType: by.type,
        ownerId: by.id,
      })
      .andWhere('created_at > :cutoff', { cutoff: new Date(now.getTime() - UNATTACHED_FILE_TTL_MS) })
      .execute();
    const linked = await m
      .getRepository(StoredFile)
      .findBy({ id: In(unique), attachedType: record.type, attachedId: record.id });
    const have = new Set(linked.map((r) => r.id));
    const bad = ids.findIndex((id) => !have.has(id));
    if (bad >= 0) throw DomainException.validation([{ field: `${field}[${bad}]`, message: '附件不存在，请重新上传' }]);
  }

  /**
   * Removes uploads never attached to a record within UNATTACHED_FILE_TTL_MS (rows, then bytes).
   * Runs at start and every hour; reads and attaches already treat such files as gone.
   */
  async removeExpired(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - UNATTACHED_FILE_TTL_MS);
    let removed = 0;
    for (;;) {
      const rows = await this.files
        .createQueryBuilder('f')
        .select('f.id', 'id')
        .where('f.attached_at IS NULL AND f.attached_type IS NULL AND f.created_at <= :cutoff', { cutoff })
        .orderBy('f.created_at', 'ASC')
        .limit(200)
        .getRawMany<{ id: string }>();
      if (!rows.length) return removed;
      for (const { id } of rows) {
        // the row goes only if it is still unattached; the bytes follow
        const gone = await this.files
          .createQueryBuilder()
          .delete()
          .from(StoredFile)
          .where('id = :id AND attached_type IS NULL', { id })
          .execute();
        if (gone.affected) {
          await this.store.remove(id).catch((err) => this.logger.warn({ err, id }, 'expired file bytes not removed'));
          removed += 1;
        }
      }
    }
  }

  onApplicationBootstrap(): void {
    const sweep = () =>
      this.removeExpired().catch((err) => this.logger.error({ err }, 'expired upload cleanup failed'));
    void sweep();
    this.timer = setInterval(sweep, CLEANUP_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The files among `ids` that exist, by id (for reading lists; missing ones are left out). */
  async describeMany(ids: string[]): Promise<Map<string, FileRef>> {
    if (!ids.length) return new Map();
    const rows = await this.files.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((r) => [r.id, toResponse(r)]));
  }

  /** Checks that every id names an uploaded file; returns them in order. */
  async describe(ids: string[], field: string): Promise<FileRef[]> {
    if (!ids.length) return [];
    const rows = await this.files.findBy({ id: In(ids) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = ids.findIndex((id) => !byId.has(id));
    if (missing >= 0)
      throw DomainException.validation([{ field: `${field}[${missing}]`, message: '附件不存在，请重新上传' }]);
    return ids.map((id) => toResponse(byId.get(id)!));
  }
}

function toResponse(f: StoredFile): FileRef {
  return { id: f.id, name: f.originalName, mime: f.mime, size: f.size, createdAt: f.createdAt.toISOString() };
}
