import { ErrorCode } from '@steadywork/shared';
import { fakeApi, route, unauthorized, type Call } from '../../test/fake-api';
import {
  ApiError,
  applyFieldErrors,
  download,
  fileNameOf,
  request,
  setErrorNotifier,
  setSessionExpiredHandler,
  tokenStore,
  type FieldErrorTarget,
} from './request';

const bearer = (token: string) => (call: Call) => call.auth === `Bearer ${token}`;

/** GET /things answers 200 to the `fresh` token and 401 to anything else. */
const things = (fresh: string) =>
  route('GET', /^\/things/, (call) => (bearer(fresh)(call) ? { status: 200, body: { ok: call.path } } : unauthorized));

let notified: string[];
let expired: number;

beforeEach(() => {
  localStorage.clear();
  notified = [];
  expired = 0;
  setErrorNotifier((text) => notified.push(text));
  setSessionExpiredHandler(() => expired++);
});

describe('request layer: sessions', () => {
  it('sends the access token, refreshes once on a 401 and retries with the new token', async () => {
    tokenStore.save({ accessToken: 'old', refreshToken: 'r1' });
    const api = fakeApi(
      things('new'),
      route('POST', '/auth/refresh', (call) =>
        (call.body as { refreshToken: string }).refreshToken === 'r1'
          ? { status: 200, body: { accessToken: 'new', refreshToken: 'r2', expiresIn: 900 } }
          : unauthorized,
      ),
    );

    await expect(request('/things')).resolves.toEqual({ ok: '/things' });

    expect(api.calls.map((c) => `${c.method} ${c.path} ${c.auth ?? '-'}`)).toEqual([
      'GET /things Bearer old',
      'POST /auth/refresh -',
      'GET /things Bearer new',
    ]);
    expect(tokenStore.accessToken).toBe('new');
    expect(tokenStore.refreshToken).toBe('r2');
    expect(notified).toEqual([]);
  });

  it('lets concurrent 401s share one refresh (the refresh token is single-use)', async () => {
    tokenStore.save({ accessToken: 'old', refreshToken: 'r1' });
    let releaseRefresh!: () => void;
    const refreshGate = new Promise<void>((resolve) => (releaseRefresh = resolve));
    const api = fakeApi(
      things('new'),
      route('POST', '/auth/refresh', async () => {
        await refreshGate;
        return { status: 200, body: { accessToken: 'new', refreshToken: 'r2', expiresIn: 900 } };
      }),
    );

    const results = Promise.all([request('/things?a'), request('/things?b'), request('/things?c')]);
    // Let all three reach their 401 before the refresh answers.
    await new Promise((resolve) => setTimeout(resolve, 10));
    releaseRefresh();

    await expect(results).resolves.toEqual([{ ok: '/things?a' }, { ok: '/things?b' }, { ok: '/things?c' }]);
    expect(api.calls.filter((c) => c.path === '/auth/refresh')).toHaveLength(1);
    expect(api.calls.filter((c) => c.auth === 'Bearer new')).toHaveLength(3);
  });

  it('retries without refreshing when another request already refreshed meanwhile', async () => {
    tokenStore.save({ accessToken: 'old', refreshToken: 'r1' });
    const api = fakeApi(
      route('GET', '/slow', async (call) => {
        // The token changes while this request is in flight.
        if (call.auth === 'Bearer old') {
          tokenStore.save({ accessToken: 'new', refreshToken: 'r2' });
          return unauthorized;
        }
        return { status: 200, body: 'done' };
      }),
    );

    await expect(request('/slow')).resolves.toBe('done');
    expect(api.calls.some((c) => c.path === '/auth/refresh')).toBe(false);
  });

  it('when the refresh fails, clears the tokens and ends the session once for all waiting requests', async () => {
    tokenStore.save({ accessToken: 'old', refreshToken: 'spent' });
    const api = fakeApi(
      things('never'),
      route('POST', '/auth/refresh', () => unauthorized),
    );

    const outcomes = await Promise.allSettled([request('/things?a'), request('/things?b')]);

    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason as ApiError;
      expect(reason).toBeInstanceOf(ApiError);
      expect(reason.error).toBe(ErrorCode.TOKEN_INVALID);
    }
    expect(api.calls.filter((c) => c.path === '/auth/refresh')).toHaveLength(1);
    expect(tokenStore.accessToken).toBeNull();
    expect(tokenStore.refreshToken).toBeNull();
    expect(expired).toBe(1);
    expect(notified).toEqual(['登录已失效，请重新登录']);
  });

  it('ends the session without calling refresh when there is no refresh token', async () => {
    tokenStore.save({ accessToken: 'old', refreshToken: '' });
    localStorage.removeItem('steadywork.admin.refreshToken');
    const api = fakeApi(things('never'));

    await expect(request('/things')).rejects.toBeInstanceOf(ApiError);
    expect(api.calls.map((c) => c.path)).toEqual(['/things']);
    expect(expired).toBe(1);
  });

  it('keeps the session when the refresh cannot reach the server', async () => {
    tokenStore.save({ accessToken: 'old', refreshToken: 'r1' });
    fakeApi(
      things('never'),
      route('POST', '/auth/refresh', () => ({ status: 503 })),
    );

    await expect(request('/things')).rejects.toMatchObject({ statusCode: 0 });
    expect(tokenStore.refreshToken).toBe('r1');
    expect(expired).toBe(0);
  });

  it('does not refresh on a 401 from a call made without a session (a wrong password)', async () => {
    const api = fakeApi(
      route('POST', '/auth/login', () => ({
        status: 401,
        body: { statusCode: 401, error: ErrorCode.INVALID_CREDENTIALS, message: '用户名或密码错误' },
      })),
    );

    const err = (await request('/auth/login', { method: 'POST', body: {}, auth: false, silent: true }).catch(
      (e: unknown) => e,
    )) as ApiError;

    expect(err.response).toMatchObject({
      statusCode: 401,
      error: ErrorCode.INVALID_CREDENTIALS,
      message: '用户名或密码错误',
    });
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0].auth).toBeNull();
    expect(notified).toEqual([]);
    expect(expired).toBe(0);
  });
});

