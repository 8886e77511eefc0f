import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AID_FINAL_REVIEW_ROLES,
  AID_FINANCE_ROLES,
  AID_FIRST_REVIEW_ROLES,
  AID_PROGRAM_ADMIN_ROLES,
  AID_READ_ROLES,
  AID_STATUS_LABELS,
  AID_TYPE_LABELS,
  AidApplicationResponse,
  AidBatchReviewResponse,
  AidDashboard,
  AidProgramResponse,
  AidProgramStats,
  AidReviewContext,
  MyAidProgramResponse,
  Page,
  PublicityResponse,
  Role,
  AidFinanceSummary,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentPrincipal, CurrentStaff, CurrentWorker, Roles, WorkerOnly } from '../auth/access.decorators';
import { isStaff, type Principal, type StaffPrincipal, type WorkerPrincipal } from '../auth/principal';
import { DomainException } from '../common/domain.exception';
import { IdPipe } from '../common/id.pipe';
import { XLSX_MIME, sendDownload, shanghaiTime, streamXlsx } from '../common/xlsx';
import { writeAuditedExport } from '../audit/audited-export';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { DataScope, OptionalScope, Scope } from '../scope/data-scope';
import { RateLimited } from '../security/rate-limiter';
import { AidApplicationsService } from './aid-applications.service';
import { AidProgramsService } from './aid-programs.service';
import { AidWorkflowService } from './aid-workflow.service';
import {
  AidApplicationDto,
  AidApplicationQueryDto,
  AidProgramDto,
  BatchApproveDto,
  DisbursementDto,
  ObjectionDecisionDto,
  ObjectionDto,
  ProgramQueryDto,
  PublicityDto,
  PublicityQueryDto,
  ReasonDto,
  ReviewDto,
  YearQueryDto,
} from './dto/aid.dto';
import ExcelJS from 'exceljs';
import { ApiFileResult, ApiResult } from '../openapi/api-result';

const REVIEWERS: Role[] = [...AID_FIRST_REVIEW_ROLES, ...AID_FINAL_REVIEW_ROLES];
const yuan = (fen: number) => (fen / 100).toFixed(2);

