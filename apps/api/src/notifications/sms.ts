import { Global, Injectable, Logger, Module } from '@nestjs/common';
import { maskPhone } from '@steadywork/shared';
import { sms } from 'tencentcloud-sdk-nodejs-sms';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig, TencentSmsSettings } from '../config/app-config';

export interface SmsSendResult {
  ok: boolean;
  error?: string;
}

export interface SmsMessage {
  phone: string;
  text: string;
  sentAt: Date;
}

/** The registration code's text (a gateway sends the same words from its approved template). */
export function registrationCodeText(code: string): string {
  return `【稳就业】您的实名登记验证码为 ${code}，10 分钟内有效。工作人员不会索要验证码，请勿告诉他人。`;
}

/** Sends the one-time registration code by SMS. A gateway (Tencent Cloud, Aliyun…) implements this one call. */
export abstract class SmsSender {
  abstract sendCode(phone: string, code: string): Promise<SmsSendResult>;
}

/**
 * The development provider: nothing leaves the server; the message is written to the log and
 * kept in memory (the last 100), where a developer — or a test — reads the code. Production
 * refuses to start with it where registrations need codes (config), and it never logs a code there.
 */
@Injectable()
export class LogSmsSender extends SmsSender {
  private readonly logger = new Logger('SMS');
  readonly outbox: SmsMessage[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly production = false,
  ) {
    super();
  }

  async sendCode(phone: string, code: string): Promise<SmsSendResult> {
    if (this.production) {
      this.logger.warn(`SMS to ${maskPhone(phone)} not sent: no SMS gateway configured`);
      return { ok: false, error: '未接入短信网关' };
    }
    const text = registrationCodeText(code);
    this.outbox.push({ phone, text, sentAt: this.clock.now() });
    if (this.outbox.length > 100) this.outbox.shift();
    // a warning, so that `npm start` (which shows warnings and errors) prints the code to type
    this.logger.warn(`SMS to ${maskPhone(phone)} (not sent, SMS_PROVIDER=log): ${text}`);
    return { ok: true };
  }

  /** The last message to this phone (development and tests). */
  lastTo(phone: string): SmsMessage | undefined {
    return this.outbox.filter((m) => m.phone === phone).at(-1);
  }
}

/**
 * Tencent Cloud SMS (短信 SendSms, API 3.0) through its official SDK: the code goes as the one
 * parameter of the approved template, under the approved signature.
 */
export class TencentSmsSender extends SmsSender {
  private readonly logger = new Logger('SMS');
  private readonly client: InstanceType<typeof sms.v20210111.Client>;

  constructor(private readonly settings: TencentSmsSettings) {
    super();
    const url = settings.endpoint ? new URL(settings.endpoint) : null;
    this.client = new sms.v20210111.Client({
      credential: { secretId: settings.secretId, secretKey: settings.secretKey },
      region: settings.region,
      profile: {
        httpProfile: {
          reqTimeout: 10,
          ...(url ? { protocol: `${url.protocol}//`, endpoint: url.host } : {}),
        },
      },
    });
  }

  async sendCode(phone: string, code: string): Promise<SmsSendResult> {
    try {
      const res = await this.client.SendSms({
        SmsSdkAppId: this.settings.sdkAppId,
        SignName: this.settings.signName,
        TemplateId: this.settings.templateId,
        PhoneNumberSet: [`+86${phone}`],
        TemplateParamSet: [code],
      });
      const status = res.SendStatusSet?.[0];
      if (status?.Code === 'Ok') return { ok: true };
      const error = `${status?.Code ?? 'NoStatus'}: ${status?.Message ?? ''}`;
      this.logger.warn(`SMS to ${maskPhone(phone)} refused by the gateway: ${error}`);
      return { ok: false, error };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      this.logger.warn(`SMS to ${maskPhone(phone)} not sent: ${error}`);
      return { ok: false, error };
    }
  }
}

@Global()
@Module({
  providers: [
    {
      provide: SmsSender,
      inject: [APP_CONFIG, Clock],
      useFactory: (config: AppConfig, clock: Clock): SmsSender =>
        config.sms.tencent ? new TencentSmsSender(config.sms.tencent) : new LogSmsSender(clock, config.isProduction),
    },
  ],
  exports: [SmsSender],
})
export class SmsModule {}
