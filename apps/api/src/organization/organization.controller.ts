import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganizationResponse } from '@steadywork/shared';
import { StaffOnly } from '../auth/access.decorators';
import { DataScope, Scope } from '../scope/data-scope';
import { OrganizationService } from './organization.service';
import { ApiResult } from '../openapi/api-result';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationController {
  constructor(private readonly orgs: OrganizationService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({ summary: "Organisations within the caller's data scope" })
  @ApiResult('OrganizationResponse', { array: true })
  list(@Scope() scope: DataScope): Promise<OrganizationResponse[]> {
    return this.orgs.listInScope(scope);
  }
}