@ApiTags('aid')
@ApiBearerAuth()
@Controller('aid/programs')
export class AidProgramsController {
  constructor(
    private readonly programs: AidProgramsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles(...AID_PROGRAM_ADMIN_ROLES)
  @ApiOperation({ summary: 'Create a programme year of one aid type (409 if the year has it already)' })
  @ApiResult('AidProgramResponse')
  create(@Body() dto: AidProgramDto, @CurrentStaff() staff: StaffPrincipal): Promise<AidProgramResponse> {
    return this.programs.create(dto, staff);
  }

  @Get()
  @Roles(...AID_READ_ROLES)
  @ApiResult('AidProgramResponse', { array: true })
  list(@Query() query: ProgramQueryDto): Promise<AidProgramResponse[]> {
    return this.programs.list(query.year);
  }

  @Get('export')
  @Roles(...AID_READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  @ApiOperation({ summary: 'The programme years with the list’s filter (year) as .xlsx; audited' })
  async export(@Query() query: ProgramQueryDto, @Res() res: Response): Promise<void> {
    const programs = await this.programs.list(query.year);
    await writeAuditedExport<AidProgramResponse>(this.audit, res, {
      name: '帮扶项目',
      sheet: '帮扶项目',
      columns: [
        { header: '编号', width: 8, value: (p) => p.id },
        { header: '年度', width: 8, value: (p) => p.year },
        { header: '项目名称', width: 32, value: (p) => p.name },
        { header: '类型', width: 14, value: (p) => AID_TYPE_LABELS[p.aidType] },
        { header: '帮扶金额（元）', width: 14, value: (p) => yuan(p.amountFen) },
        { header: '名额', width: 8, value: (p) => p.quota },
        { header: '已获帮扶', width: 10, value: (p) => p.awarded },
        { header: '申请开始', width: 12, value: (p) => p.applyFrom },
        { header: '申请截止', width: 12, value: (p) => p.applyUntil },
        { header: '就业成效目标（人）', width: 16, value: (p) => p.outcomeTarget },
        { header: '年龄要求', width: 12, value: (p) => `${p.minAge}–${p.maxAge} 岁` },
      ],
      batches: (async function* () {
        yield programs;
      })(),
      action: 'aid_program.export',
      targetType: 'aid_program',
      filters: query,
      now: this.clock.now(),
    });
  }

  @Get(':id')
  @Roles(...AID_READ_ROLES)
  @ApiResult('AidProgramResponse')
  get(@Param('id', IdPipe) id: number): Promise<AidProgramResponse> {
    return this.programs.get(id);
  }

  @Put(':id')
  @Roles(...AID_PROGRAM_ADMIN_ROLES)
  @ApiOperation({ summary: 'Change a programme (never below the places already taken)' })
  @ApiResult('AidProgramResponse')
  update(@Param('id', IdPipe) id: number, @Body() dto: AidProgramDto): Promise<AidProgramResponse> {
    return this.programs.update(id, dto);
  }

  @Get(':id/stats')
  @Roles(...AID_READ_ROLES)
  @ApiOperation({ summary: 'Awards against quota, per city, and funds paid (within the caller’s scope)' })
  @ApiResult('AidProgramStats')
  stats(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<AidProgramStats> {
    return this.programs.stats(id, scope);
  }
}

@ApiTags('aid')
@ApiBearerAuth()
@Controller('aid')
export class AidDashboardController {
  constructor(
    private readonly programs: AidProgramsService,
    private readonly workflow: AidWorkflowService,
  ) {}

  @Get('dashboard')
  @Roles(...AID_READ_ROLES)
  @ApiOperation({ summary: 'The console home: the year’s awards, funds and outcomes, per region' })
  @ApiResult('AidDashboard')
  dashboard(@Query() query: YearQueryDto, @Scope() scope: DataScope): Promise<AidDashboard> {
    return this.programs.dashboard(query.year, scope);
  }

  @Get('finance/summary')
  @Roles(...AID_READ_ROLES)
  @ApiResult('AidFinanceSummary')
  financeSummary(@Query() query: YearQueryDto, @Scope() scope: DataScope): Promise<AidFinanceSummary> {
    return this.workflow.financeSummary(query.year, scope);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/aid')
export class MyAidController {
  constructor(private readonly apps: AidApplicationsService) {}

  @Get('programs')
  @WorkerOnly()
  @RateLimited('eligibility')
  @ApiOperation({ summary: 'Programmes open to the worker, each with the eligibility check and its reasons' })
  @ApiResult('MyAidProgramResponse', { array: true })
  programs(@CurrentWorker() me: WorkerPrincipal): Promise<MyAidProgramResponse[]> {
    return this.apps.myPrograms(me);
  }

  @Get('applications')
  @WorkerOnly()
  @ApiOperation({ summary: 'The worker’s applications with their timelines' })
  @ApiResult('AidApplicationResponse', { array: true })
  applications(@CurrentWorker() me: WorkerPrincipal): Promise<AidApplicationResponse[]> {
    return this.apps.mine(me);
  }
}

@ApiTags('aid')
@ApiBearerAuth()
@Controller('aid/applications')
export class AidApplicationsController {
  constructor(
    private readonly apps: AidApplicationsService,
    private readonly workflow: AidWorkflowService,
  ) {}

  @Post()
  @WorkerOnly()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'The same key again returns the same application',
  })
  @ApiOperation({ summary: 'Create a draft application' })
  @ApiResult('AidApplicationResponse')
  async create(
    @CurrentWorker() me: WorkerPrincipal,
    @Body() dto: AidApplicationDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AidApplicationResponse> {
    const { application, replayed } = await this.apps.create(me, dto, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return application;
  }

  @Get()
  @Roles(...AID_READ_ROLES)
  @ApiOperation({ summary: 'Applications in the caller’s data scope (drafts excluded unless asked for)' })
  @ApiResult('AidApplicationResponse', { page: true })
  list(@Query() query: AidApplicationQueryDto, @Scope() scope: DataScope): Promise<Page<AidApplicationResponse>> {
    return this.apps.list(query, scope);
  }

  @Get('export')
  @Roles(...AID_READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(@Query() query: AidApplicationQueryDto, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    await streamXlsx<AidApplicationResponse>(
      res,
      '221帮扶申请.xlsx',
      '申请',
      [
        { header: '编号', width: 8, value: (a) => a.id },
        { header: '项目', width: 30, value: (a) => a.programName },
        { header: '类型', width: 12, value: (a) => AID_TYPE_LABELS[a.aidType] },
        { header: '姓名', width: 10, value: (a) => a.workerName },
        { header: '身份证号', width: 22, value: (a) => a.idNumberMasked },
        { header: '地区', width: 24, value: (a) => a.regionName },
        { header: '状态', width: 16, value: (a) => AID_STATUS_LABELS[a.status] },
        { header: '提交时间', width: 20, value: (a) => shanghaiTime(a.submittedAt) },
        { header: '复审通过时间', width: 20, value: (a) => shanghaiTime(a.approvedAt) },
        { header: '帮扶金额（元）', width: 14, value: (a) => yuan(a.amountFen) },
        { header: '发放金额（元）', width: 14, value: (a) => (a.disbursement ? yuan(a.disbursement.amountFen) : '') },
        { header: '凭证号', width: 16, value: (a) => a.disbursement?.voucherNo ?? '' },
        { header: '发放日期', width: 20, value: (a) => shanghaiTime(a.disbursement?.paidAt) },
      ],
      this.apps.each(query, scope),
    );
  }

  @Post('batch-approve')
  @Roles(...AID_FIRST_REVIEW_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'First-review approval of several applications; one result per id' })
  @ApiResult('AidBatchReviewResponse')
  batchApprove(
    @Body() dto: BatchApproveDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<AidBatchReviewResponse> {
    return this.workflow.batchApprove(dto.ids, dto.comment, staff, scope);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One application: the worker’s own, or one in a reviewer’s scope' })
  @ApiResult('AidApplicationResponse')
  async get(
    @Param('id', IdPipe) id: number,
    @CurrentPrincipal() who: Principal,
    @OptionalScope() scope: DataScope | null,
  ): Promise<AidApplicationResponse> {
    if (!isStaff(who)) return this.apps.getForWorker(who, id);
    if (!who.roles.some((r) => AID_READ_ROLES.includes(r)) || !scope) throw DomainException.forbidden();
    return this.apps.getForStaff(id, scope);
  }

  @Put(':id')
  @WorkerOnly()
  @ApiOperation({ summary: 'Edit a draft or a returned application' })
  @ApiResult('AidApplicationResponse')
  update(
    @CurrentWorker() me: WorkerPrincipal,
    @Param('id', IdPipe) id: number,
    @Body() dto: AidApplicationDto,
  ): Promise<AidApplicationResponse> {
    return this.apps.update(me, id, dto);
  }

  @Post(':id/submit')
  @WorkerOnly()
  @HttpCode(200)
  @ApiResult('AidApplicationResponse')
  submit(@CurrentWorker() me: WorkerPrincipal, @Param('id', IdPipe) id: number): Promise<AidApplicationResponse> {
    return this.apps.submit(me, id);
  }

  @Post(':id/withdraw')
  @WorkerOnly()
  @HttpCode(200)
  @ApiResult('AidApplicationResponse')
  withdraw(@CurrentWorker() me: WorkerPrincipal, @Param('id', IdPipe) id: number): Promise<AidApplicationResponse> {
    return this.apps.withdraw(me, id);
  }

  @Get(':id/review-context')
  @Roles(...AID_READ_ROLES)
  @ApiOperation({ summary: 'The form with the worker (masked), archive and other applications beside it' })
  @ApiResult('AidReviewContext')
  context(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<AidReviewContext> {
    return this.apps.reviewContext(id, scope);
  }

  @Post(':id/review')
  @Roles(...REVIEWERS)
  @HttpCode(200)
  @ApiOperation({ summary: '初审 (REVIEWER) or 复审 (PROVINCE_REVIEWER): approve, return or reject' })
  @ApiResult('AidApplicationResponse')
  review(
    @Param('id', IdPipe) id: number,
    @Body() dto: ReviewDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<AidApplicationResponse> {
    return this.workflow.review(id, dto, staff, scope);
  }

  @Post(':id/revoke')
  @Roles(...AID_FINAL_REVIEW_ROLES)
  @HttpCode(200)
  @ApiResult('AidApplicationResponse')
  revoke(
    @Param('id', IdPipe) id: number,
    @Body() dto: ReasonDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<AidApplicationResponse> {
    return this.workflow.revoke(id, dto.reason, staff, scope);
  }

  @Post(':id/objections')
  @Roles(...REVIEWERS)
  @HttpCode(200)
  @ApiResult('AidApplicationResponse')
  objection(
    @Param('id', IdPipe) id: number,
    @Body() dto: ObjectionDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<AidApplicationResponse> {
    return this.workflow.objection(id, dto.content, staff, scope);
  }

  @Post(':id/objections/decision')
  @Roles(...AID_FINAL_REVIEW_ROLES)
  @HttpCode(200)
  @ApiResult('AidApplicationResponse')
  decideObjection(
    @Param('id', IdPipe) id: number,
    @Body() dto: ObjectionDecisionDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<AidApplicationResponse> {
    return this.workflow.decideObjection(id, dto, staff, scope);
  }

  @Post(':id/disbursement')
  @Roles(...AID_FINANCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the payment: the amount must equal the award; eligibility is checked again' })
  @ApiResult('AidApplicationResponse')
  disburse(
    @Param('id', IdPipe) id: number,
    @Body() dto: DisbursementDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<AidApplicationResponse> {
    return this.workflow.disburse(id, dto, staff, scope);
  }
}

@ApiTags('aid')
@ApiBearerAuth()
@Controller('aid/publicities')
export class AidPublicitiesController {
  constructor(
    private readonly workflow: AidWorkflowService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get('current')
  @ApiOperation({ summary: 'Publicities in their period (any signed-in user; names and masked IDs only)' })
  @ApiResult('PublicityResponse', { array: true })
  current(): Promise<PublicityResponse[]> {
    return this.workflow.current();
  }

  @Post()
  @Roles(...AID_FINAL_REVIEW_ROLES)
  @ApiOperation({ summary: 'Publish the programme’s final approvals for N working days (default 5)' })
  @ApiResult('PublicityResponse')
  publish(@Body() dto: PublicityDto, @CurrentStaff() staff: StaffPrincipal): Promise<PublicityResponse> {
    return this.workflow.publish(dto, staff);
  }

  @Get()
  @Roles(...AID_READ_ROLES)
  @ApiResult('PublicityResponse', { array: true })
  list(@Query() query: PublicityQueryDto): Promise<PublicityResponse[]> {
    return this.workflow.publicities(query.programId);
  }

  @Get('export')
  @Roles(...AID_READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  @ApiOperation({ summary: 'The publicities with the list’s filter (programme) as .xlsx, one row each; audited' })
  async exportList(@Query() query: PublicityQueryDto, @Res() res: Response): Promise<void> {
    const publicities = await this.workflow.publicities(query.programId);
    await writeAuditedExport<PublicityResponse>(this.audit, res, {
      name: '公示列表',
      sheet: '公示',
      columns: [
        { header: '编号', width: 8, value: (p) => p.id },
        { header: '帮扶项目', width: 32, value: (p) => p.programName },
        { header: '年度', width: 8, value: (p) => p.year },
        { header: '类型', width: 14, value: (p) => AID_TYPE_LABELS[p.aidType] },
        { header: '公示开始', width: 20, value: (p) => shanghaiTime(p.startsAt) },
        { header: '公示结束', width: 20, value: (p) => shanghaiTime(p.endsAt) },
        { header: '公示人数', width: 10, value: (p) => p.entries.length },
        { header: '状态', width: 10, value: (p) => (p.closedAt ? '已结束' : p.active ? '公示中' : '已到期') },
      ],
      batches: (async function* () {
        yield publicities;
      })(),
      action: 'aid_publicity.export',
      targetType: 'aid_publicity',
      filters: query,
      now: this.clock.now(),
    });
  }

  @Get(':id')
  @Roles(...AID_READ_ROLES)
  @ApiResult('PublicityResponse')
  get(@Param('id', IdPipe) id: number): Promise<PublicityResponse> {
    return this.workflow.publicity(id);
  }

  @Post(':id/close')
  @Roles(...AID_FINAL_REVIEW_ROLES)
  @HttpCode(200)
  @ApiResult('PublicityResponse')
  close(@Param('id', IdPipe) id: number, @CurrentStaff() staff: StaffPrincipal): Promise<PublicityResponse> {
    return this.workflow.closePublicity(id, staff);
  }

  @Get(':id/export')
  @Roles(...AID_READ_ROLES)
  @ApiOperation({ summary: 'The publicity list as a printable .xlsx (A4, title, period)' })
  @ApiFileResult(XLSX_MIME)
  async export(@Param('id', IdPipe) id: number, @Res() res: Response): Promise<void> {
    const pub = await this.workflow.publicity(id);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('公示名单', {
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = [{ width: 6 }, { width: 12 }, { width: 22 }, { width: 24 }, { width: 14 }, { width: 14 }];
    ws.mergeCells('A1:F1');
    ws.getCell('A1').value = `${pub.programName}拟帮扶对象名单公示`;
    ws.getCell('A1').font = { bold: true, size: 16 };
    ws.getCell('A1').alignment = { horizontal: 'center' };
    ws.mergeCells('A2:F2');
    ws.getCell('A2').value =
      `公示期：${shanghaiTime(pub.startsAt)} 至 ${shanghaiTime(pub.endsAt)}。如有异议，请在公示期内向省总工会权益保障部反映。`;
    ws.getCell('A2').alignment = { wrapText: true };
    ws.getRow(2).height = 32;
    const header = ws.addRow(['序号', '姓名', '身份证号', '地区', '帮扶类型', '金额（元）']);
    header.font = { bold: true };
    pub.entries
      .filter((e) => e.status !== 'REVOKED')
      .forEach((e, i) =>
        ws.addRow([i + 1, e.name, e.idNumberMasked, e.regionName, AID_TYPE_LABELS[e.aidType], yuan(e.amountFen)]),
      );
    sendDownload(
      res,
      Buffer.from(await wb.xlsx.writeBuffer()),
      `${pub.programName}公示名单.xlsx`,
      XLSX_MIME,
      'publicity.xlsx',
    );
  }
}
