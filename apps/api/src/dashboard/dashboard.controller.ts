import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DASHBOARD_READ_ROLES, TargetsDashboard } from '@steadywork/shared';
import { Roles } from '../auth/access.decorators';
import { ApiResult } from '../openapi/api-result';
import { DataScope, Scope } from '../scope/data-scope';
import { TargetsDashboardQueryDto } from './dashboard.dto';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('targets')
  @Roles(...DASHBOARD_READ_ROLES)
  @ApiOperation({
    summary:
      'The year’s target figures in a region of the caller’s scope: value, target, month by month, by child region, and the list each counts',
  })
  @ApiResult('TargetsDashboard')
  targets(@Query() query: TargetsDashboardQueryDto, @Scope() scope: DataScope): Promise<TargetsDashboard> {
    return this.dashboard.targets(query.year, query.region, scope);
  }
}
