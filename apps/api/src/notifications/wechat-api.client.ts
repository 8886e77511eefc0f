import { Injectable, Logger } from '@nestjs/common';

export interface SubscribeMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
}

export interface WechatSendResult {
  ok: boolean;
  /** errcode and errmsg when WeChat refused (e.g. 43101: the user has not subscribed). */
  error?: string;
  /** A passing failure (WeChat unreachable or busy): worth trying again later. */
  retry?: boolean;
}

/** WeChat's answer when the access token is invalid (40001) or has expired (42001). */
const TOKEN_REJECTED = [40001, 42001];

/**
 * The server-side WeChat API (access token + subscribe messages).
 *
 * The access token comes from `cgi-bin/stable_token` (force_refresh false): WeChat gives every
 * caller the same token until it expires, so instances of the API behind a load balancer do not
 * revoke each other's token (each call to the older `cgi-bin/token` revoked the previous one).
 * It is cached until shortly before it expires, as WeChat asks (it limits how often a token may
 * be fetched).
 */
@Injectable()
export class WechatApiClient {
  private readonly logger = new Logger('WeChat');
  private token: { value: string; expiresAt: number } | null = null;
  /** The fetch under way, shared by the sends that need a token meanwhile. */
  private fetching: Promise<string> | null = null;

  constructor(
    private readonly credentials: { appId: string; secret: string; apiBase: string },
    private readonly now: () => Date = () => new Date(),
  ) {}

  async sendSubscribeMessage(message: SubscribeMessage): Promise<WechatSendResult> {
    try {
      const token = await this.accessToken();
      let result = await this.post(message, token);
      if (result.errcode && TOKEN_REJECTED.includes(result.errcode)) {
        // expired early or replaced: ask once more for the current stable token
        if (this.token?.value === token) this.token = null;
        result = await this.post(message, await this.accessToken());
      }
      if (result.errcode) {
        // -1: WeChat is busy; any other code is an answer about this message (not subscribed…)
        return { ok: false, error: `${result.errcode} ${result.errmsg ?? ''}`.trim(), retry: result.errcode === -1 };
      }
      return { ok: true };
    } catch (err) {
      this.logger.warn({ err }, 'subscribe message not sent');
      return { ok: false, error: `微信接口不可用：${(err as Error).message}`.slice(0, 255), retry: true };
    }
  }

  private async post(message: SubscribeMessage, token: string): Promise<{ errcode?: number; errmsg?: string }> {
    const url = new URL(`${this.credentials.apiBase}/cgi-bin/message/subscribe/send`);
    url.searchParams.set('access_token', token);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(5000),
    });
    return (await res.json()) as { errcode?: number; errmsg?: string };
  }

  private accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > this.now().getTime()) return Promise.resolve(this.token.value);
    this.fetching ??= this.fetchStableToken().finally(() => (this.fetching = null));
    return this.fetching;
  }

  private async fetchStableToken(): Promise<string> {
    const res = await fetch(`${this.credentials.apiBase}/cgi-bin/stable_token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credential',
        appid: this.credentials.appId,
        secret: this.credentials.secret,
        force_refresh: false,
      }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await res.json()) as {
      access_token?: string;
      expires_in?: number;
      errcode?: number;
      errmsg?: string;
    };
    if (!body.access_token) throw new Error(`stable_token: ${body.errcode ?? '?'} ${body.errmsg ?? ''}`);
    // stable_token answers with the time left on the shared token: keep it until 5 minutes
    // before it runs out (or half of what is left, when that is short)
    const left = body.expires_in ?? 7200;
    const ttl = left > 600 ? left - 300 : left / 2;
    this.token = { value: body.access_token, expiresAt: this.now().getTime() + ttl * 1000 };
    return this.token.value;
  }
}
