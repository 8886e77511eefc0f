import {
  Education,
  EmploymentStatus,
  JobPostingKind,
  JobPostingStatus,
  WorkerSource,
  WorkerTag,
  type JobMatch,
  type Page,
  type RecommendedJob,
} from '@steadywork/shared';
import { In } from 'typeorm';
import { MatchingService } from '../src/jobs/matching.service';
import { JobPosting } from '../src/jobs/jobs.entities';
import { PostingsService } from '../src/jobs/postings.service';
import { RegionService } from '../src/region/region.service';
import type { DataScope } from '../src/scope/data-scope';
import { Worker, WorkerTagRow } from '../src/workers/worker.entity';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * Matching reads candidate sets on indexes (the county, the rest of the city, the rest of the
 * scope; those sharing a skill first) and stops once the page cannot change. These tests check it
 * ranks exactly as one query over every candidate does (the path deep pages take), and that the
 * indexed copies (worker.match_priority, worker_skill, job_posting_skill) follow every change.
 */
const COUNTIES = ['630102', '630102', '630102', '630103', '630105', '630202', '632621'];
const SKILLS = ['焊工', '电工', '厨师', '育婴员'];
const EDUCATIONS = [null, Education.JUNIOR, Education.SENIOR, Education.COLLEGE];
const STATUSES = [
  EmploymentStatus.UNEMPLOYED,
  EmploymentStatus.FLEXIBLE,
  EmploymentStatus.EMPLOYED,
  EmploymentStatus.LAID_OFF,
];

