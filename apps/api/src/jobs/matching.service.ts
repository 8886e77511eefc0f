import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Education,
  EmploymentStatus,
  JobMatch,
  JobPostingKind,
  JobPostingStatus,
  Page,
  RecommendedJob,
  WorkerTag,
} from '@steadywork/shared';
import { In, Repository, SelectQueryBuilder } from 'typeorm';
import { ageOn } from '../common/dates';
import { skipOf, toPage } from '../common/pagination';
import { likeEscape, toInt } from '../common/sql';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { Worker, WorkerTagRow } from '../workers/worker.entity';
import { MatchQueryDto, RecommendQueryDto } from './jobs.dto';
import { JobApplication, JobPosting, JobPush, JobSubscription } from './jobs.entities';
import { PostingsService } from './postings.service';

/** Points of each part of the fit score (out of 100). */
export const FIT_POINTS = { county: 40, city: 20, skills: 30, education: 10, intention: 10, age: 10 };

const EDUCATION_ORDER: Education[] = [
  Education.PRIMARY,
  Education.JUNIOR,
  Education.SENIOR,
  Education.VOCATIONAL,
  Education.COLLEGE,
  Education.BACHELOR,
  Education.POSTGRADUATE,
];
const rankOf = (e: Education | null | undefined) => (e ? EDUCATION_ORDER.indexOf(e) + 1 : 0);

/** `CASE col WHEN 'PRIMARY' THEN 1 … END`: an education's rank in SQL (the values are our enum's). */
function educationRankSql(column: string): string {
  return `(CASE ${column} ${EDUCATION_ORDER.map((e, i) => `WHEN '${e}' THEN ${i + 1}`).join(' ')} ELSE 0 END)`;
}

/** Tags that put a worker first in staff views. */
const PRIORITY_TAGS = [WorkerTag.HARDSHIP, WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD];

interface Parts {
  region: string;
  skills: string;
  education: string;
  intention: string;
  age: string;
}

