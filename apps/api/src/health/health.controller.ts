import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthResponse, Role } from '@steadywork/shared';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, Public } from '../auth/access.decorators';
import { isStaff, type Principal } from '../auth/principal';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';

const VERSION: string = (require('../../package.json') as { version: string }).version;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Up or down for anyone; the database, version and time only with a system admin’s token',
  })
  async check(@CurrentPrincipal() caller: Principal | undefined): Promise<HealthResponse> {
    const started = performance.now();
    let up = true;
    try {
      await this.db.query('SELECT 1');
    } catch {
      up = false;
    }
    const status = up ? 'ok' : 'degraded';
    // The database type and the version help an attacker pick an exploit: operators only.
    if (!(isStaff(caller) && caller.roles.includes(Role.SYSADMIN) && !caller.mustChangePassword)) return { status };
    return {
      status,
      database: {
        type: this.config.db.type,
        up,
        latencyMs: up ? Math.round((performance.now() - started) * 10) / 10 : null,
      },
      version: VERSION,
      time: this.clock.now().toISOString(),
    };
  }
}