describe('matching on candidate sets', () => {
  let t: TestApp;
  let matching: MatchingService;
  let postings: JobPosting[];
  let scopes: Record<string, DataScope>;

  beforeAll(async () => {
    t = await startTestApp();
    matching = t.app.get(MatchingService);
    const regions = t.app.get(RegionService);
    const scopeOf = (root: string): DataScope => ({
      all: root === regions.rootCode(),
      rootRegionCode: root,
      regionCodes: regions.subtree(root),
    });
    scopes = { province: scopeOf('630000'), city: scopeOf('630100'), county: scopeOf('630102') };
    const now = t.clock.now();
    const workers: Partial<Worker>[] = Array.from({ length: 360 }, (_, n) => ({
      name: `匹配${n}`,
      idNumberEnc: `enc-${n}`,
      idNumberHash: `match-id-${n}`,
      idNumberMasked: '630102********0000',
      idLast4: '0000',
      phoneEnc: `enc-${n}`,
      phoneHash: `match-phone-${n}`,
      phoneMasked: '139****0000',
      birthDate: `${1965 + (n % 40)}-0${1 + (n % 9)}-1${n % 10}`,
      sex: n % 2 ? 'M' : 'F',
      regionCode: COUNTIES[n % COUNTIES.length],
      ethnicity: '汉族',
      employer: null,
      unionMember: false,
      employmentStatus: STATUSES[n % STATUSES.length],
      education: EDUCATIONS[n % EDUCATIONS.length],
      skills: n % 5 === 4 ? [] : [SKILLS[n % SKILLS.length], ...(n % 3 ? [] : [SKILLS[(n + 1) % SKILLS.length]])],
      employmentIntention: n % 2 ? `${SKILLS[(n * 3) % SKILLS.length]}，就近` : null,
      trainingNeeds: null,
      accountId: null,
      source: WorkerSource.IMPORT,
      consentAt: null,
      lastFollowUpAt: null,
      createdBy: null,
      createdAt: now,
      updatedAt: now,
    }));
    const inserted = await t.db.getRepository(Worker).insert(workers as Worker[]);
    const ids = inserted.identifiers.map((r) => Number(r.id));
    const tags = [WorkerTag.HARDSHIP, WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD, WorkerTag.MIGRANT_WORKER];
    await t.db
      .getRepository(WorkerTagRow)
      .insert(ids.filter((_, i) => i % 4 === 1).map((workerId, i) => ({ workerId, tag: tags[i % tags.length] })));
    const base = {
      employerId: 1,
      address: '园区',
      latitude: 36.6,
      longitude: 101.8,
      headcount: 2,
      wageMinFen: 300_000,
      wageMaxFen: 500_000,
      contactName: '王经理',
      contactPhone: '0971-0000000',
      description: '',
      validUntil: '2099-12-31',
      status: JobPostingStatus.OPEN,
      kind: JobPostingKind.MARKET,
      returnReason: null,
      reviewedBy: null,
      reviewedAt: now,
      idempotencyKey: null,
      createdBy: 1,
      createdAt: now,
      updatedAt: now,
    };
    const rows: Partial<JobPosting>[] = Array.from({ length: 150 }, (_, n) => ({
      ...base,
      title: `招聘${SKILLS[n % SKILLS.length]}`,
      occupation: SKILLS[(n * 3) % SKILLS.length],
      regionCode: COUNTIES[n % COUNTIES.length],
      skills: n % 4 === 3 ? [] : [SKILLS[n % SKILLS.length], ...(n % 2 ? [SKILLS[(n + 2) % SKILLS.length]] : [])],
      education: EDUCATIONS[n % EDUCATIONS.length],
      ageMin: n % 3 ? 20 : null,
      ageMax: n % 3 === 1 ? 45 : null,
    }));
    const saved = await t.db.getRepository(JobPosting).insert(rows as JobPosting[]);
    postings = await t.db
      .getRepository(JobPosting)
      .findBy({ id: In(saved.identifiers.slice(0, 8).map((r) => Number(r.id))) });
  });
  afterAll(() => t.close());

  const brief = (page: Page<JobMatch>) => page.items.map((m) => `${m.workerId}:${m.score}:${m.reasons.join('·')}`);

  it('a posting’s workers: each page as the full ranking has it, priority first, in every scope and filter', async () => {
    for (const posting of postings) {
      for (const scope of Object.values(scopes)) {
        for (const filter of [{}, { tag: WorkerTag.MIGRANT_WORKER }, { tag: WorkerTag.HARDSHIP }, { minScore: 60 }]) {
          const all = await matching.forPosting(posting, scope, { page: 1, pageSize: 600, ...filter });
          for (const page of [1, 2, 4]) {
            const bounded = await matching.forPosting(posting, scope, { page, pageSize: 20, ...filter });
            expect({ posting: posting.id, page, filter, items: brief(bounded) }).toEqual({
              posting: posting.id,
              page,
              filter,
              items: brief(all).slice((page - 1) * 20, page * 20),
            });
            expect({ page, filter, scope: scope.rootRegionCode, total: bounded.total }).toEqual({
              page,
              filter,
              scope: scope.rootRegionCode,
              total: all.total,
            });
          }
        }
      }
    }
  });

  it('a worker’s postings: each page as the full ranking has it', async () => {
    const workers = await t.db.getRepository(Worker).find({ where: {}, order: { id: 'DESC' }, take: 12 });
    const brief = (page: Page<RecommendedJob>) => page.items.map((p) => `${p.id}:${p.score}:${p.reasons.join('·')}`);
    for (const worker of workers) {
      const all = await matching.forWorker(worker, { page: 1, pageSize: 600 });
      expect(all.total).toBeGreaterThanOrEqual(150);
      for (const page of [1, 3]) {
        const bounded = await matching.forWorker(worker, { page, pageSize: 20 });
        expect(brief(bounded)).toEqual(brief(all).slice((page - 1) * 20, page * 20));
        expect(bounded.total).toBe(all.total);
      }
    }
  });

  it('the indexed copies follow a worker’s skills, county and priority tags, and a posting’s skills', async () => {
    const repo = t.db.getRepository(Worker);
    const worker = (await repo.findOne({ where: {}, order: { id: 'DESC' } }))!;
    const skillsOf = async (id: number) =>
      (
        await t.db.query(
          'SELECT skill, region_code, match_priority FROM worker_skill WHERE worker_id = ? ORDER BY skill',
          [id],
        )
      ).map((r: { skill: string; region_code: string; match_priority: unknown }) => [
        r.skill,
        r.region_code,
        Number(r.match_priority),
      ]);
    const priorityOf = async (id: number) =>
      Number((await t.db.query('SELECT match_priority AS p FROM worker WHERE id = ?', [id]))[0].p);
    await repo.update(worker.id, { skills: ['电工', '焊工', '电工'], regionCode: '630105' });
    expect(await skillsOf(worker.id)).toEqual([
      ['焊工', '630105', 0],
      ['电工', '630105', 0],
    ]);
    await t.db.getRepository(WorkerTagRow).insert({ workerId: worker.id, tag: WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD });
    expect(await priorityOf(worker.id)).toBe(1);
    expect((await skillsOf(worker.id)).map((r: unknown[]) => r[2])).toEqual([1, 1]);
    await t.db.getRepository(WorkerTagRow).insert({ workerId: worker.id, tag: WorkerTag.MIGRANT_WORKER });
    await t.db.getRepository(WorkerTagRow).delete({ workerId: worker.id, tag: WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD });
    expect(await priorityOf(worker.id)).toBe(0);
    await repo.update(worker.id, { name: '改名' });
    expect(await skillsOf(worker.id)).toHaveLength(2);
    await repo.update(worker.id, { skills: [] });
    expect(await skillsOf(worker.id)).toEqual([]);

    const posting = postings[0];
    await t.db.getRepository(JobPosting).update(posting.id, { skills: ['叉车司机'], regionCode: '630202' });
    expect(
      await t.db.query('SELECT skill, region_code FROM job_posting_skill WHERE posting_id = ?', [posting.id]),
    ).toEqual([{ skill: '叉车司机', region_code: '630202' }]);
    await t.db.getRepository(JobPosting).delete(posting.id);
    expect(await t.db.query('SELECT skill FROM job_posting_skill WHERE posting_id = ?', [posting.id])).toEqual([]);
    expect(t.app.get(PostingsService)).toBeDefined();
  });
});
