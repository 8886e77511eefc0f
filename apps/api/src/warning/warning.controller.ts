import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ARCHIVE_STATUS_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  Page,
  RELAPSE_RISK_READ_ROLES,
  RelapseRiskResponse,
  WARNING_READ_ROLES,
  WARNING_SETTINGS_ROLES,
  WarningAlertsResponse,
  WarningRegionFigures,
  WarningRegionsResponse,
  WarningThresholds,
} from '@steadywork/shared';
import type { Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { AuditService } from '../audit/audit.service';
import { writeAuditedExport } from '../audit/audited-export';
import { Clock } from '../common/clock';
import { shanghaiTime, streamXlsx, XLSX_MIME } from '../common/xlsx';
import { ApiFileResult, ApiResult } from '../openapi/api-result';
import { DataScope, Scope } from '../scope/data-scope';
import { RelapseRiskQueryDto, WarningMonthQueryDto, WarningThresholdsDto } from './warning.dto';
import { WarningService } from './warning.service';

@ApiTags('warning')
@ApiBearerAuth()
@Controller('warning')
export class WarningController {
  constructor(
    private readonly warning: WarningService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @ApiResult('WarningRegionsResponse')
  @Get('regions')
  @Roles(...WARNING_READ_ROLES)
  @ApiOperation({ summary: 'Per region below the caller’s scope root: the month’s figures and alerts' })
  regions(@Query() query: WarningMonthQueryDto, @Scope() scope: DataScope): Promise<WarningRegionsResponse> {
    return this.warning.regionsFor(query, scope);
  }

  @ApiFileResult(XLSX_MIME)
  @Get('regions/export')
  @Roles(...WARNING_READ_ROLES)
  @ApiProduces(XLSX_MIME)
  async exportRegions(
    @Query() query: WarningMonthQueryDto,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    const data = await this.warning.regionsFor(query, scope);
    const ym = `${data.year}-${String(data.month).padStart(2, '0')}`;
    await streamXlsx<WarningRegionFigures>(
      res,
      `预警监测-${ym}.xlsx`,
      `预警监测 ${ym}`,
      [
        { header: '地区', width: 16, value: (r) => r.regionName },
        { header: '裁员备案数', width: 12, value: (r) => r.layoffFilings },
        { header: '裁减人数', width: 12, value: (r) => r.laidOffWorkers },
        { header: '在册失业人员', width: 14, value: (r) => r.registeredUnemployed },
        { header: '在册下岗职工', width: 14, value: (r) => r.laidOffTagged },
        { header: '未办结诉求', width: 12, value: (r) => r.openDemands },
        {
          header: '预警',
          width: 50,
          value: (r) => r.alerts.map((a) => `${a.label} ${a.value}（阈值 ${a.threshold}）`).join('；'),
        },
      ],
      (async function* () {
        yield data.regions;
      })(),
    );
  }

  @ApiResult('WarningAlertsResponse')
  @Get('alerts')
  @Roles(...WARNING_READ_ROLES)
  @ApiOperation({ summary: 'The regions that crossed a threshold in the month (the home, the monthly report)' })
  alerts(@Query() query: WarningMonthQueryDto, @Scope() scope: DataScope): Promise<WarningAlertsResponse> {
    return this.warning.alerts(query, scope);
  }

  @ApiResult('WarningThresholds')
  @Get('thresholds')
  @Roles(...WARNING_READ_ROLES)
  thresholds(): Promise<WarningThresholds> {
    return this.warning.thresholds();
  }

  @ApiResult('WarningThresholds')
  @Put('thresholds')
  @Roles(...WARNING_SETTINGS_ROLES)
  @ApiOperation({ summary: 'The province thresholds (null: none for that figure); audited' })
  saveThresholds(@Body() dto: WarningThresholdsDto): Promise<WarningThresholds> {
    return this.warning.saveThresholds(dto);
  }

  @ApiResult('RelapseRiskResponse', { page: true })
  @Get('relapse-risks')
  @Roles(...RELAPSE_RISK_READ_ROLES)
  @ApiOperation({
    summary: '返困风险: workers out of the archive < 24 months whose follow-up found a job loss or less income',
  })
  relapseRisks(@Query() query: RelapseRiskQueryDto, @Scope() scope: DataScope): Promise<Page<RelapseRiskResponse>> {
    return this.warning.relapseRisks(query, scope);
  }

  @ApiFileResult(XLSX_MIME)
  @Get('relapse-risks/export')
  @Roles(...RELAPSE_RISK_READ_ROLES)
  @ApiProduces(XLSX_MIME)
  async exportRelapseRisks(
    @Query() query: RelapseRiskQueryDto,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    await writeAuditedExport<RelapseRiskResponse>(this.audit, res, {
      name: '返困风险名单',
      sheet: '返困风险',
      columns: [
        { header: '姓名', width: 10, value: (r) => r.worker.name },
        { header: '身份证号', width: 20, value: (r) => r.worker.idNumberMasked },
        { header: '电话', width: 14, value: (r) => r.worker.phoneMasked },
        { header: '地区', width: 28, value: (r) => r.worker.regionName },
        { header: '就业状态', width: 12, value: (r) => EMPLOYMENT_STATUS_LABELS[r.worker.employmentStatus] },
        { header: '档案状态', width: 10, value: (r) => ARCHIVE_STATUS_LABELS[r.worker.archiveStatus] },
        { header: '脱困时间', width: 20, value: (r) => shanghaiTime(r.archiveClosedAt) },
        { header: '预警时间', width: 20, value: (r) => shanghaiTime(r.flaggedAt) },
        { header: '预警原因', width: 50, value: (r) => r.reason },
      ],
      batches: this.warning.eachRelapseRisk(query, scope),
      action: 'relapse_risk.export',
      targetType: 'worker',
      filters: query,
      now: this.clock.now(),
    });
  }
}
