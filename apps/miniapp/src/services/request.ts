import Taro from '@tarojs/taro';
import type { TokenPair } from '@steadywork/shared';
import { getLanguage } from '@/i18n';
import { ApiError } from './api-error';
import { tokenStorage } from './token-storage';

/** H5 is served by the API itself (/h5/), so it calls it same-origin. */
export const API_BASE = process.env.TARO_ENV === 'h5' ? '/api/v1' : `${process.env.TARO_APP_API_BASE}/api/v1`;

const TIMEOUT_MS = 15_000;

/** wx.request has no PATCH, so the mini-program uses none. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  /** JSON body, or query parameters for GET. */
  data?: object;
  /** Send the access token, refreshing it once on 401. Default true. */
  auth?: boolean;
  /** Extra headers, e.g. `Idempotency-Key`; sent again on the retry after a refresh. */
  header?: Record<string, string>;
}

interface RawResponse {
  statusCode: number;
  data: unknown;
}

let sessionLostHandler: () => void = () => undefined;

/** Called when the session cannot be renewed (the app sends the user to the login page). */
export function onSessionLost(handler: () => void): void {
  sessionLostHandler = handler;
}

let refreshInFlight: Promise<boolean> | null = null;

/** One refresh for every request that got a 401 at the same time (refresh tokens rotate). */
export function refreshSession(): Promise<boolean> {
  refreshInFlight ??= doRefresh().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', data, auth = true, header } = options;
  return authorized<T>(auth, (token) => send(method, path, data, token, header));
}

/** A local file (a chooseImage / chooseMessageFile temp path) to upload. */
export interface UploadSource {
  path: string;
  /** File name the server records (H5 sends a nameless blob otherwise). */
  name?: string;
}

const UPLOAD_TIMEOUT_MS = 60_000;

/** multipart POST of one file in the field `file` (Taro.uploadFile), with the same token handling. */
export function upload<T>(path: string, file: UploadSource): Promise<T> {
  return authorized<T>(true, (token) => sendFile(path, file, token));
}

const DOWNLOAD_TIMEOUT_MS = 30_000;

/**
 * GET of a stored file with the access token (an Image cannot send one), as a local path: a temp
 * file on WeChat, an object URL on H5. Rejects with ApiError when the server refuses.
 */
export function download(path: string): Promise<string> {
  return authorized<string>(true, (token) => fetchFile(path, token));
}

async function authorized<T>(auth: boolean, call: (token: string | null) => Promise<RawResponse>): Promise<T> {
  const sentToken = auth ? tokenStorage.getAccessToken() : null;
  let res = await call(sentToken);

  if (res.statusCode === 401 && auth) {
    if (sentToken && (await renew(sentToken))) {
      res = await call(tokenStorage.getAccessToken());
    }
    if (res.statusCode === 401) endSession();
  }

  if (res.statusCode >= 200 && res.statusCode < 300) return res.data as T;
  throw ApiError.fromResponse(res.statusCode, res.data);
}

/** True when a newer access token is available than the one the server refused. */
async function renew(refusedToken: string): Promise<boolean> {
  const current = tokenStorage.getAccessToken();
  if (current && current !== refusedToken) return true; // another request already refreshed
  return refreshSession();
}

async function doRefresh(): Promise<boolean> {
  const refreshToken = tokenStorage.getRefreshToken();
  if (!refreshToken) return false;
  const res = await send('POST', '/auth/refresh', { refreshToken }, null);
  if (res.statusCode === 200 && isTokenPair(res.data)) {
    tokenStorage.save(res.data);
    return true;
  }
  return false;
}

function endSession(): void {
  tokenStorage.clear();
  sessionLostHandler();
}

async function send(
  method: HttpMethod,
  path: string,
  data: RequestOptions['data'],
  token: string | null,
  extraHeader?: Record<string, string>,
): Promise<RawResponse> {
  const header: Record<string, string> = { ...languageHeader(), Accept: 'application/json', ...extraHeader };
  if (token) header.Authorization = `Bearer ${token}`;
  try {
    const res = await Taro.request({
      url: `${API_BASE}${path}`,
      method,
      data,
      header,
      timeout: TIMEOUT_MS,
      dataType: 'json',
    });
    return { statusCode: res.statusCode, data: res.data };
  } catch {
    throw ApiError.network();
  }
}

async function sendFile(path: string, file: UploadSource, token: string | null): Promise<RawResponse> {
  const header: Record<string, string> = { ...languageHeader(), Accept: 'application/json' };
  if (token) header.Authorization = `Bearer ${token}`;
  try {
    const res = await Taro.uploadFile({
      url: `${API_BASE}${path}`,
      filePath: file.path,
      name: 'file',
      fileName: file.name,
      header,
      timeout: UPLOAD_TIMEOUT_MS,
    });
    return { statusCode: res.statusCode, data: parseJson(res.data) };
  } catch {
    throw ApiError.network();
  }
}

async function fetchFile(path: string, token: string | null): Promise<RawResponse> {
  // No Accept-Language: a refusal's body is not read, only its status.
  const header: Record<string, string> = {};
  if (token) header.Authorization = `Bearer ${token}`;
  try {
    const res = await Taro.downloadFile({ url: `${API_BASE}${path}`, header, timeout: DOWNLOAD_TIMEOUT_MS });
    // The body of a refusal is in the file, not read here: the status decides.
    return {
      statusCode: res.statusCode,
      data: res.statusCode >= 200 && res.statusCode < 300 ? res.tempFilePath : null,
    };
  } catch {
    throw ApiError.network();
  }
}

/** Every request says the worker's language, so the API's messages (field errors…) come in it. */
function languageHeader(): Record<string, string> {
  return { 'Accept-Language': getLanguage() };
}

/** uploadFile answers with the body as text. */
function parseJson(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

function isTokenPair(body: unknown): body is TokenPair {
  const pair = body as Partial<TokenPair> | null;
  return typeof pair?.accessToken === 'string' && typeof pair.refreshToken === 'string';
}
