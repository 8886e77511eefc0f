import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Page,
  TRAINING_ADMIN_ROLES,
  TRAINING_BASE_APPLY_ROLES,
  TRAINING_BASE_READ_ROLES,
  TRAINING_BASE_SUBSIDY_ROLES,
  TRAINING_BASE_KIND_LABELS,
  TRAINING_BASE_STATUS_LABELS,
  maskPhone,
  TrainingBaseResponse,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentStaff, Roles } from '../../auth/access.decorators';
import { type StaffPrincipal } from '../../auth/principal';
import { IdPipe } from '../../common/id.pipe';
import { allPages, shanghaiTime, XLSX_MIME } from '../../common/xlsx';
import { writeAuditedExport } from '../../audit/audited-export';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DataScope, Scope } from '../../scope/data-scope';
import {
  AccreditDto,
  RefuseBaseDto,
  TrainingBaseDto,
  TrainingBaseQueryDto,
  TrainingBaseSubsidyDto,
} from '../training.dto';
import { TrainingBasesService } from '../training-bases.service';
import { ApiFileResult, ApiResult } from '../../openapi/api-result';

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/bases')
export class TrainingBasesController {
  constructor(
    private readonly bases: TrainingBasesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get('export')
  @Roles(...TRAINING_BASE_READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  @ApiOperation({
    summary: 'The bases with the list’s filters, in the caller’s scope, as .xlsx (masked phones); audited',
  })
  async export(@Query() query: TrainingBaseQueryDto, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    await writeAuditedExport<TrainingBaseResponse>(this.audit, res, {
      name: '培训基地',
      sheet: '培训基地',
      columns: [
        { header: '编号', width: 8, value: (b) => b.id },
        { header: '基地名称', width: 30, value: (b) => b.name },
        { header: '类型', width: 14, value: (b) => TRAINING_BASE_KIND_LABELS[b.kind] },
        { header: '地区', width: 24, value: (b) => b.regionName },
        { header: '地址', width: 30, value: (b) => b.address },
        { header: '联系人', width: 10, value: (b) => b.contactName },
        { header: '联系电话', width: 14, value: (b) => maskPhone(b.contactPhone) ?? '' },
        { header: '状态', width: 10, value: (b) => TRAINING_BASE_STATUS_LABELS[b.status] },
        { header: '认定年度', width: 10, value: (b) => b.accreditedYear ?? '' },
        { header: '认定/退回时间', width: 20, value: (b) => shanghaiTime(b.decidedAt) },
        { header: '申请时间', width: 20, value: (b) => shanghaiTime(b.createdAt) },
      ],
      batches: allPages((page, pageSize) =>
        this.bases.list(Object.assign(new TrainingBaseQueryDto(), query, { page, pageSize }), scope),
      ),
      action: 'training_base.export',
      targetType: 'training_base',
      filters: query,
      now: this.clock.now(),
    });
  }

  @Post()
  @Roles(...TRAINING_BASE_APPLY_ROLES)
  @ApiOperation({
    summary: 'Apply to be a training base: the four criteria, each with a description and evidence files',
  })
  @ApiResult('TrainingBaseResponse')
  apply(
    @Body() dto: TrainingBaseDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingBaseResponse> {
    return this.bases.apply(dto, staff, scope);
  }

  @Get()
  @Roles(...TRAINING_BASE_READ_ROLES)
  @ApiResult('TrainingBaseResponse', { page: true })
  list(@Query() query: TrainingBaseQueryDto, @Scope() scope: DataScope): Promise<Page<TrainingBaseResponse>> {
    return this.bases.list(query, scope);
  }

  @Get(':id')
  @Roles(...TRAINING_BASE_READ_ROLES)
  @ApiResult('TrainingBaseResponse')
  get(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<TrainingBaseResponse> {
    return this.bases.get(id, scope);
  }

  @Put(':id')
  @Roles(...TRAINING_BASE_APPLY_ROLES)
  @ApiOperation({ summary: 'Amend an application (a refused one is sent again)' })
  @ApiResult('TrainingBaseResponse')
  amend(
    @Param('id', IdPipe) id: number,
    @Body() dto: TrainingBaseDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingBaseResponse> {
    return this.bases.amend(id, dto, staff, scope);
  }

  @Post(':id/accredit')
  @Roles(...TRAINING_ADMIN_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Accredit: counts toward the year’s 10 bases' })
  @ApiResult('TrainingBaseResponse')
  accredit(
    @Param('id', IdPipe) id: number,
    @Body() dto: AccreditDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingBaseResponse> {
    return this.bases.accredit(id, dto, staff, scope);
  }

  @Post(':id/refuse')
  @Roles(...TRAINING_ADMIN_ROLES)
  @HttpCode(200)
  @ApiResult('TrainingBaseResponse')
  refuse(
    @Param('id', IdPipe) id: number,
    @Body() dto: RefuseBaseDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingBaseResponse> {
    return this.bases.refuse(id, dto.reason, staff, scope);
  }

  @Post(':id/subsidies')
  @Roles(...TRAINING_BASE_SUBSIDY_ROLES)
  @ApiOperation({ summary: 'Record a base-construction subsidy (integer fen) for an accredited base' })
  @ApiResult('TrainingBaseResponse')
  addSubsidy(
    @Param('id', IdPipe) id: number,
    @Body() dto: TrainingBaseSubsidyDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingBaseResponse> {
    return this.bases.addSubsidy(id, dto, staff, scope);
  }
}
