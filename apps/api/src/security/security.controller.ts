import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, SecurityPolicyResponse, StaffUserResponse } from '@steadywork/shared';
import { Roles } from '../auth/access.decorators';
import { IdPipe } from '../common/id.pipe';
import { DataScope, Scope } from '../scope/data-scope';
import { StaffService } from '../staff/staff.service';
import { SecurityPolicyDto } from './dto/security-policy.dto';
import { SecurityPolicyService } from './security-policy.service';

@ApiTags('security')
@ApiBearerAuth()
@Controller('security')
export class SecurityController {
  constructor(
    private readonly policy: SecurityPolicyService,
    private readonly staff: StaffService,
  ) {}

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

  @Post('users/:id/unlock')
  @HttpCode(200)
  @Roles(Role.SECADMIN)
  unlock(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<StaffUserResponse> {
    return this.staff.unlock(id, scope);
  }
}
