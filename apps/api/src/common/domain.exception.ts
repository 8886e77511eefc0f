import { ErrorCode, FieldError, zhCN } from '@steadywork/shared';

/**
 * The one exception the domain throws. Modules pass an ErrorCode and a Chinese message;
 * the global filter maps the code to an HTTP status.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: FieldError[],
    /** Extra headers, e.g. Retry-After. */
    readonly headers?: Record<string, string>,
  ) {
    super(message ?? zhCN.errors[code] ?? code);
  }

  static notFound(what = '资源'): DomainException {
    return new DomainException(ErrorCode.NOT_FOUND, `${what}不存在`);
  }

  static forbidden(message?: string): DomainException {
    return new DomainException(ErrorCode.FORBIDDEN, message);
  }

  static conflict(message: string, details?: FieldError[]): DomainException {
    return new DomainException(ErrorCode.CONFLICT, message, details);
  }

  static validation(details: FieldError[], message?: string): DomainException {
    return new DomainException(
      ErrorCode.VALIDATION_FAILED,
      message ?? `${zhCN.errors.VALIDATION_FAILED}：${details.map((d) => d.message).join('；')}`,
      details,
    );
  }
}

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.VALIDATION_FAILED:
    case ErrorCode.BAD_REQUEST:
      return 400;
    case ErrorCode.UNAUTHENTICATED:
    case ErrorCode.INVALID_CREDENTIALS:
    case ErrorCode.TOKEN_INVALID:
    case ErrorCode.SESSION_IDLE_TIMEOUT:
      return 401;
    case ErrorCode.ACCOUNT_DISABLED:
    case ErrorCode.PASSWORD_CHANGE_REQUIRED:
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.CONFLICT:
      return 409;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.ACCOUNT_LOCKED:
      return 423;
    case ErrorCode.TOO_MANY_REQUESTS:
      return 429;
    case ErrorCode.UPSTREAM_FAILED:
      return 502;
    case ErrorCode.SERVICE_UNAVAILABLE:
      return 503;
    case ErrorCode.INTERNAL:
      return 500;
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped error code ${String(unmapped)}`);
    }
  }
}

export function codeOfHttpStatus(status: number): ErrorCode {
  if (status === 400) return ErrorCode.BAD_REQUEST;
  if (status === 401) return ErrorCode.UNAUTHENTICATED;
  if (status === 403) return ErrorCode.FORBIDDEN;
  if (status === 404) return ErrorCode.NOT_FOUND;
  if (status === 409) return ErrorCode.CONFLICT;
  if (status === 413) return ErrorCode.PAYLOAD_TOO_LARGE;
  if (status === 429) return ErrorCode.TOO_MANY_REQUESTS;
  if (status >= 400 && status < 500) return ErrorCode.BAD_REQUEST;
  return ErrorCode.INTERNAL;
}
