import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseEnumPipe,
  Post,
  Put,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  LAYOFF_FILE_ROLES,
  LAYOFF_STATUS_LABELS,
  LAYOFF_STEP_LABELS,
  LAYOFF_UNION_ROLES,
  LayoffFilingDetail,
  LayoffFilingResponse,
  LayoffImportResponse,
  LayoffStep,
  LayoffSummary,
  LayoffWorkerResponse,
  Page,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentStaff, Roles } from '../auth/access.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { IdPipe } from '../common/id.pipe';
import { XLSX_MIME, datedFileName, sendDownload, shanghaiTime, streamXlsx } from '../common/xlsx';
import { DataScope, Scope } from '../scope/data-scope';
import type { UploadedSheet } from '../workers/worker-import.service';
import { LayoffImportService } from './layoff-import.service';
import {
  LayoffFilingDto,
  LayoffFilingQueryDto,
  LayoffReturnDto,
  LayoffSettlementDto,
  LayoffStepDto,
  LayoffWorkerDto,
  LayoffWorkerQueryDto,
} from './layoffs.dto';
import { LayoffsService } from './layoffs.service';
import { ApiFileResult, ApiResult } from '../openapi/api-result';

const stepPipe = new ParseEnumPipe(LayoffStep, {
  exceptionFactory: () => DomainException.validation([{ field: 'step', message: '程序步骤取值不正确' }]),
});

@ApiTags('layoffs')
@ApiBearerAuth()
@Controller('layoffs')
export class LayoffsController {
  constructor(
    private readonly layoffs: LayoffsService,
    private readonly importer: LayoffImportService,
    private readonly clock: Clock,
  ) {}

