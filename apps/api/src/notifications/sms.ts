import { Global, Injectable, Logger, Module } from '@nestjs/common';
import { maskPhone } from '@steadywork/shared';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface SmsSendResult {
  ok: boolean;
  error?: string;
}

export interface SmsMessage {
  phone: string;
  text: string;
  sentAt: Date;
}

/** Sends a text message. A gateway (Aliyun, Tencent Cloud SMS…) implements this one call. */
export abstract class SmsSender {
  abstract send(phone: string, text: string): Promise<SmsSendResult>;
}

/**
 * The development provider: nothing leaves the server; the message is written to the log and
 * kept in memory (the last 100), where a developer — or a test — reads the code. In production
 * the text (the code) is never logged, and the send reports failure: a gateway is needed there.
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

  async send(phone: string, text: string): Promise<SmsSendResult> {
    if (this.production) {
      this.logger.warn(`SMS to ${maskPhone(phone)} not sent: no SMS gateway configured`);
      return { ok: false, error: '未接入短信网关' };
    }
    this.outbox.push({ phone, text, sentAt: this.clock.now() });
    if (this.outbox.length > 100) this.outbox.shift();
    this.logger.log(`SMS to ${maskPhone(phone)} (not sent, SMS_PROVIDER=log): ${text}`);
    return { ok: true };
  }

  /** The last message to this phone (development and tests). */
  lastTo(phone: string): SmsMessage | undefined {
    return this.outbox.filter((m) => m.phone === phone).at(-1);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: SmsSender,
      inject: [APP_CONFIG, Clock],
      useFactory: (config: AppConfig, clock: Clock): SmsSender => {
        if (config.isProduction) new Logger('SMS').warn('SMS_PROVIDER=log in production: no SMS will be sent');
        return new LogSmsSender(clock, config.isProduction);
      },
    },
  ],
  exports: [SmsSender],
})
export class SmsModule {}
