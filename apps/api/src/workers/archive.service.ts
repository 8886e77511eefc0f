import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ArchiveEventType, ArchiveResponse, ArchiveStatus, WORKER_READ_ROLES, WorkerTag } from '@steadywork/shared';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isStaff, type StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation } from '../common/sql';
import { DataScope } from '../scope/data-scope';
import { FileRecordType, FilesService } from '../files/files.service';
import { ArchiveAssessmentDto, CloseArchiveDto, ReopenArchiveDto } from './dto/archive.dto';
import { ArchiveEvent, HardshipArchive } from './hardship-archive.entity';
import { Worker } from './worker.entity';
import { WorkersService } from './workers.service';

/** 困难职工档案: open, re-assess, close (脱困), reopen (返困), with the full history. */
@Injectable()
export class ArchiveService implements OnModuleInit {
  constructor(
    @InjectRepository(HardshipArchive) private readonly archives: Repository<HardshipArchive>,
    @InjectRepository(ArchiveEvent) private readonly events: Repository<ArchiveEvent>,
    private readonly workers: WorkersService,
    private readonly audit: AuditService,
    private readonly files: FilesService,
    private readonly clock: Clock,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
  ) {}

  /** An archive's attachments are read as the archive is: staff who read workers, in the worker's region. */
  onModuleInit(): void {
    this.files.registerReadRule(FileRecordType.HARDSHIP_ARCHIVE, async (archiveId, reader, scope) => {
      if (!isStaff(reader) || !scope || !reader.roles.some((r) => WORKER_READ_ROLES.includes(r))) return false;
      const archive = await this.archives.findOneBy({ id: archiveId });
      const worker = archive ? await this.workerRepo.findOneBy({ id: archive.workerId }) : null;
      return !!worker && (scope.all || scope.regionCodes.includes(worker.regionCode));
    });
  }

  async get(workerId: number, scope: DataScope): Promise<ArchiveResponse | null> {
    await this.workers.findInScope(workerId, scope);
    const archive = await this.archives.findOneBy({ workerId });
    return archive ? this.toResponse(archive) : null;
  }

