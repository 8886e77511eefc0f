import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CENTER_ADMIN_ROLES,
  CENTER_KIND_LABELS,
  CENTER_RATING_ROLES,
  CENTER_READ_ROLES,
  CENTER_SERVICE_LABELS,
  CENTER_SUBSIDY_ROLES,
  CenterDashboard,
  CenterResponse,
  DISPUTE_TYPE_LABELS,
  Page,
  Role,
  SERVICE_OUTCOME_LABELS,
  SERVICE_REQUEST_STATUS_LABELS,
  ServiceRequestResponse,
  StarChecklist,
  StarEvaluationResponse,
  SubsidyResponse,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentPrincipal, CurrentStaff, CurrentWorker, Roles, WorkerOnly } from '../auth/access.decorators';
import type { Principal, StaffPrincipal, WorkerPrincipal } from '../auth/principal';
import { DomainException } from '../common/domain.exception';
import { IdPipe } from '../common/id.pipe';
import { FileRecordType, FilesService } from '../files/files.service';
import { shanghaiTime, streamXlsx, XLSX_MIME } from '../common/xlsx';
import { DataScope, OptionalScope, Scope } from '../scope/data-scope';
import {
  CenterDto,
  CenterQueryDto,
  CloseServiceRequestDto,
  RateDto,
  ServiceRecordDto,
  ServiceRequestDto,
  ServiceRequestQueryDto,
  StarChecklistDto,
  StarEvaluationDto,
  SubsidyDto,
} from './centers.dto';
import { CentersService } from './centers.service';
import { ServiceRequestsService } from './service-requests.service';
import { ApiFileResult, ApiResult } from '../openapi/api-result';

