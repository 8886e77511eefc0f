import type { ErrorResponse } from '@steadywork/shared';
import { request } from './mocks/taro';

export interface SentRequest {
  url: string;
  method: string;
  data?: Record<string, unknown>;
  header: Record<string, string>;
}

type Reply = { statusCode: number; data?: unknown } | Promise<{ statusCode: number; data?: unknown }>;

/** Answers Taro.request from a handler and records every request the app sent. */
export function fakeApi(handler: (req: SentRequest) => Reply): SentRequest[] {
  const sent: SentRequest[] = [];
  request.mockImplementation(async (options: SentRequest) => {
    sent.push(options);
    const reply = await handler(options);
    return { statusCode: reply.statusCode, data: reply.data ?? '', header: {}, errMsg: 'request:ok' };
  });
  return sent;
}

export function errorBody(statusCode: number, error: ErrorResponse['error'], message: string): ErrorResponse {
  return { statusCode, error, message };
}

export const bearer = (req: SentRequest): string | undefined => req.header.Authorization;