describe('request layer: query', () => {
  it('repeats a parameter for a list value and leaves out empty ones', async () => {
    tokenStore.save({ accessToken: 'a', refreshToken: 'r' });
    const api = fakeApi(route('GET', /^\/things/, () => ({ status: 200, body: [] })));

    await request('/things', { query: { status: ['SUBMITTED', 'PAID'], keyword: '', page: 1, region: undefined } });

    expect(api.calls[0].path).toBe('/things?status=SUBMITTED&status=PAID&page=1');
  });
});

describe('request layer: errors', () => {
  it('turns the error body into an ApiError and shows its message once', async () => {
    tokenStore.save({ accessToken: 'a', refreshToken: 'r' });
    fakeApi(
      route('POST', '/users', () => ({
        status: 409,
        body: { statusCode: 409, error: ErrorCode.CONFLICT, message: '用户名已存在', requestId: 'req-1' },
      })),
    );

    const err = (await request('/users', { method: 'POST', body: { username: 'x' } }).catch(
      (e: unknown) => e,
    )) as ApiError;

    expect(err).toBeInstanceOf(ApiError);
    expect(err.statusCode).toBe(409);
    expect(err.error).toBe(ErrorCode.CONFLICT);
    expect(err.requestId).toBe('req-1');
    expect(err.handled).toBe(true);
    expect(notified).toEqual(['用户名已存在']);
  });

  it('puts field errors on the form, and toasts only what no field took', async () => {
    tokenStore.save({ accessToken: 'a', refreshToken: 'r' });
    fakeApi(
      route('POST', '/users', () => ({
        status: 400,
        body: {
          statusCode: 400,
          error: ErrorCode.VALIDATION_FAILED,
          message: '请求参数有误',
          details: [
            { field: 'username', message: '用户名至少 3 位' },
            { field: 'roles.0', message: '角色取值不正确' },
            { field: 'nickname', message: '不允许的字段' },
          ],
        },
      })),
    );
    const setFields = jest.fn();
    const form: FieldErrorTarget = {
      getFieldsValue: (() => ({ username: 'ab', roles: ['X'] })) as FieldErrorTarget['getFieldsValue'],
      setFields,
    };

    await expect(request('/users', { method: 'POST', body: {}, form })).rejects.toBeInstanceOf(ApiError);

    expect(setFields).toHaveBeenCalledWith([
      { name: ['username'], errors: ['用户名至少 3 位'] },
      { name: ['roles', 0], errors: ['角色取值不正确'] },
    ]);
    expect(notified).toEqual(['不允许的字段']);
  });

  it('words a network failure itself', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;

    await expect(request('/things', { auth: false })).rejects.toMatchObject({ statusCode: 0 });
    expect(notified).toEqual(['网络连接失败，请检查网络后重试']);
  });

  it('resolves undefined for 204 and leaves empty query values out of the URL', async () => {
    tokenStore.save({ accessToken: 'a', refreshToken: 'r' });
    const api = fakeApi(route('GET', /^\/list/, () => ({ status: 204 })));

    await expect(
      request('/list', { query: { page: 2, username: '', role: undefined, status: 'ACTIVE' } }),
    ).resolves.toBeUndefined();
    expect(api.calls[0].path).toBe('/list?page=2&status=ACTIVE');
  });
});

