import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ArchiveResponse,
  AuditLogResponse,
  FollowUpResponse,
  ImportJobResponse,
  OverdueFollowUpResponse,
  Page,
  RevealResponse,
  WORKER_READ_ROLES,
  WORKER_TAG_LABELS,
  WORKER_WRITE_ROLES,
  WorkerResponse,
} from '@steadywork/shared';
import { AuditService } from '../audit/audit.service';
import { CurrentStaff, Roles } from '../auth/access.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { IdPipe } from '../common/id.pipe';
import { XLSX_MIME, allPages, sendDownload, shanghaiTime } from '../common/xlsx';
import { DataScope, Scope } from '../scope/data-scope';
import { ArchiveService } from './archive.service';
import {
  ArchiveAssessmentDto,
  CloseArchiveDto,
  FollowUpDto,
  OverdueQueryDto,
  ReopenArchiveDto,
} from './dto/archive.dto';
import { UpdateWorkerDto, WorkerProfileDto, WorkerQueryDto } from './dto/worker-profile.dto';
import { FollowUpService } from './follow-up.service';
import { WorkersService } from './workers.service';
import { WorkerExportService } from './worker-export.service';
import { writeAuditedExport } from '../audit/audited-export';
import { Clock } from '../common/clock';
import { UploadedSheet, WorkerImportService } from './worker-import.service';
import { ApiFileResult, ApiResult } from '../openapi/api-result';

@ApiTags('workers')
@ApiBearerAuth()
@Controller('workers')
export class WorkersController {
  constructor(
    private readonly workers: WorkersService,
    private readonly archives: ArchiveService,
    private readonly followUps: FollowUpService,
    private readonly audit: AuditService,
    private readonly importer: WorkerImportService,
    private readonly exporter: WorkerExportService,
  ) {}

  @Get('export')
  @Roles(...WORKER_READ_ROLES)
  @ApiOperation({ summary: 'The filtered list as .xlsx (masked ID and phone numbers), streamed' })
  @ApiFileResult(XLSX_MIME)
  async export(@Query() query: WorkerQueryDto, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    await this.exporter.write(query, scope, res);
  }

  @Get('import-template')
  @Roles(...WORKER_WRITE_ROLES)
  @ApiOperation({ summary: 'The .xlsx template for importing workers and archives' })
  @ApiFileResult(XLSX_MIME)
  async template(@Res() res: Response): Promise<void> {
    sendDownload(res, await this.importer.template(), '职工导入模板.xlsx', XLSX_MIME, 'template.xlsx');
  }

