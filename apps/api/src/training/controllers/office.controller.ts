import { ArgumentMetadata, Body, Controller, ParseIntPipe, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Page,
  TRAINING_ADMIN_ROLES,
  TRAINING_COURSE_PHASE_LABELS,
  TRAINING_COURSE_TYPE_LABELS,
  TRAINING_NOMINATE_ROLES,
  TRAINING_READ_ROLES,
  ENROLMENT_STATUS_LABELS,
  EmployeeOption,
  NominationResponse,
  TrainingDashboard,
  TrainingTargetsResponse,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentStaff, Roles } from '../../auth/access.decorators';
import { type StaffPrincipal } from '../../auth/principal';
import { shanghaiTime, streamXlsx, XLSX_MIME } from '../../common/xlsx';
import { DataScope, Scope } from '../../scope/data-scope';
import { TrainingDashboardQueryDto, EmployeeQueryDto, NominationQueryDto } from '../training.dto';
import { NominationsService } from '../nominations.service';
import { TrainingDashboardService } from '../training-dashboard.service';
import { ApiFileResult, ApiResult } from '../../openapi/api-result';
import { TrainingTargetsDto } from '../training-targets.dto';
import { TrainingTargetsService } from '../training-targets.service';
import { DomainException } from '../../common/domain.exception';

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
