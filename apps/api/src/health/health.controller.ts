import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthResponse } from '@steadywork/shared';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';
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
  @ApiOperation({ summary: 'Liveness and the database’s state' })
  async check(): Promise<HealthResponse> {
    const started = performance.now();
    let up = true;
    try {
      await this.db.query('SELECT 1');
    } catch {
      up = false;
    }
    return {
      status: up ? 'ok' : 'degraded',
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
