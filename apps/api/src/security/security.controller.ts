import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, SecurityPolicyResponse } from '@steadywork/shared';
import { Roles } from '../auth/access.decorators';
import { SecurityPolicyDto } from './dto/security-policy.dto';
import { SecurityPolicyService } from './security-policy.service';
import { ApiResult } from '../openapi/api-result';

@ApiTags('security')
@ApiBearerAuth()
@Controller('security')
export class SecurityController {
  constructor(private readonly policy: SecurityPolicyService) {}

  @Get('policy')
  @Roles(Role.SECADMIN)
  @ApiResult('SecurityPolicyResponse')
  get(): Promise<SecurityPolicyResponse> {
    return this.policy.get();
  }

  @Put('policy')
  @Roles(Role.SECADMIN)
  @ApiOperation({ summary: 'Set lockout, password and token lifetimes' })
  @ApiResult('SecurityPolicyResponse')
  update(@Body() dto: SecurityPolicyDto): Promise<SecurityPolicyResponse> {
    return this.policy.update({ ...dto });
  }
}
