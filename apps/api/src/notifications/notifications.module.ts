import { Controller, Get, Global, Module } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationResponse } from '@steadywork/shared';
import { CurrentWorker, WorkerOnly } from '../auth/access.decorators';
import type { WorkerPrincipal } from '../auth/principal';
import { WorkersService } from '../workers/workers.service';
import { WorkersModule } from '../workers/workers.module';
import { NotificationOutbox } from './notification.entity';
import { NotificationService } from './notification.service';
import { ApiResult } from '../openapi/api-result';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/notifications')
export class MyNotificationsController {
  constructor(
    private readonly notifications: NotificationService,
    private readonly workers: WorkersService,
  ) {}

  @Get()
  @WorkerOnly()
  @ApiOperation({ summary: 'What the worker was notified of (newest first)' })
  @ApiResult('NotificationResponse', { array: true })
  async list(@CurrentWorker() me: WorkerPrincipal): Promise<NotificationResponse[]> {
    const worker = await this.workers.findMine(me.id);
    return worker ? this.notifications.mine(worker.id) : [];
  }
}

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([NotificationOutbox]), WorkersModule],
  controllers: [MyNotificationsController],
  providers: [NotificationService],
  exports: [NotificationService],
})
export class NotificationsModule {}
