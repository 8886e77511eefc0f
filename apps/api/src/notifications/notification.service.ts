import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotificationResponse, NotificationStatus } from '@steadywork/shared';
import { randomBytes } from 'node:crypto';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SchedulerService } from '../scheduler/scheduler.service';
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

/** A send that fails for a passing reason is tried this many times in all, then FAILED. */
export const MAX_SEND_ATTEMPTS = 5;
/** The wait before the next try: 1, 2, 4, 8… minutes after the first, second, third… failure. */
export const retryDelayMs = (attempts: number): number => 60_000 * 2 ** Math.max(0, attempts - 1);
/** How long a claim holds: a send that takes longer (the instance died) may be claimed again. */
const CLAIM_MS = 2 * 60_000;
/** Rows one run of `notifications.send` takes on; the next minute's run takes the rest. */
const BATCH = 200;

export interface SendRunResult {
  sent: number;
  skipped: number;
  retry: number;
  failed: number;
}

/**
 * Notifications to workers (WeChat subscribe messages) through an outbox: the row is written in
 * the transaction of the change it reports, and the `notifications.send` job (every minute) sends
 * it — never the request, so WeChat being slow or down never slows or fails a user's change.
 *
 * The job claims each row with a conditional UPDATE (PENDING/RETRY and due, or SENDING with its
 * claim expired): two instances never send one row twice, and a send cut off by a crash is
 * claimed again after its claim expires. A passing failure (WeChat unreachable) is RETRY with
 * exponential backoff, FAILED after MAX_SEND_ATTEMPTS; WeChat's refusal (not subscribed) is
 * FAILED at once. Without credentials (or a template) nothing leaves the server and the row says
 * SKIPPED: it records what would be sent.
 */
@Injectable()
export class NotificationService implements OnModuleInit {
  private readonly logger = new Logger('Notifications');
  private readonly client: WechatApiClient | null;

  constructor(
    @InjectRepository(NotificationOutbox) private readonly outbox: Repository<NotificationOutbox>,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: SchedulerService,
  ) {
    this.client = config.wechat ? new WechatApiClient(config.wechat, () => clock.now()) : null;
  }

  onModuleInit(): void {
    this.scheduler.define({
      name: 'notifications.send',
      title: '发送待发的职工通知（微信订阅消息），失败按退避重试',
      schedule: '0 * * * * *',
      leaseMs: 5 * 60_000,
      run: async () => {
        const r = await this.sendDue();
        return {
          items: r.sent + r.skipped + r.retry + r.failed,
          detail: `发送 ${r.sent}，跳过 ${r.skipped}，待重试 ${r.retry}，失败 ${r.failed}`,
        };
      },
    });
  }

  /** Records a notice in the caller's transaction; the `notifications.send` job sends it. */
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
      attempts: 0,
      nextAttemptAt: null,
      claimedBy: null,
      claimedUntil: null,
    });
    return Number(result.identifiers[0].id);
  }

  /** Sends what is due (the `notifications.send` job). */
  async sendDue(): Promise<SendRunResult> {
    const counts: SendRunResult = { sent: 0, skipped: 0, retry: 0, failed: 0 };
    const now = this.clock.now();
    const due = await this.outbox
      .createQueryBuilder('n')
      .select(['n.id'])
      .where(this.dueCondition(now))
      .orderBy('n.id', 'ASC')
      .take(BATCH)
      .getMany();
    for (const { id } of due) {
      const claim = `${this.scheduler.instance}#${randomBytes(3).toString('hex')}`;
      const at = this.clock.now();
      const claimed = await this.outbox
        .createQueryBuilder()
        .update(NotificationOutbox)
        .set({
          status: NotificationStatus.SENDING,
          claimedBy: claim,
          claimedUntil: new Date(at.getTime() + CLAIM_MS),
          attempts: () => 'attempts + 1',
        })
        .where('id = :id', { id })
        .andWhere(this.dueCondition(at))
        .execute();
      if (claimed.affected !== 1) continue; // another instance has it
      const row = await this.outbox.findOneByOrFail({ id });
      const status = await this.send(row, claim);
      if (status === NotificationStatus.SENT) counts.sent += 1;
      else if (status === NotificationStatus.SKIPPED) counts.skipped += 1;
      else if (status === NotificationStatus.RETRY) counts.retry += 1;
      else counts.failed += 1;
    }
    return counts;
  }

  /** PENDING or RETRY and due, or SENDING with the claim expired. */
  private dueCondition(now: Date): Brackets {
    return new Brackets((qb) =>
      qb
        .where(
          new Brackets((q) =>
            q
              .where('status IN (:...waiting)', { waiting: [NotificationStatus.PENDING, NotificationStatus.RETRY] })
              .andWhere('(next_attempt_at IS NULL OR next_attempt_at <= :now)', { now }),
          ),
        )
        .orWhere(
          new Brackets((q) =>
            q.where('status = :sending', { sending: NotificationStatus.SENDING }).andWhere('claimed_until < :now', {
              now,
            }),
          ),
        ),
    );
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

  /** Sends a claimed row and records the outcome (only while the claim is still this one's). */
  private async send(row: NotificationOutbox, claim: string): Promise<NotificationStatus> {
    let status: NotificationStatus;
    let error: string | null = null;
    let nextAttemptAt: Date | null = null;
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
      error = result.error ?? null;
      if (result.ok) status = NotificationStatus.SENT;
      else if (result.retry && row.attempts < MAX_SEND_ATTEMPTS) {
        status = NotificationStatus.RETRY;
        nextAttemptAt = new Date(this.clock.now().getTime() + retryDelayMs(row.attempts));
      } else status = NotificationStatus.FAILED;
    }
    await this.outbox.update(
      { id: row.id, status: NotificationStatus.SENDING, claimedBy: claim },
      {
        status,
        error: error?.slice(0, 255) ?? null,
        sentAt: status === NotificationStatus.SENT ? this.clock.now() : null,
        nextAttemptAt,
        claimedBy: null,
        claimedUntil: null,
      },
    );
    if (status === NotificationStatus.FAILED || status === NotificationStatus.RETRY) {
      this.logger.warn({ id: row.id, attempts: row.attempts, status, error }, 'notification not sent');
    }
    return status;
  }
}
