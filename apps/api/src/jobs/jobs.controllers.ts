import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DemandListImportResponse,
  EDUCATION_LABELS,
  EMPLOYER_SIZE_LABELS,
  EmployerResponse,
  JOB_APPLICATION_SOURCE_LABELS,
  JOB_APPLICATION_STATUS_LABELS,
  JOB_POSTING_KIND_LABELS,
  JOB_POSTING_STATUS_LABELS,
  JOB_REVIEW_ROLES,
  JOB_STAFF_ROLES,
  JobApplicationResponse,
  JobMatch,
  JobPostingResponse,
  JobPushResponse,
  JobsDashboard,
  MIN_WAGE_ADMIN_ROLES,
  MinWageResponse,
  Page,
  RecommendedJob,
  Role,
  WORKER_TAG_LABELS,
  EmployerMergeNameResponse,
  EmployerOption,
  JobSubscriptionResponse,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentPrincipal, CurrentStaff, CurrentWorker, Roles, WorkerOnly } from '../auth/access.decorators';
import type { Principal, StaffPrincipal, WorkerPrincipal } from '../auth/principal';
import { DomainException } from '../common/domain.exception';
import { IdPipe } from '../common/id.pipe';
import { XLSX_MIME, allPages, datedFileName, sendDownload, shanghaiTime, streamXlsx } from '../common/xlsx';
import { Clock } from '../common/clock';
import { DataScope, OptionalScope, Scope } from '../scope/data-scope';
import { WorkersService } from '../workers/workers.service';
import { ApplicationsService } from './applications.service';
import { DemandListService, type UploadedSheet } from './demand-list.service';
import { EmployersService } from './employers.service';
import { JobsDashboardService } from './jobs-dashboard.service';
import {
  ApplicationQueryDto,
  EmployerDto,
  EmployerOptionsQueryDto,
  EmployerQueryDto,
  HireDto,
  InterviewedDto,
  InviteDto,
  JobPostingDto,
  JobsDashboardQueryDto,
  MatchQueryDto,
  MergeNameDto,
  MinWageDto,
  PostingQueryDto,
  PushDto,
  RecommendQueryDto,
  ReferDto,
  RejectDto,
  ReturnPostingDto,
  SubscriptionDto,
} from './jobs.dto';
import { MatchingService } from './matching.service';
import { PostingsService } from './postings.service';
import { PushService } from './push.service';
import { ApiFileResult, ApiResult } from '../openapi/api-result';

