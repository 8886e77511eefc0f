import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CaseworkerAssignmentResponse,
  CaseworkerOption,
  EMPLOYMENT_STATUS_LABELS,
  EmploymentStatus,
  GIG_JOB_STATUS_LABELS,
  GIG_PAY_KIND_LABELS,
  GigJobResponse,
  GigMatchForWorker,
  GigModeResponse,
  GigPayKind,
  GigWorkerMatch,
  JOB_STAFF_ROLES,
  MyPersonRow,
  Page,
  Role,
  WORKER_TAG_LABELS,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentPrincipal, CurrentStaff, CurrentWorker, Roles, WorkerOnly } from '../auth/access.decorators';
import type { Principal, StaffPrincipal, WorkerPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { IdPipe } from '../common/id.pipe';
import { allPages, datedFileName, shanghaiTime, streamXlsx, XLSX_MIME } from '../common/xlsx';
import { ApiFileResult, ApiResult } from '../openapi/api-result';
import { DataScope, OptionalScope, Scope } from '../scope/data-scope';
import {
  CaseworkerAssignmentDto,
  CaseworkerOptionsQueryDto,
  GigJobDto,
  GigModeDto,
  GigQueryDto,
  MyPeopleQueryDto,
} from './gig.dto';
import { GigService } from './gig.service';
import { OneToOneService } from './one-to-one.service';

const READ_ROLES: Role[] = [Role.HR, ...JOB_STAFF_ROLES];
const payOf = (g: GigJobResponse) =>
  `${(g.payFen / 100).toFixed(2)} 元/${g.payKind === GigPayKind.DAY ? '天' : (g.pieceUnit ?? '件')}`;

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs/gigs')
export class GigJobsController {
  constructor(
    private readonly gigs: GigService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles(...READ_ROLES)
  @ApiOperation({ summary: 'HR (for their employer) or union staff (in scope) post a gig (零工), open at once' })
  @ApiResult('GigJobResponse')
  create(
    @Body() dto: GigJobDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<GigJobResponse> {
    return this.gigs.create(dto, staff, scope);
  }

  @Get()
  @Roles(...READ_ROLES)
  @ApiOperation({ summary: 'HR: their employer’s gigs; staff: the gigs in scope' })
  @ApiResult('GigJobResponse', { page: true })
  list(
    @Query() query: GigQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<GigJobResponse>> {
    return this.gigs.list(query, staff, scope);
  }

  @Get('export')
  @Roles(...READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(
    @Query() query: GigQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    await streamXlsx<GigJobResponse>(
      res,
      datedFileName('零工', this.clock.now()),
      '零工',
      [
        { header: '零工名称', width: 20, value: (g) => g.title },
        { header: '工种', width: 16, value: (g) => g.kinds.join('、') },
        { header: '开工日期', width: 12, value: (g) => g.startsOn },
        { header: '天数', width: 6, value: (g) => g.days },
        { header: '每天工时', width: 8, value: (g) => g.hoursPerDay ?? '' },
        { header: '计酬方式', width: 10, value: (g) => GIG_PAY_KIND_LABELS[g.payKind] },
        { header: '报酬', width: 14, value: (g) => payOf(g) },
        { header: '人数', width: 6, value: (g) => g.headcount },
        { header: '地区', width: 24, value: (g) => g.regionName },
        { header: '地点', width: 24, value: (g) => g.address },
        { header: '发布方', width: 20, value: (g) => g.postedBy },
        { header: '状态', width: 8, value: (g) => GIG_JOB_STATUS_LABELS[g.status] },
        { header: '发布时间', width: 18, value: (g) => shanghaiTime(g.createdAt) },
      ],
      this.gigs.each(query, staff, scope),
    );
  }

  @Get(':id')
  @ApiOperation({ summary: 'A gig: HR their own, staff in scope, a worker an open one' })
  @ApiResult('GigJobResponse')
  get(
    @Param('id', IdPipe) id: number,
    @CurrentPrincipal() who: Principal,
    @OptionalScope() scope: DataScope | null,
  ): Promise<GigJobResponse> {
    return this.gigs.get(id, who, scope);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...READ_ROLES)
  @ApiResult('GigJobResponse')
  close(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<GigJobResponse> {
    return this.gigs.close(id, staff, scope);
  }

  @Get(':id/matches')
  @Roles(...READ_ROLES)
  @ApiOperation({
    summary: 'Workers in 零工模式 near the gig whose kinds overlap it: same county first (masked for HR)',
  })
  @ApiResult('GigWorkerMatch', { page: true })
  matches(
    @Param('id', IdPipe) id: number,
    @Query() query: GigQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<GigWorkerMatch>> {
    return this.gigs.matches(id, staff, scope, query);
  }
}

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('me/jobs')
export class MyGigController {
  constructor(private readonly gigs: GigService) {}

  @Get('gig-mode')
  @WorkerOnly()
  @ApiResult('GigModeResponse')
  mode(@CurrentWorker() me: WorkerPrincipal): Promise<GigModeResponse> {
    return this.gigs.mode(me);
  }

  @Put('gig-mode')
  @WorkerOnly()
  @ApiOperation({ summary: 'The worker turns 零工模式 on or off, with the kinds of work and the county' })
  @ApiResult('GigModeResponse')
  setMode(@CurrentWorker() me: WorkerPrincipal, @Body() dto: GigModeDto): Promise<GigModeResponse> {
    return this.gigs.setMode(me, dto);
  }

  @Get('gigs')
  @WorkerOnly()
  @ApiOperation({ summary: 'Open gigs near the worker in 零工模式 whose kinds overlap theirs, same county first' })
  @ApiResult('GigMatchForWorker', { page: true })
  gigsNearMe(@CurrentWorker() me: WorkerPrincipal, @Query() query: GigQueryDto): Promise<Page<GigMatchForWorker>> {
    return this.gigs.forWorker(me, query);
  }
}

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs/one-to-one')
export class OneToOneController {
  constructor(
    private readonly oneToOne: OneToOneService,
    private readonly clock: Clock,
  ) {}

  @Get('mine')
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'The workers the caller is responsible for, longest without a follow-up first' })
  @ApiResult('MyPersonRow', { page: true })
  mine(
    @Query() query: MyPeopleQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<MyPersonRow>> {
    return this.oneToOne.mine(query, staff, scope);
  }

  @Get('mine/export')
  @Roles(...JOB_STAFF_ROLES)
  @ApiFileResult(XLSX_MIME)
  async exportMine(
    @Query() query: MyPeopleQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    await streamXlsx<MyPersonRow>(
      res,
      datedFileName('我负责的职工', this.clock.now()),
      '我负责的职工',
      [
        { header: '姓名', width: 10, value: (p) => p.name },
        { header: '身份证号', width: 22, value: (p) => p.idNumberMasked },
        { header: '手机号', width: 14, value: (p) => p.phoneMasked },
        { header: '地区', width: 24, value: (p) => p.regionName },
        {
          header: '就业状态',
          width: 10,
          value: (p) => EMPLOYMENT_STATUS_LABELS[p.employmentStatus as EmploymentStatus] ?? p.employmentStatus,
        },
        { header: '标签', width: 24, value: (p) => p.tags.map((t) => WORKER_TAG_LABELS[t]).join('、') },
        { header: '最近走访', width: 18, value: (p) => shanghaiTime(p.lastFollowUpAt) || '未走访' },
        { header: '在办求职', width: 10, value: (p) => p.openApplications },
        { header: '其中工会推荐', width: 12, value: (p) => p.openReferrals },
        { header: '分配时间', width: 18, value: (p) => shanghaiTime(p.assignedAt) },
      ],
      allPages((page, pageSize) => this.oneToOne.mine({ ...query, page, pageSize }, staff, scope)),
    );
  }

  @Get('options')
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'Staff who can be made responsible for the worker' })
  @ApiResult('CaseworkerOption', { array: true })
  options(@Query() query: CaseworkerOptionsQueryDto, @Scope() scope: DataScope): Promise<CaseworkerOption[]> {
    return this.oneToOne.options(query.workerId, scope);
  }

  @Get(':workerId')
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'The staff member responsible for a worker in scope (404 when none)' })
  @ApiResult('CaseworkerAssignmentResponse')
  of(@Param('workerId', IdPipe) workerId: number, @Scope() scope: DataScope): Promise<CaseworkerAssignmentResponse> {
    return this.oneToOne.of(workerId, scope);
  }

  @Put(':workerId')
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({
    summary: 'Make a staff member responsible for a hardship or unemployed worker (reassignment audited)',
  })
  @ApiResult('CaseworkerAssignmentResponse')
  assign(
    @Param('workerId', IdPipe) workerId: number,
    @Body() dto: CaseworkerAssignmentDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<CaseworkerAssignmentResponse> {
    return this.oneToOne.assign(workerId, dto.staffId, staff, scope);
  }
}
