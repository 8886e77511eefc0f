import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  MONTHLY_REPORT_STATUS_LABELS,
  MonthlyReportListItem,
  MonthlyReportResponse,
  Page,
  REPORT_ISSUE_ROLES,
  REPORT_READ_ROLES,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentStaff, Roles } from '../auth/access.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { IdPipe } from '../common/id.pipe';
import { Clock } from '../common/clock';
import { XLSX_MIME, allPages, datedFileName, sendDownload, shanghaiTime, streamXlsx } from '../common/xlsx';
import { ApiFileResult, ApiResult } from '../openapi/api-result';
import { DataScope, Scope } from '../scope/data-scope';
import { DOCX_MIME, reportDocx, reportXlsx } from './report-documents';
import { MonthlyReportNarrativeDto, MonthlyReportQueryDto } from './reports.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly clock: Clock,
  ) {}

  @ApiResult('MonthlyReportListItem', { page: true })
  @Get()
  @Roles(...REPORT_READ_ROLES)
  @ApiOperation({ summary: 'The monthly reports of the unions in the caller’s scope, newest month first' })
  list(@Query() query: MonthlyReportQueryDto, @Scope() scope: DataScope): Promise<Page<MonthlyReportListItem>> {
    return this.reports.list(query, scope);
  }

  @ApiFileResult(XLSX_MIME)
  @Get('export')
  @Roles(...REPORT_READ_ROLES)
  @ApiProduces(XLSX_MIME)
  @ApiOperation({ summary: 'The list of reports (the filters of the list) as .xlsx' })
  async export(@Query() query: MonthlyReportQueryDto, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    await streamXlsx<MonthlyReportListItem>(
      res,
      datedFileName('工作月报', this.clock.now()),
      '工作月报',
      [
        { header: '月报', width: 44, value: (r) => r.title },
        { header: '地区', width: 16, value: (r) => r.regionName },
        { header: '月份', width: 10, value: (r) => `${r.year}-${String(r.month).padStart(2, '0')}` },
        { header: '状态', width: 10, value: (r) => MONTHLY_REPORT_STATUS_LABELS[r.status] },
        { header: '统计时间', width: 18, value: (r) => shanghaiTime(r.computedAt) },
        { header: '签发人', width: 12, value: (r) => r.issuedByName ?? '' },
        { header: '签发时间', width: 18, value: (r) => shanghaiTime(r.issuedAt) },
      ],
      allPages((page, pageSize) => this.reports.list({ ...query, page, pageSize }, scope)),
    );
  }

  @ApiResult('MonthlyReportResponse')
  @Get(':id')
  @Roles(...REPORT_READ_ROLES)
  @ApiOperation({ summary: 'One report: its figures, hardship, alerts and narrative (the console previews it)' })
  get(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<MonthlyReportResponse> {
    return this.reports.get(id, scope);
  }

  @ApiResult('MonthlyReportResponse')
  @Put(':id/narrative')
  @Roles(...REPORT_READ_ROLES)
  @ApiOperation({ summary: 'The staff’s narrative (存在问题, 工作建议) of a draft of their own union' })
  narrative(
    @Param('id', IdPipe) id: number,
    @Body() dto: MonthlyReportNarrativeDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<MonthlyReportResponse> {
    return this.reports.narrative(id, dto, staff, scope);
  }

  @ApiResult('MonthlyReportResponse')
  @Post(':id/recompute')
  @HttpCode(200)
  @Roles(...REPORT_READ_ROLES)
  @ApiOperation({ summary: 'Compute a draft’s figures again from the records' })
  recompute(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<MonthlyReportResponse> {
    return this.reports.recompute(id, scope);
  }

  @ApiResult('MonthlyReportResponse')
  @Post(':id/issue')
  @HttpCode(200)
  @Roles(...REPORT_ISSUE_ROLES)
  @ApiOperation({ summary: 'Sign the report off (签发): it is kept as issued' })
  issue(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<MonthlyReportResponse> {
    return this.reports.issue(id, staff, scope);
  }

  @ApiFileResult(DOCX_MIME)
  @Get(':id/docx')
  @Roles(...REPORT_READ_ROLES)
  @ApiProduces(DOCX_MIME)
  @ApiOperation({ summary: 'The report as a Word document in the official layout' })
  async docx(@Param('id', IdPipe) id: number, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    const r = await this.reports.get(id, scope);
    sendDownload(res, await reportDocx(r), `${r.title}.docx`, DOCX_MIME, 'report');
  }

  @ApiFileResult(XLSX_MIME)
  @Get(':id/xlsx')
  @Roles(...REPORT_READ_ROLES)
  @ApiProduces(XLSX_MIME)
  @ApiOperation({ summary: 'The report’s tables as a workbook' })
  async xlsx(@Param('id', IdPipe) id: number, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    const r = await this.reports.get(id, scope);
    sendDownload(res, await reportXlsx(r), `${r.title}.xlsx`, XLSX_MIME, 'report');
  }
}
