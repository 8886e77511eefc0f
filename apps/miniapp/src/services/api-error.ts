import { ErrorCode, zhCN, type ErrorResponse, type FieldError } from '@steadywork/shared';
import { t } from '@/locales';

/** `NETWORK_ERROR`: the request never got an HTTP answer (offline, timeout, domain not allowed). */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR';

/** Every failed API call rejects with this; `message` is the server's Chinese message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
  }

  static network(): ApiError {
    return new ApiError(0, 'NETWORK_ERROR', t.errors.network);
  }

  /** Builds the error from a non-2xx answer, whether or not it carries the API's error shape. */
  static fromResponse(statusCode: number, body: unknown): ApiError {
    if (isErrorResponse(body)) {
      return new ApiError(statusCode, body.error, body.message || messageFor(body.error), body.details ?? []);
    }
    const code = codeForStatus(statusCode);
    return new ApiError(statusCode, code, messageFor(code));
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

/** The message to show the user for any thrown value. */
export function errorMessage(err: unknown): string {
  return isApiError(err) ? err.message : t.errors.unknown;
}

function isErrorResponse(body: unknown): body is ErrorResponse {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<ErrorResponse>;
  return typeof candidate.error === 'string' && candidate.error in ErrorCode && typeof candidate.message === 'string';
}

function messageFor(code: ErrorCode): string {
  return (zhCN.errors as Record<string, string | undefined>)[code] ?? t.errors.unknown;
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return ErrorCode.UNAUTHENTICATED;
  if (status === 403) return ErrorCode.FORBIDDEN;
  if (status === 404) return ErrorCode.NOT_FOUND;
  if (status === 409) return ErrorCode.CONFLICT;
  if (status === 413) return ErrorCode.PAYLOAD_TOO_LARGE;
  if (status === 429) return ErrorCode.TOO_MANY_REQUESTS;
  if (status >= 500) return ErrorCode.INTERNAL;
  return ErrorCode.BAD_REQUEST;
}
