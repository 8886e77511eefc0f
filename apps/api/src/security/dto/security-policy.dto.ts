import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SecurityPolicyResponse } from '@steadywork/shared';
import { IsInt, Max, Min } from 'class-validator';
import { Label, Optional } from '../../common/validation';

/** The rate limits may be left out: they keep their values. */
export class SecurityPolicyDto implements Partial<SecurityPolicyResponse> {
  @ApiProperty({ minimum: 3, maximum: 10, default: 5 })
  @Label('连续失败次数上限')
  @IsInt()
  @Min(3)
  @Max(10)
  maxFailedLogins!: number;

  @ApiProperty({ minimum: 5, maximum: 1440, default: 15 })
  @Label('锁定时长（分钟）')
  @IsInt()
  @Min(5)
  @Max(1440)
  lockoutMinutes!: number;

  @ApiProperty({ minimum: 8, maximum: 32, default: 8 })
  @Label('密码最短长度')
  @IsInt()
  @Min(8)
  @Max(32)
  passwordMinLength!: number;

  @ApiProperty({ minimum: 5, maximum: 120, default: 15 })
  @Label('访问令牌有效期（分钟）')
  @IsInt()
  @Min(5)
  @Max(120)
  accessTokenMinutes!: number;

  @ApiProperty({ minimum: 1, maximum: 30, default: 7 })
  @Label('刷新令牌有效期（天）')
  @IsInt()
  @Min(1)
  @Max(30)
  refreshTokenDays!: number;

  @ApiPropertyOptional({ minimum: 3, maximum: 50, default: 10 })
  @Label('每人每课次签到码尝试次数（10 分钟）')
  @Optional()
  @IsInt()
  @Min(3)
  @Max(50)
  checkInCodeTries?: number;

  @ApiPropertyOptional({ minimum: 50, maximum: 5000, default: 500 })
  @Label('每课次签到码错误次数上限（10 分钟）')
  @Optional()
  @IsInt()
  @Min(50)
  @Max(5000)
  checkInCodeTriesPerSession?: number;

  @ApiPropertyOptional({ minimum: 10, maximum: 1000, default: 120 })
  @Label('每账号每小时上传次数')
  @Optional()
  @IsInt()
  @Min(10)
  @Max(1000)
  uploadsPerHour?: number;

  @ApiPropertyOptional({ minimum: 5, maximum: 1000, default: 60 })
  @Label('每账号每小时导出次数')
  @Optional()
  @IsInt()
  @Min(5)
  @Max(1000)
  exportsPerHour?: number;

  @ApiPropertyOptional({ minimum: 5, maximum: 600, default: 30 })
  @Label('每账号每分钟资格查询次数')
  @Optional()
  @IsInt()
  @Min(5)
  @Max(600)
  eligibilityChecksPerMinute?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 365, default: 90, description: '0: passwords never expire' })
  @Label('密码最长使用天数')
  @Optional()
  @IsInt()
  @Min(0)
  @Max(365)
  passwordMaxAgeDays?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 12, default: 5 })
  @Label('不得重复使用最近几次的密码')
  @Optional()
  @IsInt()
  @Min(1)
  @Max(12)
  passwordHistory?: number;

  @ApiPropertyOptional({ minimum: 5, maximum: 240, default: 30 })
  @Label('无操作自动退出（分钟）')
  @Optional()
  @IsInt()
  @Min(5)
  @Max(240)
  idleTimeoutMinutes?: number;
}
