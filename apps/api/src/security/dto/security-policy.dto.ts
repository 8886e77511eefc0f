import { ApiProperty } from '@nestjs/swagger';
import { SecurityPolicyResponse } from '@steadywork/shared';
import { IsInt, Max, Min } from 'class-validator';
import { Label } from '../../common/validation';

export class SecurityPolicyDto implements SecurityPolicyResponse {
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
}
