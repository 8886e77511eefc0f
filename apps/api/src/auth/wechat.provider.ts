import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@steadywork/shared';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainException } from '../common/domain.exception';

export interface WechatSession {
  openid: string;
  unionid?: string;
}

export abstract class WechatSessionProvider {
  abstract exchange(code: string): Promise<WechatSession>;
}

/** The real code2Session call (https://developers.weixin.qq.com — auth.code2Session). */
@Injectable()
export class WechatCode2SessionProvider extends WechatSessionProvider {
  private readonly logger = new Logger('WeChat');

  constructor(private readonly credentials: { appId: string; secret: string; apiBase: string }) {
    super();
  }

  async exchange(code: string): Promise<WechatSession> {
    const url = new URL(`${this.credentials.apiBase}/sns/jscode2session`);
    url.search = new URLSearchParams({
      appid: this.credentials.appId,
      secret: this.credentials.secret,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString();
    let body: { openid?: string; unionid?: string; errcode?: number; errmsg?: string };
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      body = (await res.json()) as typeof body;
    } catch (err) {
      this.logger.warn({ err }, 'code2Session unreachable');
      throw new DomainException(ErrorCode.UPSTREAM_FAILED, '微信登录服务暂不可用，请稍后再试');
    }
    if (body.errcode || !body.openid) {
      // 40029 invalid code, 40163 code used, 45011 rate limited
      throw new DomainException(
        ErrorCode.INVALID_CREDENTIALS,
        `微信登录失败（${body.errcode ?? '无 openid'}），请重新进入小程序`,
      );
    }
    return { openid: body.openid, unionid: body.unionid };
  }
}

/** Development only (never in production): the code `dev:<openid>` logs in as that openid. */
@Injectable()
export class DevWechatSessionProvider extends WechatSessionProvider {
  async exchange(code: string): Promise<WechatSession> {
    const match = /^dev:([A-Za-z0-9_-]{1,64})$/.exec(code);
    if (!match) {
      throw DomainException.validation([
        { field: 'code', message: '开发环境登录码格式为 dev:<openid>（字母、数字、_ 或 -，最长 64 位）' },
      ]);
    }
    return { openid: match[1] };
  }
}

export const wechatProvider = {
  provide: WechatSessionProvider,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): WechatSessionProvider => {
    if (config.wechat) return new WechatCode2SessionProvider(config.wechat);
    if (config.isProduction) throw new Error('WECHAT_APPID and WECHAT_SECRET are required in production');
    return new DevWechatSessionProvider();
  },
};