  async open(
    workerId: number,
    dto: ArchiveAssessmentDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<ArchiveResponse> {
    const worker = await this.workers.findInScope(workerId, scope);
    await this.files.checkAttachable(dto.attachments ?? [], staff, 'attachments');
    if (await this.archives.findOneBy({ workerId })) {
      throw DomainException.conflict('该职工已有困难档案：在档的请重新评估，已脱困的请办理返困');
    }
    const now = this.clock.now();
    try {
      await this.archives.manager.transaction(async (m) => {
        const result = await m.getRepository(HardshipArchive).insert({
          workerId,
          regionCode: worker.regionCode,
          status: ArchiveStatus.ACTIVE,
          ...assessment(dto),
          openedAt: now,
          closedAt: null,
          closeReason: null,
          updatedAt: now,
        });
        const archiveId = Number(result.identifiers[0].id);
        await this.files.attach(m, dto.attachments ?? [], staff, this.fileRecord(archiveId), 'attachments');
        await this.event(m, archiveId, workerId, ArchiveEventType.OPENED, dto, null, staff);
        await this.setWorkerStatus(m, workerId, ArchiveStatus.ACTIVE);
        await this.audit.record(
          { action: 'archive.open', targetType: 'worker', targetId: workerId, summary: { level: dto.level } },
          m,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw DomainException.conflict('该职工已有困难档案');
      throw err;
    }
    return (await this.get(workerId, scope))!;
  }

  async reassess(
    workerId: number,
    dto: ArchiveAssessmentDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<ArchiveResponse> {
    const archive = await this.requireArchive(workerId, scope, ArchiveStatus.ACTIVE, '只有在档的困难档案可以重新评估');
    await this.files.checkAttachable(dto.attachments ?? [], staff, 'attachments', this.fileRecord(archive.id));
    await this.archives.manager.transaction(async (m) => {
      await this.files.attach(m, dto.attachments ?? [], staff, this.fileRecord(archive.id), 'attachments');
      await m
        .getRepository(HardshipArchive)
        .update({ id: archive.id }, { ...assessment(dto), updatedAt: this.clock.now() });
      await this.event(m, archive.id, workerId, ArchiveEventType.REASSESSED, dto, null, staff);
      await this.audit.recordChange(
        {
          action: 'archive.reassess',
          targetType: 'worker',
          targetId: workerId,
          before: archive,
          after: assessment(dto),
        },
        m,
      );
    });
    return (await this.get(workerId, scope))!;
  }

  async close(
    workerId: number,
    dto: CloseArchiveDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<ArchiveResponse> {
    const archive = await this.requireArchive(workerId, scope, ArchiveStatus.ACTIVE, '只有在档的困难档案可以办理脱困');
    const now = this.clock.now();
    await this.archives.manager.transaction(async (m) => {
      const moved = await m
        .getRepository(HardshipArchive)
        .update(
          { id: archive.id, status: ArchiveStatus.ACTIVE },
          { status: ArchiveStatus.CLOSED, closedAt: now, closeReason: dto.reason, updatedAt: now },
        );
      if (!moved.affected) throw DomainException.conflict('档案状态已变化，请刷新后重试');
      await this.event(m, archive.id, workerId, ArchiveEventType.CLOSED, {}, dto.reason, staff);
      await this.setWorkerStatus(m, workerId, ArchiveStatus.CLOSED);
      await this.audit.record(
        { action: 'archive.close', targetType: 'worker', targetId: workerId, summary: { reason: dto.reason } },
        m,
      );
    });
    return (await this.get(workerId, scope))!;
  }

  async reopen(
    workerId: number,
    dto: ReopenArchiveDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<ArchiveResponse> {
    const archive = await this.requireArchive(workerId, scope, ArchiveStatus.CLOSED, '只有已脱困的档案可以办理返困');
    await this.files.checkAttachable(dto.attachments ?? [], staff, 'attachments', this.fileRecord(archive.id));
    const now = this.clock.now();
    await this.archives.manager.transaction(async (m) => {
      await this.files.attach(m, dto.attachments ?? [], staff, this.fileRecord(archive.id), 'attachments');
      const moved = await m
        .getRepository(HardshipArchive)
        .update(
          { id: archive.id, status: ArchiveStatus.CLOSED },
          { status: ArchiveStatus.ACTIVE, ...assessment(dto), closedAt: null, closeReason: null, updatedAt: now },
        );
      if (!moved.affected) throw DomainException.conflict('档案状态已变化，请刷新后重试');
      await this.event(m, archive.id, workerId, ArchiveEventType.REOPENED, dto, dto.reason, staff);
      await this.setWorkerStatus(m, workerId, ArchiveStatus.ACTIVE);
      await this.audit.record(
        {
          action: 'archive.reopen',
          targetType: 'worker',
          targetId: workerId,
          summary: { reason: dto.reason, level: dto.level },
        },
        m,
      );
    });
    return (await this.get(workerId, scope))!;
  }

  private fileRecord(archiveId: number) {
    return { type: FileRecordType.HARDSHIP_ARCHIVE, id: archiveId };
  }

  private async requireArchive(
    workerId: number,
    scope: DataScope,
    status: ArchiveStatus,
    message: string,
  ): Promise<HardshipArchive> {
    await this.workers.findInScope(workerId, scope);
    const archive = await this.archives.findOneBy({ workerId });
    if (!archive) throw DomainException.notFound('困难档案');
    if (archive.status !== status) throw DomainException.conflict(message);
    return archive;
  }

  private async event(
    m: EntityManager,
    archiveId: number,
    workerId: number,
    type: ArchiveEventType,
    dto: Partial<ArchiveAssessmentDto>,
    reason: string | null,
    staff: StaffPrincipal,
  ): Promise<void> {
    await m.getRepository(ArchiveEvent).insert({
      archiveId,
      workerId,
      type,
      snapshot: dto.level ? { ...assessment(dto as ArchiveAssessmentDto) } : {},
      reason,
      actorId: staff.id,
      actorName: staff.displayName,
      createdAt: this.clock.now(),
    });
  }

  /** The worker's archive status and the 困难职工 tag follow the archive; reopening clears 返困风险. */
  private async setWorkerStatus(m: EntityManager, workerId: number, status: ArchiveStatus): Promise<void> {
    await m.getRepository(Worker).update({ id: workerId }, { archiveStatus: status, updatedAt: this.clock.now() });
    await this.workers.setTag(m, workerId, WorkerTag.HARDSHIP, status === ArchiveStatus.ACTIVE);
    // back in the archive (返困 re-assessed): the 返困风险 flag has done its work
    if (status === ArchiveStatus.ACTIVE) await this.workers.setTag(m, workerId, WorkerTag.RELAPSE_RISK, false);
  }

  private async toResponse(a: HardshipArchive): Promise<ArchiveResponse> {
    const events = await this.events.find({ where: { archiveId: a.id }, order: { id: 'ASC' } });
    return {
      id: a.id,
      workerId: a.workerId,
      status: a.status,
      level: a.level,
      household: a.household,
      cause: a.cause,
      attachments: a.attachments,
      attachmentFiles: await this.files.describe(a.attachments, 'attachments'),
      openedAt: a.openedAt.toISOString(),
      closedAt: a.closedAt?.toISOString() ?? null,
      closeReason: a.closeReason,
      events: events.map((e) => ({
        id: e.id,
        type: e.type,
        reason: e.reason,
        snapshot: e.snapshot,
        actorName: e.actorName,
        createdAt: e.createdAt.toISOString(),
      })),
    };
  }
}

function assessment(dto: ArchiveAssessmentDto) {
  return {
    level: dto.level,
    household: { ...dto.household },
    cause: dto.cause,
    attachments: dto.attachments ?? [],
  };
}
