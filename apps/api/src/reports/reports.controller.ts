import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
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
import { XLSX_MIME } from '../common/xlsx';
import { ApiFileResult, ApiResult } from '../openapi/api-result';
import { DataScope, Scope } from '../scope/data-scope';
import { DOCX_MIME, reportDocx, reportXlsx } from './report-documents';
import { MonthlyReportNarrativeDto, MonthlyReportQueryDto } from './reports.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @ApiResult('MonthlyReportListItem', { page: true })
  @Get()
  @Roles(...REPORT_READ_ROLES)
  @ApiOperation({ summary: 'The monthly reports of the unions in the caller’s scope, newest month first' })
  list(@Query() query: MonthlyReportQueryDto, @Scope() scope: DataScope): Promise<Page<MonthlyReportListItem>> {
    return this.reports.list(query, scope);
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
    send(res, await reportDocx(r), DOCX_MIME, `${r.title}.docx`);
  }

  @ApiFileResult(XLSX_MIME)
  @Get(':id/xlsx')
  @Roles(...REPORT_READ_ROLES)
  @ApiProduces(XLSX_MIME)
  @ApiOperation({ summary: 'The report’s tables as a workbook' })
  async xlsx(@Param('id', IdPipe) id: number, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    const r = await this.reports.get(id, scope);
    send(res, await reportXlsx(r), XLSX_MIME, `${r.title}.xlsx`);
  }
}

function send(res: Response, body: Buffer, mime: string, fileName: string): void {
  res.setHeader('Content-Type', mime);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="report"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
  res.end(body);
}