@ApiTags('centers')
@ApiBearerAuth()
@Controller('centers')
export class CentersController {
  constructor(
    private readonly centers: CentersService,
    private readonly files: FilesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The registry (any signed-in user); with lat/lng sorted by distance' })
  @ApiResult('CenterResponse', { page: true })
  list(@Query() query: CenterQueryDto, @OptionalScope() scope: DataScope | null): Promise<Page<CenterResponse>> {
    // workers see every site; staff lists are limited to their scope
    return this.centers.list(query, scope);
  }

  @Get('export')
  @Roles(...CENTER_READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(@Query() query: CenterQueryDto, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    await streamXlsx<CenterResponse>(
      res,
      '帮扶中心名录.xlsx',
      '中心名录',
      [
        { header: '名称', width: 30, value: (c) => c.name },
        { header: '类型', width: 18, value: (c) => CENTER_KIND_LABELS[c.kind] },
        { header: '地区', width: 24, value: (c) => c.regionName },
        { header: '地址', width: 36, value: (c) => c.address },
        { header: '电话', width: 16, value: (c) => c.phone },
        { header: '开放时间', width: 20, value: (c) => c.openingHours },
        { header: '服务项目', width: 40, value: (c) => c.services.map((s) => CENTER_SERVICE_LABELS[s]).join('、') },
        { header: '星级', width: 8, value: (c) => c.stars ?? '' },
        { header: '平均评分', width: 10, value: (c) => c.averageRating ?? '' },
        { header: '纬度', width: 12, value: (c) => c.latitude },
        { header: '经度', width: 12, value: (c) => c.longitude },
      ],
      this.centers.each(query, scope),
    );
  }

  @Get('dashboard')
  @Roles(...CENTER_READ_ROLES)
  @ApiResult('CenterDashboard')
  dashboard(@Scope() scope: DataScope): Promise<CenterDashboard> {
    return this.centers.dashboard(scope);
  }

  @Get('star-checklist')
  @Roles(...CENTER_READ_ROLES)
  @ApiResult('StarChecklist')
  checklist(): Promise<StarChecklist> {
    return this.centers.checklist();
  }

  @Put('star-checklist')
  @Roles(...CENTER_RATING_ROLES)
  @ApiOperation({ summary: 'The 星级评定 checklist: criteria with weights summing to 100, thresholds of 2–5 stars' })
  @ApiResult('StarChecklist')
  saveChecklist(@Body() dto: StarChecklistDto): Promise<StarChecklist> {
    return this.centers.saveChecklist(dto);
  }

  @Post()
  @Roles(...CENTER_ADMIN_ROLES)
  @ApiResult('CenterResponse')
  create(
    @Body() dto: CenterDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<CenterResponse> {
    return this.centers.create(dto, staff, scope);
  }

  @Get(':id')
  @ApiResult('CenterResponse')
  get(@Param('id', IdPipe) id: number, @Query() query: CenterQueryDto): Promise<CenterResponse> {
    return this.centers.get(id, { lat: query.lat, lng: query.lng });
  }

  @Get(':id/photos/:fileId')
  @ApiOperation({ summary: 'A photo of the center (any signed-in user: photos are public)' })
  @ApiFileResult(['image/jpeg', 'image/png'])
  async photo(@Param('id', IdPipe) id: number, @Param('fileId') fileId: string, @Res() res: Response): Promise<void> {
    const center = await this.centers.get(id);
    if (!center.photos.some((p) => p.id === fileId)) throw DomainException.notFound('照片');
    const { file, bytes } = await this.files.readAttached(fileId, { type: FileRecordType.CENTER, id });
    res.setHeader('Content-Type', file.mime);
    res.setHeader('Cache-Control', 'private, max-age=86400');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(bytes);
  }

  @Put(':id')
  @Roles(...CENTER_ADMIN_ROLES)
  @ApiResult('CenterResponse')
  update(
    @Param('id', IdPipe) id: number,
    @Body() dto: CenterDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<CenterResponse> {
    return this.centers.update(id, dto, staff, scope);
  }

  @Get(':id/evaluations')
  @Roles(...CENTER_READ_ROLES)
  @ApiResult('StarEvaluationResponse', { array: true })
  evaluations(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<StarEvaluationResponse[]> {
    return this.centers.evaluationsOf(id, scope);
  }

  @Post(':id/evaluations')
  @Roles(...CENTER_RATING_ROLES)
  @ApiOperation({ summary: 'A yearly star evaluation: scores per criterion → weighted total → stars' })
  @ApiResult('StarEvaluationResponse')
  evaluate(
    @Param('id', IdPipe) id: number,
    @Body() dto: StarEvaluationDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<StarEvaluationResponse> {
    return this.centers.evaluate(id, dto, staff, scope);
  }

  @Get(':id/subsidies')
  @Roles(...CENTER_READ_ROLES)
  @ApiResult('SubsidyResponse', { array: true })
  subsidies(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<SubsidyResponse[]> {
    return this.centers.subsidiesOf(id, scope);
  }

  @Post(':id/subsidies')
  @Roles(...CENTER_SUBSIDY_ROLES)
  @ApiResult('SubsidyResponse')
  addSubsidy(
    @Param('id', IdPipe) id: number,
    @Body() dto: SubsidyDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<SubsidyResponse> {
    return this.centers.addSubsidy(id, dto, staff, scope);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/service-requests')
export class MyServiceRequestsController {
  constructor(private readonly requests: ServiceRequestsService) {}

  @Get()
  @WorkerOnly()
  @ApiResult('ServiceRequestResponse', { array: true })
  mine(@CurrentWorker() me: WorkerPrincipal): Promise<ServiceRequestResponse[]> {
    return this.requests.mine(me);
  }
}

const STAFF_REQUEST_ROLES: Role[] = [...CENTER_READ_ROLES];

@ApiTags('centers')
@ApiBearerAuth()
@Controller('service-requests')
export class ServiceRequestsController {
  constructor(private readonly requests: ServiceRequestsService) {}

  @Post()
  @WorkerOnly()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiResult('ServiceRequestResponse')
  async create(
    @CurrentWorker() me: WorkerPrincipal,
    @Body() dto: ServiceRequestDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ServiceRequestResponse> {
    const { request, replayed } = await this.requests.create(me, dto, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return request;
  }

  @Get()
  @Roles(...STAFF_REQUEST_ROLES)
  @ApiOperation({ summary: 'Center staff: their center’s queue; union staff: requests in their scope' })
  @ApiResult('ServiceRequestResponse', { page: true })
  list(
    @Query() query: ServiceRequestQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<ServiceRequestResponse>> {
    return this.requests.list(query, staff, scope);
  }

  @Get('export')
  @Roles(...STAFF_REQUEST_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(
    @Query() query: ServiceRequestQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    await streamXlsx<ServiceRequestResponse>(
      res,
      '服务请求.xlsx',
      '服务请求',
      [
        { header: '编号', width: 8, value: (r) => r.id },
        { header: '服务中心', width: 28, value: (r) => r.centerName },
        { header: '职工', width: 10, value: (r) => r.workerName },
        { header: '电话', width: 14, value: (r) => r.workerPhone },
        { header: '服务类型', width: 12, value: (r) => CENTER_SERVICE_LABELS[r.serviceType] },
        { header: '纠纷类型', width: 12, value: (r) => (r.disputeType ? DISPUTE_TYPE_LABELS[r.disputeType] : '') },
        {
          header: '状态',
          width: 10,
          value: (r) => SERVICE_REQUEST_STATUS_LABELS[r.status] + (r.overdue ? '（超时未受理）' : ''),
        },
        { header: '提交时间', width: 20, value: (r) => shanghaiTime(r.createdAt) },
        { header: '受理时间', width: 20, value: (r) => shanghaiTime(r.acceptedAt) },
        { header: '办结时间', width: 20, value: (r) => shanghaiTime(r.closedAt) },
        { header: '结果', width: 16, value: (r) => (r.outcome ? SERVICE_OUTCOME_LABELS[r.outcome] : '') },
        { header: '评分', width: 8, value: (r) => r.rating ?? '' },
      ],
      this.requests.each(query, staff, scope),
    );
  }

  @Get(':id')
  @ApiResult('ServiceRequestResponse')
  get(
    @Param('id', IdPipe) id: number,
    @CurrentPrincipal() who: Principal,
    @OptionalScope() scope: DataScope | null,
  ): Promise<ServiceRequestResponse> {
    return this.requests.getFor(who, id, scope);
  }

  @Post(':id/cancel')
  @WorkerOnly()
  @HttpCode(200)
  @ApiResult('ServiceRequestResponse')
  cancel(@CurrentWorker() me: WorkerPrincipal, @Param('id', IdPipe) id: number): Promise<ServiceRequestResponse> {
    return this.requests.cancel(me, id);
  }

  @Post(':id/rating')
  @WorkerOnly()
  @HttpCode(200)
  @ApiResult('ServiceRequestResponse')
  rate(
    @CurrentWorker() me: WorkerPrincipal,
    @Param('id', IdPipe) id: number,
    @Body() dto: RateDto,
  ): Promise<ServiceRequestResponse> {
    return this.requests.rate(me, id, dto);
  }

  @Post(':id/accept')
  @Roles(Role.CENTER_STAFF)
  @HttpCode(200)
  @ApiResult('ServiceRequestResponse')
  accept(@Param('id', IdPipe) id: number, @CurrentStaff() staff: StaffPrincipal): Promise<ServiceRequestResponse> {
    return this.requests.accept(id, staff);
  }

  @Post(':id/records')
  @Roles(Role.CENTER_STAFF)
  @HttpCode(200)
  @ApiResult('ServiceRequestResponse')
  addRecord(
    @Param('id', IdPipe) id: number,
    @Body() dto: ServiceRecordDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ServiceRequestResponse> {
    return this.requests.addRecord(id, dto, staff);
  }

  @Post(':id/close')
  @Roles(Role.CENTER_STAFF)
  @HttpCode(200)
  @ApiResult('ServiceRequestResponse')
  close(
    @Param('id', IdPipe) id: number,
    @Body() dto: CloseServiceRequestDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ServiceRequestResponse> {
    return this.requests.close(id, dto, staff);
  }
}
