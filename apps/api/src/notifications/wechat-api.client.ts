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
}

/**
 * The server-side WeChat API (access token + subscribe messages). The access token is cached
 * until shortly before it expires, as WeChat asks (it limits how often a token may be fetched).
 */
@Injectable()
export class WechatApiClient {
  private readonly logger = new Logger('WeChat');
  private token: { value: string; expiresAt: number } | null = null;

  constructor(private readonly credentials: { appId: string; secret: string; apiBase: string }) {}

  async sendSubscribeMessage(message: SubscribeMessage): Promise<WechatSendResult> {
    try {
      let result = await this.post(message);
      if (result.errcode === 40001 || result.errcode === 42001) {
        // token revoked or expired early: fetch a new one once
        this.token = null;
        result = await this.post(message);
      }
      if (result.errcode) return { ok: false, error: `${result.errcode} ${result.errmsg ?? ''}`.trim() };
      return { ok: true };
    } catch (err) {
      this.logger.warn({ err }, 'subscribe message not sent');
      return { ok: false, error: `微信接口不可用：${(err as Error).message}`.slice(0, 255) };
    }
  }

  private async post(message: SubscribeMessage): Promise<{ errcode?: number; errmsg?: string }> {
    const url = new URL(`${this.credentials.apiBase}/cgi-bin/message/subscribe/send`);
    url.searchParams.set('access_token', await this.accessToken());
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(5000),
    });
    return (await res.json()) as { errcode?: number; errmsg?: string };
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
    const url = new URL(`${this.credentials.apiBase}/cgi-bin/token`);
    url.search = new URLSearchParams({
      grant_type: 'client_credential',
      appid: this.credentials.appId,
      secret: this.credentials.secret,
    }).toString();
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    const body = (await res.json()) as {
      access_token?: string;
      expires_in?: number;
      errcode?: number;
      errmsg?: string;
    };
    if (!body.access_token) throw new Error(`access_token: ${body.errcode ?? '?'} ${body.errmsg ?? ''}`);
    this.token = { value: body.access_token, expiresAt: Date.now() + ((body.expires_in ?? 7200) - 300) * 1000 };
    return this.token.value;
  }
}
