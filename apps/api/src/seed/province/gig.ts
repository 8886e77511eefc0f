import { ArchiveStatus, EmploymentStatus, GigJobStatus, GigPayKind } from '@steadywork/shared';
import { shanghaiDate } from '../../common/dates';
import { Employer, GigJob, GigWorker, JobCaseworker } from '../../jobs/jobs.entities';
import { DEMO_EMPLOYER } from '../demo-seed.service';
import { DAY, insertBatched, ProvinceContext } from './context';
import { ProvinceWorker } from './workers';

/** Gigs of the 零工市场: title, kinds, pay (fen a day, or a piece with its unit). */
const GIGS: { title: string; kinds: string[]; pay: [GigPayKind, number, string | null] }[] = [
  { title: '厂房钢架补焊', kinds: ['焊工'], pay: [GigPayKind.DAY, 35_000, null] },
  { title: '仓库卸货', kinds: ['搬运装卸'], pay: [GigPayKind.PIECE, 80, '箱'] },
  { title: '新房开荒保洁', kinds: ['保洁', '家政'], pay: [GigPayKind.DAY, 22_000, null] },
  { title: '小区水电维修', kinds: ['电工', '水暖'], pay: [GigPayKind.DAY, 30_000, null] },
  { title: '宴席帮厨', kinds: ['餐饮帮厨'], pay: [GigPayKind.DAY, 20_000, null] },
  { title: '快递站夜班分拣', kinds: ['快递分拣'], pay: [GigPayKind.PIECE, 15, '件'] },
  { title: '工地小工', kinds: ['建筑小工'], pay: [GigPayKind.DAY, 24_000, null] },
  { title: '枸杞采摘', kinds: ['农牧采摘'], pay: [GigPayKind.PIECE, 300, '公斤'] },
  { title: '展会临时安保', kinds: ['保安'], pay: [GigPayKind.DAY, 20_000, null] },
  { title: '门店墙面翻新', kinds: ['装修'], pay: [GigPayKind.DAY, 28_000, null] },
];

/** The kinds a worker in 零工模式 may name. */
const KINDS = [...new Set(GIGS.flatMap((g) => g.kinds))];

/**
 * The demo province's gig work and one-to-one service: open gigs (a few ended or closed) in the
 * counties of every city, posted by the county's union or by hr_demo's company; about one idle
 * worker in twelve in 零工模式 with two or three kinds; and the hardship or unemployed workers of
 * 城东区 shared out to `center_staff` and `chengdong_reviewer` (their 我负责的职工), a few elsewhere
 * to the city's reviewer.
 */
export async function generateGigWork(
  ctx: ProvinceContext,
  workers: ProvinceWorker[],
): Promise<{ gigs: number; gigWorkers: number; assignments: number }> {
  const { m, rng, now } = ctx;
  const demo = await m.getRepository(Employer).findOneBy({ creditCode: DEMO_EMPLOYER.creditCode });
  const hr = ctx.actor('hr_demo');
  const gigs: Partial<GigJob>[] = [];
  const cities = [...new Set(ctx.counties.map((c) => c.cityCode))];
  for (const city of cities) {
    const counties = ctx.counties.filter((c) => c.cityCode === city);
    const count = city === '630100' ? 12 : 3;
    for (let i = 0; i < count; i++) {
      const county = city === '630100' && i < 5 ? counties.find((c) => c.code === '630102')! : rng.pick(counties);
      const g = rng.pick(GIGS);
      const byHr = !!demo && city === '630100' && rng.chance(0.3);
      const actor = byHr ? hr : ctx.actorFor(county.code);
      const state = rng.weighted<'open' | 'ended' | 'closed'>([
        ['open', 80],
        ['ended', 12],
        ['closed', 8],
      ]);
      const days = rng.int(1, 5);
      const startsOn = shanghaiDate(
        new Date(now.getTime() + (state === 'ended' ? -rng.int(days + 1, 20) : rng.int(0, 10)) * DAY),
      );
      const endsOn = shanghaiDate(new Date(Date.parse(`${startsOn}T12:00:00+08:00`) + (days - 1) * DAY));
      const createdAt = new Date(Math.min(now.getTime() - DAY, Date.parse(`${startsOn}T09:00:00+08:00`) - 2 * DAY));
      const [payKind, payFen, pieceUnit] = g.pay;
      gigs.push({
        title: g.title,
        kinds: g.kinds,
        startsOn,
        endsOn,
        days,
        hoursPerDay: payKind === GigPayKind.DAY ? rng.pick([8, 8, 6, 10]) : null,
        payKind,
        payFen,
        pieceUnit,
        headcount: rng.int(1, 8),
        regionCode: county.code,
        address: `${county.name}${rng.pick(['零工市场', '工业园区', '建设路', '商业街'])} ${rng.int(1, 200)} 号`,
        latitude: 36.6 + (rng.next() - 0.5) * 0.2,
        longitude: 101.8 + (rng.next() - 0.5) * 0.2,
        contactName: rng.pick(['王师傅', '李经理', '马女士', '韩先生']),
        contactPhone: `0971-${rng.int(6_000_000, 8_999_999)}`,
        description: rng.pick(['当天结算', '管午饭', '自带工具', '按完成量结算']),
        status: state === 'closed' ? GigJobStatus.CLOSED : GigJobStatus.OPEN,
        employerId: byHr ? demo!.id : null,
        createdBy: actor.id,
        createdByName: byHr ? demo!.name : actor.displayName,
        createdAt,
        updatedAt: createdAt,
      });
    }
  }
  await insertBatched(m, GigJob, gigs);

  const idle = workers.filter((w) => w.employmentStatus !== EmploymentStatus.EMPLOYED);
  const gigWorkers = idle
    .filter(() => rng.chance(1 / 12))
    .map((w) => ({
      workerId: w.id,
      available: true,
      kinds: rng.sample(KINDS, rng.int(2, 3)),
      regionCode: w.regionCode,
      updatedAt: new Date(now.getTime() - rng.int(1, 30) * DAY),
    }));
  await insertBatched(m, GigWorker, gigWorkers);

  // 一对一服务: hardship (archived) or unemployed / laid-off workers, each with one responsible staff member
  const needs = workers.filter(
    (w) =>
      w.archiveStatus === ArchiveStatus.ACTIVE ||
      w.employmentStatus === EmploymentStatus.UNEMPLOYED ||
      w.employmentStatus === EmploymentStatus.LAID_OFF,
  );
  const assignments: Partial<JobCaseworker>[] = [];
  const chengdong = needs.filter((w) => w.regionCode === '630102');
  const center = ctx.actor('center_staff');
  const county = ctx.actor('chengdong_reviewer');
  for (const [i, w] of chengdong.slice(0, 24).entries()) {
    assignments.push({
      workerId: w.id,
      staffId: i % 2 === 0 ? center.id : county.id,
      regionCode: w.regionCode,
      assignedBy: county.id,
      assignedAt: new Date(now.getTime() - rng.int(5, 90) * DAY),
    });
  }
  for (const w of rng.sample(
    needs.filter((x) => x.regionCode !== '630102' && x.regionCode.startsWith('6301')),
    8,
  )) {
    const xining = ctx.actor('xining_reviewer');
    assignments.push({
      workerId: w.id,
      staffId: xining.id,
      regionCode: w.regionCode,
      assignedBy: xining.id,
      assignedAt: new Date(now.getTime() - rng.int(5, 90) * DAY),
    });
  }
  await insertBatched(m, JobCaseworker, assignments);
  return { gigs: gigs.length, gigWorkers: gigWorkers.length, assignments: assignments.length };
}
