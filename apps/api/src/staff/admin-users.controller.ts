import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Role, StaffStatus, StaffUserResponse } from '@steadywork/shared';
import { CurrentStaff, Roles } from '../auth/access.decorators';
import { IdPipe } from '../common/id.pipe';
import type { StaffPrincipal } from '../auth/principal';
import { DataScope, Scope } from '../scope/data-scope';
import { CreateStaffUserDto, ResetPasswordDto, StaffUserQueryDto, UpdateStaffUserDto } from './dto/staff-user.dto';
import { StaffService } from './staff.service';

@ApiTags('admin: staff accounts')
@ApiBearerAuth()
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @Roles(Role.SYSADMIN, Role.SECADMIN)
  @ApiOperation({ summary: 'Staff accounts in the caller’s data scope, paged' })
  list(@Query() query: StaffUserQueryDto, @Scope() scope: DataScope): Promise<Page<StaffUserResponse>> {
    return this.staff.list(query, scope);
  }

  @Get(':id')
  @Roles(Role.SYSADMIN, Role.SECADMIN)
  get(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<StaffUserResponse> {
    return this.staff.get(id, scope);
  }

  @Post()
  @Roles(Role.SYSADMIN)
  @ApiOperation({ summary: 'Create a staff account (must change password at first login)' })
  create(@Body() dto: CreateStaffUserDto, @Scope() scope: DataScope): Promise<StaffUserResponse> {
    return this.staff.create(dto, scope);
  }

  @Patch(':id')
  @Roles(Role.SYSADMIN)
  update(
    @Param('id', IdPipe) id: number,
    @Body() dto: UpdateStaffUserDto,
    @Scope() scope: DataScope,
    @CurrentStaff() actor: StaffPrincipal,
  ): Promise<StaffUserResponse> {
    return this.staff.update(id, dto, scope, actor);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Roles(Role.SYSADMIN)
  disable(
    @Param('id', IdPipe) id: number,
    @Scope() scope: DataScope,
    @CurrentStaff() actor: StaffPrincipal,
  ): Promise<StaffUserResponse> {
    return this.staff.setStatus(id, StaffStatus.DISABLED, scope, actor);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @Roles(Role.SYSADMIN)
  enable(
    @Param('id', IdPipe) id: number,
    @Scope() scope: DataScope,
    @CurrentStaff() actor: StaffPrincipal,
  ): Promise<StaffUserResponse> {
    return this.staff.setStatus(id, StaffStatus.ACTIVE, scope, actor);
  }

  @Post(':id/reset-password')
  @HttpCode(204)
  @Roles(Role.SYSADMIN)
  resetPassword(
    @Param('id', IdPipe) id: number,
    @Body() dto: ResetPasswordDto,
    @Scope() scope: DataScope,
  ): Promise<void> {
    return this.staff.resetPassword(id, dto.password, scope);
  }
}
