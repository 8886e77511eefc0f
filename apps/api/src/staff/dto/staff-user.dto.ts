import { OptionalEnum, OptionalInt, OptionalText } from '../../common/query-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CreateStaffUserRequest,
  Role,
  StaffAccessRequest,
  StaffStatus,
  UpdateStaffUserRequest,
  FIELD_RULES,
} from '@steadywork/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  Equals,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsString,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsMobile } from '../../common/validators';
import { PageQueryDto } from '../../common/pagination';
import { Label, Nullable, Optional, Rule } from '../../common/validation';

const ACCESS_IS_SECADMINS = '角色和数据范围（所属组织）由安全管理员分配';

export class CreateStaffUserDto implements CreateStaffUserRequest {
  @ApiProperty({ example: 'chengzhong_reviewer' })
  @Label('用户名')
  @IsString()
  @MinLength(3, { message: '用户名至少 3 位' })
  @MaxLength(64)
  @Rule(FIELD_RULES.username)
  username!: string;

  @ApiProperty({ description: 'At least 8 characters, 3 of: lower, upper, digit, symbol' })
  @Label('初始密码')
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password!: string;

  @ApiProperty({ example: '张三' })
  @Label('姓名')
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  displayName!: string;

  @ApiPropertyOptional({ example: '13812345678' })
  @Label('手机号码')
  @Optional()
  @IsMobile()
  phone?: string;

  @ApiProperty({ description: 'The unit; the security admin may change it (the data scope) with the roles' })
  @Label('所属组织')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  organizationId!: number;

  @Equals(undefined, { message: ACCESS_IS_SECADMINS })
  roles?: never;
}

export class UpdateStaffUserDto implements UpdateStaffUserRequest {
  @ApiPropertyOptional()
  @Label('姓名')
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  displayName?: string;

  @ApiPropertyOptional({ nullable: true })
  @Label('手机号码')
  @Nullable()
  @ValidateIf((_, v) => v !== '')
  @IsMobile()
  phone?: string | null;

  /** Not the system admin's to set (三权分立): named here so the refusal says where it belongs. */
  @Equals(undefined, { message: ACCESS_IS_SECADMINS })
  roles?: never;

  @Equals(undefined, { message: ACCESS_IS_SECADMINS })
  organizationId?: never;
}

/** The security admin's assignment: the whole set of roles and the organisation (data scope). */
export class StaffAccessDto implements StaffAccessRequest {
  @ApiProperty({
    enum: Role,
    isArray: true,
    description: 'An admin role (SYSADMIN, SECADMIN, AUDITOR) must be the only one',
  })
  @Label('角色')
  @IsArray()
  @ArrayNotEmpty({ message: '至少选择一个角色' })
  @ArrayUnique({ message: '角色不能重复' })
  @ArrayMaxSize(11)
  @IsEnum(Role, { each: true, message: '角色取值不正确' })
  roles!: Role[];

  @ApiProperty()
  @Label('所属组织')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  organizationId!: number;
}

export class StaffUserQueryDto extends PageQueryDto {
  @OptionalText('用户名', 64, { description: 'Substring of the username' }) username?: string;

  @OptionalText('姓名', 64, { description: 'Substring of the name' }) displayName?: string;

  @OptionalInt('所属组织') organizationId?: number;

  @OptionalEnum(Role, '角色') role?: Role;

  @OptionalEnum(StaffStatus, '状态') status?: StaffStatus;
}
