import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Page, ROLE_LABELS, Role, StaffStatus, StaffUserResponse } from '@steadywork/shared';
import { CurrentStaff, Roles } from '../auth/access.decorators';
import { IdPipe } from '../common/id.pipe';
import { Clock } from '../common/clock';
import { allPages, datedFileName, shanghaiTime, streamXlsx, XLSX_MIME } from '../common/xlsx';
import type { StaffPrincipal } from '../auth/principal';
import { DataScope, Scope } from '../scope/data-scope';
import { CreateStaffUserDto, ResetPasswordDto, StaffUserQueryDto, UpdateStaffUserDto } from './dto/staff-user.dto';
import { StaffService } from './staff.service';

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
  list(@Query() query: StaffUserQueryDto, @Scope() scope: DataScope): Promise<Page<StaffUserResponse>> {
    return this.staff.list(query, scope);
  }

  @Get('export')
  @Roles(Role.SYSADMIN, Role.SECADMIN)
  @ApiProduces(XLSX_MIME)
  @ApiOperation({ summary: 'The filtered account list as .xlsx' })
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
