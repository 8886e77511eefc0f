import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { MeResponse, PrincipalType, TokenPair, maskName, maskOpaque } from '@steadywork/shared';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { OrganizationService } from '../organization/organization.service';
import { StaffUser } from '../staff/staff-user.entity';
import { WorkerAccount } from '../worker-account/worker-account.entity';
import { Worker } from '../workers/worker.entity';
import { AllowedBeforePasswordChange, CurrentPrincipal, Public, StaffOnly, CurrentStaff } from './access.decorators';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, RefreshDto, WechatLoginDto } from './dto/auth.dto';
import type { Principal, StaffPrincipal } from './principal';
import { TokenService } from './token.service';
import { ApiNoContent, ApiResult } from '../openapi/api-result';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokenService,
    private readonly orgs: OrganizationService,
    @InjectRepository(StaffUser) private readonly staff: Repository<StaffUser>,
    @InjectRepository(WorkerAccount) private readonly workers: Repository<WorkerAccount>,
    @InjectRepository(Worker) private readonly profiles: Repository<Worker>,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Staff login: username + password' })
  @ApiResult('TokenPair')
  login(@Body() dto: LoginDto): Promise<TokenPair> {
    return this.auth.loginStaff(dto.username, dto.password);
  }

  @Post('wechat/login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Worker login from the mini-program (wx.login code; `dev:<openid>` in development)' })
  @ApiResult('TokenPair')
  wechatLogin(@Body() dto: WechatLoginDto): Promise<TokenPair> {
    return this.auth.loginWorker(dto.code);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair (the old one is spent)' })
  @ApiResult('TokenPair')
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.tokens.refresh(dto.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a refresh token (and its rotation family)' })
  @ApiNoContent()
  logout(@Body() dto: RefreshDto): Promise<void> {
    return this.tokens.revoke(dto.refreshToken);
  }

  @Get('me')
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The caller: staff (roles, organisation) or worker' })
  @ApiResult('MeResponse')
  async me(@CurrentPrincipal() principal: Principal): Promise<MeResponse> {
    if (principal.type === PrincipalType.STAFF) {
      const [user, orgs] = await Promise.all([
        this.staff.findOneByOrFail({ id: principal.id }),
        this.orgs.byIds([principal.organizationId]),
      ]);
      return {
        type: PrincipalType.STAFF,
        id: principal.id,
        username: principal.username,
        displayName: principal.displayName,
        roles: principal.roles,
        organization: this.orgs.toResponse(orgs.get(principal.organizationId)!),
        mustChangePassword: user.mustChangePassword,
      };
    }
    const [account, profile] = await Promise.all([
      this.workers.findOneByOrFail({ id: principal.id }),
      this.profiles.findOne({ where: { accountId: principal.id }, select: { id: true, name: true } }),
    ]);
    return {
      type: PrincipalType.WORKER,
      id: account.id,
      openidMasked: maskOpaque(account.openid),
      nameMasked: profile ? maskName(profile.name) : null,
      createdAt: account.createdAt.toISOString(),
    };
  }

  @Post('password')
  @HttpCode(204)
  @StaffOnly()
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change one’s own password (signs out other sessions)' })
  @ApiNoContent()
  changePassword(@CurrentStaff() staff: StaffPrincipal, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(staff, dto.currentPassword, dto.newPassword);
  }
}