  @ApiResult('LayoffFilingDetail')
  @Post()
  @Roles(...LAYOFF_FILE_ROLES)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'File an economic layoff (HR for their company; union staff name the company)' })
  async create(
    @Body() dto: LayoffFilingDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LayoffFilingDetail> {
    const { filing, replayed } = await this.layoffs.create(dto, staff, scope, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return filing;
  }

  @ApiResult('LayoffFilingResponse', { page: true })
  @Get()
  @Roles(...LAYOFF_FILE_ROLES)
  @ApiOperation({ summary: 'Filings: HR their company’s, union staff their region’s' })
  list(
    @Query() query: LayoffFilingQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<LayoffFilingResponse>> {
    return this.layoffs.list(query, staff, scope);
  }

  @ApiResult('LayoffSummary')
  @Get('summary')
  @Roles(...LAYOFF_UNION_ROLES)
  @ApiOperation({ summary: 'The county home’s figures and red flags' })
  summary(@CurrentStaff() staff: StaffPrincipal, @Scope() scope: DataScope): Promise<LayoffSummary> {
    return this.layoffs.summary(staff, scope);
  }

  @ApiFileResult(XLSX_MIME)
  @Get('export')
  @Roles(...LAYOFF_FILE_ROLES)
  @ApiProduces(XLSX_MIME)
  async export(
    @Query() query: LayoffFilingQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    await streamXlsx<LayoffFilingResponse>(
      res,
      datedFileName('经济性裁员报告', this.clock.now()),
      '经济性裁员报告',
      [
        { header: '编号', width: 8, value: (f) => String(f.id) },
        { header: '企业', width: 28, value: (f) => f.employerName },
        { header: '地区', width: 24, value: (f) => f.regionName },
        { header: '职工总数', width: 10, value: (f) => f.totalWorkforce },
        { header: '裁减人数', width: 10, value: (f) => f.layoffCount },
        { header: '经济性裁员', width: 10, value: (f) => (f.statutory ? '是' : '否') },
        { header: '说明情况日期', width: 12, value: (f) => f.noticeDate },
        { header: '计划裁员日期', width: 12, value: (f) => f.plannedDate },
        { header: '最早合法日期', width: 12, value: (f) => f.earliestLawfulDate },
        {
          header: '预警',
          width: 30,
          value: (f) =>
            [
              f.flags.noticeShort ? `提前说明不足30日（差${f.flags.noticeShortDays}日）` : '',
              f.flags.overdueUnsettled ? '逾期未结算' : '',
              f.flags.lateTransfers ? `${f.flags.lateTransfers}人转移手续逾期` : '',
            ]
              .filter(Boolean)
              .join('；'),
        },
        { header: '状态', width: 12, value: (f) => LAYOFF_STATUS_LABELS[f.status] },
        { header: '待办程序', width: 16, value: (f) => (f.nextStep ? LAYOFF_STEP_LABELS[f.nextStep] : '') },
        { header: '已结算/人员', width: 12, value: (f) => `${f.settledWorkers}/${f.workers}` },
        { header: '申报人', width: 12, value: (f) => f.filedBy },
        { header: '申报时间', width: 18, value: (f) => shanghaiTime(f.createdAt) },
      ],
      this.layoffs.each(query, staff, scope),
    );
  }

  @ApiFileResult(XLSX_MIME)
  @Get('workers-template')
  @Roles(...LAYOFF_FILE_ROLES)
  @ApiProduces(XLSX_MIME)
  @ApiOperation({ summary: 'The .xlsx template for importing affected workers' })
  async template(@Res() res: Response): Promise<void> {
    sendDownload(res, await this.importer.template(), '被裁减人员导入模板.xlsx', XLSX_MIME, 'template.xlsx');
  }

  @ApiResult('LayoffFilingDetail')
  @Get(':id')
  @Roles(...LAYOFF_FILE_ROLES)
  get(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<LayoffFilingDetail> {
    return this.layoffs.get(id, staff, scope);
  }

  @ApiResult('LayoffFilingDetail')
  @Post(':id/steps/:step')
  @HttpCode(200)
  @Roles(...LAYOFF_FILE_ROLES)
  @ApiOperation({ summary: 'Record the next step (date + evidence; the congress vote with its figures)' })
  recordStep(
    @Param('id', IdPipe) id: number,
    @Param('step', stepPipe) step: LayoffStep,
    @Body() dto: LayoffStepDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<LayoffFilingDetail> {
    return this.layoffs.recordStep(id, step, dto, staff, scope);
  }

  @ApiResult('LayoffFilingDetail')
  @Post(':id/steps/:step/return')
  @HttpCode(200)
  @Roles(...LAYOFF_UNION_ROLES)
  @ApiOperation({ summary: 'Union staff return the last step done, with a reason' })
  returnStep(
    @Param('id', IdPipe) id: number,
    @Param('step', stepPipe) step: LayoffStep,
    @Body() dto: LayoffReturnDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<LayoffFilingDetail> {
    return this.layoffs.returnStep(id, step, dto, staff, scope);
  }

  @ApiResult('LayoffWorkerResponse', { page: true })
  @Get(':id/workers')
  @Roles(...LAYOFF_FILE_ROLES)
  listWorkers(
    @Param('id', IdPipe) id: number,
    @Query() query: LayoffWorkerQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<LayoffWorkerResponse>> {
    return this.layoffs.listWorkers(id, query, staff, scope);
  }

  @ApiResult('LayoffWorkerResponse')
  @Post(':id/workers')
  @Roles(...LAYOFF_FILE_ROLES)
  @ApiOperation({ summary: 'Add an affected worker (matched by ID number, or registered)' })
  async addWorker(
    @Param('id', IdPipe) id: number,
    @Body() dto: LayoffWorkerDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LayoffWorkerResponse> {
    const { worker, created } = await this.layoffs.addWorker(id, dto, staff, scope);
    res.status(created ? 201 : 200);
    return worker;
  }

  @ApiResult('LayoffImportResponse')
  @Post(':id/workers/import')
  @HttpCode(200)
  @Roles(...LAYOFF_FILE_ROLES)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 10 * 1024 * 1024, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Import affected workers from the template (per-row report; re-import updates)' })
  importWorkers(
    @Param('id', IdPipe) id: number,
    @UploadedFile() file: UploadedSheet | undefined,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<LayoffImportResponse> {
    return this.importer.run(id, file, staff, scope);
  }

  @ApiResult('LayoffWorkerResponse')
  @Put(':id/workers/:rowId')
  @Roles(...LAYOFF_FILE_ROLES)
  @ApiOperation({ summary: 'Record an affected worker’s settlement (fen; only the fields sent change)' })
  settle(
    @Param('id', IdPipe) id: number,
    @Param('rowId', IdPipe) rowId: number,
    @Body() dto: LayoffSettlementDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<LayoffWorkerResponse> {
    return this.layoffs.updateSettlement(id, rowId, dto, staff, scope);
  }
}
