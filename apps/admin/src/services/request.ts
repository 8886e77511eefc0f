import { ErrorCode, type ErrorResponse, type FieldError, type TokenPair } from '@steadywork/shared';
import type { FormInstance } from 'antd';
import { LOGIN_URL } from '../config';
import { currentLanguage, t } from '../locales';

export const API_BASE = '/api/v1';

/** The API's one error shape, thrown by every failed request. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly error: ErrorCode;
  readonly details?: FieldError[];
  readonly requestId?: string;
  /** True once the user has been told (toast, form fields or the session-expired redirect). */
  handled = false;

  constructor(body: ErrorResponse) {
    super(body.message);
    this.name = 'ApiError';
    this.statusCode = body.statusCode;
    this.error = body.error;
    this.details = body.details;
    this.requestId = body.requestId;
  }

  get response(): ErrorResponse {
    return {
      statusCode: this.statusCode,
      error: this.error,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
      ...(this.requestId ? { requestId: this.requestId } : {}),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Tokens

// The H5 mini-program is served from the same origin: the console keeps its own keys.
const ACCESS_KEY = 'steadywork.admin.accessToken';
const REFRESH_KEY = 'steadywork.admin.refreshToken';

export const tokenStore = {
  get accessToken(): string | null {
    return localStorage.getItem(ACCESS_KEY);
  },
  get refreshToken(): string | null {
    return localStorage.getItem(REFRESH_KEY);
  },
  save(pair: Pick<TokenPair, 'accessToken' | 'refreshToken'>): void {
    localStorage.setItem(ACCESS_KEY, pair.accessToken);
    localStorage.setItem(REFRESH_KEY, pair.refreshToken);
  },
  clear(): void {
    localStorage.removeItem(ACCESS_KEY);
    localStorage.removeItem(REFRESH_KEY);
  },
};

// ---------------------------------------------------------------------------------------------
// Hooks the app plugs in: how to show an error, what to do when the session is over.

type Notify = (text: string) => void;
type SessionExpired = () => void;
type PasswordChangeRequired = () => void;

let notify: Notify = (text) => console.error(text);
let sessionExpired: SessionExpired = () => window.location.assign(LOGIN_URL);
let passwordChangeRequired: PasswordChangeRequired = () => undefined;

/** The app passes antd's `message.error` from its App context. */
export function setErrorNotifier(fn: Notify): void {
  notify = fn;
}

/** The app navigates to /login within the router; the default reloads the page there. */
export function setSessionExpiredHandler(fn: SessionExpired): void {
  sessionExpired = fn;
}

/**
 * The API answers 403 PASSWORD_CHANGE_REQUIRED until an initial or reset password is changed:
 * the app opens its change-password form instead of showing the error.
 */
export function setPasswordChangeRequiredHandler(fn: PasswordChangeRequired): void {
  passwordChangeRequired = fn;
}

// ---------------------------------------------------------------------------------------------
// Field errors

/** A field path as the API names it (`attachments.1`), or where the form shows it instead. */
export type FieldPath = (string | number)[];

/**
 * What a form needs to take field errors: antd's FormInstance and ProForm's both fit. `route` says
 * where the form shows an error the API puts elsewhere (`applyFrom` → the date range `window`).
 */
export type FieldErrorTarget = Pick<FormInstance, 'setFields' | 'getFieldsValue'> & {
  route?: (path: FieldPath) => FieldPath;
};

/** `roles.0` and `attachments[0]` both name element 0 of the field. */
function toNamePath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function isRegistered(form: FieldErrorTarget, path: (string | number)[]): boolean {
  let node: unknown = form.getFieldsValue();
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string | number, unknown>)[part];
  }
  return true;
}

/**
 * Puts the API's `details` on the matching form fields (`roles.0` falls back to `roles`).
 * Returns the details no field of the form took.
 */
export function applyFieldErrors(form: FieldErrorTarget, details: readonly FieldError[]): FieldError[] {
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: FieldError[] = [];
  for (const detail of details) {
    const full = form.route ? form.route(toNamePath(detail.field)) : toNamePath(detail.field);
    const name = isRegistered(form, full) ? full : isRegistered(form, full.slice(0, 1)) ? full.slice(0, 1) : null;
    if (!name) {
      unmatched.push(detail);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(detail.message);
    byField.set(key, entry);
  }
  if (byField.size) form.setFields([...byField.values()]);
  return unmatched;
}

// ---------------------------------------------------------------------------------------------
// Requests

type QueryValue = string | number | boolean | null | undefined;

/** A list value repeats the parameter (`status=A&status=B`). */
type Query = Record<string, QueryValue | readonly QueryValue[]>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** Send the access token and refresh it on 401 (default true). */
  auth?: boolean;
  /** The caller shows the error itself: no toast. */
  silent?: boolean;
  /** Field errors (`details`) go onto this form's fields instead of a toast. */
  form?: FieldErrorTarget;
  signal?: AbortSignal;
  /** Extra headers (an `Idempotency-Key`, so a repeated submit is a replay). */
  headers?: Record<string, string>;
}

/** What the request layer sends as `Accept`: JSON for the API's answers, anything for a file. */
type SendOptions = RequestOptions & { accept?: string };

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const one of Array.isArray(value) ? (value as readonly QueryValue[]) : [value as QueryValue]) {
      if (one !== undefined && one !== null && one !== '') params.append(key, String(one));
    }
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  const v = value as Partial<ErrorResponse> | null;
  return !!v && typeof v === 'object' && typeof v.statusCode === 'number' && typeof v.error === 'string';
}

