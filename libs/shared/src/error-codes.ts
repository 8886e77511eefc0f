/**
 * Every error the API returns carries one of these codes in `error`.
 * The API maps each to an HTTP status in one exhaustive switch.
 */
export enum ErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  BAD_REQUEST = 'BAD_REQUEST',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  /** The account still has an initial or reset password: only change-password, logout and /auth/me answer. */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  TOKEN_INVALID = 'TOKEN_INVALID',
  /** The sign-in was not used for longer than the security policy's idle timeout: sign in again. */
  SESSION_IDLE_TIMEOUT = 'SESSION_IDLE_TIMEOUT',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  UPSTREAM_FAILED = 'UPSTREAM_FAILED',
  /** The database is unreachable or did not answer in time: try again after Retry-After seconds. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

export interface FieldError {
  field: string;
  message: string;
}

/** The one error shape of the API. */
export interface ErrorResponse {
  statusCode: number;
  error: ErrorCode;
  message: string;
  details?: FieldError[];
  requestId?: string;
}
