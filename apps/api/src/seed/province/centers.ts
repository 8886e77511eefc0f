import {
  CenterService,
  DisputeType,
  REQUESTABLE_SERVICES,
  ServiceOutcome,
  ServiceRequestStatus,
} from '@steadywork/shared';
import { Center, ServiceRecord, ServiceRequest } from '../../centers/centers.entities';
import { shanghaiDate } from '../../common/dates';
import { claimAccounts, claimedWorkers } from './accounts';
import { Actor, between, DAY, insertBatched, ProvinceContext } from './context';
import { ProvinceWorker } from './workers';

const DESCRIPTIONS: Partial<Record<CenterService, string[]>> = {
  [CenterService.JOB_REGISTRATION]: ['想登记求职，希望找一份离家近的工作。', '刚失业，想办理求职登记。'],
  [CenterService.CAREER_GUIDANCE]: ['不知道自己适合做什么工作，想咨询一下。', '想转行做家政，请帮忙指导。'],
  [CenterService.JOB_REFERRAL]: ['会开车，有驾照，想找司机类工作。', '想找保洁或后厨的工作，能做长期。'],
  [CenterService.SKILLS_TRAINING]: ['想参加电工培训，考个证。', '想学做面点，以后开个小店。'],
  [CenterService.LEGAL_AID]: ['工地干了三个月，老板一直拖欠工资不给。', '公司没签劳动合同就让我走人，想咨询怎么维权。'],
};
const RECORD_NOTES: Partial<Record<CenterService, string>> = {
  [CenterService.JOB_REGISTRATION]: '办理求职登记，录入求职意向。',
  [CenterService.CAREER_GUIDANCE]: '一对一职业指导，分析就业意向和技能特长。',
  [CenterService.JOB_REFERRAL]: '推荐两家用人单位岗位，约定面试时间。',
  [CenterService.SKILLS_TRAINING]: '介绍近期培训班，协助报名。',
  [CenterService.LEGAL_AID]: '法律顾问当面咨询，指导收集证据，联系劳动监察部门。',
};
const RATING_COMMENTS = ['工作人员很耐心，谢谢！', '办事效率高。', '解决了我的问题。', '还行，就是等的时间有点长。'];

/**
 * Requests of workers at the demo centers that take them (the support and service centers): some
 * waiting (one overdue), some being served, most closed, and most of those rated.
 */
