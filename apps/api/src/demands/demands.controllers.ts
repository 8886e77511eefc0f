import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  DEMAND_CATEGORY_LABELS,
  DEMAND_SETTINGS_ROLES,
  DEMAND_SOURCE_LABELS,
  DEMAND_STAFF_ROLES,
  DEMAND_STATUS_LABELS,
  DemandResponse,
  DemandReveal,
  DemandSettings,
  DemandSummary,
  Page,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentStaff, CurrentWorker, Roles, WorkerOnly } from '../auth/access.decorators';
import type { StaffPrincipal, WorkerPrincipal } from '../auth/principal';
import { IdPipe } from '../common/id.pipe';
import { datedFileName, shanghaiTime, streamXlsx, XLSX_MIME } from '../common/xlsx';
import { Clock } from '../common/clock';
import { DataScope, Scope } from '../scope/data-scope';
import {
  DemandCloseDto,
  DemandDto,
  DemandNoteDto,
  DemandQueryDto,
  DemandRatingDto,
  DemandSettingsDto,
  DemandTransferDto,
  HotlineDemandDto,
} from './demands.dto';
import { DemandsService } from './demands.service';
import { ApiFileResult, ApiResult } from '../openapi/api-result';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/demands')
export class MyDemandsController {
  constructor(private readonly demands: DemandsService) {}

