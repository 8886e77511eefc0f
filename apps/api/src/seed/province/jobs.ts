import {
  creditCodeCheckChar,
  Education,
  EmployerSize,
  EmploymentStatus,
  JobApplicationSource,
  JobApplicationStatus,
  JobPostingStatus,
  OutcomeSource,
  OutcomeType,
  QINGHAI_MIN_WAGE,
  WorkerTag,
} from '@steadywork/shared';
import { In } from 'typeorm';
import { shanghaiDate } from '../../common/dates';
import { Employer, JobApplication, JobPosting, JobSubscription } from '../../jobs/jobs.entities';
import { EmploymentOutcome } from '../../outcomes/outcome.entity';
import { DEMO_EMPLOYER } from '../demo-seed.service';
import { Worker, WorkerTagRow } from '../../workers/worker.entity';
import { claimedWorkers } from './accounts';
import { between, DAY, insertBatched, ProvinceContext } from './context';
import { ProvinceWorker } from './workers';

/** Enterprises of the demo registry: [name, county, industry, size]. */
const EMPLOYERS: [string, string, string, EmployerSize][] = [
  ['西宁城东钢结构工程有限公司', '630102', '建筑业', EmployerSize.MEDIUM],
  ['青海雪域家政服务有限公司', '630103', '居民服务业', EmployerSize.SMALL],
  ['西宁高原物流配送有限公司', '630105', '交通运输业', EmployerSize.MEDIUM],
  ['湟中区青稞酒业有限公司', '630106', '制造业', EmployerSize.LARGE],
  ['海东河湟餐饮管理有限公司', '630202', '住宿和餐饮业', EmployerSize.SMALL],
  ['互助县高原养老服务中心', '630223', '卫生和社会工作', EmployerSize.SMALL],
  ['格尔木盐湖化工机械有限公司', '632801', '制造业', EmployerSize.LARGE],
  ['德令哈光伏电站运维有限公司', '632802', '电力、热力生产和供应业', EmployerSize.MEDIUM],
  ['共和县牧业合作社', '632521', '农、林、牧、渔业', EmployerSize.MICRO],
  ['玉树市民族手工艺品有限公司', '632701', '制造业', EmployerSize.SMALL],
];

/** Kinds of job: title, occupation, skills (the words workers' skills use), wage range (fen/month). */
const JOBS: { title: string; occupation: string; skills: string[]; wage: [number, number]; education?: Education }[] = [
  { title: '电焊工', occupation: '焊工', skills: ['焊工'], wage: [450_000, 650_000] },
  {
    title: '维修电工',
    occupation: '电工',
    skills: ['电工'],
    wage: [420_000, 600_000],
    education: Education.VOCATIONAL,
  },
  { title: '中餐厨师', occupation: '中式烹调师', skills: ['厨师'], wage: [380_000, 550_000] },
  { title: '住家保姆', occupation: '家政服务员', skills: ['家政服务'], wage: [350_000, 500_000] },
  { title: '育婴员', occupation: '育婴员', skills: ['育婴'], wage: [400_000, 600_000] },
  { title: '养老护理员', occupation: '养老护理员', skills: ['养老护理'], wage: [320_000, 450_000] },
  { title: '配送司机', occupation: '道路货物运输驾驶员', skills: ['驾驶'], wage: [450_000, 700_000] },
  { title: '汽车维修工', occupation: '汽车维修工', skills: ['汽车维修'], wage: [400_000, 600_000] },
  { title: '保洁员', occupation: '保洁员', skills: [], wage: [QINGHAI_MIN_WAGE.monthlyFen + 20_000, 300_000] },
  { title: '仓库理货员', occupation: '仓储管理员', skills: [], wage: [300_000, 420_000], education: Education.JUNIOR },
];

/** Rough centres of the 8 cities/prefectures (GCJ-02), around which postings are placed. */
const CITY_CENTRES: Record<string, [number, number]> = {
  '630100': [36.6171, 101.7782],
  '630200': [36.5025, 102.1036],
  '632200': [36.9594, 100.9012],
  '632300': [35.5197, 102.0154],
  '632500': [36.2864, 100.6196],
  '632600': [34.4714, 100.2446],
  '632700': [33.0062, 97.0065],
  '632800': [37.3747, 97.3708],
};

/**
 * The demo province's jobs: employers in the registry, their postings in every status (a review
 * queue for 城东区, open ones across the province, one returned, some closed or expired), staff
 * referrals at every step up to a few hires (each an employment outcome unless the worker already
 * counts this year), and workers subscribed to job pushes.
 */
