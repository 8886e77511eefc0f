import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotificationResponse, NotificationStatus } from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { WorkerAccount } from '../worker-account/worker-account.entity';
import { Worker } from '../workers/worker.entity';
import { NotificationOutbox } from './notification.entity';
import { WechatApiClient } from './wechat-api.client';

export interface Notice {
  title: string;
  body: string;
  /** The mini-program page the message opens. */
  page: string;
  /** The template's fields (thing1, phrase2, …). */
  data: Record<string, string>;
}

/**
 * Notifications to workers (WeChat subscribe messages) through an outbox: the row is written in
 * the transaction of the change it reports, and sent after that commits. Without credentials (or
 * a template) nothing leaves the server and the row says SKIPPED: it records what would be sent.
 */
@Injectable()
export class NotificationService {
  private readonly logger = new Logger('Notifications');
  private readonly client: WechatApiClient | null;

  constructor(
    @InjectRepository(NotificationOutbox) private readonly outbox: Repository<NotificationOutbox>,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.client = config.wechat ? new WechatApiClient(config.wechat, () => clock.now()) : null;
  }

  /** Records a notice in the caller's transaction; returns its id for `flush`. */
  async enqueue(m: EntityManager, workerId: number, notice: Notice): Promise<number> {
    const worker = await m.getRepository(Worker).findOneBy({ id: workerId });
    const account = worker?.accountId ? await m.getRepository(WorkerAccount).findOneBy({ id: worker.accountId }) : null;
    const result = await m.getRepository(NotificationOutbox).insert({
      workerId,
      openid: account?.openid ?? null,
      templateId: this.config.wechat?.subscribeTemplateId ?? null,
      page: notice.page,
      title: notice.title.slice(0, 64),
      body: notice.body.slice(0, 255),
      data: Object.fromEntries(Object.entries(notice.data).map(([k, v]) => [k, { value: v }])),
      status: NotificationStatus.PENDING,
      error: null,
      createdAt: this.clock.now(),
      sentAt: null,
    });
    return Number(result.identifiers[0].id);
  }

  /** Sends the pending notices (after their transaction committed). Never throws. */
  async flush(ids: number[]): Promise<void> {
    if (!ids.length) return;
    try {
      const rows = await this.outbox.findBy({ id: In(ids), status: NotificationStatus.PENDING });
      for (const row of rows) await this.send(row);
    } catch (err) {
      this.logger.error({ err }, 'notification flush failed');
    }
  }

  async mine(workerId: number): Promise<NotificationResponse[]> {
    const rows = await this.outbox.find({ where: { workerId }, order: { id: 'DESC' }, take: 100 });
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  private async send(row: NotificationOutbox): Promise<void> {
    let status: NotificationStatus;
    let error: string | null = null;
    if (!this.client) {
      status = NotificationStatus.SKIPPED;
      error = '未配置微信凭据';
    } else if (!row.templateId) {
      status = NotificationStatus.SKIPPED;
      error = '未配置订阅消息模板（WECHAT_SUBSCRIBE_TEMPLATE_ID）';
    } else if (!row.openid) {
      status = NotificationStatus.SKIPPED;
      error = '职工未绑定微信';
    } else {
      const result = await this.client.sendSubscribeMessage({
        touser: row.openid,
        template_id: row.templateId,
        page: row.page ?? undefined,
        data: row.data,
      });
      status = result.ok ? NotificationStatus.SENT : NotificationStatus.FAILED;
      error = result.error ?? null;
    }
    await this.outbox.update(
      { id: row.id, status: NotificationStatus.PENDING },
      {
        status,
        error: error?.slice(0, 255) ?? null,
        sentAt: status === NotificationStatus.SENT ? this.clock.now() : null,
      },
    );
  }
}