  @ApiResult('DemandResponse')
  @Post()
  @WorkerOnly()
  @ApiOperation({ summary: 'A worker files a demand (职工诉求); it goes to the union of their county' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async file(
    @CurrentWorker() me: WorkerPrincipal,
    @Body() dto: DemandDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DemandResponse> {
    const { demand, replayed } = await this.demands.file(me, dto, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return demand;
  }

  @ApiResult('DemandResponse', { array: true })
  @Get()
  @WorkerOnly()
  mine(@CurrentWorker() me: WorkerPrincipal): Promise<DemandResponse[]> {
    return this.demands.mine(me);
  }

  @ApiResult('DemandResponse')
  @Get(':id')
  @WorkerOnly()
  get(@CurrentWorker() me: WorkerPrincipal, @Param('id', IdPipe) id: number): Promise<DemandResponse> {
    return this.demands.getMine(me, id);
  }

  @ApiResult('DemandResponse')
  @Post(':id/rating')
  @WorkerOnly()
  @HttpCode(200)
  rate(
    @CurrentWorker() me: WorkerPrincipal,
    @Param('id', IdPipe) id: number,
    @Body() dto: DemandRatingDto,
  ): Promise<DemandResponse> {
    return this.demands.rate(me, id, dto);
  }
}

@ApiTags('demands')
@ApiBearerAuth()
@Controller('demands')
export class DemandsController {
  constructor(
    private readonly demands: DemandsService,
    private readonly clock: Clock,
  ) {}

  @ApiResult('DemandResponse', { page: true })
  @Get()
  @Roles(...DEMAND_STAFF_ROLES)
  @ApiOperation({ summary: 'Demands in the caller’s region subtree; late=true: open past the deadline' })
  list(@Query() query: DemandQueryDto, @Scope() scope: DataScope): Promise<Page<DemandResponse>> {
    return this.demands.list(query, scope);
  }

  @ApiResult('DemandResponse')
  @Post()
  @Roles(...DEMAND_STAFF_ROLES)
  @ApiOperation({ summary: 'Record a 12351 hotline call for a registered worker' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async recordCall(
    @Body() dto: HotlineDemandDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DemandResponse> {
    const { demand, replayed } = await this.demands.recordCall(staff, scope, dto, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return demand;
  }

  @ApiResult('DemandSummary')
  @Get('summary')
  @Roles(...DEMAND_STAFF_ROLES)
  @ApiOperation({ summary: 'Counts for the home: open, late, escalated to the caller’s union, by category' })
  summary(@CurrentStaff() staff: StaffPrincipal, @Scope() scope: DataScope): Promise<DemandSummary> {
    return this.demands.summary(staff, scope);
  }

  @ApiResult('DemandSettings')
  @Get('settings')
  @Roles(...DEMAND_STAFF_ROLES)
  settings(): Promise<DemandSettings> {
    return this.demands.settings();
  }

  @ApiResult('DemandSettings')
  @Put('settings')
  @Roles(...DEMAND_SETTINGS_ROLES)
  @ApiOperation({ summary: 'The province deadline in working days' })
  saveSettings(@Body() dto: DemandSettingsDto): Promise<DemandSettings> {
    return this.demands.saveSettings(dto);
  }

  @ApiFileResult(XLSX_MIME)
  @Get('export')
  @Roles(...DEMAND_STAFF_ROLES)
  @ApiProduces(XLSX_MIME)
  async export(@Query() query: DemandQueryDto, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    await streamXlsx<DemandResponse>(
      res,
      datedFileName('职工诉求', this.clock.now()),
      '职工诉求',
      [
        { header: '编号', width: 8, value: (d) => d.id },
        { header: '来源', width: 12, value: (d) => DEMAND_SOURCE_LABELS[d.source] },
        { header: '类别', width: 20, value: (d) => DEMAND_CATEGORY_LABELS[d.category] },
        { header: '职工', width: 10, value: (d) => d.workerName },
        { header: '电话', width: 14, value: (d) => d.workerPhone },
        { header: '单位', width: 28, value: (d) => d.employerName },
        { header: '诉求内容', width: 40, value: (d) => d.description },
        { header: '承办工会', width: 28, value: (d) => d.regionName },
        { header: '状态', width: 12, value: (d) => DEMAND_STATUS_LABELS[d.status] + (d.late ? '（超时）' : '') },
        { header: '提交时间', width: 20, value: (d) => shanghaiTime(d.createdAt) },
        { header: '办理时限', width: 20, value: (d) => shanghaiTime(d.dueAt) },
        { header: '办结时间', width: 20, value: (d) => shanghaiTime(d.closedAt) },
        { header: '办结结果', width: 30, value: (d) => d.result ?? '' },
        { header: '评分', width: 8, value: (d) => d.rating ?? '' },
      ],
      this.demands.each(query, scope),
    );
  }

  @ApiResult('DemandResponse')
  @Get(':id')
  @Roles(...DEMAND_STAFF_ROLES)
  get(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<DemandResponse> {
    return this.demands.get(id, scope);
  }

  @ApiResult('DemandReveal')
  @Get(':id/reveal')
  @Roles(...DEMAND_STAFF_ROLES)
  @ApiOperation({ summary: 'The worker’s full ID and phone numbers (audited)' })
  reveal(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<DemandReveal> {
    return this.demands.reveal(id, scope);
  }

  @ApiResult('DemandResponse')
  @Post(':id/accept')
  @Roles(...DEMAND_STAFF_ROLES)
  @HttpCode(200)
  accept(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<DemandResponse> {
    return this.demands.accept(id, staff, scope);
  }

  @ApiResult('DemandResponse')
  @Post(':id/notes')
  @Roles(...DEMAND_STAFF_ROLES)
  @HttpCode(200)
  note(
    @Param('id', IdPipe) id: number,
    @Body() dto: DemandNoteDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<DemandResponse> {
    return this.demands.note(id, dto, staff, scope);
  }

  @ApiResult('DemandResponse')
  @Post(':id/transfer')
  @Roles(...DEMAND_STAFF_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'To another union (by region) or to a center’s legal aid (a service request)' })
  transfer(
    @Param('id', IdPipe) id: number,
    @Body() dto: DemandTransferDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<DemandResponse> {
    return this.demands.transfer(id, dto, staff, scope);
  }

  @ApiResult('DemandResponse')
  @Post(':id/close')
  @Roles(...DEMAND_STAFF_ROLES)
  @HttpCode(200)
  close(
    @Param('id', IdPipe) id: number,
    @Body() dto: DemandCloseDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<DemandResponse> {
    return this.demands.close(id, dto, staff, scope);
  }
}
