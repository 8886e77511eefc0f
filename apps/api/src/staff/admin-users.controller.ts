import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, ROLE_LABELS, ResetPasswordResponse, Role, StaffStatus, StaffUserResponse } from '@steadywork/shared';
import { CurrentStaff, Roles } from '../auth/access.decorators';
import { IdPipe } from '../common/id.pipe';
import { Clock } from '../common/clock';
import { allPages, datedFileName, shanghaiTime, streamXlsx, XLSX_MIME } from '../common/xlsx';
import type { StaffPrincipal } from '../auth/principal';
import { DataScope, Scope } from '../scope/data-scope';
import { DomainException } from '../common/domain.exception';
import { CreateStaffUserDto, StaffAccessDto, StaffUserQueryDto, UpdateStaffUserDto } from './dto/staff-user.dto';
import { StaffService } from './staff.service';
import { ApiFileResult, ApiResult } from '../openapi/api-result';

@ApiTags('admin: staff accounts')
@ApiBearerAuth()
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly staff: StaffService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(Role.SYSADMIN, Role.SECADMIN)
  @ApiOperation({ summary: 'Staff accounts in the caller’s data scope, paged' })
  @ApiResult('StaffUserResponse', { page: true })
  list(@Query() query: StaffUserQueryDto, @Scope() scope: DataScope): Promise<Page<StaffUserResponse>> {
    return this.staff.list(query, scope);
  }

  @Get('export')
  @Roles(Role.SYSADMIN, Role.SECADMIN)
  @ApiOperation({ summary: 'The filtered account list as .xlsx' })
  @ApiFileResult(XLSX_MIME)
  async export(@Query() query: StaffUserQueryDto, @Scope() scope: DataScope, @Res() res: Response): Promise<void> {
    await streamXlsx<StaffUserResponse>(
      res,
      datedFileName('账号列表', this.clock.now()),
      '账号',
      [
        { header: '用户名', width: 20, value: (u) => u.username },
        { header: '姓名', width: 14, value: (u) => u.displayName },
        { header: '手机号码', width: 14, value: (u) => u.phoneMasked ?? '' },
        { header: '所属组织', width: 28, value: (u) => u.organization.name },
        { header: '角色', width: 30, value: (u) => u.roles.map((r) => ROLE_LABELS[r]).join('，') },
        { header: '状态', width: 8, value: (u) => (u.status === StaffStatus.ACTIVE ? '正常' : '已停用') },
        { header: '最近登录', width: 20, value: (u) => shanghaiTime(u.lastLoginAt) },
        { header: '创建时间', width: 20, value: (u) => shanghaiTime(u.createdAt) },
      ],
      allPages((page, pageSize) =>
        this.staff.list(Object.assign(new StaffUserQueryDto(), query, { page, pageSize }), scope),
      ),
    );
  }

  @Get(':id')
  @Roles(Role.SYSADMIN, Role.SECADMIN)
  @ApiResult('StaffUserResponse')
  get(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<StaffUserResponse> {
    return this.staff.get(id, scope);
  }

  @Post()
  @Roles(Role.SYSADMIN)
  @ApiOperation({ summary: 'Create a staff account without roles (must change password at first login)' })
  @ApiResult('StaffUserResponse')
  create(@Body() dto: CreateStaffUserDto, @Scope() scope: DataScope): Promise<StaffUserResponse> {
    return this.staff.create(dto, scope);
  }

  @Patch(':id')
  @Roles(Role.SYSADMIN)
  @ApiOperation({ summary: 'Edit name and phone (roles and organisation: PUT :id/access, the security admin)' })
  @ApiResult('StaffUserResponse')
  update(
    @Param('id', IdPipe) id: number,
    @Body() dto: UpdateStaffUserDto,
    @Scope() scope: DataScope,
  ): Promise<StaffUserResponse> {
    return this.staff.update(id, dto, scope);
  }

  @Put(':id/access')
  @Roles(Role.SECADMIN)
  @ApiOperation({ summary: 'Assign roles and data scope (an admin role alone; never one’s own)' })
  @ApiResult('StaffUserResponse')
  setAccess(
    @Param('id', IdPipe) id: number,
    @Body() dto: StaffAccessDto,
    @Scope() scope: DataScope,
    @CurrentStaff() actor: StaffPrincipal,
  ): Promise<StaffUserResponse> {
    return this.staff.setAccess(id, dto, scope, actor);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Roles(Role.SYSADMIN)
  @ApiResult('StaffUserResponse')
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
  @ApiResult('StaffUserResponse')
  enable(
    @Param('id', IdPipe) id: number,
    @Scope() scope: DataScope,
    @CurrentStaff() actor: StaffPrincipal,
  ): Promise<StaffUserResponse> {
    return this.staff.setStatus(id, StaffStatus.ACTIVE, scope, actor);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @Roles(Role.SYSADMIN)
  @ApiOperation({ summary: 'Lift a lock from too many wrong passwords' })
  @ApiResult('StaffUserResponse')
  unlock(@Param('id', IdPipe) id: number, @Scope() scope: DataScope): Promise<StaffUserResponse> {
    return this.staff.unlock(id, scope);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @Roles(Role.SYSADMIN, Role.SECADMIN)
  @ApiOperation({
    summary: 'Set a generated one-time password, shown once (never one’s own; the security admin: system admins only)',
  })
  @ApiResult('ResetPasswordResponse')
  resetPassword(
    @Param('id', IdPipe) id: number,
    @Body() body: Record<string, unknown> | undefined,
    @Scope() scope: DataScope,
    @CurrentStaff() actor: StaffPrincipal,
  ): Promise<ResetPasswordResponse> {
    const fields = Object.keys(body ?? {});
    if (fields.length) {
      throw DomainException.validation(fields.map((field) => ({ field, message: '新密码由系统生成，不能指定' })));
    }
    return this.staff.resetPassword(id, scope, actor);
  }
}