export async function generateJobs(
  ctx: ProvinceContext,
  workers: ProvinceWorker[],
): Promise<{ employers: number; postings: number; applications: number }> {
  const { m, rng, now } = ctx;
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const county = (code: string) => ctx.counties.find((c) => c.code === code);
  const employerRows: Partial<Employer>[] = [];
  const taken = new Set(
    (await m.getRepository(Employer).find({ select: { creditCode: true } })).map((e) => e.creditCode),
  );
  for (const [i, [name, code, industry, size]] of EMPLOYERS.entries()) {
    if (!county(code)) continue;
    const first17 = `91${code}MA7${String(100_000 + i).slice(-6)}`;
    const creditCode = first17 + creditCodeCheckChar(first17);
    if (taken.has(creditCode)) continue;
    const createdAt = new Date(now.getTime() - rng.int(60, 300) * DAY);
    employerRows.push({
      name,
      creditCode,
      regionCode: code,
      industry,
      size,
      address: `${county(code)!.name}${rng.pick(['工业园区', '经济开发区', '商业街', '建设路'])} ${rng.int(1, 200)} 号`,
      contactPhone: `0971-${rng.int(6_000_000, 8_999_999)}`,
      organizationId: null,
      createdBy: ctx.actorFor(code).id,
      createdAt,
      updatedAt: createdAt,
    });
  }
  await insertBatched(m, Employer, employerRows);
  const employers = await m.getRepository(Employer).find({ order: { id: 'ASC' } });
  const demo = employers.find((e) => e.creditCode === DEMO_EMPLOYER.creditCode);

  const postings: Partial<JobPosting>[] = [];
  const hrDemo = ctx.actor('hr_demo');
  const place = (regionCode: string) => {
    const [lat, lng] = CITY_CENTRES[county(regionCode)?.cityCode ?? '630100'] ?? CITY_CENTRES['630100'];
    return { latitude: lat + (rng.next() - 0.5) * 0.08, longitude: lng + (rng.next() - 0.5) * 0.08 };
  };
  const posting = (
    employer: Employer,
    job: (typeof JOBS)[number],
    regionCode: string,
    status: JobPostingStatus,
    opts: { expired?: boolean } = {},
  ): Partial<JobPosting> => {
    const createdAt = new Date(now.getTime() - rng.int(3, 50) * DAY);
    const reviewed =
      status === JobPostingStatus.OPEN || status === JobPostingStatus.RETURNED || status === JobPostingStatus.CLOSED;
    const reviewedAt = reviewed ? new Date(createdAt.getTime() + rng.int(1, 48) * 3_600_000) : null;
    const validUntil = opts.expired
      ? shanghaiDate(new Date(now.getTime() - rng.int(1, 10) * DAY))
      : shanghaiDate(new Date(now.getTime() + rng.int(15, 90) * DAY));
    return {
      employerId: employer.id,
      title: job.title,
      occupation: job.occupation,
      regionCode,
      address: `${county(regionCode)?.name ?? ''}${employer.address ?? ''}`.slice(0, 255),
      ...place(regionCode),
      headcount: rng.int(1, 10),
      wageMinFen: job.wage[0],
      wageMaxFen: job.wage[1],
      skills: job.skills,
      education: job.education ?? null,
      ageMin: 18,
      ageMax: rng.pick([45, 50, 55, 60]),
      contactName: rng.pick(['王经理', '李主管', '马女士', '韩先生']),
      contactPhone: employer.contactPhone ?? '0971-6000000',
      description: `${job.title}，${rng.pick(['包吃住', '缴纳五险一金', '双休', '提供岗前培训'])}，${rng.pick(['长期稳定', '多劳多得', '节假日有福利'])}。`,
      validUntil,
      status,
      returnReason: status === JobPostingStatus.RETURNED ? '请写明工作时间和社会保险缴纳情况' : null,
      reviewedBy: reviewedAt ? ctx.actorFor(regionCode).displayName : null,
      reviewedAt,
      idempotencyKey: null,
      createdBy: hrDemo.id,
      createdAt,
      updatedAt: reviewedAt ?? createdAt,
    };
  };
  if (demo) {
    // hr_demo's company: an open welder job in 城东区 and one waiting for the county's review
    postings.push(posting(demo, JOBS[0], '630102', JobPostingStatus.OPEN));
    postings.push(posting(demo, JOBS[1], '630102', JobPostingStatus.PENDING));
  }
  for (const employer of employers.filter((e) => e.id !== demo?.id)) {
    for (const job of rng.sample(JOBS, rng.int(2, 4))) {
      const status = rng.weighted<JobPostingStatus | 'EXPIRED'>([
        [JobPostingStatus.OPEN, 70],
        [JobPostingStatus.PENDING, 12],
        [JobPostingStatus.RETURNED, 5],
        [JobPostingStatus.CLOSED, 8],
        ['EXPIRED', 5],
      ]);
      postings.push(
        status === 'EXPIRED'
          ? posting(employer, job, employer.regionCode, JobPostingStatus.OPEN, { expired: true })
          : posting(employer, job, employer.regionCode, status),
      );
    }
  }
  await insertBatched(m, JobPosting, postings);
  const open = await m
    .getRepository(JobPosting)
    .find({ where: { status: JobPostingStatus.OPEN }, order: { id: 'ASC' } });

  // referrals (职业介绍) by the union of the worker's region, at every step
  const idle = workers.filter((w) => w.employmentStatus !== EmploymentStatus.EMPLOYED);
  const zero = new Set(
    (
      await m.getRepository(WorkerTagRow).find({
        where: { tag: WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD, workerId: In([0, ...idle.map((w) => w.id)]) },
      })
    ).map((t) => t.workerId),
  );
  const counted = new Set(
    (await m.getRepository(EmploymentOutcome).find({ select: { workerId: true }, where: { year } })).map(
      (o) => o.workerId,
    ),
  );
  const applications: Partial<JobApplication>[] = [];
  const hires: { worker: ProvinceWorker; posting: JobPosting; on: string }[] = [];
  const used = new Set<number>();
  for (const p of open) {
    const city = county(p.regionCode)?.cityCode;
    const nearby = idle.filter((w) => w.cityCode === city && !used.has(w.id));
    for (const w of rng.sample(nearby, rng.int(0, 4))) {
      used.add(w.id);
      let status = rng.weighted<JobApplicationStatus>([
        [JobApplicationStatus.APPLIED, 30],
        [JobApplicationStatus.INVITED, 15],
        [JobApplicationStatus.ACCEPTED, 15],
        [JobApplicationStatus.INTERVIEWED, 10],
        [JobApplicationStatus.REJECTED, 15],
        [JobApplicationStatus.HIRED, 15],
      ]);
      // a hire here is simple: not someone already counted this year, nor a 零就业家庭 (its clearing is the API's)
      if (status === JobApplicationStatus.HIRED && (counted.has(w.id) || zero.has(w.id)))
        status = JobApplicationStatus.INTERVIEWED;
      const createdAt = between(rng, p.reviewedAt ?? p.createdAt, new Date(now.getTime() - DAY));
      const staff = ctx.actorFor(w.regionCode);
      const hiredOn = status === JobApplicationStatus.HIRED ? shanghaiDate(between(rng, createdAt, now)) : null;
      const interview = [JobApplicationStatus.APPLIED, JobApplicationStatus.REJECTED].includes(status)
        ? null
        : new Date(Math.min(createdAt.getTime() + rng.int(1, 5) * DAY, now.getTime() + 2 * DAY));
      applications.push({
        postingId: p.id,
        employerId: p.employerId,
        workerId: w.id,
        regionCode: w.regionCode,
        source: JobApplicationSource.REFERRED,
        status,
        interviewAt: interview,
        interviewPlace: interview ? '公司人力资源部' : null,
        note: status === JobApplicationStatus.REJECTED ? '岗位已招满' : null,
        hiredOn,
        reportedHiredOn: null,
        outcomeId: null,
        referredBy: staff.id,
        referredByName: staff.displayName,
        createdAt,
        updatedAt: createdAt,
      });
      if (hiredOn) {
        hires.push({ worker: w, posting: p, on: hiredOn });
        counted.add(w.id);
      }
    }
  }
  await insertBatched(m, JobApplication, applications);
  for (const h of hires) {
    const employer = employers.find((e) => e.id === h.posting.employerId)!;
    const a = await m.getRepository(JobApplication).findOneByOrFail({ postingId: h.posting.id, workerId: h.worker.id });
    const r = await m.getRepository(EmploymentOutcome).insert({
      workerId: h.worker.id,
      regionCode: h.worker.regionCode,
      year: Number(h.on.slice(0, 4)),
      type: OutcomeType.EMPLOYED,
      source: OutcomeSource.REFERRAL,
      employer: employer.name,
      contractStart: h.on,
      businessName: null,
      creditCode: null,
      evidence: [],
      achievedOn: h.on,
      applicationId: null,
      notes: `岗位 #${h.posting.id}“${h.posting.title}”录用（求职申请 #${a.id}）`,
      verifiedBy: hrDemo.id,
      verifiedByName: '企业人力资源',
      createdAt:
        new Date(`${h.on}T10:00:00+08:00`).getTime() > now.getTime() ? now : new Date(`${h.on}T10:00:00+08:00`),
    });
    await m.getRepository(JobApplication).update({ id: a.id }, { outcomeId: Number(r.identifiers[0].id) });
    await m
      .getRepository(Worker)
      .update(
        { id: h.worker.id },
        { employmentStatus: EmploymentStatus.EMPLOYED, employer: employer.name, employerId: employer.id },
      );
  }
  // a third of the workers who use the mini-program agreed to job pushes
  const claimed = [...(await claimedWorkers(ctx))];
  await insertBatched(
    m,
    JobSubscription,
    claimed.filter(() => rng.chance(0.33)).map((workerId) => ({ workerId, createdAt: new Date(now.getTime() - DAY) })),
  );
  return { employers: employerRows.length, postings: postings.length, applications: applications.length };
}