  @Post('imports')
  @Roles(...WORKER_WRITE_ROLES)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20 * 1024 * 1024, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Start an import; poll GET /workers/imports/:id for progress and the row report' })
  @ApiResult('ImportJobResponse')
  startImport(
    @UploadedFile() file: UploadedSheet | undefined,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<ImportJobResponse> {
    return this.importer.start(file, staff, scope);
  }

  @Get('imports/:id')
  @Roles(...WORKER_WRITE_ROLES)
  @ApiResult('ImportJobResponse')
  importStatus(@Param('id', IdPipe) id: number, @CurrentStaff() staff: StaffPrincipal): Promise<ImportJobResponse> {
    return this.importer.get(id, staff);
  }

  @Get()
  @Roles(...WORKER_READ_ROLES)
  @ApiOperation({ summary: 'Workers in the caller’s data scope (masked), filtered and paged' })
  @ApiResult('WorkerResponse', { page: true })
  list(@Query() query: WorkerQueryDto, @Scope() scope: DataScope): Promise<Page<WorkerResponse>> {
    return this.workers.list(query, scope);
  }

  @Get(':id')
  @Roles(...WORKER_READ_ROLES)
  @ApiResult('WorkerResponse')
  get(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<WorkerResponse> {
    return this.workers.get(id, scope);
  }

  @Post()
  @Roles(...WORKER_WRITE_ROLES)
  @ApiOperation({ summary: 'Register a worker on their behalf (one record per ID number: 409 otherwise)' })
  @ApiResult('WorkerResponse')
  create(
    @Body() dto: WorkerProfileDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<WorkerResponse> {
    return this.workers.createOnBehalf(dto, staff, scope);
  }

  @Patch(':id')
  @Roles(...WORKER_WRITE_ROLES)
  @ApiResult('WorkerResponse')
  update(
    @Param('id', IdPipe) id: number,
    @Body() dto: UpdateWorkerDto,
    @Scope() scope: DataScope,
  ): Promise<WorkerResponse> {
    return this.workers.update(id, dto, scope);
  }

  @Post(':id/reveal')
  @HttpCode(200)
  @Roles(...WORKER_WRITE_ROLES)
  @ApiOperation({ summary: 'The full ID and phone numbers (audited)' })
  @ApiResult('RevealResponse')
  reveal(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<RevealResponse> {
    return this.workers.reveal(id, scope);
  }

  @Get(':id/audit')
  @Roles(...WORKER_READ_ROLES)
  @ApiOperation({ summary: 'The audit trail of this worker’s record' })
  @ApiResult('AuditLogResponse', { page: true })
  async trail(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<Page<AuditLogResponse>> {
    await this.workers.findInScope(id, scope);
    return this.audit.search({ targetType: 'worker', targetId: String(id), page: 1, pageSize: 100 });
  }

  @Get(':id/archive')
  @Roles(...WORKER_READ_ROLES)
  @ApiResult('ArchiveResponse', { nullable: true })
  archive(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<ArchiveResponse | null> {
    return this.archives.get(id, scope);
  }

  @Post(':id/archive')
  @Roles(...WORKER_WRITE_ROLES)
  @ApiOperation({ summary: 'Open the hardship archive (建档)' })
  @ApiResult('ArchiveResponse')
  openArchive(
    @Param('id', IdPipe) id: number,
    @Body() dto: ArchiveAssessmentDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<ArchiveResponse> {
    return this.archives.open(id, dto, staff, scope);
  }

  @Post(':id/archive/reassess')
  @HttpCode(200)
  @Roles(...WORKER_WRITE_ROLES)
  @ApiResult('ArchiveResponse')
  reassess(
    @Param('id', IdPipe) id: number,
    @Body() dto: ArchiveAssessmentDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<ArchiveResponse> {
    return this.archives.reassess(id, dto, staff, scope);
  }

  @Post(':id/archive/close')
  @HttpCode(200)
  @Roles(...WORKER_WRITE_ROLES)
  @ApiOperation({ summary: 'Close the archive: 脱困, with the reason' })
  @ApiResult('ArchiveResponse')
  close(
    @Param('id', IdPipe) id: number,
    @Body() dto: CloseArchiveDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<ArchiveResponse> {
    return this.archives.close(id, dto, staff, scope);
  }

  @Post(':id/archive/reopen')
  @HttpCode(200)
  @Roles(...WORKER_WRITE_ROLES)
  @ApiOperation({ summary: 'Reopen a closed archive: 返困' })
  @ApiResult('ArchiveResponse')
  reopen(
    @Param('id', IdPipe) id: number,
    @Body() dto: ReopenArchiveDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<ArchiveResponse> {
    return this.archives.reopen(id, dto, staff, scope);
  }

  @Get(':id/follow-ups')
  @Roles(...WORKER_READ_ROLES)
  @ApiResult('FollowUpResponse', { array: true })
  followUpList(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<FollowUpResponse[]> {
    return this.followUps.list(id, scope);
  }

  @Post(':id/follow-ups')
  @Roles(...WORKER_WRITE_ROLES)
  @ApiResult('FollowUpResponse')
  recordFollowUp(
    @Param('id', IdPipe) id: number,
    @Body() dto: FollowUpDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<FollowUpResponse> {
    return this.followUps.record(id, dto, staff, scope);
  }
}

@ApiTags('workers')
@ApiBearerAuth()
@Controller('follow-ups')
export class FollowUpsController {
  constructor(
    private readonly followUps: FollowUpService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get('overdue/export')
  @Roles(...WORKER_READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  @ApiOperation({ summary: 'The overdue follow-ups with the list’s filters as .xlsx (masked numbers); audited' })
  async exportOverdue(@Query() query: OverdueQueryDto, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    await writeAuditedExport<OverdueFollowUpResponse>(this.audit, res, {
      name: '逾期回访',
      sheet: '逾期回访',
      columns: [
        { header: '编号', width: 8, value: (o) => o.worker.id },
        { header: '姓名', width: 10, value: (o) => o.worker.name },
        { header: '身份证号码', width: 22, value: (o) => o.worker.idNumberMasked },
        { header: '手机号码', width: 14, value: (o) => o.worker.phoneMasked },
        { header: '所在地区', width: 24, value: (o) => o.worker.regionName },
        { header: '人员标签', width: 24, value: (o) => o.worker.tags.map((t) => WORKER_TAG_LABELS[t]).join('，') },
        { header: '最近回访', width: 18, value: (o) => shanghaiTime(o.worker.lastFollowUpAt) },
        { header: '应回访时间', width: 18, value: (o) => shanghaiTime(o.dueAt) },
        { header: '逾期天数', width: 10, value: (o) => o.daysOverdue },
      ],
      batches: allPages((page, pageSize) => this.followUps.overdue({ ...query, page, pageSize }, scope)),
      action: 'follow_up.export_overdue',
      targetType: 'worker',
      filters: query,
      now: this.clock.now(),
    });
  }

  @Get('overdue')
  @Roles(...WORKER_READ_ROLES)
  @ApiOperation({ summary: 'Overdue follow-ups in the caller’s scope (total = the count for the home page)' })
  @ApiResult('OverdueFollowUpResponse', { page: true })
  overdue(@Query() query: OverdueQueryDto, @Scope() scope: DataScope): Promise<Page<OverdueFollowUpResponse>> {
    return this.followUps.overdue(query, scope);
  }
}
