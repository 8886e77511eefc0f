import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, SecurityPolicyResponse } from '@steadywork/shared';
import { Roles } from '../auth/access.decorators';
import { SecurityPolicyDto } from './dto/security-policy.dto';
import { SecurityPolicyService } from './security-policy.service';

@ApiTags('security')
@ApiBearerAuth()
@Controller('security')
export class SecurityController {
  constructor(private readonly policy: SecurityPolicyService) {}

  @Get('policy')
  @Roles(Role.SECADMIN)
  get(): Promise<SecurityPolicyResponse> {
    return this.policy.get();
  }

  @Put('policy')
  @Roles(Role.SECADMIN)
  @ApiOperation({ summary: 'Set lockout, password and token lifetimes' })
  update(@Body() dto: SecurityPolicyDto): Promise<SecurityPolicyResponse> {
    return this.policy.update({ ...dto });
  }
}
