import { ErrorCode } from '@steadywork/shared';
import { bearer, errorBody, fakeApi } from '../../test/fake-api';
import { request as taroRequest, resetTaro, uploadFile } from '../../test/mocks/taro';
import { ApiError } from './api-error';
import { API_BASE, onSessionLost, request, upload } from './request';
import { tokenStorage } from './token-storage';

const expired = errorBody(401, ErrorCode.UNAUTHENTICATED, '请先登录');

describe('request', () => {
  const sessionLost = jest.fn();

  beforeEach(() => {
    resetTaro();
    sessionLost.mockReset();
    onSessionLost(sessionLost);
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  it('calls the API same-origin at /api/v1 on H5 and sends the access token', async () => {
    const sent = fakeApi(() => ({ statusCode: 200, data: { ok: true } }));

    await expect(request('/auth/me')).resolves.toEqual({ ok: true });

    expect(API_BASE).toBe('/api/v1');
    expect(sent[0]).toMatchObject({ url: '/api/v1/auth/me', method: 'GET' });
    expect(bearer(sent[0])).toBe('Bearer access-1');
  });

  it('refreshes once on 401, stores the rotated tokens and retries with the new access token', async () => {
    const sent = fakeApi((req) => {
      if (req.url.endsWith('/auth/refresh')) {
        return { statusCode: 200, data: { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 } };
      }
      return bearer(req) === 'Bearer access-2'
        ? { statusCode: 200, data: { id: 7 } }
        : { statusCode: 401, data: expired };
    });

    await expect(request('/auth/me')).resolves.toEqual({ id: 7 });

    expect(sent.map((r) => r.url)).toEqual(['/api/v1/auth/me', '/api/v1/auth/refresh', '/api/v1/auth/me']);
    expect(sent[1]).toMatchObject({ method: 'POST', data: { refreshToken: 'refresh-1' } });
    expect(bearer(sent[1])).toBeUndefined();
    expect(bearer(sent[2])).toBe('Bearer access-2');
    expect(tokenStorage.getAccessToken()).toBe('access-2');
    expect(tokenStorage.getRefreshToken()).toBe('refresh-2');
    expect(sessionLost).not.toHaveBeenCalled();
  });

  it('sends a single refresh for requests that get 401 at the same time', async () => {
    let releaseRefresh: () => void = () => undefined;
    const refreshAnswered = new Promise<void>((resolve) => (releaseRefresh = resolve));
    const sent = fakeApi(async (req) => {
      if (req.url.endsWith('/auth/refresh')) {
        await refreshAnswered;
        return { statusCode: 200, data: { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 } };
      }
      return bearer(req) === 'Bearer access-2'
        ? { statusCode: 200, data: req.url }
        : { statusCode: 401, data: expired };
    });

    const all = Promise.all([request('/a'), request('/b'), request('/c')]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    releaseRefresh();

    await expect(all).resolves.toEqual(['/api/v1/a', '/api/v1/b', '/api/v1/c']);
    expect(sent.filter((r) => r.url.endsWith('/auth/refresh'))).toHaveLength(1);
  });

  it('retries without refreshing again when another request already rotated the tokens', async () => {
    const sent = fakeApi((req) => {
      if (req.url.endsWith('/auth/refresh')) {
        return { statusCode: 200, data: { accessToken: 'access-3', refreshToken: 'refresh-3', expiresIn: 900 } };
      }
      if (bearer(req) === 'Bearer access-1') {
        // The tokens were rotated while this request was in flight.
        tokenStorage.save({ accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 });
        return { statusCode: 401, data: expired };
      }
      return { statusCode: 200, data: 'ok' };
    });

    await expect(request('/auth/me')).resolves.toBe('ok');

    expect(sent.map((r) => r.url)).toEqual(['/api/v1/auth/me', '/api/v1/auth/me']);
    expect(bearer(sent[1])).toBe('Bearer access-2');
  });

  it('does not refresh a second time when the retried request is refused too, and ends the session', async () => {
    const sent = fakeApi((req) =>
      req.url.endsWith('/auth/refresh')
        ? { statusCode: 200, data: { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 } }
        : { statusCode: 401, data: expired },
    );

    await expect(request('/auth/me')).rejects.toMatchObject({ statusCode: 401, code: ErrorCode.UNAUTHENTICATED });

    expect(sent.map((r) => r.url)).toEqual(['/api/v1/auth/me', '/api/v1/auth/refresh', '/api/v1/auth/me']);
    expect(tokenStorage.hasSession()).toBe(false);
    expect(sessionLost).toHaveBeenCalledTimes(1);
  });

  it('clears the tokens and reports the lost session when the refresh token is refused', async () => {
    fakeApi((req) =>
      req.url.endsWith('/auth/refresh')
        ? { statusCode: 401, data: errorBody(401, ErrorCode.TOKEN_INVALID, '登录已失效，请重新登录') }
        : { statusCode: 401, data: expired },
    );

    const err: unknown = await request('/auth/me').catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ statusCode: 401, message: '请先登录' });
    expect(tokenStorage.hasSession()).toBe(false);
    expect(sessionLost).toHaveBeenCalledTimes(1);
  });

  it('turns an error answer into an ApiError carrying the server message, code and field details', async () => {
    fakeApi(() => ({
      statusCode: 400,
      data: {
        statusCode: 400,
        error: ErrorCode.VALIDATION_FAILED,
        message: '请求参数有误',
        details: [{ field: 'code', message: '不能为空' }],
      },
    }));

    const err = (await request('/auth/wechat/login', { method: 'POST', data: {}, auth: false }).catch(
      (e: unknown) => e,
    )) as ApiError;

    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(err.message).toBe('请求参数有误');
    expect(err.details).toEqual([{ field: 'code', message: '不能为空' }]);
  });

  it('falls back to the catalogue message when the answer is not the API error shape', async () => {
    fakeApi(() => ({ statusCode: 502, data: '<html>Bad Gateway</html>' }));

    await expect(request('/health', { auth: false })).rejects.toMatchObject({
      statusCode: 502,
      code: ErrorCode.INTERNAL,
      message: '系统繁忙，请稍后再试',
    });
  });

  it('reports a request that got no answer as a network error', async () => {
    taroRequest.mockRejectedValue({ errMsg: 'request:fail timeout' });

    await expect(request('/auth/me')).rejects.toMatchObject({ statusCode: 0, code: 'NETWORK_ERROR' });
    expect(tokenStorage.getAccessToken()).toBe('access-1');
  });

  it('neither sends the token nor refreshes for requests without auth', async () => {
    const sent = fakeApi(() => ({
      statusCode: 401,
      data: errorBody(401, ErrorCode.INVALID_CREDENTIALS, '微信登录失败'),
    }));

    await expect(
      request('/auth/wechat/login', { method: 'POST', data: { code: 'x' }, auth: false }),
    ).rejects.toMatchObject({
      message: '微信登录失败',
    });

    expect(sent).toHaveLength(1);
    expect(bearer(sent[0])).toBeUndefined();
    expect(sessionLost).not.toHaveBeenCalled();
    expect(tokenStorage.getRefreshToken()).toBe('refresh-1');
  });

  it('sends extra headers, again on the retry after a refresh', async () => {
    const sent = fakeApi((req) => {
      if (req.url.endsWith('/auth/refresh')) {
        return { statusCode: 200, data: { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 } };
      }
      return bearer(req) === 'Bearer access-2'
        ? { statusCode: 201, data: { id: 41 } }
        : { statusCode: 401, data: expired };
    });

    await expect(
      request('/aid/applications', {
        method: 'POST',
        data: { programId: 3 },
        header: { 'Idempotency-Key': 'key-12345' },
      }),
    ).resolves.toEqual({ id: 41 });

    const posts = sent.filter((r) => r.url === '/api/v1/aid/applications');
    expect(posts).toHaveLength(2);
    expect(posts.map((r) => r.header['Idempotency-Key'])).toEqual(['key-12345', 'key-12345']);
    expect(posts[0].header.Accept).toBe('application/json');
  });

  it('uploads a file in the field `file` with the token and reads the JSON answer', async () => {
    uploadFile.mockResolvedValue({ statusCode: 201, data: '{"id":"f-1","name":"a.jpg"}' });

    await expect(upload('/files', { path: 'blob:a', name: 'a.jpg' })).resolves.toEqual({ id: 'f-1', name: 'a.jpg' });

    expect(uploadFile).toHaveBeenCalledWith(
      expect.objectContaining({
        url: '/api/v1/files',
        filePath: 'blob:a',
        name: 'file',
        fileName: 'a.jpg',
        header: expect.objectContaining({ Authorization: 'Bearer access-1' }),
      }),
    );
  });

  it('refreshes an expired token for an upload, and reports its errors like any request', async () => {
    fakeApi(() => ({ statusCode: 200, data: { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 } }));
    uploadFile.mockResolvedValueOnce({ statusCode: 401, data: JSON.stringify(expired) }).mockResolvedValueOnce({
      statusCode: 400,
      data: JSON.stringify({
        statusCode: 400,
        error: ErrorCode.VALIDATION_FAILED,
        message: '请求参数不正确',
        details: [{ field: 'file', message: '只能上传 JPG、PNG 图片或 PDF 文件' }],
      }),
    });

    const err = await upload('/files', { path: 'blob:a' }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).details).toEqual([{ field: 'file', message: '只能上传 JPG、PNG 图片或 PDF 文件' }]);
    const headers = (uploadFile.mock.calls as unknown as [{ header: Record<string, string> }][]).map(
      ([o]) => o.header.Authorization,
    );
    expect(headers).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(sessionLost).not.toHaveBeenCalled();
  });

  it('reports an upload that got no answer as a network error', async () => {
    uploadFile.mockRejectedValue({ errMsg: 'uploadFile:fail timeout' });

    await expect(upload('/files', { path: 'blob:a' })).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
