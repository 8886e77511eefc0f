import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Page,
  Role,
  type ScheduledJobResponse,
  type ScheduledJobRunResponse,
  ScheduledJobTrigger,
} from '@steadywork/shared';
import { AuditService } from '../audit/audit.service';
import { CurrentStaff, Roles } from '../auth/access.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { DomainException } from '../common/domain.exception';
import { PageQueryDto } from '../common/pagination';
import { ApiResult } from '../openapi/api-result';
import { SchedulerService } from './scheduler.service';

@ApiTags('scheduler')
@ApiBearerAuth()
@Controller('scheduler/jobs')
export class SchedulerController {
  constructor(
    private readonly scheduler: SchedulerService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Roles(Role.PROGRAM_ADMIN)
  @ApiOperation({ summary: 'The scheduled jobs: schedule, next run, last run and its outcome' })
  @ApiResult('ScheduledJobResponse', { array: true })
  list(): Promise<ScheduledJobResponse[]> {
    return this.scheduler.list();
  }

  @Get(':name/runs')
  @Roles(Role.PROGRAM_ADMIN)
  @ApiOperation({ summary: 'A job’s runs, newest first (kept 90 days)' })
  @ApiResult('ScheduledJobRunResponse', { page: true })
  runs(@Param('name') name: string, @Query() query: PageQueryDto): Promise<Page<ScheduledJobRunResponse>> {
    return this.scheduler.runs(name, query);
  }

  @Post(':name/run')
  @HttpCode(200)
  @Roles(Role.PROGRAM_ADMIN)
  @ApiOperation({
    summary: 'Run a job now and answer its run; 409 while it runs on an instance (its lease is held); audited',
  })
  @ApiResult('ScheduledJobRunResponse')
  async run(@Param('name') name: string, @CurrentStaff() staff: StaffPrincipal): Promise<ScheduledJobRunResponse> {
    if (!this.scheduler.names().includes(name)) throw DomainException.notFound('定时任务');
    const run = await this.scheduler.run(name, { trigger: ScheduledJobTrigger.MANUAL, staffId: staff.id });
    if (!run) throw DomainException.conflict('该任务正在运行（另一实例或上一次运行尚未结束），请稍后再试');
    await this.audit.record({
      action: 'scheduled_job.run',
      targetType: 'scheduled_job',
      targetId: name,
      summary: { runId: run.id, outcome: run.outcome, items: run.items },
    });
    return run;
  }
}
