import { In, IsNull } from 'typeorm';
import { Worker } from '../../workers/worker.entity';
import { WorkerAccount } from '../../worker-account/worker-account.entity';
import { insertBatched, ProvinceContext } from './context';

/** Workers who already have a mini-program account (an applicant's, a trainee's). */
export async function claimedWorkers(ctx: ProvinceContext): Promise<Set<number>> {
  const rows = await ctx.m
    .getRepository(Worker)
    .createQueryBuilder('w')
    .select('w.id', 'id')
    .where('w.account_id IS NOT NULL')
    .getRawMany<{ id: number }>();
  return new Set(rows.map((r) => Number(r.id)));
}

/**
 * Workers who signed in to the mini-program (WeChat) and claimed the record their union made:
 * an account each (openid `demo-province-<worker id>`, usable with the development login), the
 * record's owner and consent set at that instant. Workers who already have an account keep it.
 *
 * @returns each worker's account id.
 */
export async function claimAccounts(
  ctx: ProvinceContext,
  claims: { workerId: number; at: Date }[],
): Promise<Map<number, number>> {
  const { m } = ctx;
  const ids = [...new Set(claims.map((c) => c.workerId))];
  const out = new Map<number, number>();
  if (!ids.length) return out;
  const unclaimed = new Set(
    (await m.getRepository(Worker).find({ select: { id: true }, where: { id: In(ids), accountId: IsNull() } })).map(
      (w) => w.id,
    ),
  );
  const first = new Map<number, Date>();
  for (const c of claims) {
    if (!unclaimed.has(c.workerId)) continue;
    const at = first.get(c.workerId);
    if (!at || c.at < at) first.set(c.workerId, c.at);
  }
  await insertBatched(
    m,
    WorkerAccount,
    [...first].map(([workerId, at]) => ({
      openid: `demo-province-${workerId}`,
      unionid: null,
      status: 'ACTIVE',
      createdAt: at,
      lastLoginAt: at,
    })),
  );
  const accounts = await m.getRepository(WorkerAccount).find({
    select: { id: true, openid: true },
    where: { openid: In(ids.map((id) => `demo-province-${id}`)) },
  });
  for (const a of accounts) out.set(Number(a.openid.slice('demo-province-'.length)), a.id);
  for (const [workerId, at] of first) {
    await m.getRepository(Worker).update({ id: workerId }, { accountId: out.get(workerId)!, consentAt: at });
  }
  // those claimed before keep their account
  const others = await m.getRepository(Worker).find({
    select: { id: true, accountId: true },
    where: { id: In(ids.filter((id) => !first.has(id))) },
  });
  for (const w of others) if (w.accountId) out.set(w.id, w.accountId);
  return out;
}
