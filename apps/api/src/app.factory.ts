import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AppModule } from './app.module';
import { ErrorCode, zhCN } from '@steadywork/shared';
import { DomainException } from './common/domain.exception';
import { AllExceptionsFilter, RETRY_AFTER_SECONDS } from './common/http-exception.filter';
import { RequestContext } from './common/request-context';
import { createValidationPipe } from './common/validation';
import { addResponseSchemas, applyApiResults } from './openapi/api-result';
import { AppConfig } from './config/app-config';
import { DemoSeedService } from './seed/demo-seed.service';
import { DemoProvinceService } from './seed/province/demo-province.service';

export const API_PREFIX = 'api/v1';

/** Builds the application exactly as production runs it; tests use it too. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  if (config.trustProxyHops) app.set('trust proxy', config.trustProxyHops);
  app.disable('x-powered-by');

  app.use((req: Request & { id?: string }, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id'];
    req.id = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', req.id);
    RequestContext.run({ requestId: req.id, ip: req.ip ?? null, principal: null }, next);
  });
  app.use(`/${API_PREFIX}`, requestTimeout(config.requestTimeoutMs));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // the H5 build's one inline script (Taro's rem sizing), allowed by its hash
          scriptSrc: ["'self'", ...inlineScriptHashes(config.serveH5Dir), ...inlineScriptHashes(config.serveAdminDir)],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          // blob: lets the H5 mini-program upload a file the worker chose (Taro reads it by its object URL)
          connectSrc: ["'self'", 'blob:'],
          // no other site may frame the console, the H5 or a file (clickjacking); the console may frame its own
          frameAncestors: ["'self'"],
          objectSrc: ["'none'"],
        },
      },
      // browsers heed it only over TLS: behind the TLS proxy every page says HTTPS only, for a year
      strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.useBodyParser('json', { limit: '1mb' });
  app.use(limitJsonDepth);
  // Personal data must not stay in a browser's or a proxy's cache: no API answer is stored.
  app.use(`/${API_PREFIX}`, (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  serveFrontEnd(app, '/admin', config.serveAdminDir);
  serveFrontEnd(app, '/h5', config.serveH5Dir);
  if (config.serveAdminDir) {
    app.use((req: Request, res: Response, next: NextFunction) => (req.path === '/' ? res.redirect('/admin/') : next()));
  }

  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  // In production only with OPENAPI_ENABLED=true: the document maps every route for an attacker too.
  if (config.openApiEnabled) {
    SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  }

  if (config.seedDemo) await app.get(DemoSeedService).run();
  if (config.demoProvince) await app.get(DemoProvinceService).run();
  return app;
}

/**
 * The OpenAPI document: routes and request DTOs from @nestjs/swagger; every success answer from
 * @ApiResult & co., whose schemas are generated from libs/shared (docs/api-contract.md).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  applyApiResults();
  return addResponseSchemas(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('SteadyWork API')
        .setDescription(
          '稳就业 · 工会就业服务平台 — every error has the shape { statusCode, error, message, details? }',
        )
        .setVersion('1')
        .addBearerAuth()
        .build(),
    ),
  );
}

/**
 * A request that has not begun to answer within REQUEST_TIMEOUT_MS (a frozen database, a pool
 * with no free connection) answers 503 with Retry-After in the usual error shape. Whatever the
 * handler does later finds the answer sent and is dropped (the exception filter ends it).
 */
function requestTimeout(ms: number) {
  return (req: Request & { id?: string }, res: Response, next: NextFunction) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({
        statusCode: 503,
        error: ErrorCode.SERVICE_UNAVAILABLE,
        message: zhCN.errors.SERVICE_UNAVAILABLE,
        requestId: req.id,
      });
    }, ms);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    res.once('finish', () => clearTimeout(timer));
    next();
  };
}

/** Deepest nesting of objects and arrays a JSON body may have (a real request needs a handful). */
export const MAX_JSON_DEPTH = 32;

/** Refuses a JSON body nested deeper than MAX_JSON_DEPTH before any code recurses into it. */
function limitJsonDepth(req: Request, _res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  if (body === null || typeof body !== 'object') return next();
  // Iterative, so the check itself cannot overflow the stack.
  const stack: [unknown, number][] = [[body, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_JSON_DEPTH) {
      return next(new DomainException(ErrorCode.BAD_REQUEST, `请求体嵌套层级过深（最多 ${MAX_JSON_DEPTH} 层）`));
    }
    for (const child of Object.values(node as object)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  next();
}

/** Serves a built single-page front end, falling back to its index.html. */
function serveFrontEnd(app: NestExpressApplication, mount: string, dir: string | null): void {
  if (!dir) return;
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`${dir} has no index.html: build the front end first`);
  app.use(mount, express.static(dir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheHtml }));
  app.use(mount, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || path.extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function noCacheHtml(res: Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}

/** CSP hashes of the inline scripts in a built front end's index.html. */
function inlineScriptHashes(dir: string | null): string[] {
  if (!dir) return [];
  const file = path.join(dir, 'index.html');
  if (!fs.existsSync(file)) return [];
  const html = fs.readFileSync(file, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1].trim())
    .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
}
