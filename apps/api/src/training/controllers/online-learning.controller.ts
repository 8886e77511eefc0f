import { Controller, Get, HttpCode, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  OnlineLearningImportResponse,
  Page,
  TRAINING_ADMIN_ROLES,
  TRAINING_OFFICE_ROLES,
  ONLINE_LEARNING_CHANNEL_LABELS,
  OnlineLearningListItem,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentStaff, Roles } from '../../auth/access.decorators';
import { type StaffPrincipal } from '../../auth/principal';
import { XLSX_MIME, sendDownload, shanghaiTime, streamXlsx } from '../../common/xlsx';
import { DataScope, Scope } from '../../scope/data-scope';
import { OnlineLearningService, type UploadedSheet } from '../online-learning.service';
import { OnlineLearningQueryDto } from '../training.dto';
import { ApiFileResult, ApiResult } from '../../openapi/api-result';

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
    sendDownload(res, await this.online.template(), '网上学习记录导入模板.xlsx', XLSX_MIME, 'template.xlsx');
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
