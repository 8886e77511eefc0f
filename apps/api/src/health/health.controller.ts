import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, HealthResponse, ReadyResponse, Role } from '@steadywork/shared';
import { DomainException } from '../common/domain.exception';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, Public } from '../auth/access.decorators';
import { isStaff, type Principal } from '../auth/principal';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { ApiResult } from '../openapi/api-result';

const VERSION: string = (require('../../package.json') as { version: string }).version;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Readiness, for a load balancer: 200 while the database answers — a read and a write that
   * changes nothing — within READY_TIMEOUT_MS; otherwise 503 with Retry-After, so traffic goes
   * elsewhere. Up or down only, for anyone.
   */
  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'Readiness: 200 when the database reads and writes in time, else 503 with Retry-After' })
  @ApiResult('ReadyResponse')
  async ready(): Promise<ReadyResponse> {
    if (await this.databaseWritable(this.config.readyTimeoutMs)) return { status: 'ready' };
    // the exception filter answers 503 with Retry-After in the one error shape
    throw new DomainException(ErrorCode.SERVICE_UNAVAILABLE);
  }

  /** A read, and a write that touches no row (refused by a read-only file or server), within the limit. */
  private async databaseWritable(limitMs: number, write = true): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const probe = (async () => {
      await this.db.query('SELECT 1');
      if (write) await this.db.query("UPDATE setting SET updated_at = updated_at WHERE `key` = '-'");
      return true;
    })().catch(() => false);
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), limitMs);
    });
    try {
      return await Promise.race([probe, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Liveness: the process answers (200 always); `status` says whether the database does. */
  @Get()
  @Public()
  @ApiOperation({
    summary: 'Up or down for anyone; the database, version and time only with a system admin’s token',
  })
  @ApiResult('HealthResponse')
  async check(@CurrentPrincipal() caller: Principal | undefined): Promise<HealthResponse> {
    const started = performance.now();
    const up = await this.databaseWritable(this.config.readyTimeoutMs, false);
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