export async function generateCenterRequests(
  ctx: ProvinceContext,
  workers: ProvinceWorker[],
  acceptDue: (createdAt: Date) => Promise<Date>,
): Promise<number> {
  const { m, rng, now } = ctx;
  const centers = (await m.getRepository(Center).find({ order: { id: 'ASC' } })).filter((c) =>
    c.services.some((s) => REQUESTABLE_SERVICES.includes(s)),
  );
  const requests: (Partial<ServiceRequest> & { record: Partial<ServiceRecord> | null })[] = [];
  const claims: { workerId: number; at: Date }[] = [];
  const centerStaff = ctx.actor('center_staff');
  // a request is made from the mini-program: by those who signed in for it, not earlier
  const claimed = await claimedWorkers(ctx);
  for (const center of centers) {
    const services = center.services.filter((s) => REQUESTABLE_SERVICES.includes(s));
    const city =
      center.regionCode.length === 6 && center.regionCode.endsWith('00')
        ? center.regionCode
        : center.regionCode.slice(0, 4) + '00';
    const nearby = workers.filter(
      (w) =>
        (center.regionCode.endsWith('0000') ? true : w.cityCode === city) &&
        w.createdAt.getTime() < now.getTime() - 40 * DAY &&
        !claimed.has(w.id),
    );
    const staff: Actor =
      center.regionCode === '630102' && center.organizationId ? centerStaff : ctx.actorFor(center.regionCode);
    const plan: ServiceRequestStatus[] = [
      ...Array<ServiceRequestStatus>(2).fill(ServiceRequestStatus.PENDING),
      ...Array<ServiceRequestStatus>(3).fill(ServiceRequestStatus.ACCEPTED),
      ...Array<ServiceRequestStatus>(8).fill(ServiceRequestStatus.CLOSED),
      ServiceRequestStatus.CANCELLED,
    ];
    for (const [i, status] of plan.entries()) {
      const worker = rng.pick(nearby);
      const serviceType = rng.pick(services);
      // the first waiting request is overdue: made a week ago
      const createdAt =
        status === ServiceRequestStatus.PENDING
          ? i === 0
            ? new Date(now.getTime() - 7 * DAY)
            : new Date(now.getTime() - rng.int(1, 20) * 3_600_000)
          : status === ServiceRequestStatus.ACCEPTED
            ? new Date(now.getTime() - rng.int(2, 10) * DAY)
            : between(rng, new Date(now.getTime() - 180 * DAY), new Date(now.getTime() - 5 * DAY));
      claims.push({ workerId: worker.id, at: new Date(createdAt.getTime() - 5 * 60_000) });
      const acceptDueAt = await acceptDue(createdAt);
      const served = status === ServiceRequestStatus.ACCEPTED || status === ServiceRequestStatus.CLOSED;
      const acceptedAt = served ? new Date(createdAt.getTime() + rng.int(1, 20) * 3_600_000) : null;
      const servedAt = acceptedAt ? new Date(acceptedAt.getTime() + rng.int(1, 24) * 3_600_000) : null;
      const closedAt =
        status === ServiceRequestStatus.CLOSED ? new Date(servedAt!.getTime() + rng.int(1, 48) * 3_600_000) : null;
      const rated = closedAt && rng.chance(0.7);
      const rating = rated ? rng.pick([5, 5, 5, 4, 4, 3]) : null;
      const outcome = closedAt
        ? serviceType === CenterService.LEGAL_AID
          ? rng.pick([ServiceOutcome.RESOLVED, ServiceOutcome.RESOLVED, ServiceOutcome.REFERRED_ELSEWHERE])
          : rng.pick([ServiceOutcome.RESOLVED, ServiceOutcome.REFERRED_ELSEWHERE, ServiceOutcome.UNRESOLVED])
        : null;
      const updatedAt =
        closedAt ??
        servedAt ??
        (status === ServiceRequestStatus.CANCELLED ? new Date(createdAt.getTime() + 3_600_000) : createdAt);
      requests.push({
        centerId: center.id,
        regionCode: center.regionCode,
        workerId: worker.id,
        serviceType,
        description: rng.pick(DESCRIPTIONS[serviceType] ?? ['需要帮助。']),
        preferredTime: null,
        disputeType:
          serviceType === CenterService.LEGAL_AID ? rng.pick([DisputeType.WAGES_OWED, DisputeType.CONTRACT]) : null,
        attachments: [],
        status,
        idempotencyKey: null,
        acceptDueAt,
        acceptedAt,
        acceptedBy: acceptedAt ? staff.displayName : null,
        closedAt,
        outcome,
        summary: closedAt
          ? outcome === ServiceOutcome.UNRESOLVED
            ? '暂未找到合适岗位，已纳入跟踪。'
            : '已按需求提供服务。'
          : null,
        rating,
        ratingComment: rated && rng.chance(0.6) ? rng.pick(RATING_COMMENTS) : null,
        createdAt,
        updatedAt: rated ? new Date(Math.min(now.getTime(), closedAt!.getTime() + DAY)) : updatedAt,
        record: servedAt
          ? {
              centerId: center.id,
              servedOn: shanghaiDate(servedAt),
              serviceType,
              notes: RECORD_NOTES[serviceType] ?? '提供服务。',
              result: null,
              staffId: staff.id,
              staffName: staff.displayName,
              createdAt: servedAt,
            }
          : null,
      });
    }
  }
  await claimAccounts(ctx, claims);
  await insertBatched(
    m,
    ServiceRequest,
    requests.map(({ record: _r, ...r }) => r),
  );
  const ids = (await m.getRepository(ServiceRequest).find({ select: { id: true }, order: { id: 'ASC' } })).slice(
    -requests.length,
  );
  await insertBatched(
    m,
    ServiceRecord,
    requests.flatMap((r, i) => (r.record ? [{ ...r.record, requestId: ids[i].id }] : [])),
  );
  return requests.length;
}
