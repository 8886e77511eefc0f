import { ErrorCode, PrincipalType, Role, OrganizationType, type StaffMeResponse } from '@steadywork/shared';

export interface Call {
  method: string;
  path: string;
  auth: string | null;
  /** The `Idempotency-Key` header, when the request sent one. */
  idempotencyKey: string | null;
  body: unknown;
}

export type Handler = (call: Call) => Reply | Promise<Reply> | undefined;

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** The few members of Response the request layer reads. A Blob body is a file (a download). */
export function response(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  const file = body instanceof Blob ? body : null;
  const text = file || body === undefined ? '' : JSON.stringify(body);
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => lower[name.toLowerCase()] ?? null },
    json: async () => JSON.parse(text),
    text: async () => text,
    blob: async () => file ?? new Blob([text]),
  } as unknown as Response;
}

/**
 * Replaces `fetch` with the given handlers (first answer wins) and records every call.
 * Unhandled calls answer 404 so a test sees them fail.
 */
export function fakeApi(...handlers: Handler[]): { calls: Call[] } {
  const calls: Call[] = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const call: Call = {
      method: init?.method ?? 'GET',
      path: `${url.pathname.replace(/^\/api\/v1/, '')}${url.search}`,
      auth: headers.Authorization ?? null,
      idempotencyKey: headers['Idempotency-Key'] ?? null,
      // A FormData body (an upload) is kept as it is; JSON is parsed.
      body: init?.body instanceof FormData ? init.body : init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    for (const handler of handlers) {
      const reply = handler(call);
      if (reply) {
        const { status, body, headers } = await reply;
        return response(status, body, headers);
      }
    }
    return response(404, {
      statusCode: 404,
      error: ErrorCode.NOT_FOUND,
      message: `no fake for ${call.method} ${call.path}`,
    });
  }) as typeof fetch;
  return { calls };
}

export const route =
  (method: string, path: string | RegExp, reply: (call: Call) => Reply | Promise<Reply> | undefined): Handler =>
  (call) =>
    call.method === method && (typeof path === 'string' ? call.path === path : path.test(call.path))
      ? reply(call)
      : undefined;

export function staffMe(roles: Role[], overrides: Partial<StaffMeResponse> = {}): StaffMeResponse {
  return {
    type: PrincipalType.STAFF,
    id: 1,
    username: 'someone',
    displayName: '张三',
    roles,
    organization: {
      id: 1,
      name: '青海省总工会',
      type: OrganizationType.PROVINCIAL_FEDERATION,
      regionCode: '630000',
      regionName: '青海省',
      parentId: null,
    },
    mustChangePassword: false,
    ...overrides,
  };
}

export const unauthorized = {
  status: 401,
  body: { statusCode: 401, error: ErrorCode.TOKEN_INVALID, message: '登录已失效' },
};

export { Role };
