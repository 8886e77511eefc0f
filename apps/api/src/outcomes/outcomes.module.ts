import { Body, Controller, Get, Module, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  OUTCOME_SOURCE_LABELS,
  OUTCOME_TYPE_LABELS,
  OUTCOME_WRITE_ROLES,
  OutcomeResponse,
  Page,
} from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentStaff, Roles } from '../auth/access.decorators';
import type { StaffPrincipal } from '../auth/principal';
import { shanghaiTime, streamXlsx, XLSX_MIME } from '../common/xlsx';
import { FilesModule } from '../files/files.module';
import { DataScope, Scope } from '../scope/data-scope';
import { Worker } from '../workers/worker.entity';
import { WorkersModule } from '../workers/workers.module';
import { EmploymentOutcome } from './outcome.entity';
import { OUTCOME_READ_ROLES, OutcomeDto, OutcomeQueryDto, OutcomesService } from './outcomes.service';
import { ApiFileResult, ApiResult } from '../openapi/api-result';

const READ_ROLES = OUTCOME_READ_ROLES;

@ApiTags('outcomes')
@ApiBearerAuth()
@Controller('outcomes')
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Post()
  @Roles(...OUTCOME_WRITE_ROLES)
  @ApiOperation({ summary: 'Record a verified employment outcome (once per worker per year: 409 otherwise)' })
  @ApiResult('OutcomeResponse')
  record(
    @Body() dto: OutcomeDto,
    @CurrentStaff() staff: StaffPrincipal,
    @Scope() scope: DataScope,
  ): Promise<OutcomeResponse> {
    return this.outcomes.record(dto, staff, scope);
  }

  @Get()
  @Roles(...READ_ROLES)
  @ApiResult('OutcomeResponse', { page: true })
  list(@Query() query: OutcomeQueryDto, @Scope() scope: DataScope): Promise<Page<OutcomeResponse>> {
    return this.outcomes.list(query, scope);
  }

  @Get('export')
  @Roles(...READ_ROLES)
  @ApiFileResult(XLSX_MIME)
  async export(@Query() query: OutcomeQueryDto, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    await streamXlsx<OutcomeResponse>(
      res,
      '就业成果.xlsx',
      '就业成果',
      [
        { header: '姓名', width: 10, value: (o) => o.workerName },
        { header: '身份证号', width: 22, value: (o) => o.idNumberMasked },
        { header: '地区', width: 24, value: (o) => o.regionName },
        { header: '年度', width: 8, value: (o) => o.year },
        { header: '类型', width: 10, value: (o) => OUTCOME_TYPE_LABELS[o.type] },
        { header: '来源', width: 12, value: (o) => OUTCOME_SOURCE_LABELS[o.source] },
        { header: '就业单位/经营主体', width: 28, value: (o) => o.employer ?? o.businessName ?? '' },
        { header: '合同起始/信用代码', width: 22, value: (o) => o.contractStart ?? o.creditCode ?? '' },
        { header: '实现日期', width: 12, value: (o) => o.achievedOn },
        { header: '核实人', width: 12, value: (o) => o.verifiedBy },
        { header: '登记时间', width: 20, value: (o) => shanghaiTime(o.createdAt) },
      ],
      this.outcomes.each(query, scope),
    );
  }
}

@Module({
  imports: [TypeOrmModule.forFeature([EmploymentOutcome, Worker]), WorkersModule, FilesModule],
  controllers: [OutcomesController],
  providers: [OutcomesService],
  exports: [OutcomesService],
})
export class OutcomesModule {}
