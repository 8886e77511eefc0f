import { Body, Controller, Get, HttpCode, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RegistrationCodeResponse, WorkerResponse } from '@steadywork/shared';
import type { Response } from 'express';
import { CurrentWorker, WorkerOnly } from '../auth/access.decorators';
import type { WorkerPrincipal } from '../auth/principal';
import { ConfirmRegistrationDto, MyProfileDto } from './dto/worker-profile.dto';
import { WorkerClaimsService } from './worker-claims.service';
import { WorkersService } from './workers.service';
import { ApiNoContent, ApiResult } from '../openapi/api-result';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/profile')
export class MeProfileController {
  constructor(
    private readonly workers: WorkersService,
    private readonly claims: WorkerClaimsService,
  ) {}

  @Get()
  @WorkerOnly()
  @ApiOperation({
    summary:
      'The worker’s own real-name record; 204 before registration (nothing to show yet: the page shows the form, and no browser logs an error)',
  })
  @ApiResult('WorkerResponse')
  @ApiNoContent('Not registered yet', 204)
  async get(
    @CurrentWorker() me: WorkerPrincipal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WorkerResponse | undefined> {
    if (!(await this.workers.findMine(me.id))) {
      res.status(204);
      return undefined;
    }
    return this.workers.getMine(me.id);
  }

  @Put()
  @WorkerOnly()
  @ApiOperation({
    summary:
      'Register or update. A first registration whose ID number is on file (or any, with REGISTRATION_PHONE_CHECK=every) ' +
      'answers 202: a code was sent by SMS; POST /me/profile/confirm finishes it. The 202 is the same whether or not the ID is on file.',
  })
  @ApiResult('WorkerResponse', { status: 200, description: 'Registered or updated' })
  @ApiResult('RegistrationCodeResponse', { status: 202, description: 'Waiting for the SMS code' })
  async save(
    @CurrentWorker() me: WorkerPrincipal,
    @Body() dto: MyProfileDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WorkerResponse | RegistrationCodeResponse> {
    if (!(await this.workers.findMine(me.id))) {
      const pending = await this.claims.register(me.id, dto);
      if (pending) {
        res.status(202);
        return pending;
      }
    }
    return this.workers.saveMine(me.id, dto);
  }

  @Post('code')
  @WorkerOnly()
  @HttpCode(202)
  @ApiOperation({ summary: 'A new SMS code for the registration waiting (after a minute; five per registration)' })
  @ApiResult('RegistrationCodeResponse')
  resend(@CurrentWorker() me: WorkerPrincipal): Promise<RegistrationCodeResponse> {
    return this.claims.resend(me.id);
  }

  @Post('confirm')
  @WorkerOnly()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The SMS code: claims the record (or creates it). Five wrong codes lock the registration; a repeat returns the record',
  })
  @ApiResult('WorkerResponse')
  confirm(@CurrentWorker() me: WorkerPrincipal, @Body() dto: ConfirmRegistrationDto): Promise<WorkerResponse> {
    return this.claims.confirm(me.id, dto.code);
  }
}
