import {
  ArgumentMetadata,
  Body,
  Controller,
  ParseIntPipe,
  Get,
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
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CompletionRunResponse,
  CompletionVerifyResponse,
  OnlineLearningImportResponse,
  OnlineLearningRecordResponse,
  Page,
  RosterSyncResponse,
  TRAINING_ADMIN_ROLES,
  TRAINING_ATTENDANCE_ROLES,
  TRAINING_BASE_APPLY_ROLES,
  TRAINING_BASE_READ_ROLES,
  TRAINING_BASE_SUBSIDY_ROLES,
  TRAINING_COURSE_PHASE_LABELS,
  TRAINING_COURSE_TYPE_LABELS,
  TRAINING_BASE_KIND_LABELS,
  TRAINING_BASE_STATUS_LABELS,
  TRAINING_SESSION_STATUS_LABELS,
  maskPhone,
  TRAINING_NOMINATE_ROLES,
  TRAINING_OFFICE_ROLES,
  TRAINING_READ_ROLES,
  ENROLMENT_STATUS_LABELS,
  ONLINE_LEARNING_CHANNEL_LABELS,
  EmployeeOption,
  NominationResponse,
  OnlineLearningListItem,
  TrainerOption,
  TrainerSessionResponse,
  TrainingAttendanceResponse,
  TrainingBaseResponse,
  TrainingCompletionResponse,
  TrainingCourseResponse,
  TrainingDashboard,
  TrainingEnrolmentResponse,
  TrainingQrResponse,
  TrainingRosterResponse,
  TrainingSessionResponse,
  TrainingTargetsResponse,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentPrincipal, CurrentStaff, CurrentWorker, Roles, WorkerOnly } from '../auth/access.decorators';
import { isStaff, type Principal, type StaffPrincipal, type WorkerPrincipal } from '../auth/principal';
import { IdPipe } from '../common/id.pipe';
import { allPages, shanghaiTime, streamXlsx, XLSX_MIME } from '../common/xlsx';
import { writeAuditedExport } from '../audit/audited-export';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { WorkersService } from '../workers/workers.service';
import { DataScope, OptionalScope, Scope } from '../scope/data-scope';
import { AttendanceService } from './attendance.service';
import { CompletionsService } from './completions.service';
import { EnrolmentsService } from './enrolments.service';
import { OnlineLearningService, type UploadedSheet } from './online-learning.service';
import {
  AccreditDto,
  CheckInDto,
  EnrolmentDto,
  OnlineLearningLogDto,
  OpenCourseQueryDto,
  RefuseBaseDto,
  RosterSyncDto,
  TrainingBaseDto,
  TrainingBaseQueryDto,
  TrainingBaseSubsidyDto,
  TrainingCourseDto,
  TrainingCourseQueryDto,
  TrainingDashboardQueryDto,
  EmployeeQueryDto,
  NominationQueryDto,
  OnlineLearningQueryDto,
  TrainerQueryDto,
  TrainingCompletionQueryDto,
} from './training.dto';
import { NominationsService } from './nominations.service';
import { TrainingBasesService } from './training-bases.service';
import { TrainingDashboardService } from './training-dashboard.service';
import { TrainingCoursesService } from './training-courses.service';
import { ApiFileResult, ApiResult } from '../openapi/api-result';
import { TrainingTargetsDto } from './training-targets.dto';
import { TrainingTargetsService } from './training-targets.service';
import { DomainException } from '../common/domain.exception';

const TargetYearPipe = {
  parse: new ParseIntPipe({
    exceptionFactory: () => DomainException.validation([{ field: 'year', message: '年度必须是整数' }]),
  }),
  async transform(value: string, meta: ArgumentMetadata): Promise<number> {
    const year = await this.parse.transform(value, meta);
    if (year < 2020 || year > 2100)
      throw DomainException.validation([{ field: 'year', message: '年度应在 2020 至 2100 之间' }]);
    return year;
  },
};

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/courses')
export class TrainingCoursesController {
  constructor(
    private readonly courses: TrainingCoursesService,
    private readonly enrolments: EnrolmentsService,
    private readonly completions: CompletionsService,
    private readonly workers: WorkersService,
  ) {}

