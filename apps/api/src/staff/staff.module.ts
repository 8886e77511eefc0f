import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityController } from '../security/security.controller';
import { AdminUsersController } from './admin-users.controller';
import { StaffRole, StaffUser } from './staff-user.entity';
import { StaffService } from './staff.service';

@Module({
  imports: [TypeOrmModule.forFeature([StaffUser, StaffRole])],
  controllers: [AdminUsersController, SecurityController],
  providers: [StaffService],
  exports: [StaffService],
})
export class StaffModule {}
