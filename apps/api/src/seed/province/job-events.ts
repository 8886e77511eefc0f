import {
  ArchiveStatus,
  creditCodeCheckChar,
  EmployerSize,
  EmploymentStatus,
  JobApplicationSource,
  JobApplicationStatus,
  JobEventKind,
  JobEventStatus,
  JobPostingKind,
  JobPostingStatus,
  OutcomeSource,
  OutcomeType,
  WorkerTag,
} from '@steadywork/shared';
import { In } from 'typeorm';
import { shanghaiDate } from '../../common/dates';
import { JobEvent, JobEventEmployer, JobEventPosting, JobEventSignup, PartnerUnion } from '../../jobs/events.entities';
import { Employer, JobApplication, JobPosting } from '../../jobs/jobs.entities';
import { EmploymentOutcome } from '../../outcomes/outcome.entity';
import { Worker, WorkerTagRow } from '../../workers/worker.entity';
import { claimedWorkers } from './accounts';
import { between, DAY, insertBatched, ProvinceContext } from './context';
import { ProvinceWorker } from './workers';

/** 对口援青 employers: [name, partner code, county (the prefecture the partner assists), industry, job]. */
const PARTNER_EMPLOYERS: [string, string, string, string, { title: string; occupation: string; skills: string[] }][] = [
  [
    '北京京玉人力资源服务有限公司',
    'BJ',
    '632701',
    '租赁和商务服务业',
    { title: '物业维修工（北京）', occupation: '电工', skills: ['电工'] },
  ],
  [
    '浙江甬海劳务合作有限公司',
    'ZJ',
    '632801',
    '制造业',
    { title: '电子装配工（宁波）', occupation: '电子设备装接工', skills: [] },
  ],
  [
    '上海沪果家政服务有限公司',
    'SH',
    '632621',
    '居民服务业',
    { title: '住家育婴员（上海）', occupation: '育婴员', skills: ['育婴'] },
  ],
];

/**
 * Recruitment events, 对口援青 and 公益性岗位 in the demo province: partner-union employers with open
 * postings and workers sent to them (one hired); 西宁's 就业创业服务月 running now with sign-ups,
 * attendance and interviews; the province's 阳光就业 online fair about to open; a draft event of
 * 城东区; and a 城东区 public-welfare post with one worker placed (an outcome).
 */