describe('applyFieldErrors', () => {
  it('falls back from a nested path to its top-level field and returns what it could not place', () => {
    const setFields = jest.fn();
    const form: FieldErrorTarget = {
      getFieldsValue: (() => ({ roles: undefined })) as FieldErrorTarget['getFieldsValue'],
      setFields,
    };

    const rest = applyFieldErrors(form, [
      { field: 'roles.1', message: 'A' },
      { field: 'roles', message: 'B' },
      { field: 'phone', message: 'C' },
    ]);

    expect(setFields).toHaveBeenCalledWith([{ name: ['roles'], errors: ['A', 'B'] }]);
    expect(rest).toEqual([{ field: 'phone', message: 'C' }]);
  });

  it('reads a bracketed index (`attachments[1]`) as the element of an array field', () => {
    const setFields = jest.fn();
    const form: FieldErrorTarget = {
      getFieldsValue: (() => ({ attachments: ['a', 'b'] })) as FieldErrorTarget['getFieldsValue'],
      setFields,
    };

    expect(applyFieldErrors(form, [{ field: 'attachments[1]', message: '附件不存在，请重新上传' }])).toEqual([]);
    expect(setFields).toHaveBeenCalledWith([{ name: ['attachments', 1], errors: ['附件不存在，请重新上传'] }]);
  });
});

describe('files', () => {
  it('downloads with the session token and names the file from Content-Disposition', async () => {
    tokenStore.save({ accessToken: 'a', refreshToken: 'r' });
    const api = fakeApi(
      route('GET', /^\/workers\/export/, () => ({
        status: 200,
        body: new Blob(['PK']),
        headers: {
          'Content-Disposition': `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent('职工名单-2026-11-23.xlsx')}`,
        },
      })),
    );

    const file = await download('/workers/export', { query: { archiveStatus: 'ACTIVE', keyword: '' } });

    expect(file.fileName).toBe('职工名单-2026-11-23.xlsx');
    expect(file.blob.size).toBe(2);
    expect(api.calls[0]).toMatchObject({ path: '/workers/export?archiveStatus=ACTIVE', auth: 'Bearer a' });
  });

  it('reads a plain file name when there is no filename*', () => {
    expect(fileNameOf('attachment; filename="a b.xlsx"')).toBe('a b.xlsx');
    expect(fileNameOf(null)).toBeNull();
  });

  it('sends a FormData body as it is, without a JSON content type', async () => {
    tokenStore.save({ accessToken: 'a', refreshToken: 'r' });
    const api = fakeApi(route('POST', '/workers/imports', () => ({ status: 201, body: { id: 1 } })));
    const init: RequestInit[] = [];
    const fetched = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, options?: RequestInit) => {
      init.push(options ?? {});
      return fetched(input, options);
    }) as typeof fetch;
    const body = new FormData();
    body.append('file', new Blob(['PK']), 'a.xlsx');

    await expect(request('/workers/imports', { method: 'POST', body })).resolves.toEqual({ id: 1 });

    expect(api.calls[0].body).toBe(body);
    expect((init[0].headers as Record<string, string>)['Content-Type']).toBeUndefined();
    expect((init[0].headers as Record<string, string>).Authorization).toBe('Bearer a');
  });

  it('shows a failed download’s message once, like any request', async () => {
    tokenStore.save({ accessToken: 'a', refreshToken: 'r' });
    fakeApi(
      route('GET', '/workers/import-template', () => ({
        status: 403,
        body: { statusCode: 403, error: ErrorCode.FORBIDDEN, message: '无权访问' },
      })),
    );

    await expect(download('/workers/import-template')).rejects.toBeInstanceOf(ApiError);
    expect(notified).toEqual(['无权访问']);
  });
});
