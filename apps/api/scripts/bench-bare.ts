/**
 * The benchmarks' baseline: a bare NestJS application on the same platform as the API (Express),
 * one route `GET /api/v1/bare` answering a small JSON body, no database, no guards, no logging;
 * as API_WORKERS processes through Node's cluster, like `npm run api:prod`. Started by the
 * benchmark scripts (bench-lib.ts), on PORT.
 */
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cluster from 'node:cluster';

@Controller()
class BareController {
  @Get('bare')
  bare(): { status: string; time: number } {
    return { status: 'ok', time: 0 };
  }
}

@Module({ controllers: [BareController] })
class BareModule {}

async function serve(): Promise<void> {
  const app = await NestFactory.create(BareModule, { logger: false });
  app.setGlobalPrefix('api/v1');
  await app.listen(Number(process.env.PORT ?? 3997));
}

// Like dist/cluster.js: a primary and API_WORKERS processes accepting on the shared port.
if (cluster.isPrimary) {
  const processes = Number(process.env.API_WORKERS ?? 1);
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  let listening = 0;
  for (let i = 0; i < processes; i++) {
    cluster.fork().once('listening', () => {
      if (++listening === processes)
        console.log(`bare NestJS route: ${processes} processes (cluster primary pid ${process.pid})`);
    });
  }
  process.on('SIGTERM', () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    process.exit(0);
  });
} else {
  void serve();
}
