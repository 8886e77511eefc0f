import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditLogResponse, Page, Role } from '@steadywork/shared';
import { Roles } from '../auth/access.decorators';
import { AuditService } from './audit.service';
import { AuditLogQueryDto } from './dto/audit-log-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-logs')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles(Role.AUDITOR)
  @ApiOperation({ summary: 'Search the audit log (auditor only)' })
  search(@Query() query: AuditLogQueryDto): Promise<Page<AuditLogResponse>> {
    return this.audit.search(query);
  }
}
