import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WorkerResponse } from '@steadywork/shared';
import { CurrentWorker, WorkerOnly } from '../auth/access.decorators';
import type { WorkerPrincipal } from '../auth/principal';
import { MyProfileDto } from './dto/worker-profile.dto';
import { WorkersService } from './workers.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/profile')
export class MeProfileController {
  constructor(private readonly workers: WorkersService) {}

  @Get()
  @WorkerOnly()
  @ApiOperation({ summary: 'The worker’s own real-name record (404 before registration)' })
  get(@CurrentWorker() me: WorkerPrincipal): Promise<WorkerResponse> {
    return this.workers.getMine(me.id);
  }

  @Put()
  @WorkerOnly()
  @ApiOperation({ summary: 'Register or update; claims a record staff registered with the same ID and phone' })
  save(@CurrentWorker() me: WorkerPrincipal, @Body() dto: MyProfileDto): Promise<WorkerResponse> {
    return this.workers.saveMine(me.id, dto);
  }
}