const READ_ROLES: Role[] = [Role.HR, ...JOB_STAFF_ROLES];
const yuanOf = (fen: number) => (fen / 100).toFixed(0);

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs/employers')
export class EmployersController {
  constructor(
    private readonly employers: EmployersService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...READ_ROLES)
  @ApiOperation({ summary: 'The employer registry: staff within their scope, HR their own company' })
  @ApiResult('EmployerResponse', { page: true })
  list(
    @Query() query: EmployerQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<EmployerResponse>> {
    return this.employers.list(query, staff, scope);
  }

  @Get('export')
  @Roles(...READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(
    @Query() query: EmployerQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    await streamXlsx<EmployerResponse>(
      res,
      datedFileName('企业名录', this.clock.now()),
      '企业名录',
      [
        { header: '企业名称', width: 30, value: (e) => e.name },
        { header: '统一社会信用代码', width: 22, value: (e) => e.creditCode },
        { header: '地区', width: 24, value: (e) => e.regionName },
        { header: '行业', width: 16, value: (e) => e.industry },
        { header: '规模', width: 8, value: (e) => EMPLOYER_SIZE_LABELS[e.size] },
        { header: '地址', width: 30, value: (e) => e.address ?? '' },
        { header: '联系电话', width: 16, value: (e) => e.contactPhone ?? '' },
        { header: 'HR 账号', width: 8, value: (e) => e.hrAccounts },
        { header: '招聘中岗位', width: 10, value: (e) => e.openPostings },
        { header: '对口援青合作工会', width: 16, value: (e) => e.partnerUnionName ?? '' },
      ],
      this.employers.each(query, staff, scope),
    );
  }

  @Get('options')
  @ApiOperation({ summary: 'Registered employers to pick from (any signed-in user; at most 20 by name)' })
  @ApiResult('EmployerOption', { array: true })
  options(@Query() query: EmployerOptionsQueryDto): Promise<EmployerOption[]> {
    return this.employers.options(query.keyword);
  }

  @Post()
  @Roles(...JOB_STAFF_ROLES)
  @ApiResult('EmployerResponse')
  create(
    @Body() dto: EmployerDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<EmployerResponse> {
    return this.employers.create(dto, staff, scope);
  }

  @Get(':id')
  @Roles(...READ_ROLES)
  @ApiResult('EmployerResponse')
  get(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<EmployerResponse> {
    return this.employers.get(id, staff, scope);
  }

  @Put(':id')
  @Roles(...JOB_STAFF_ROLES)
  @ApiResult('EmployerResponse')
  update(
    @Param('id', IdPipe) id: number,
    @Body() dto: EmployerDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<EmployerResponse> {
    return this.employers.update(id, dto, staff, scope);
  }

  @Post(':id/merge-name')
  @HttpCode(200)
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'Link the workers who typed this name to the employer (staff merge)' })
  @ApiResult('EmployerMergeNameResponse')
  mergeName(
    @Param('id', IdPipe) id: number,
    @Body() dto: MergeNameDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<EmployerMergeNameResponse> {
    return this.employers.mergeName(id, dto.name, staff, scope);
  }
}

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs/min-wages')
export class MinWagesController {
  constructor(private readonly postings: PostingsService) {}

  @Get()
  @Roles(Role.HR, ...JOB_STAFF_ROLES, ...MIN_WAGE_ADMIN_ROLES)
  @ApiResult('MinWageResponse', { array: true })
  list(): Promise<MinWageResponse[]> {
    return this.postings.minWageList();
  }

  @Put(':cityCode')
  @Roles(...MIN_WAGE_ADMIN_ROLES)
  @ApiOperation({ summary: 'A city’s minimum wage (fen per month and per hour)' })
  @ApiResult('MinWageResponse', { array: true })
  set(
    @Param('cityCode') cityCode: string,
    @Body() dto: MinWageDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<MinWageResponse[]> {
    return this.postings.setMinWage(cityCode, dto, staff);
  }
}

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs/postings')
export class PostingsController {
  constructor(
    private readonly postings: PostingsService,
    private readonly matching: MatchingService,
    private readonly push: PushService,
    private readonly applications: ApplicationsService,
    private readonly demandLists: DemandListService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles(Role.HR)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'HR draft a posting (400 per field: wage under the city’s minimum, discriminatory terms…)' })
  @ApiResult('JobPostingResponse')
  async create(
    @Body() dto: JobPostingDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<JobPostingResponse> {
    const { posting, replayed } = await this.postings.create(dto, staff, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return posting;
  }

  @Get()
  @Roles(...READ_ROLES)
  @ApiOperation({
    summary: 'HR: their company’s postings; staff: postings in their scope (the review queue: status=PENDING)',
  })
  @ApiResult('JobPostingResponse', { page: true })
  list(
    @Query() query: PostingQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<JobPostingResponse>> {
    return this.postings.list(query, staff, scope);
  }

  @Get('export')
  @Roles(...READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(
    @Query() query: PostingQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    await streamXlsx<JobPostingResponse>(
      res,
      datedFileName('招聘岗位', this.clock.now()),
      '招聘岗位',
      [
        { header: '职位名称', width: 24, value: (p) => p.title },
        { header: '企业', width: 28, value: (p) => p.employerName },
        { header: '职业（工种）', width: 14, value: (p) => p.occupation },
        { header: '工作地区', width: 24, value: (p) => p.regionName },
        { header: '工作地点', width: 30, value: (p) => p.address },
        { header: '招聘人数', width: 8, value: (p) => p.headcount },
        { header: '月薪（元）', width: 14, value: (p) => `${yuanOf(p.wageMinFen)}-${yuanOf(p.wageMaxFen)}` },
        { header: '技能要求', width: 20, value: (p) => p.skills.join('、') },
        { header: '学历要求', width: 10, value: (p) => (p.education ? EDUCATION_LABELS[p.education] : '不限') },
        {
          header: '年龄',
          width: 10,
          value: (p) => ((p.ageMin ?? p.ageMax) ? `${p.ageMin ?? ''}-${p.ageMax ?? ''}` : '不限'),
        },
        { header: '有效期至', width: 12, value: (p) => p.validUntil },
        { header: '状态', width: 8, value: (p) => JOB_POSTING_STATUS_LABELS[p.status] },
        { header: '投递/推荐', width: 10, value: (p) => p.applications },
        { header: '推送人数', width: 10, value: (p) => p.pushes },
        { header: '岗位类别', width: 10, value: (p) => JOB_POSTING_KIND_LABELS[p.kind] },
        { header: '对口援青', width: 16, value: (p) => p.partnerUnionName ?? '' },
        { header: '审核人', width: 14, value: (p) => p.reviewedBy ?? '' },
        { header: '创建时间', width: 18, value: (p) => shanghaiTime(p.createdAt) },
      ],
      this.postings.each(query, staff, scope),
    );
  }

  @Get('import-template')
  @Roles(Role.HR, ...JOB_STAFF_ROLES)
  @ApiFileResult(XLSX_MIME)
  async template(@Res() res: Response): Promise<void> {
    sendDownload(res, await this.demandLists.template(), '用工需求清单导入模板.xlsx', XLSX_MIME, 'template.xlsx');
  }

  @Post('imports')
  @HttpCode(200)
  @Roles(Role.HR, ...JOB_STAFF_ROLES)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 10 * 1024 * 1024, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' }, employerId: { type: 'integer' } },
    },
  })
  @ApiOperation({
    summary: 'A demand list (用工需求清单, .xlsx): each good row a posting sent for review; a row report; idempotent',
  })
  @ApiResult('DemandListImportResponse')
  importList(
    @UploadedFile() file: UploadedSheet | undefined,
    @Body('employerId') employerId: string | undefined,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<DemandListImportResponse> {
    const id = employerId && /^\d{1,9}$/.test(employerId) ? Number(employerId) : undefined;
    return this.demandLists.import(file, id, staff, scope);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A posting: HR their own, staff in scope, workers open ones (404 otherwise)' })
  @ApiResult('JobPostingResponse')
  get(
    @Param('id', IdPipe) id: number,
    @CurrentPrincipal() who: Principal,
    @OptionalScope() scope: DataScope | null,
  ): Promise<JobPostingResponse> {
    return this.postings.get(id, who, scope);
  }

  @Put(':id')
  @Roles(Role.HR)
  @ApiResult('JobPostingResponse')
  update(
    @Param('id', IdPipe) id: number,
    @Body() dto: JobPostingDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<JobPostingResponse> {
    return this.postings.update(id, dto, staff);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(Role.HR)
  @ApiResult('JobPostingResponse')
  submit(@Param('id', IdPipe) id: number, @CurrentStaff() staff: StaffPrincipal): Promise<JobPostingResponse> {
    return this.postings.submit(id, staff);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...JOB_REVIEW_ROLES)
  @ApiResult('JobPostingResponse')
  approve(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobPostingResponse> {
    return this.postings.approve(id, staff, scope);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles(...JOB_REVIEW_ROLES)
  @ApiResult('JobPostingResponse')
  return(
    @Param('id', IdPipe) id: number,
    @Body() dto: ReturnPostingDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobPostingResponse> {
    return this.postings.return(id, dto.reason, staff, scope);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(Role.HR, ...JOB_REVIEW_ROLES)
  @ApiResult('JobPostingResponse')
  close(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobPostingResponse> {
    return this.postings.close(id, staff, scope);
  }

  @Get(':id/matches')
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({
    summary: 'The best-fitting workers in the caller’s scope: hardship / 零就业家庭 first, with reasons',
  })
  @ApiResult('JobMatch', { page: true })
  async matches(
    @Param('id', IdPipe) id: number,
    @Query() query: MatchQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<JobMatch>> {
    const posting = await this.postings.require(id, staff, scope);
    return this.matching.forPosting(posting, scope, query);
  }

  @Get(':id/matches/export')
  @Roles(...JOB_STAFF_ROLES)
  @ApiFileResult(XLSX_MIME)
  async exportMatches(
    @Param('id', IdPipe) id: number,
    @Query() query: MatchQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    const posting = await this.postings.require(id, staff, scope);
    await streamXlsx<JobMatch>(
      res,
      datedFileName(`岗位匹配-${posting.title}`, this.clock.now()),
      '匹配职工',
      [
        { header: '姓名', width: 10, value: (w) => w.name },
        { header: '身份证号', width: 22, value: (w) => w.idNumberMasked },
        { header: '手机号', width: 14, value: (w) => w.phoneMasked },
        { header: '地区', width: 24, value: (w) => w.regionName },
        { header: '标签', width: 24, value: (w) => w.tags.map((t) => WORKER_TAG_LABELS[t]).join('、') },
        { header: '匹配分', width: 8, value: (w) => w.score },
        { header: '匹配理由', width: 36, value: (w) => w.reasons.join(' · ') },
        { header: '已订阅', width: 8, value: (w) => (w.subscribed ? '是' : '否') },
        { header: '已推送', width: 8, value: (w) => (w.pushed ? '是' : '否') },
      ],
      allPages((page, pageSize) => this.matching.forPosting(posting, scope, { ...query, page, pageSize })),
    );
  }

  @Post(':id/push')
  @HttpCode(200)
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'Push to the workers picked (or all above a score): subscribed ones, once per worker' })
  @ApiResult('JobPushResponse')
  pushTo(
    @Param('id', IdPipe) id: number,
    @Body() dto: PushDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobPushResponse> {
    return this.push.push(id, dto, staff, scope);
  }

  @Post(':id/apply')
  @WorkerOnly()
  @ApiOperation({ summary: 'A worker applies (once per posting: a second call returns the first)' })
  @ApiResult('JobApplicationResponse')
  async apply(
    @Param('id', IdPipe) id: number,
    @CurrentWorker() me: WorkerPrincipal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<JobApplicationResponse> {
    const { application, replayed } = await this.applications.apply(me, id);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return application;
  }

  @Post(':id/referrals')
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'Staff refer a worker in their scope (职业介绍)' })
  @ApiResult('JobApplicationResponse')
  async refer(
    @Param('id', IdPipe) id: number,
    @Body() dto: ReferDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res({ passthrough: true }) res: Response,
  ): Promise<JobApplicationResponse> {
    const { application, replayed } = await this.applications.refer(id, dto, staff, scope);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return application;
  }
}

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs/applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...READ_ROLES)
  @ApiOperation({ summary: 'HR: their company’s applicants (masked until an interview is accepted); staff: in scope' })
  @ApiResult('JobApplicationResponse', { page: true })
  list(
    @Query() query: ApplicationQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<JobApplicationResponse>> {
    return this.applications.list(query, staff, scope);
  }

  @Get('export')
  @Roles(...READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(
    @Query() query: ApplicationQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    await streamXlsx<JobApplicationResponse>(
      res,
      datedFileName('求职申请', this.clock.now()),
      '求职申请',
      [
        { header: '姓名', width: 10, value: (a) => a.workerName },
        { header: '身份证号', width: 22, value: (a) => a.idNumberMasked },
        { header: '手机号', width: 14, value: (a) => a.phone },
        { header: '地区', width: 24, value: (a) => a.regionName },
        { header: '岗位', width: 24, value: (a) => a.postingTitle },
        { header: '企业', width: 28, value: (a) => a.employerName },
        { header: '来源', width: 10, value: (a) => JOB_APPLICATION_SOURCE_LABELS[a.source] },
        { header: '推荐人', width: 14, value: (a) => a.referredBy ?? '' },
        { header: '状态', width: 10, value: (a) => JOB_APPLICATION_STATUS_LABELS[a.status] },
        { header: '面试时间', width: 18, value: (a) => shanghaiTime(a.interviewAt) },
        { header: '入职日期', width: 12, value: (a) => a.hiredOn ?? '' },
        { header: '投递时间', width: 18, value: (a) => shanghaiTime(a.createdAt) },
      ],
      this.applications.each(query, staff, scope),
    );
  }

  @Get(':id')
  @Roles(...READ_ROLES)
  @ApiResult('JobApplicationResponse')
  get(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobApplicationResponse> {
    return this.applications.get(id, staff, scope);
  }

  @Post(':id/invite')
  @HttpCode(200)
  @Roles(Role.HR)
  @ApiResult('JobApplicationResponse')
  invite(
    @Param('id', IdPipe) id: number,
    @Body() dto: InviteDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<JobApplicationResponse> {
    return this.applications.invite(id, dto, staff);
  }

  @Post(':id/interviewed')
  @HttpCode(200)
  @Roles(Role.HR)
  @ApiResult('JobApplicationResponse')
  interviewed(
    @Param('id', IdPipe) id: number,
    @Body() dto: InterviewedDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<JobApplicationResponse> {
    return this.applications.interviewed(id, dto, staff);
  }

  @Post(':id/hire')
  @HttpCode(200)
  @Roles(Role.HR)
  @ApiOperation({ summary: 'Record the hire: an employment outcome (once a year); clears a 零就业家庭' })
  @ApiResult('JobApplicationResponse')
  hire(
    @Param('id', IdPipe) id: number,
    @Body() dto: HireDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<JobApplicationResponse> {
    return this.applications.hire(id, dto, staff);
  }

  @Post(':id/confirm-hire')
  @HttpCode(200)
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({
    summary: 'Staff in the worker’s scope confirm a hire the worker reported (an outcome, as HR’s hire)',
  })
  @ApiResult('JobApplicationResponse')
  confirmHire(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<JobApplicationResponse> {
    return this.applications.confirmHire(id, staff, scope);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles(Role.HR)
  @ApiResult('JobApplicationResponse')
  reject(
    @Param('id', IdPipe) id: number,
    @Body() dto: RejectDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<JobApplicationResponse> {
    return this.applications.reject(id, dto, staff);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/jobs')
export class MyJobsController {
  constructor(
    private readonly matching: MatchingService,
    private readonly applications: ApplicationsService,
    private readonly push: PushService,
    private readonly workers: WorkersService,
  ) {}

  @Get('recommended')
  @WorkerOnly()
  @ApiOperation({ summary: 'Open postings ranked by fit for the worker, with the reasons' })
  @ApiResult('RecommendedJob', { page: true })
  async recommended(
    @CurrentWorker() me: WorkerPrincipal,
    @Query() query: RecommendQueryDto,
  ): Promise<Page<RecommendedJob>> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) throw DomainException.conflict('请先完成实名登记');
    return this.matching.forWorker(worker, query);
  }

  @Get('applications')
  @WorkerOnly()
  @ApiResult('JobApplicationResponse', { array: true })
  mine(@CurrentWorker() me: WorkerPrincipal): Promise<JobApplicationResponse[]> {
    return this.applications.mine(me);
  }

  @Post('applications/:id/accept-interview')
  @HttpCode(200)
  @WorkerOnly()
  @ApiResult('JobApplicationResponse')
  accept(@Param('id', IdPipe) id: number, @CurrentWorker() me: WorkerPrincipal): Promise<JobApplicationResponse> {
    return this.applications.acceptInterview(id, me);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  @WorkerOnly()
  @ApiResult('JobApplicationResponse')
  withdraw(@Param('id', IdPipe) id: number, @CurrentWorker() me: WorkerPrincipal): Promise<JobApplicationResponse> {
    return this.applications.withdraw(id, me);
  }

  @Post('applications/:id/report-hire')
  @HttpCode(200)
  @WorkerOnly()
  @ApiOperation({ summary: 'The worker reports having started the job (staff confirm it)' })
  @ApiResult('JobApplicationResponse')
  reportHire(
    @Param('id', IdPipe) id: number,
    @Body() dto: HireDto,
    @CurrentWorker() me: WorkerPrincipal,
  ): Promise<JobApplicationResponse> {
    return this.applications.reportHire(id, dto, me);
  }

  @Get('subscription')
  @WorkerOnly()
  @ApiResult('JobSubscriptionResponse')
  subscription(@CurrentWorker() me: WorkerPrincipal): Promise<JobSubscriptionResponse> {
    return this.push.subscription(me);
  }

  @Put('subscription')
  @WorkerOnly()
  @ApiOperation({ summary: 'The worker agrees (or no longer agrees) to receive job pushes' })
  @ApiResult('JobSubscriptionResponse')
  subscribe(@CurrentWorker() me: WorkerPrincipal, @Body() dto: SubscriptionDto): Promise<JobSubscriptionResponse> {
    return this.push.subscribe(me, dto.subscribed);
  }
}

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs/dashboard')
export class JobsDashboardController {
  constructor(private readonly dashboards: JobsDashboardService) {}

  @Get()
  @Roles(...JOB_STAFF_ROLES)
  @ApiOperation({ summary: 'The year’s jobs figures in the caller’s scope, per region one level down' })
  @ApiResult('JobsDashboard')
  dashboard(@Query() query: JobsDashboardQueryDto, @Scope() scope: DataScope): Promise<JobsDashboard> {
    return this.dashboards.dashboard(query.year, query.regionCode, scope);
  }
}
