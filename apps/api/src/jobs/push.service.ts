import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JobPostingKind, JobPostingStatus, JobPushResponse } from '@steadywork/shared';
import { In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal, WorkerPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { shanghaiDate, yuan } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation } from '../common/sql';
import { NotificationService } from '../notifications/notification.service';
import { DataScope } from '../scope/data-scope';
import { WorkersService } from '../workers/workers.service';
import { PushDto } from './jobs.dto';
import { JobPush, JobSubscription } from './jobs.entities';
import { MatchingService } from './matching.service';
import { PostingsService } from './postings.service';

/**
 * Targeted push (靶向推送): staff send an open posting to matched workers in their scope, through
 * the notifications outbox, to those who subscribed only, and at most once per worker and posting
 * — `job_push` is unique on (posting, worker), and its row is written in the transaction of the
 * outbox row, so a second push (even at the same moment) adds nothing.
 */
@Injectable()
export class PushService {
  constructor(
    @InjectRepository(JobPush) private readonly pushes: Repository<JobPush>,
    @InjectRepository(JobSubscription) private readonly subscriptions: Repository<JobSubscription>,
    private readonly postings: PostingsService,
    private readonly matching: MatchingService,
    private readonly workers: WorkersService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async push(postingId: number, dto: PushDto, staff: StaffPrincipal, scope: DataScope): Promise<JobPushResponse> {
    const posting = await this.postings.require(postingId, staff, scope);
    if (this.postings.statusOf(posting) !== JobPostingStatus.OPEN)
      throw DomainException.conflict('只能推送招聘中的岗位');
    if (posting.kind === JobPostingKind.PUBLIC_WELFARE)
      throw DomainException.conflict('公益性岗位由工会安置，不向职工推送投递');
    if (!dto.workerIds?.length && dto.minScore === undefined) {
      throw DomainException.validation([{ field: 'workerIds', message: '请选择推送对象，或设定最低匹配分' }]);
    }
    const ids = dto.workerIds?.length ? [...new Set(dto.workerIds)] : undefined;
    const targets = await this.matching.scoresFor(posting, scope, { minScore: dto.minScore }, ids);
    if (ids && targets.length < ids.length) throw DomainException.notFound('职工');
    const subscribed = new Set(
      (await this.subscriptions.findBy({ workerId: In([0, ...targets.map((t) => t.workerId)]) })).map(
        (s) => s.workerId,
      ),
    );
    const earlier = new Set(
      (await this.pushes.findBy({ postingId, workerId: In([0, ...targets.map((t) => t.workerId)]) })).map(
        (p) => p.workerId,
      ),
    );
    const result: JobPushResponse = { pushed: 0, alreadyPushed: 0, notSubscribed: 0 };
    const sent: number[] = [];
    for (const t of targets) {
      if (!subscribed.has(t.workerId)) {
        result.notSubscribed++;
        continue;
      }
      if (earlier.has(t.workerId)) {
        result.alreadyPushed++;
        continue;
      }
      try {
        sent.push(
          await this.pushes.manager.transaction(async (m) => {
            // the unique row first: a push at the same moment stops here, before any outbox row
            const r = await m.getRepository(JobPush).insert({
              postingId,
              workerId: t.workerId,
              outboxId: null,
              score: t.score,
              pushedBy: staff.id,
              createdAt: this.clock.now(),
            });
            const outboxId = await this.notifications.enqueue(m, t.workerId, {
              title: '为您推荐岗位',
              body: `${posting.title}：月薪 ${yuan(posting.wageMinFen)}–${yuan(posting.wageMaxFen)}，${posting.address}`,
              page: `packages/jobs/pages/posting?id=${posting.id}`,
              data: {
                thing1: posting.title.slice(0, 20),
                phrase2: '岗位推荐',
                time3: shanghaiDate(this.clock.now()),
                thing4: posting.address.slice(0, 20),
              },
            });
            await m.getRepository(JobPush).update({ id: Number(r.identifiers[0].id) }, { outboxId });
            return outboxId;
          }),
        );
        result.pushed++;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        result.alreadyPushed++;
      }
    }
    await this.audit.record({
      action: 'job_posting.push',
      targetType: 'job_posting',
      targetId: postingId,
      summary: { ...result, minScore: dto.minScore ?? null, workers: ids?.length ?? null },
    });
    return result;
  }

  async subscription(me: WorkerPrincipal): Promise<{ subscribed: boolean }> {
    const worker = await this.workers.findMine(me.id);
    return { subscribed: !!worker && (await this.subscriptions.existsBy({ workerId: worker.id })) };
  }

  /** The worker's consent to job pushes (given in the mini-program's subscribe dialog). */
  async subscribe(me: WorkerPrincipal, on: boolean): Promise<{ subscribed: boolean }> {
    const worker = await this.workers.findMine(me.id);
    if (!worker) throw DomainException.conflict('请先完成实名登记');
    await this.subscriptions.manager.transaction(async (m) => {
      await m.getRepository(JobSubscription).delete({ workerId: worker.id });
      if (on) await m.getRepository(JobSubscription).insert({ workerId: worker.id, createdAt: this.clock.now() });
      await this.audit.record(
        { action: on ? 'job_subscription.on' : 'job_subscription.off', targetType: 'worker', targetId: worker.id },
        m,
      );
    });
    return { subscribed: on };
  }
}
