import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CompletionVerifyResponse,
  OnlineLearningRecordResponse,
  Page,
  TRAINING_COURSE_TYPE_LABELS,
  TRAINING_OFFICE_ROLES,
  TrainingCompletionResponse,
  TrainingEnrolmentResponse,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentWorker, Roles, WorkerOnly } from '../../auth/access.decorators';
import { type WorkerPrincipal } from '../../auth/principal';
import { shanghaiTime, streamXlsx, XLSX_MIME } from '../../common/xlsx';
import { DataScope, Scope } from '../../scope/data-scope';
import { CompletionsService } from '../completions.service';
import { EnrolmentsService } from '../enrolments.service';
import { OnlineLearningService } from '../online-learning.service';
import { OnlineLearningLogDto, TrainingCompletionQueryDto } from '../training.dto';
import { ApiFileResult, ApiResult } from '../../openapi/api-result';

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