/**
 * Matching (精准匹配, SPEC §7). The fit score is computed by the database, part by part, in one
 * query (the same SQL on SQLite and MySQL: CASE, LIKE, INSTR): the region (same county 40, same
 * city 20), skills (30 when any required skill is among the worker's), education (10 when at least
 * the required level, or none required), intention (10 when the worker's intention names the
 * occupation) and age (10 when within the range, or none set). Only the page asked for is read
 * into Node, where the parts become the reasons shown ("同区县 · 技能匹配：焊工").
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectRepository(JobPosting) private readonly postingRepo: Repository<JobPosting>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    @InjectRepository(WorkerTagRow) private readonly tagRepo: Repository<WorkerTagRow>,
    @InjectRepository(JobSubscription) private readonly subscriptions: Repository<JobSubscription>,
    @InjectRepository(JobPush) private readonly pushes: Repository<JobPush>,
    @InjectRepository(JobApplication) private readonly applications: Repository<JobApplication>,
    private readonly postings: PostingsService,
    private readonly regions: RegionService,
  ) {}

  private cityCounties(regionCode: string): string[] {
    const city = this.regions.cityOf(regionCode);
    return city ? this.regions.subtree(city) : [regionCode];
  }

  /** Open postings for a worker, best fit first. */
  async forWorker(worker: Worker, query: RecommendQueryDto): Promise<Page<RecommendedJob>> {
    const today = this.postings.today();
    const age = ageOn(worker.birthDate, today);
    const skills = (worker.skills ?? []).filter(Boolean).slice(0, 20);
    const params: Record<string, unknown> = {
      wCounty: worker.regionCode,
      wCity: this.cityCounties(worker.regionCode),
      wEdu: rankOf(worker.education),
      wIntent: worker.employmentIntention ?? '',
      wAge: age,
    };
    skills.forEach((s, i) => (params[`ws${i}`] = `%${likeEscape(JSON.stringify(s))}%`));
    const parts: Parts = {
      region: `(CASE WHEN p.region_code = :wCounty THEN ${FIT_POINTS.county} WHEN p.region_code IN (:...wCity) THEN ${FIT_POINTS.city} ELSE 0 END)`,
      skills: skills.length
        ? `(CASE WHEN ${skills.map((_, i) => `p.skills LIKE :ws${i} ESCAPE '!'`).join(' OR ')} THEN ${FIT_POINTS.skills} ELSE 0 END)`
        : '0',
      education: `(CASE WHEN p.education IS NULL OR ${educationRankSql('p.education')} <= :wEdu THEN ${FIT_POINTS.education} ELSE 0 END)`,
      intention: `(CASE WHEN :wIntent <> '' AND (INSTR(:wIntent, p.occupation) > 0 OR INSTR(:wIntent, p.title) > 0) THEN ${FIT_POINTS.intention} ELSE 0 END)`,
      age: `(CASE WHEN (p.age_min IS NULL OR p.age_min <= :wAge) AND (p.age_max IS NULL OR p.age_max >= :wAge) THEN ${FIT_POINTS.age} ELSE 0 END)`,
    };
    const base = () => {
      const qb = this.postingRepo
        .createQueryBuilder('p')
        .where('p.status = :open AND p.valid_until >= :today', { open: JobPostingStatus.OPEN, today })
        // 公益性岗位 are placed by staff, not recommended for self-application
        .andWhere('p.kind <> :welfare', { welfare: JobPostingKind.PUBLIC_WELFARE });
      if (query.keyword?.trim()) {
        qb.andWhere("(p.title LIKE :kw ESCAPE '!' OR p.occupation LIKE :kw ESCAPE '!')", {
          kw: `%${likeEscape(query.keyword.trim())}%`,
        });
      }
      if (query.regionCode) {
        qb.andWhere('p.region_code IN (:...regionFilter)', {
          regionFilter: this.regions.subtree(query.regionCode).concat('-'),
        });
      }
      return qb;
    };
    const total = await base().getCount();
    const rows = await this.scored(base(), 'p', parts, params)
      .orderBy('score', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .offset(skipOf(query))
      .limit(query.pageSize)
      .getRawMany<Record<string, unknown>>();
    const postings = await this.postingRepo.findBy({ id: In([0, ...rows.map((r) => toInt(r.id))]) });
    const responses = await this.postings.toResponses(rows.map((r) => postings.find((p) => p.id === toInt(r.id))!));
    return toPage(
      rows.map((r, i) => {
        const p = postings.find((x) => x.id === toInt(r.id))!;
        const matched = (p.skills ?? []).filter((s) => skills.includes(s));
        return { ...responses[i], ...this.reasons(r, matched, p) };
      }),
      total,
      query,
    );
  }

  /**
   * The best-fitting workers for a posting within the caller's scope (not in work): hardship
   * workers and 零就业家庭 members first, then by score; `workerIds` limits it to those people.
   */
  async forPosting(
    posting: JobPosting,
    scope: DataScope,
    query: MatchQueryDto,
    workerIds?: number[],
  ): Promise<Page<JobMatch>> {
    const { base, parts, params } = this.workerQuery(posting, scope, query, workerIds);
    const total = await base().getCount();
    const rows = await this.scored(base(), 'w', parts, params)
      .addSelect(
        `(CASE WHEN EXISTS (SELECT 1 FROM worker_tag pt WHERE pt.worker_id = w.id AND pt.tag IN (:...priorityTags)) THEN 1 ELSE 0 END)`,
        'priority',
      )
      .setParameter('priorityTags', PRIORITY_TAGS)
      .orderBy('priority', 'DESC')
      .addOrderBy('score', 'DESC')
      .addOrderBy('w.id', 'ASC')
      .offset(skipOf(query))
      .limit(query.pageSize)
      .getRawMany<Record<string, unknown>>();
    return toPage(await this.toMatches(posting, rows), total, query);
  }

  /** Every matching worker id with its score (for a push to all above a score), at most `limit`. */
  async scoresFor(
    posting: JobPosting,
    scope: DataScope,
    query: { tag?: WorkerTag; minScore?: number },
    workerIds?: number[],
    limit = 5000,
  ): Promise<{ workerId: number; score: number }[]> {
    const { base, parts, params } = this.workerQuery(posting, scope, query, workerIds);
    const rows = await this.scored(base(), 'w', parts, params)
      .orderBy('score', 'DESC')
      .addOrderBy('w.id', 'ASC')
      .limit(limit)
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({ workerId: toInt(r.id), score: toInt(r.score) }));
  }

  private workerQuery(
    posting: JobPosting,
    scope: DataScope,
    query: { tag?: WorkerTag; minScore?: number },
    workerIds?: number[],
  ) {
    const today = this.postings.today();
    const skills = (posting.skills ?? []).slice(0, 10);
    const [y, md] = [Number(today.slice(0, 4)), today.slice(4)];
    const params: Record<string, unknown> = {
      pCounty: posting.regionCode,
      pCity: this.cityCounties(posting.regionCode),
      pEdu: rankOf(posting.education),
      pOccupation: posting.occupation,
      // age ≥ min ⇔ born on or before this day; age ≤ max ⇔ born after this day
      latestBirth: posting.ageMin != null ? `${y - posting.ageMin}${md}` : null,
      earliestBirth: posting.ageMax != null ? `${y - posting.ageMax - 1}${md}` : null,
    };
    skills.forEach((s, i) => (params[`ps${i}`] = `%${likeEscape(JSON.stringify(s))}%`));
    const parts: Parts = {
      region: `(CASE WHEN w.region_code = :pCounty THEN ${FIT_POINTS.county} WHEN w.region_code IN (:...pCity) THEN ${FIT_POINTS.city} ELSE 0 END)`,
      skills: skills.length
        ? `(CASE WHEN ${skills.map((_, i) => `w.skills LIKE :ps${i} ESCAPE '!'`).join(' OR ')} THEN ${FIT_POINTS.skills} ELSE 0 END)`
        : '0',
      education: posting.education
        ? `(CASE WHEN ${educationRankSql('w.education')} >= :pEdu THEN ${FIT_POINTS.education} ELSE 0 END)`
        : String(FIT_POINTS.education),
      intention: `(CASE WHEN w.employment_intention IS NOT NULL AND INSTR(w.employment_intention, :pOccupation) > 0 THEN ${FIT_POINTS.intention} ELSE 0 END)`,
      age:
        posting.ageMin == null && posting.ageMax == null
          ? String(FIT_POINTS.age)
          : `(CASE WHEN ${[
              posting.ageMin != null ? 'w.birth_date <= :latestBirth' : null,
              posting.ageMax != null ? 'w.birth_date > :earliestBirth' : null,
            ]
              .filter(Boolean)
              .join(' AND ')} THEN ${FIT_POINTS.age} ELSE 0 END)`,
    };
    const base = () => {
      const qb = this.workerRepo
        .createQueryBuilder('w')
        .where('w.employment_status <> :employed', { employed: EmploymentStatus.EMPLOYED });
      applyScope(qb, 'w.region_code', scope);
      if (workerIds) qb.andWhere('w.id IN (:...workerIds)', { workerIds: [0, ...workerIds] });
      if (query.tag) {
        qb.andWhere('EXISTS (SELECT 1 FROM worker_tag ft WHERE ft.worker_id = w.id AND ft.tag = :filterTag)', {
          filterTag: query.tag,
        });
      }
      if (query.minScore) {
        qb.andWhere(`(${Object.values(parts).join(' + ')}) >= :minScore`, { ...params, minScore: query.minScore });
      }
      return qb;
    };
    return { base, parts, params };
  }

  private scored<T extends object>(
    qb: SelectQueryBuilder<T>,
    alias: string,
    parts: Parts,
    params: Record<string, unknown>,
  ): SelectQueryBuilder<T> {
    return qb
      .select(`${alias}.id`, 'id')
      .addSelect(parts.region, 'fit_region')
      .addSelect(parts.skills, 'fit_skills')
      .addSelect(parts.education, 'fit_education')
      .addSelect(parts.intention, 'fit_intention')
      .addSelect(parts.age, 'fit_age')
      .addSelect(`(${Object.values(parts).join(' + ')})`, 'score')
      .setParameters(params);
  }

  /** The reasons, from the parts the database scored; requirements a posting does not set are not reasons. */
  private reasons(
    row: Record<string, unknown>,
    matchedSkills: string[],
    posting: JobPosting,
  ): { score: number; reasons: string[] } {
    const reasons: string[] = [];
    const region = toInt(row.fit_region);
    if (region === FIT_POINTS.county) reasons.push('同区县');
    else if (region === FIT_POINTS.city) reasons.push('同市州');
    if (toInt(row.fit_skills) && matchedSkills.length) reasons.push(`技能匹配：${matchedSkills.join('、')}`);
    if (toInt(row.fit_education) && posting.education) reasons.push('学历符合');
    if (toInt(row.fit_intention)) reasons.push('符合求职意向');
    if (toInt(row.fit_age) && (posting.ageMin != null || posting.ageMax != null)) reasons.push('年龄符合');
    return { score: toInt(row.score), reasons };
  }

  private async toMatches(posting: JobPosting, rows: Record<string, unknown>[]): Promise<JobMatch[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => toInt(r.id));
    const [workers, tags, subs, pushed, applied] = await Promise.all([
      this.workerRepo.findBy({ id: In(ids) }),
      this.tagRepo.findBy({ workerId: In(ids) }),
      this.subscriptions.findBy({ workerId: In(ids) }),
      this.pushes.findBy({ postingId: posting.id, workerId: In(ids) }),
      this.applications.findBy({ postingId: posting.id, workerId: In(ids) }),
    ]);
    return rows.map((r) => {
      const w = workers.find((x) => x.id === toInt(r.id))!;
      const matched = (posting.skills ?? []).filter((s) => (w.skills ?? []).includes(s));
      return {
        workerId: w.id,
        name: w.name,
        idNumberMasked: w.idNumberMasked,
        phoneMasked: w.phoneMasked,
        regionCode: w.regionCode,
        regionName: this.regions.fullName(w.regionCode),
        tags: tags
          .filter((t) => t.workerId === w.id)
          .map((t) => t.tag)
          .sort(),
        subscribed: subs.some((s) => s.workerId === w.id),
        pushed: pushed.some((p) => p.workerId === w.id),
        applied: applied.some((a) => a.workerId === w.id),
        ...this.reasons(r, matched, posting),
      };
    });
  }
}
