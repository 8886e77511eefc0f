import { ApiProperty } from '@nestjs/swagger';
import { ChangePasswordRequest, LoginRequest, RefreshRequest, WechatLoginRequest } from '@steadywork/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Label } from '../../common/validation';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'sysadmin' })
  @Label('用户名')
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'Demo@2026!' })
  @Label('密码')
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password!: string;
}

export class WechatLoginDto implements WechatLoginRequest {
  @ApiProperty({
    description: 'wx.login code; `dev:<openid>` with the development provider',
    example: 'dev:demo-worker',
  })
  @Label('登录码')
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  code!: string;
}

export class RefreshDto implements RefreshRequest {
  @ApiProperty()
  @Label('刷新令牌')
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  refreshToken!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @Label('当前密码')
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  currentPassword!: string;

  @ApiProperty({ description: 'At least 8 characters, 3 of: lower, upper, digit, symbol' })
  @Label('新密码')
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  newPassword!: string;
}