export async function generateJobEvents(
  ctx: ProvinceContext,
  workers: ProvinceWorker[],
): Promise<{ events: number; signups: number; partnerPostings: number; publicWelfarePosts: number }> {
  const { m, rng, now } = ctx;
  const today = shanghaiDate(now);
  const dayFrom = (days: number) => shanghaiDate(new Date(now.getTime() + days * DAY));
  const year = Number(today.slice(0, 4));
  const county = (code: string) => ctx.counties.find((c) => c.code === code);
  const partners = await m.getRepository(PartnerUnion).find();
  const province = ctx.actor('province_reviewer');
  const counted = new Set(
    (await m.getRepository(EmploymentOutcome).find({ select: { workerId: true }, where: { year } })).map(
      (o) => o.workerId,
    ),
  );
  const zero = new Set(
    (await m.getRepository(WorkerTagRow).find({ where: { tag: WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD } })).map(
      (t) => t.workerId,
    ),
  );
  const busy = new Set(
    (await m.getRepository(JobApplication).find({ select: { workerId: true } })).map((a) => a.workerId),
  );
  const idle = workers.filter(
    (w) => w.employmentStatus !== EmploymentStatus.EMPLOYED && !busy.has(w.id) && !counted.has(w.id),
  );
  const take = (pred: (w: ProvinceWorker) => boolean, n: number) => {
    const picked = rng.sample(
      idle.filter((w) => pred(w) && !busy.has(w.id)),
      n,
    );
    for (const w of picked) busy.add(w.id);
    return picked;
  };

  /** A hire by placement or referral: the outcome (once a year), the worker employed there. */
  const hire = async (a: JobApplication, w: ProvinceWorker, employer: Employer, posting: JobPosting, on: string) => {
    const r = await m.getRepository(EmploymentOutcome).insert({
      workerId: w.id,
      regionCode: w.regionCode,
      year: Number(on.slice(0, 4)),
      type: OutcomeType.EMPLOYED,
      source: OutcomeSource.REFERRAL,
      employer: employer.name,
      contractStart: on,
      businessName: null,
      creditCode: null,
      evidence: [],
      achievedOn: on,
      applicationId: null,
      notes: `岗位 #${posting.id}“${posting.title}”录用（求职申请 #${a.id}）`,
      verifiedBy: a.referredBy ?? province.id,
      verifiedByName: a.referredByName ?? province.displayName,
      createdAt: now,
    });
    await m.getRepository(JobApplication).update({ id: a.id }, { outcomeId: Number(r.identifiers[0].id) });
    await m
      .getRepository(Worker)
      .update(
        { id: w.id },
        { employmentStatus: EmploymentStatus.EMPLOYED, employer: employer.name, employerId: employer.id },
      );
    counted.add(w.id);
  };

  const newEmployer = async (name: string, code: string, industry: string, size: EmployerSize, seq: number) => {
    const first17 = `91${code}MA8${String(200_000 + seq).slice(-6)}`;
    const creditCode = first17 + creditCodeCheckChar(first17);
    const existing = await m.getRepository(Employer).findOneBy({ creditCode });
    if (existing) return existing;
    const createdAt = new Date(now.getTime() - rng.int(30, 120) * DAY);
    const r = await m.getRepository(Employer).insert({
      name,
      creditCode,
      regionCode: code,
      industry,
      size,
      address: `${county(code)?.name ?? ''}${rng.pick(['建设路', '人民路', '工业园区'])} ${rng.int(1, 99)} 号`,
      contactPhone: `0971-${rng.int(6_000_000, 8_999_999)}`,
      organizationId: null,
      partnerUnionId: null,
      createdBy: ctx.actorFor(code).id,
      createdAt,
      updatedAt: createdAt,
    });
    return m.getRepository(Employer).findOneByOrFail({ id: Number(r.identifiers[0].id) });
  };
  const newPosting = async (
    employer: Employer,
    regionCode: string,
    job: { title: string; occupation: string; skills: string[] },
    extra: Partial<JobPosting> = {},
  ) => {
    const reviewedAt = new Date(now.getTime() - rng.int(5, 20) * DAY);
    const [lat, lng] = [36.6171 + (rng.next() - 0.5) * 0.05, 101.7782 + (rng.next() - 0.5) * 0.05];
    const r = await m.getRepository(JobPosting).insert({
      employerId: employer.id,
      title: job.title,
      occupation: job.occupation,
      regionCode,
      address: employer.address ?? '',
      latitude: lat,
      longitude: lng,
      headcount: rng.int(3, 20),
      wageMinFen: 500_000,
      wageMaxFen: 750_000,
      skills: job.skills,
      education: null,
      ageMin: 18,
      ageMax: 50,
      contactName: rng.pick(['王老师', '李经理', '马主任']),
      contactPhone: `0971-${rng.int(6_000_000, 8_999_999)}`,
      description: `${job.title}：包吃住，统一组织赴岗，工会全程跟踪服务。`,
      validUntil: dayFrom(rng.int(30, 60)),
      status: JobPostingStatus.OPEN,
      kind: JobPostingKind.MARKET,
      returnReason: null,
      reviewedBy: province.displayName,
      reviewedAt,
      idempotencyKey: null,
      createdBy: province.id,
      createdAt: new Date(reviewedAt.getTime() - DAY),
      updatedAt: reviewedAt,
      ...extra,
    });
    return m.getRepository(JobPosting).findOneByOrFail({ id: Number(r.identifiers[0].id) });
  };
  const refer = async (posting: JobPosting, w: ProvinceWorker, status: JobApplicationStatus, extra = {}) => {
    const staff = ctx.actorFor(w.regionCode);
    const createdAt = between(rng, posting.reviewedAt ?? posting.createdAt, new Date(now.getTime() - DAY));
    const r = await m.getRepository(JobApplication).insert({
      postingId: posting.id,
      employerId: posting.employerId,
      workerId: w.id,
      regionCode: w.regionCode,
      source: JobApplicationSource.REFERRED,
      status,
      interviewAt: null,
      interviewPlace: null,
      note: null,
      hiredOn: null,
      reportedHiredOn: null,
      outcomeId: null,
      referredBy: staff.id,
      referredByName: staff.displayName,
      createdAt,
      updatedAt: createdAt,
      ...extra,
    });
    return m.getRepository(JobApplication).findOneByOrFail({ id: Number(r.identifiers[0].id) });
  };

  // 对口援青: partner employers, their postings, workers sent (one hired)
  const partnerPostings: JobPosting[] = [];
  for (const [i, [name, code, regionCode, industry, job]] of PARTNER_EMPLOYERS.entries()) {
    const union = partners.find((p) => p.code === code);
    if (!union || !county(regionCode)) continue;
    const employer = await newEmployer(name, regionCode, industry, EmployerSize.MEDIUM, i);
    await m.getRepository(Employer).update({ id: employer.id }, { partnerUnionId: union.id });
    const posting = await newPosting(employer, regionCode, job);
    partnerPostings.push(posting);
    const sent = take((w) => w.cityCode === county(regionCode)!.cityCode || w.cityCode === '630100', rng.int(3, 6));
    for (const [k, w] of sent.entries()) {
      if (k === 0 && !zero.has(w.id)) {
        const on = dayFrom(-rng.int(1, 10));
        const a = await refer(posting, w, JobApplicationStatus.HIRED, { hiredOn: on });
        await hire(a, w, employer, posting, on);
      } else {
        await refer(posting, w, rng.pick([JobApplicationStatus.APPLIED, JobApplicationStatus.INVITED]));
      }
    }
  }

  // 公益性岗位 in 城东区: a community's post, one worker the market did not place on it
  let publicWelfarePosts = 0;
  if (county('630102')) {
    const community = await newEmployer(
      '城东区东关大街社区居委会',
      '630102',
      '公共管理、社会保障和社会组织',
      EmployerSize.MICRO,
      9,
    );
    const post = await newPosting(
      community,
      '630102',
      { title: '社区公共环境保洁员（公益性岗位）', occupation: '保洁员', skills: [] },
      {
        kind: JobPostingKind.PUBLIC_WELFARE,
        headcount: 3,
        wageMinFen: 215_000,
        wageMaxFen: 230_000,
        reviewedBy: ctx.actorFor('630102').displayName,
        createdBy: ctx.actorFor('630102').id,
        description: '东关大街社区公共区域保洁，每日 6 小时，缴纳社会保险。由工会按就业困难人员托底安置。',
      },
    );
    publicWelfarePosts = 1;
    const [placed] = take(
      (w) => w.regionCode === '630102' && w.archiveStatus === ArchiveStatus.ACTIVE && !zero.has(w.id),
      1,
    );
    if (placed) {
      const on = dayFrom(-rng.int(3, 20));
      const a = await refer(post, placed, JobApplicationStatus.HIRED, {
        source: JobApplicationSource.ASSIGNED,
        hiredOn: on,
        note: '困难职工托底安置',
      });
      await hire(a, placed, community, post, on);
    }
  }

  // events: 西宁's 服务月 running now, the province's online fair about to open, a draft of 城东区
  const openXining = await m.getRepository(JobPosting).find({
    where: {
      status: JobPostingStatus.OPEN,
      kind: JobPostingKind.MARKET,
      regionCode: In(['630102', '630103', '630104', '630105']),
    },
    order: { id: 'ASC' },
  });
  const fairPostings = openXining.filter((p) => p.validUntil >= today).slice(0, 6);
  const xining = ctx.actorFor('630100');
  const chengdong = ctx.actorFor('630102');
  const events: { event: Partial<JobEvent>; postings: JobPosting[]; signups: ProvinceWorker[] }[] = [
    {
      event: {
        kind: JobEventKind.SERVICE_MONTH,
        title: `${year} 年工会就业创业服务月·西宁专场招聘会`,
        regionCode: '630100',
        startsOn: dayFrom(-5),
        endsOn: dayFrom(25),
        online: false,
        venue: '西宁市城东区职工服务中心一楼大厅',
        onlineUrl: null,
        description: '现场招聘、职业指导、技能培训报名、政策咨询，困难职工优先推荐。',
        status: JobEventStatus.PUBLISHED,
        createdBy: xining.id,
        createdByName: xining.displayName,
        publishedAt: new Date(now.getTime() - 10 * DAY),
      },
      postings: fairPostings,
      signups: rng.sample(
        workers.filter((w) => w.cityCode === '630100' && w.employmentStatus !== EmploymentStatus.EMPLOYED),
        14,
      ),
    },
    {
      event: {
        kind: JobEventKind.ONLINE_FAIR,
        title: `${year} 年阳光就业行动·对口援青网上招聘会`,
        regionCode: '630000',
        startsOn: dayFrom(3),
        endsOn: dayFrom(10),
        online: true,
        venue: null,
        onlineUrl: 'https://jobs.qhgh.example.cn/fair/sunshine',
        description: '北京、上海、浙江等对口援青省市企业在线招聘，报名后工会统一组织面试和赴岗。',
        status: JobEventStatus.PUBLISHED,
        createdBy: province.id,
        createdByName: province.displayName,
        publishedAt: new Date(now.getTime() - 2 * DAY),
      },
      postings: partnerPostings,
      signups: rng.sample(
        workers.filter((w) => w.employmentStatus !== EmploymentStatus.EMPLOYED),
        8,
      ),
    },
    {
      event: {
        kind: JobEventKind.SUNSHINE,
        title: '阳光就业行动·城东区专场',
        regionCode: '630102',
        startsOn: dayFrom(12),
        endsOn: dayFrom(12),
        online: false,
        venue: '城东区总工会二楼会议室',
        onlineUrl: null,
        description: null,
        status: JobEventStatus.DRAFT,
        createdBy: chengdong.id,
        createdByName: chengdong.displayName,
        publishedAt: null,
      },
      postings: fairPostings.filter((p) => p.regionCode === '630102').slice(0, 2),
      signups: [],
    },
  ];
  // the workers who use the mini-program sign up first, so a demo login sees a sign-up
  const claimed = await claimedWorkers(ctx);
  let signupCount = 0;
  for (const { event, postings, signups } of events) {
    const createdAt = new Date(now.getTime() - 12 * DAY);
    const r = await m.getRepository(JobEvent).insert({ ...event, createdAt, updatedAt: createdAt });
    const eventId = Number(r.identifiers[0].id);
    await insertBatched(
      m,
      JobEventPosting,
      postings.map((p) => ({ eventId, postingId: p.id })),
    );
    await insertBatched(
      m,
      JobEventEmployer,
      [...new Set(postings.map((p) => p.employerId))].map((employerId) => ({ eventId, employerId })),
    );
    const started = event.startsOn! <= today;
    const ordered = [...signups].sort((a, b) => Number(claimed.has(b.id)) - Number(claimed.has(a.id)));
    await insertBatched(
      m,
      JobEventSignup,
      ordered.map((w) => {
        const attended = started && rng.chance(0.6);
        const at = between(rng, new Date(now.getTime() - 10 * DAY), new Date(now.getTime() - DAY));
        return {
          eventId,
          workerId: w.id,
          regionCode: w.regionCode,
          attended,
          interviews: attended ? rng.int(0, 3) : 0,
          note: null,
          recordedBy: attended ? (event.createdByName ?? null) : null,
          createdAt: at,
          updatedAt: at,
        };
      }),
    );
    signupCount += signups.length;
  }
  return {
    events: events.length,
    signups: signupCount,
    partnerPostings: partnerPostings.length,
    publicWelfarePosts,
  };
}
