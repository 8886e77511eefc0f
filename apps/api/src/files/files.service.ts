import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PrincipalType } from '@steadywork/shared';
import { createHash, randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import type { Principal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { FileStore } from './file-store';
import { StoredFile } from './stored-file.entity';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface FileResponse {
  id: string;
  name: string;
  mime: string;
  size: number;
  createdAt: string;
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
export class FilesService {
  constructor(
    @InjectRepository(StoredFile) private readonly files: Repository<StoredFile>,
    private readonly store: FileStore,
    private readonly clock: Clock,
  ) {}

  async upload(
    file: { originalname: string; buffer: Buffer; size: number } | undefined,
    owner: Principal,
  ): Promise<FileResponse> {
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
    };
    await this.files.insert(row);
    return toResponse(row);
  }

  /** A file the caller has been allowed to read by other means (e.g. a center's public photo). */
  async readPublished(id: string): Promise<{ file: FileResponse; bytes: Buffer }> {
    const row = await this.files.findOneBy({ id });
    if (!row) throw DomainException.notFound('文件');
    return { file: toResponse(row), bytes: await this.store.get(id) };
  }

  /** The uploader, or any staff member, may read a file. */
  async read(id: string, reader: Principal): Promise<{ file: FileResponse; bytes: Buffer }> {
    const row = await this.files.findOneBy({ id });
    if (
      !row ||
      (reader.type === PrincipalType.WORKER && !(row.ownerType === PrincipalType.WORKER && row.ownerId === reader.id))
    ) {
      throw DomainException.notFound('文件');
    }
    return { file: toResponse(row), bytes: await this.store.get(id) };
  }

  /** Checks that every id names a file this principal uploaded (400 naming the first that does not). */
  async assertOwned(ids: string[], owner: Principal, field: string): Promise<void> {
    if (!ids.length) return;
    const rows = await this.files.findBy({ id: In(ids) });
    const mine = new Set(rows.filter((r) => r.ownerType === owner.type && r.ownerId === owner.id).map((r) => r.id));
    const bad = ids.findIndex((id) => !mine.has(id));
    if (bad >= 0) throw DomainException.validation([{ field: `${field}[${bad}]`, message: '附件不存在，请重新上传' }]);
  }

  /** The files among `ids` that exist, by id (for reading lists; missing ones are left out). */
  async describeMany(ids: string[]): Promise<Map<string, FileResponse>> {
    if (!ids.length) return new Map();
    const rows = await this.files.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((r) => [r.id, toResponse(r)]));
  }

  /** Checks that every id names an uploaded file; returns them in order. */
  async describe(ids: string[], field: string): Promise<FileResponse[]> {
    if (!ids.length) return [];
    const rows = await this.files.findBy({ id: In(ids) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = ids.findIndex((id) => !byId.has(id));
    if (missing >= 0)
      throw DomainException.validation([{ field: `${field}[${missing}]`, message: '附件不存在，请重新上传' }]);
    return ids.map((id) => toResponse(byId.get(id)!));
  }
}

function toResponse(f: StoredFile): FileResponse {
  return { id: f.id, name: f.originalName, mime: f.mime, size: f.size, createdAt: f.createdAt.toISOString() };
}
