import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ErrorCode, ErrorResponse, zhCN } from '@steadywork/shared';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../database/migration-lock';
import { codeOfHttpStatus, DomainException, httpStatusOf } from './domain.exception';
import { localizeError, requestLanguage } from './message-language';

/** Seconds a client waits before trying again while the database cannot serve. */
export const RETRY_AFTER_SECONDS = 5;

/** Turns every error into the one ErrorResponse shape, its messages in the request's language. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { id?: string }>();
    const body = this.toBody(exception, req);
    if (body.statusCode === 503) {
      this.logger.warn({ err: exception, requestId: req.id }, 'database unavailable');
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: req.id }, 'request failed');
    }
    // an answer already under way (a download) cannot turn into an error: end it, the log says why
    if (res.headersSent) {
      if (body.statusCode < 500) this.logger.warn({ err: exception, requestId: req.id }, 'request failed mid-answer');
      res.end();
      return;
    }
    if (exception instanceof DomainException && exception.headers) {
      for (const [k, v] of Object.entries(exception.headers)) res.setHeader(k, v);
    }
    if (body.error === ErrorCode.SERVICE_UNAVAILABLE && !res.getHeader('Retry-After')) {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    // the message and field messages in the language the request asks for; Chinese by default
    res.vary('Accept-Language');
    res.status(body.statusCode).json(localizeError(body, requestLanguage(req.headers['accept-language'])));
  }

  private toBody(exception: unknown, req: Request & { id?: string }): ErrorResponse {
    const requestId = req.id ? String(req.id) : undefined;
    if (exception instanceof DomainException) {
      return {
        statusCode: httpStatusOf(exception.code),
        error: exception.code,
        message: exception.message,
        ...(exception.details ? { details: exception.details } : {}),
        requestId,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = codeOfHttpStatus(status);
      let message = zhCN.errors[code];
      if (status === 404) message = `接口不存在：${req.method} ${req.path}`;
      return { statusCode: status, error: code, message, requestId };
    }
    // body-parser errors (bad JSON, body too large) carry a status of their own
    const status = (exception as { status?: number; statusCode?: number })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = codeOfHttpStatus(status);
      const message =
        (exception as { type?: string }).type === 'entity.parse.failed' ? '请求体不是有效的 JSON' : zhCN.errors[code];
      return { statusCode: status, error: code, message, requestId };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: 503,
        error: ErrorCode.SERVICE_UNAVAILABLE,
        message: zhCN.errors.SERVICE_UNAVAILABLE,
        requestId,
      };
    }
    return { statusCode: 500, error: ErrorCode.INTERNAL, message: zhCN.errors.INTERNAL, requestId };
  }
}
