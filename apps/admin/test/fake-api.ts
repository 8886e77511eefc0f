import { ErrorCode, PrincipalType, Role, OrganizationType, type StaffMeResponse } from '@steadywork/shared';

export interface Call {
  method: string;
  path: string;
  auth: string | null;
  body: unknown;
}

export type Reply = { status: number; body?: unknown } | Promise<{ status: number; body?: unknown }>;
export type Handler = (call: Call) => Reply | undefined;

/** The few members of Response the request layer reads. */
export function response(status: number, body?: unknown): Response {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    json: async () => JSON.parse(text),
    text: async () => text,
  } as Response;
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
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    for (const handler of handlers) {
      const reply = handler(call);
      if (reply) {
        const { status, body } = await reply;
        return response(status, body);
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
  (method: string, path: string | RegExp, reply: (call: Call) => Reply | undefined): Handler =>
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