  @Post()
  @Roles(...TRAINING_ADMIN_ROLES)
  @ApiOperation({ summary: 'Create a course with its sessions (region within the caller’s scope)' })
  @ApiResult('TrainingCourseResponse')
  create(
    @Body() dto: TrainingCourseDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingCourseResponse> {
    return this.courses.create(dto, staff, scope);
  }

  @Get()
  @Roles(...TRAINING_READ_ROLES)
  @ApiOperation({ summary: 'Courses in the caller’s scope (a trainer: the courses they teach)' })
  @ApiResult('TrainingCourseResponse', { page: true })
  list(
    @Query() query: TrainingCourseQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<Page<TrainingCourseResponse>> {
    return this.courses.list(query, staff, scope);
  }

  @Get('export')
  @Roles(...TRAINING_READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(
    @Query() query: TrainingCourseQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    await streamXlsx<TrainingCourseResponse>(
      res,
      '培训课程.xlsx',
      '培训课程',
      [
        { header: '编号', width: 8, value: (c) => c.id },
        { header: '课程名称', width: 30, value: (c) => c.title },
        { header: '类型', width: 8, value: (c) => TRAINING_COURSE_TYPE_LABELS[c.type] },
        { header: '家政', width: 6, value: (c) => (c.domesticService ? '是' : '') },
        { header: '主办单位', width: 24, value: (c) => c.organiser },
        { header: '地区', width: 24, value: (c) => c.regionName },
        { header: '培训地点', width: 30, value: (c) => c.venue },
        { header: '开课日期', width: 12, value: (c) => c.startsOn },
        { header: '结课日期', width: 12, value: (c) => c.endsOn },
        { header: '课次', width: 6, value: (c) => c.sessions.length },
        { header: '名额', width: 8, value: (c) => c.capacity },
        { header: '已报名', width: 8, value: (c) => c.enrolled },
        { header: '候补', width: 8, value: (c) => c.waitlisted },
        { header: '授课教师', width: 20, value: (c) => c.trainers.map((t) => t.name).join('、') },
        { header: '状态', width: 8, value: (c) => TRAINING_COURSE_PHASE_LABELS[c.phase] },
      ],
      this.courses.each(query, staff, scope),
    );
  }

  @Get('open')
  @ApiOperation({ summary: 'Courses open for enrolment (any signed-in user); with lat/lng sorted by distance' })
  @ApiResult('TrainingCourseResponse', { page: true })
  async open(
    @Query() query: OpenCourseQueryDto,
    @CurrentPrincipal() who: Principal,
  ): Promise<Page<TrainingCourseResponse>> {
    return this.courses.open(query, await this.workerIdOf(who));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One course: training staff within their scope; workers and others see what is advertised' })
  @ApiResult('TrainingCourseResponse')
  async get(
    @Param('id', IdPipe) id: number,
    @CurrentPrincipal() who: Principal,
    @OptionalScope() scope: DataScope | null,
  ): Promise<TrainingCourseResponse> {
    if (isStaff(who) && scope && who.roles.some((r) => TRAINING_READ_ROLES.includes(r))) {
      return this.courses.getForStaff(id, who, scope);
    }
    return this.courses.getPublic(id, await this.workerIdOf(who));
  }

  @Put(':id')
  @Roles(...TRAINING_ADMIN_ROLES)
  @ApiOperation({
    summary: 'Edit a course and its sessions (capacity never below places taken; raising it moves the waiting list up)',
  })
  @ApiResult('TrainingCourseResponse')
  update(
    @Param('id', IdPipe) id: number,
    @Body() dto: TrainingCourseDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingCourseResponse> {
    return this.courses.update(id, dto, staff, scope);
  }

  @Post(':id/enrolments')
  @ApiOperation({
    summary:
      'Enrol: a worker themselves (empty body), union staff a worker in scope, HR an employee ({workerId}); WAITLISTED when full',
  })
  @ApiResult('TrainingEnrolmentResponse')
  enrol(
    @Param('id', IdPipe) id: number,
    @Body() dto: EnrolmentDto,
    @CurrentPrincipal() who: Principal,
    @OptionalScope() scope: DataScope | null,
  ): Promise<TrainingEnrolmentResponse> {
    return this.enrolments.enrol(id, dto, who, scope);
  }

  @Get(':id/enrolments')
  @Roles(...TRAINING_READ_ROLES)
  @ApiResult('TrainingEnrolmentResponse', { array: true })
  enrolmentsOf(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingEnrolmentResponse[]> {
    return this.enrolments.ofCourse(id, staff, scope);
  }

  @Post(':id/complete')
  @Roles(...TRAINING_ADMIN_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'After the course ends: enrolments at or above the threshold become completions' })
  @ApiResult('CompletionRunResponse')
  complete(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<CompletionRunResponse> {
    return this.completions.complete(id, staff, scope);
  }

  private async workerIdOf(who: Principal): Promise<number | null> {
    return isStaff(who) ? null : ((await this.workers.findMine(who.id))?.id ?? null);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/enrolments')
export class TrainingEnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw (the worker, or staff who may enrol them): the place goes to the first in line' })
  @ApiResult('TrainingEnrolmentResponse')
  withdraw(
    @Param('id', IdPipe) id: number,
    @CurrentPrincipal() who: Principal,
    @OptionalScope() scope: DataScope | null,
  ): Promise<TrainingEnrolmentResponse> {
    return this.enrolments.withdraw(id, who, scope);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/sessions')
export class TrainingSessionsController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get('mine/export')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @ApiFileResult(XLSX_MIME)
  @ApiOperation({ summary: 'The caller’s sessions (as GET mine lists them) as .xlsx; audited' })
  async exportMine(@CurrentStaff() staff: StaffPrincipal, @Res() res: Response): Promise<void> {
    const sessions = await this.attendance.mySessions(staff);
    await writeAuditedExport<TrainerSessionResponse>(this.audit, res, {
      name: '我的课次',
      sheet: '课次',
      columns: [
        { header: '课程', width: 30, value: (s) => s.courseTitle },
        { header: '课次', width: 6, value: (s) => s.seq },
        { header: '开始时间', width: 20, value: (s) => shanghaiTime(s.startsAt) },
        { header: '结束时间', width: 20, value: (s) => shanghaiTime(s.endsAt) },
        { header: '培训地点', width: 30, value: (s) => s.venue },
        { header: '报名人数', width: 10, value: (s) => s.enrolled },
        { header: '签到状态', width: 10, value: (s) => TRAINING_SESSION_STATUS_LABELS[s.status] },
      ],
      batches: (async function* () {
        yield sessions;
      })(),
      action: 'training_session.export',
      targetType: 'training_session',
      filters: {},
      now: this.clock.now(),
    });
  }

  @Get('mine')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @ApiOperation({ summary: 'Sessions of the courses the caller teaches, from yesterday to two weeks ahead' })
  @ApiResult('TrainerSessionResponse', { array: true })
  mine(@CurrentStaff() staff: StaffPrincipal): Promise<TrainerSessionResponse[]> {
    return this.attendance.mySessions(staff);
  }

  @Post(':id/open')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Open check-in (a trainer of the course), from an hour before the session until it ends' })
  @ApiResult('TrainingSessionResponse')
  open(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingSessionResponse> {
    return this.attendance.open(id, staff, scope);
  }

  @Get(':id/qr')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @ApiOperation({ summary: 'The current QR token and short code; they change every 30 seconds' })
  @ApiResult('TrainingQrResponse')
  qr(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingQrResponse> {
    return this.attendance.qr(id, staff, scope);
  }

  @Post(':id/close')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @HttpCode(200)
  @ApiResult('TrainingSessionResponse')
  close(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingSessionResponse> {
    return this.attendance.close(id, staff, scope);
  }

  @Get(':id/roster')
  @Roles(...TRAINING_READ_ROLES)
  @ApiResult('TrainingRosterResponse')
  roster(
    @Param('id', IdPipe) id: number,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<TrainingRosterResponse> {
    return this.attendance.roster(id, staff, scope);
  }

  @Post(':id/roster/sync')
  @Roles(...TRAINING_ATTENDANCE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Hand marks from the trainer’s device: once per clientId, a later mark wins' })
  @ApiResult('RosterSyncResponse')
  sync(
    @Param('id', IdPipe) id: number,
    @Body() dto: RosterSyncDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<RosterSyncResponse> {
    return this.attendance.sync(id, dto, staff, scope);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/check-ins')
export class TrainingCheckInsController {
  constructor(private readonly attendance: AttendanceService) {}

  @Post()
  @WorkerOnly()
  @ApiOperation({
    summary: 'Check in with the scanned token, or the session and short code; 200 with the first record when repeated',
  })
  @ApiResult('TrainingAttendanceResponse')
  @ApiResult('TrainingAttendanceResponse', { status: 200, description: 'Already checked in: the earlier record' })
  async checkIn(
    @CurrentWorker() me: WorkerPrincipal,
    @Body() dto: CheckInDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TrainingAttendanceResponse> {
    const record = await this.attendance.checkIn(me, dto);
    if (record.repeated) res.status(200);
    return record;
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/completions')
export class TrainingCompletionsController {
  constructor(private readonly completions: CompletionsService) {}

  @Get()
  @Roles(...TRAINING_OFFICE_ROLES)
  @ApiOperation({ summary: 'Completions of courses in the caller’s scope (结业记录), newest first' })
  @ApiResult('TrainingCompletionResponse', { page: true })
  list(
    @Query() query: TrainingCompletionQueryDto,
    @Scope() scope: DataScope,
  ): Promise<Page<TrainingCompletionResponse>> {
    return this.completions.list(query, scope);
  }

  @Get('export')
  @Roles(...TRAINING_OFFICE_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(
    @Query() query: TrainingCompletionQueryDto,
    @Scope() scope: DataScope,
    @Res() res: Response,
  ): Promise<void> {
    await streamXlsx<TrainingCompletionResponse>(
      res,
      '结业记录.xlsx',
      '结业记录',
      [
        { header: '姓名', width: 10, value: (c) => c.workerName },
        { header: '身份证号', width: 22, value: (c) => c.idNumberMasked },
        { header: '课程', width: 30, value: (c) => c.courseTitle },
        { header: '类型', width: 8, value: (c) => TRAINING_COURSE_TYPE_LABELS[c.courseType] },
        { header: '家政', width: 6, value: (c) => (c.domesticService ? '是' : '') },
        { header: '主办单位', width: 24, value: (c) => c.organiser },
        { header: '地区', width: 24, value: (c) => c.regionName },
        { header: '开课日期', width: 12, value: (c) => c.startsOn },
        { header: '结课日期', width: 12, value: (c) => c.endsOn },
        { header: '出勤', width: 8, value: (c) => `${c.attended}/${c.held}` },
        { header: '出勤率', width: 8, value: (c) => `${c.ratePercent}%` },
        { header: '证书核验码', width: 16, value: (c) => c.verificationCode },
        { header: '年度', width: 6, value: (c) => c.year },
        { header: '结业时间', width: 18, value: (c) => shanghaiTime(c.completedAt) },
      ],
      this.completions.each(query, scope),
    );
  }

  @Get('verify/:code')
  @ApiOperation({ summary: 'Check a certificate’s verification code (any signed-in user; the name is masked)' })
  @ApiResult('CompletionVerifyResponse')
  verify(@Param('code') code: string): Promise<CompletionVerifyResponse> {
    return this.completions.verify(code);
  }
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/training')
export class MyTrainingController {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly completions: CompletionsService,
    private readonly online: OnlineLearningService,
  ) {}

  @Get('online-learning')
  @WorkerOnly()
  @ApiResult('OnlineLearningRecordResponse', { array: true })
  myLearning(@CurrentWorker() me: WorkerPrincipal): Promise<OnlineLearningRecordResponse[]> {
    return this.online.mine(me);
  }

  @Post('online-learning')
  @WorkerOnly()
  @ApiOperation({ summary: 'Log an item studied in the mini-program; logging it again returns the first record (200)' })
  @ApiResult('OnlineLearningRecordResponse')
  @ApiResult('OnlineLearningRecordResponse', { status: 200, description: 'Already recorded: the earlier record' })
  async logLearning(
    @CurrentWorker() me: WorkerPrincipal,
    @Body() dto: OnlineLearningLogDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OnlineLearningRecordResponse> {
    const { record, repeated } = await this.online.log(me, dto);
    if (repeated) res.status(200);
    return record;
  }

  @Get('enrolments')
  @WorkerOnly()
  @ApiResult('TrainingEnrolmentResponse', { array: true })
  myEnrolments(@CurrentWorker() me: WorkerPrincipal): Promise<TrainingEnrolmentResponse[]> {
    return this.enrolments.mine(me);
  }

  @Get('completions')
  @WorkerOnly()
  @ApiOperation({ summary: 'The worker’s completions, each with its certificate’s verification code' })
  @ApiResult('TrainingCompletionResponse', { array: true })
  myCompletions(@CurrentWorker() me: WorkerPrincipal): Promise<TrainingCompletionResponse[]> {
    return this.completions.mine(me);
  }
}

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

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/online-learning')
export class OnlineLearningController {
  constructor(private readonly online: OnlineLearningService) {}

  @Get()
  @Roles(...TRAINING_OFFICE_ROLES)
  @ApiOperation({ summary: 'Online learning records of workers in the caller’s scope (网上学习记录), newest first' })
  @ApiResult('OnlineLearningListItem', { page: true })
  list(@Query() query: OnlineLearningQueryDto, @Scope() scope: DataScope): Promise<Page<OnlineLearningListItem>> {
    return this.online.list(query, scope);
  }

  @Get('export')
  @Roles(...TRAINING_OFFICE_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(@Query() query: OnlineLearningQueryDto, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    await streamXlsx<OnlineLearningListItem>(
      res,
      '网上学习记录.xlsx',
      '网上学习记录',
      [
        { header: '姓名', width: 10, value: (r) => r.workerName },
        { header: '身份证号', width: 22, value: (r) => r.idNumberMasked },
        { header: '地区', width: 24, value: (r) => r.regionName },
        { header: '学习内容编号', width: 20, value: (r) => r.itemKey },
        { header: '学习内容', width: 30, value: (r) => r.itemTitle },
        { header: '学习时长（分钟）', width: 10, value: (r) => r.durationMinutes },
        { header: '学习日期', width: 12, value: (r) => r.studiedOn },
        { header: '来源平台', width: 20, value: (r) => r.source },
        { header: '记录方式', width: 10, value: (r) => ONLINE_LEARNING_CHANNEL_LABELS[r.channel] },
        { header: '记录时间', width: 18, value: (r) => shanghaiTime(r.createdAt) },
      ],
      this.online.each(query, scope),
    );
  }

  @Get('template')
  @Roles(...TRAINING_ADMIN_ROLES)
  @ApiFileResult(XLSX_MIME)
  async template(@Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', XLSX_MIME);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent('网上学习记录导入模板.xlsx')}`,
    );
    res.end(await this.online.template());
  }

  @Post('imports')
  @Roles(...TRAINING_ADMIN_ROLES)
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20 * 1024 * 1024, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary:
      'Import the online platform’s records (.xlsx or UTF-8 .csv): row report; one person-time per worker and item',
  })
  @ApiResult('OnlineLearningImportResponse')
  import(
    @UploadedFile() file: UploadedSheet | undefined,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<OnlineLearningImportResponse> {
    return this.online.import(file, staff, scope);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/dashboard')
export class TrainingDashboardController {
  constructor(private readonly dashboard: TrainingDashboardService) {}

  @Get()
  @Roles(...TRAINING_READ_ROLES)
  @ApiOperation({
    summary:
      'The year’s bases, completions (家政 among them) and online learning against the targets, per region; attendance by course; today’s classes',
  })
  @ApiResult('TrainingDashboard')
  get(@Query() query: TrainingDashboardQueryDto, @Scope() scope: DataScope): Promise<TrainingDashboard> {
    return this.dashboard.dashboard(query.year, query.regionCode, scope);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/trainers')
export class TrainingTrainersController {
  constructor(private readonly courses: TrainingCoursesService) {}

  @Get()
  @Roles(...TRAINING_ADMIN_ROLES)
  @ApiOperation({ summary: 'Trainer accounts in the caller’s scope, to name on a course (at most 200)' })
  @ApiResult('TrainerOption', { array: true })
  list(@Query() query: TrainerQueryDto, @Scope() scope: DataScope): Promise<TrainerOption[]> {
    return this.courses.trainerOptions(query.keyword, scope);
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/nominations')
export class TrainingNominationsController {
  constructor(private readonly nominations: NominationsService) {}

  @Get('employees')
  @Roles(...TRAINING_NOMINATE_ROLES)
  @ApiOperation({ summary: 'HR: the company’s registered employees (masked), to nominate' })
  @ApiResult('EmployeeOption', { page: true })
  employees(@Query() query: EmployeeQueryDto, @CurrentStaff() staff: StaffPrincipal): Promise<Page<EmployeeOption>> {
    return this.nominations.employees(staff, query);
  }

  @Get()
  @Roles(...TRAINING_NOMINATE_ROLES)
  @ApiOperation({
    summary: 'HR: the company’s nominations (POST /training/courses/:id/enrolments nominates), newest first',
  })
  @ApiResult('NominationResponse', { page: true })
  list(@Query() query: NominationQueryDto, @CurrentStaff() staff: StaffPrincipal): Promise<Page<NominationResponse>> {
    return this.nominations.list(staff, query);
  }

  @Get('export')
  @Roles(...TRAINING_NOMINATE_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(
    @Query() query: NominationQueryDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Res() res: Response,
  ): Promise<void> {
    await streamXlsx<NominationResponse>(
      res,
      '推荐参训记录.xlsx',
      '推荐参训记录',
      [
        { header: '姓名', width: 10, value: (n) => n.workerName },
        { header: '身份证号', width: 22, value: (n) => n.idNumberMasked },
        { header: '课程', width: 30, value: (n) => n.courseTitle },
        { header: '类型', width: 8, value: (n) => TRAINING_COURSE_TYPE_LABELS[n.courseType] },
        { header: '开课日期', width: 12, value: (n) => n.startsOn },
        { header: '结课日期', width: 12, value: (n) => n.endsOn },
        { header: '报名状态', width: 10, value: (n) => ENROLMENT_STATUS_LABELS[n.status] },
        { header: '课程状态', width: 10, value: (n) => TRAINING_COURSE_PHASE_LABELS[n.coursePhase] },
        { header: '证书核验码', width: 16, value: (n) => n.completionCode ?? '' },
        { header: '推荐人', width: 10, value: (n) => n.nominatedBy },
        { header: '推荐时间', width: 18, value: (n) => shanghaiTime(n.createdAt) },
      ],
      this.nominations.each(staff, query),
    );
  }
}

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/targets')
export class TrainingTargetsController {
  constructor(private readonly targets: TrainingTargetsService) {}

  @ApiResult('TrainingTargetsResponse')
  @Get(':year')
  @Roles(...TRAINING_ADMIN_ROLES)
  @ApiOperation({ summary: 'The year’s 151 targets and city splits; targets null when not set (目标未设置)' })
  get(@Param('year', TargetYearPipe) year: number): Promise<TrainingTargetsResponse> {
    return this.targets.get(year);
  }

  @ApiResult('TrainingTargetsResponse')
  @Put(':year')
  @Roles(...TRAINING_ADMIN_ROLES)
  @ApiOperation({
    summary: 'Set the year’s 151 targets and optional city splits (each at most the province’s); audited',
  })
  put(
    @Param('year', TargetYearPipe) year: number,
    @Body() dto: TrainingTargetsDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<TrainingTargetsResponse> {
    return this.targets.put(year, dto, staff);
  }
}
