import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityPolicyService } from './security-policy.service';
import { Setting } from './setting.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Setting])],
  providers: [SecurityPolicyService],
  exports: [SecurityPolicyService],
})
export class SecurityModule {}
