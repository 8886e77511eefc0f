import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditLogResponse, Page, Role } from '@steadywork/shared';
import { Roles } from '../auth/access.decorators';
import { Clock } from '../common/clock';
import { allPages, datedFileName, shanghaiTime, streamXlsx, XLSX_MIME } from '../common/xlsx';
import { AuditService } from './audit.service';
import { AuditLogQueryDto } from './dto/audit-log-query.dto';
import { ApiFileResult, ApiResult } from '../openapi/api-result';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-logs')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get('export')
  @Roles(Role.AUDITOR)
  @ApiOperation({ summary: 'The filtered audit log as .xlsx (auditor only)' })
  @ApiFileResult(XLSX_MIME)
  async export(@Query() query: AuditLogQueryDto, @Res() res: Response): Promise<void> {
    await streamXlsx<AuditLogResponse>(
      res,
      datedFileName('审计日志', this.clock.now()),
      '审计日志',
      [
        { header: '时间', width: 20, value: (a) => shanghaiTime(a.createdAt) },
        { header: '操作人', width: 28, value: (a) => a.actorLabel },
        { header: '账号', width: 18, value: (a) => a.actorName ?? '' },
        { header: '角色代码', width: 20, value: (a) => a.actorRoles.join(',') },
        { header: '操作', width: 24, value: (a) => a.action },
        { header: '对象类型', width: 14, value: (a) => a.targetType ?? '' },
        { header: '对象编号', width: 10, value: (a) => a.targetId ?? '' },
        { header: 'IP', width: 16, value: (a) => a.ip ?? '' },
        { header: '变更摘要', width: 60, value: (a) => (a.summary ? JSON.stringify(a.summary) : '') },
      ],
      allPages((page, pageSize) => this.audit.search({ ...query, page, pageSize })),
    );
  }

  @Get()
  @Roles(Role.AUDITOR)
  @ApiOperation({ summary: 'Search the audit log (auditor only)' })
  @ApiResult('AuditLogResponse', { page: true })
  search(@Query() query: AuditLogQueryDto): Promise<Page<AuditLogResponse>> {
    return this.audit.search(query);
  }
}
