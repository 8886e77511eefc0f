import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CompletionRunResponse,
  Page,
  TRAINING_ADMIN_ROLES,
  TRAINING_COURSE_PHASE_LABELS,
  TRAINING_COURSE_TYPE_LABELS,
  TRAINING_READ_ROLES,
  TrainerOption,
  TrainingCourseResponse,
  TrainingEnrolmentResponse,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentPrincipal, CurrentStaff, Roles } from '../../auth/access.decorators';
import { isStaff, type Principal, type StaffPrincipal } from '../../auth/principal';
import { IdPipe } from '../../common/id.pipe';
import { streamXlsx, XLSX_MIME } from '../../common/xlsx';
import { WorkersService } from '../../workers/workers.service';
import { DataScope, OptionalScope, Scope } from '../../scope/data-scope';
import { CompletionsService } from '../completions.service';
import { EnrolmentsService } from '../enrolments.service';
import {
  EnrolmentDto,
  OpenCourseQueryDto,
  TrainingCourseDto,
  TrainingCourseQueryDto,
  TrainerQueryDto,
} from '../training.dto';
import { TrainingCoursesService } from '../training-courses.service';
import { ApiFileResult, ApiResult } from '../../openapi/api-result';

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
