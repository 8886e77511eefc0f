import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  JOB_EVENT_KIND_LABELS,
  JOB_EVENT_STATUS_LABELS,
  JOB_REVIEW_ROLES,
  JOB_STAFF_ROLES,
  JobApplicationResponse,
  JobEventResponse,
  JobEventSignupResponse,
  JobPostingResponse,
  MyJobEvent,
  Page,
  PartnerUnionResponse,
  Role,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentStaff, CurrentWorker, Roles, WorkerOnly } from '../auth/access.decorators';
import type { StaffPrincipal, WorkerPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { IdPipe } from '../common/id.pipe';
import { datedFileName, shanghaiTime, streamXlsx, XLSX_MIME } from '../common/xlsx';
import { ApiFileResult, ApiResult } from '../openapi/api-result';
import { DataScope, Scope } from '../scope/data-scope';
import {
  JobEventDto,
  JobEventQueryDto,
  JobEventSignupQueryDto,
  JobEventSignupRecordDto,
  PublicWelfareAssignDto,
  PublicWelfarePostDto,
} from './events.dto';
import { JobEventsService } from './events.service';
import { PublicWelfareService } from './public-welfare.service';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs/events')
export class JobEventsController {
  constructor(
    private readonly events: JobEventsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'Recruitment events organised in the caller’s scope, with their figures' })
  @ApiResult('JobEventResponse', { page: true })
  list(
    @Query() query: JobEventQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<JobEventResponse>> {
    return this.events.list(query, staff, scope);
  }

  @Get('export')
  @Roles(...JOB_STAFF_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(
    @Query() query: JobEventQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    await streamXlsx<JobEventResponse>(
      res,
      datedFileName('招聘活动', this.clock.now()),
      '招聘活动',
      [
        { header: '活动名称', width: 28, value: (e) => e.title },
        { header: '类型', width: 18, value: (e) => JOB_EVENT_KIND_LABELS[e.kind] },
        { header: '主办地区', width: 24, value: (e) => e.regionName },
        { header: '开始日期', width: 12, value: (e) => e.startsOn },
        { header: '结束日期', width: 12, value: (e) => e.endsOn },
        { header: '地点 / 链接', width: 30, value: (e) => (e.online ? `线上：${e.onlineUrl ?? ''}` : (e.venue ?? '')) },
        { header: '状态', width: 8, value: (e) => JOB_EVENT_STATUS_LABELS[e.status] },
        { header: '参会企业', width: 10, value: (e) => e.figures.employers },
        { header: '岗位', width: 8, value: (e) => e.figures.postings },
        { header: '报名', width: 8, value: (e) => e.figures.signups },
        { header: '到场', width: 8, value: (e) => e.figures.attended },
        { header: '面试', width: 8, value: (e) => e.figures.interviews },
        { header: '录用', width: 8, value: (e) => e.figures.hires },
        { header: '创建人', width: 14, value: (e) => e.createdBy },
      ],
      this.events.each(query, staff, scope),
    );
  }

  @Post()
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'Create an event (a draft) for the caller’s region; approved postings only' })
  @ApiResult('JobEventResponse')
  create(
    @Body() dto: JobEventDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobEventResponse> {
    return this.events.create(dto, staff, scope);
  }

  @Get(':id')
  @Roles(...JOB_STAFF_ROLES)
  @ApiResult('JobEventResponse')
  get(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobEventResponse> {
    return this.events.get(id, staff, scope);
  }

  @Put(':id')
  @Roles(...JOB_STAFF_ROLES)
  @ApiResult('JobEventResponse')
  update(
    @Param('id', IdPipe) id: number,
    @Body() dto: JobEventDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobEventResponse> {
    return this.events.update(id, dto, staff, scope);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'Publish the event: workers of its region see it and sign up' })
  @ApiResult('JobEventResponse')
  publish(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobEventResponse> {
    return this.events.publish(id, staff, scope);
  }

  @Get(':id/signups')
  @Roles(...JOB_STAFF_ROLES)
  @ApiResult('JobEventSignupResponse', { page: true })
  signups(
    @Param('id', IdPipe) id: number,
    @Query() query: JobEventSignupQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<JobEventSignupResponse>> {
    return this.events.listSignups(id, query, staff, scope);
  }

  @Get(':id/signups/export')
  @Roles(...JOB_STAFF_ROLES)
  @ApiFileResult(XLSX_MIME)
  async exportSignups(
    @Param('id', IdPipe) id: number,
    @Query() query: JobEventSignupQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    const event = await this.events.require(id, staff, scope);
    await streamXlsx<JobEventSignupResponse>(
      res,
      datedFileName(`活动报名-${event.title}`, this.clock.now()),
      '活动报名',
      [
        { header: '姓名', width: 10, value: (s) => s.workerName },
        { header: '身份证号', width: 22, value: (s) => s.idNumberMasked },
        { header: '手机号', width: 14, value: (s) => s.phoneMasked },
        { header: '地区', width: 24, value: (s) => s.regionName },
        { header: '报名时间', width: 18, value: (s) => shanghaiTime(s.createdAt) },
        { header: '到场', width: 6, value: (s) => (s.attended ? '是' : '否') },
        { header: '面试次数', width: 8, value: (s) => s.interviews },
        { header: '备注', width: 24, value: (s) => s.note ?? '' },
        { header: '登记人', width: 12, value: (s) => s.recordedBy ?? '' },
      ],
      this.events.eachSignup(id, query, staff, scope),
    );
  }

  @Put(':id/signups/:signupId')
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'Record a sign-up’s attendance and interviews (from the event’s first day)' })
  @ApiResult('JobEventSignupResponse')
  record(
    @Param('id', IdPipe) id: number,
    @Param('signupId', IdPipe) signupId: number,
    @Body() dto: JobEventSignupRecordDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobEventSignupResponse> {
    return this.events.record(id, signupId, dto, staff, scope);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/jobs/events')
export class MyJobEventsController {
  constructor(private readonly events: JobEventsService) {}

  @Get()
  @WorkerOnly()
  @ApiOperation({ summary: 'Published events of the worker’s county, city or province that have not ended' })
  @ApiResult('MyJobEvent', { page: true })
  list(@CurrentWorker() me: WorkerPrincipal, @Query() query: JobEventQueryDto): Promise<Page<MyJobEvent>> {
    return this.events.listMine(me, query);
  }

  @Get(':id')
  @WorkerOnly()
  @ApiResult('MyJobEvent')
  get(@Param('id', IdPipe) id: number, @CurrentWorker() me: WorkerPrincipal): Promise<MyJobEvent> {
    return this.events.getMine(id, me);
  }

  @Post(':id/signup')
  @WorkerOnly()
  @ApiOperation({ summary: 'Sign up (once per event: a second or simultaneous call returns the first)' })
  @ApiResult('MyJobEvent')
  async signUp(
    @Param('id', IdPipe) id: number,
    @CurrentWorker() me: WorkerPrincipal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MyJobEvent> {
    const { event, replayed } = await this.events.signUp(id, me);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return event;
  }
}

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
export class PublicWelfareController {
  constructor(private readonly welfare: PublicWelfareService) {}

  @Get('partner-unions')
  @Roles(Role.HR, ...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'The 对口援青 partner unions (an employer may belong to one)' })
  @ApiResult('PartnerUnionResponse', { array: true })
  partnerUnions(): Promise<PartnerUnionResponse[]> {
    return this.welfare.partnerUnions();
  }

  @Post('public-welfare-posts')
  @Roles(...JOB_REVIEW_ROLES)
  @ApiOperation({ summary: 'Union reviewers publish a public-welfare post (公益性岗位), open at once' })
  @ApiResult('JobPostingResponse')
  create(
    @Body() dto: PublicWelfarePostDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobPostingResponse> {
    return this.welfare.create(dto, staff, scope);
  }

  @Post('public-welfare-posts/:id/assign')
  @HttpCode(200)
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({
    summary: 'Place a worker the market did not place on the post: a hire, counted by the outcome rule',
  })
  @ApiResult('JobApplicationResponse')
  assign(
    @Param('id', IdPipe) id: number,
    @Body() dto: PublicWelfareAssignDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobApplicationResponse> {
    return this.welfare.assign(id, dto, staff, scope);
  }
}