function codeOfStatus(status: number): ErrorCode {
  if (status === 400) return ErrorCode.BAD_REQUEST;
  if (status === 401) return ErrorCode.UNAUTHENTICATED;
  if (status === 403) return ErrorCode.FORBIDDEN;
  if (status === 404) return ErrorCode.NOT_FOUND;
  if (status === 409) return ErrorCode.CONFLICT;
  if (status === 413) return ErrorCode.PAYLOAD_TOO_LARGE;
  if (status === 429) return ErrorCode.TOO_MANY_REQUESTS;
  if (status === 502 || status === 503 || status === 504) return ErrorCode.UPSTREAM_FAILED;
  return ErrorCode.INTERNAL;
}

async function errorOf(res: Response): Promise<ApiError> {
  const body: unknown = await res.json().catch(() => null);
  if (isErrorResponse(body)) return new ApiError(body);
  // Not the API speaking (a proxy, a gateway): keep the status, word it ourselves.
  return new ApiError({ statusCode: res.status, error: codeOfStatus(res.status), message: t('errors.unknown') });
}

function networkError(): ApiError {
  return new ApiError({ statusCode: 0, error: ErrorCode.UPSTREAM_FAILED, message: t('errors.network') });
}

function sessionExpiredError(): ApiError {
  const err = new ApiError({ statusCode: 401, error: ErrorCode.TOKEN_INVALID, message: t('errors.sessionExpired') });
  err.handled = true;
  return err;
}

type RefreshOutcome = 'refreshed' | 'rejected' | 'offline';

let refreshing: Promise<RefreshOutcome> | null = null;

/** One refresh at a time: every 401 that arrives while it runs waits for the same outcome. */
function refreshOnce(): Promise<RefreshOutcome> {
  refreshing ??= refreshTokens().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function refreshTokens(): Promise<RefreshOutcome> {
  const refreshToken = tokenStore.refreshToken;
  let outcome: RefreshOutcome = 'rejected';
  if (refreshToken) {
    try {
      const res = await fetch(buildUrl('/auth/refresh'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      if (res.ok) {
        tokenStore.save((await res.json()) as TokenPair);
        outcome = 'refreshed';
      } else {
        // A 5xx is the server's trouble, not a spent token: keep the session.
        outcome = res.status >= 500 ? 'offline' : 'rejected';
      }
    } catch {
      outcome = 'offline';
    }
  }
  if (outcome === 'rejected') {
    // Told once here, not by each request that was waiting.
    tokenStore.clear();
    notify(t('errors.sessionExpired'));
    sessionExpired();
  }
  return outcome;
}

function isFormData(body: unknown): body is FormData {
  return typeof FormData !== 'undefined' && body instanceof FormData;
}

async function send(path: string, options: SendOptions, accessToken: string | null): Promise<Response> {
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: options.accept ?? 'application/json',
    // the API answers its messages in the console's language where it has them
    'Accept-Language': currentLanguage(),
  };
  // A FormData body (a file upload) sets its own multipart Content-Type with the boundary.
  const { body } = options;
  const payload = body === undefined ? undefined : isFormData(body) ? body : JSON.stringify(body);
  if (typeof payload === 'string') headers['Content-Type'] = 'application/json';
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: payload,
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw networkError();
  }
}

async function fetchWithSession(path: string, options: SendOptions): Promise<Response> {
  if (options.auth === false) return send(path, options, null);
  const usedToken = tokenStore.accessToken;
  const res = await send(path, options, usedToken);
  if (res.status !== 401) return res;
  // Another request may have refreshed, or ended the session, while this one was in flight.
  const current = tokenStore.accessToken;
  if (current && current !== usedToken) return send(path, options, current);
  if (usedToken && !current) throw sessionExpiredError();
  const outcome = await refreshOnce();
  if (outcome === 'rejected') throw sessionExpiredError();
  if (outcome === 'offline') throw networkError();
  return send(path, options, tokenStore.accessToken);
}

/** Tells the user about an error once: on the form's fields when it has them, else a toast. */
function report(err: ApiError, options: RequestOptions): void {
  if (err.handled) return;
  if (err.error === ErrorCode.PASSWORD_CHANGE_REQUIRED) {
    err.handled = true;
    passwordChangeRequired();
    return;
  }
  let rest = err.details ?? [];
  if (options.form && rest.length) rest = applyFieldErrors(options.form, rest);
  if (options.silent) return;
  if (!err.details?.length) notify(err.message);
  else if (rest.length) notify(rest.map((d) => d.message).join('；'));
  err.handled = true;
}

/** Calls the API at `/api/v1{path}`; resolves the JSON body (undefined for 204), throws ApiError. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  try {
    const res = await fetchWithSession(path, options);
    if (!res.ok) throw await errorOf(res);
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  } catch (e) {
    if (e instanceof ApiError) report(e, options);
    throw e;
  }
}

export interface Download {
  blob: Blob;
  /** From Content-Disposition (`filename*` first), when the server names the file. */
  fileName: string | null;
}

/** The file name a Content-Disposition header gives, RFC 6266 `filename*` preferred. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain ? plain[1].trim() : null;
}

/** Fetches a file (an export, a template) with the session's token; throws ApiError like `request`. */
export async function download(path: string, options: Omit<RequestOptions, 'body' | 'form'> = {}): Promise<Download> {
  try {
    const res = await fetchWithSession(path, { ...options, accept: '*/*' });
    if (!res.ok) throw await errorOf(res);
    return { blob: await res.blob(), fileName: fileNameOf(res.headers.get('Content-Disposition')) };
  } catch (e) {
    if (e instanceof ApiError) report(e, options);
    throw e;
  }
}
