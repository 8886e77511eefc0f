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
import { In, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { Clock } from '../common/clock';
import { Totals } from '../common/totals';
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

/*
 * Hardship workers and 零就业家庭 members come first in staff views: `worker.match_priority`, kept
 * by the database from their tags (migration 1765700000000).
 */

/** Pages reaching further than this many rows are ranked by one query over every candidate. */
const BOUNDED_ROWS = 500;

/** Scored rows as the database answers them. */
type Row = Record<string, unknown>;

/**
 * A candidate set read on an index: the rows of a region tier (the posting's or worker's county,
 * the rest of its city, the rest of the scope), optionally only those sharing a skill. `max` is
 * the highest score a row of it can have, so a set is not read when the page is already full of
 * better rows.
 */
interface Bucket {
  max: number;
  regions: { in?: string[]; notIn?: string[] };
  skills: boolean;
}

/** The buckets, best possible score first: region points + skill points + the other three parts. */
function buckets(
  county: string,
  city: string[],
  scope: { all: boolean; codes: string[] },
  hasSkills: boolean,
): Bucket[] {
  const inScope = (codes: string[]) => (scope.all ? codes : codes.filter((c) => scope.codes.includes(c)));
  const countyCodes = inScope([county]);
  const cityCodes = inScope(city.filter((c) => c !== county));
  const cityAll = Array.from(new Set([county, ...city]));
  const rest: Bucket['regions'] = scope.all
    ? { notIn: cityAll }
    : { in: scope.codes.filter((c) => !cityAll.includes(c)) };
  const others = FIT_POINTS.education + FIT_POINTS.intention + FIT_POINTS.age;
  const list: Bucket[] = [];
  const add = (regions: Bucket['regions'], regionPoints: number, skills: boolean) => {
    if (regions.in && !regions.in.length) return;
    if (skills && !hasSkills) return;
    list.push({ max: regionPoints + (skills ? FIT_POINTS.skills : 0) + others, regions, skills });
  };
  add({ in: countyCodes }, FIT_POINTS.county, true);
  add({ in: cityCodes }, FIT_POINTS.city, true);
  add({ in: countyCodes }, FIT_POINTS.county, false);
  add(rest, 0, true);
  add({ in: cityCodes }, FIT_POINTS.city, false);
  add(rest, 0, false);
  return list.sort((a, b) => b.max - a.max);
}

/**
 * Reads the buckets in turn, keeping the best `want` rows by `better`, and stops once the
 * `want`-th row scores more than the next bucket can: the rows are then the same as one query
 * over every candidate would rank first. Answers the rows and whether every bucket was read
 * whole (so `found`, the rows read, is every candidate).
 */
async function topRows(
  list: Bucket[],
  want: number,
  minScore: number,
  read: (bucket: Bucket, limit: number) => Promise<Row[]>,
  better: (a: Row, b: Row) => number,
): Promise<{ rows: Row[]; complete: boolean; found: number }> {
  const byId = new Map<number, Row>();
  let complete = true;
  for (const bucket of list) {
    if (bucket.max < minScore) continue;
    const ranked = Array.from(byId.values()).sort(better);
    if (ranked.length >= want && toInt(ranked[want - 1].score) > bucket.max) {
      complete = false;
      break;
    }
    const rows = await read(bucket, want);
    if (rows.length >= want) complete = false;
    for (const r of rows) byId.set(toInt(r.id), r);
  }
  // complete: every bucket was read whole, so `found` is every candidate there is
  return { rows: Array.from(byId.values()).sort(better).slice(0, want), complete, found: byId.size };
}

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
 * occupation) and age (10 when within the range, or none set). It is computed over candidate
 * sets read on indexes, best possible score first, until the page cannot change (`buckets`,
 * `topRows`), not over every worker or posting. Only the page asked for is read into Node, where
 * the parts become the reasons shown ("同区县 · 技能匹配：焊工").
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
    private readonly clock: Clock,
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
    const want = skipOf(query) + query.pageSize;
    const scored = () => this.scored(base(), 'p', parts, params);
    let rows: Row[];
    let complete = false;
    let found = 0;
    if (want > BOUNDED_ROWS) {
      rows = await scored()
        .orderBy('score', 'DESC')
        .addOrderBy('p.id', 'DESC')
        .offset(skipOf(query))
        .limit(query.pageSize)
        .getRawMany<Row>();
    } else {
      // the candidates on indexes: postings of the worker's county, city and the rest, those
      // requiring one of the worker's skills first (job_posting_skill)
      const list = buckets(worker.regionCode, params.wCity as string[], { all: true, codes: [] }, skills.length > 0);
      const top = await topRows(
        list,
        want,
        0,
        (bucket, limit) => {
          const qb = scored();
          const r = bucket.regions;
          if (bucket.skills) {
            // read from job_posting_skill first (a derived table, so the database starts there)
            qb.innerJoin(
              (sq) =>
                sq
                  .select('ps.posting_id', 'posting_id')
                  .distinct(true)
                  .from('job_posting_skill', 'ps')
                  .where('ps.skill IN (:...bSkills)')
                  .andWhere(r.in ? 'ps.region_code IN (:...bRegions)' : 'ps.region_code NOT IN (:...bRegions)'),
              'cand',
              'cand.posting_id = p.id',
            ).setParameters({ bSkills: skills, bRegions: r.in ?? r.notIn });
          } else {
            qb.andWhere(r.in ? 'p.region_code IN (:...bRegions)' : 'p.region_code NOT IN (:...bRegions)', {
              bRegions: r.in ?? r.notIn,
            });
          }
          return qb.orderBy('score', 'DESC').addOrderBy('p.id', 'DESC').limit(limit).getRawMany<Row>();
        },
        (a, b) => toInt(b.score) - toInt(a.score) || toInt(b.id) - toInt(a.id),
      );
      rows = top.rows.slice(skipOf(query));
      complete = top.complete;
      found = top.found;
    }
    const total = complete
      ? found
      : await this.total(`w|${today}|${query.keyword ?? ''}|${query.regionCode ?? ''}`, () =>
          base().select('p.id', 'id'),
        );
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
    const want = skipOf(query) + query.pageSize;
    const scored = () => this.scored(base(), 'w', parts, params).addSelect('w.match_priority', 'priority');
    const better = (a: Row, b: Row) =>
      toInt(b.priority) - toInt(a.priority) || toInt(b.score) - toInt(a.score) || toInt(a.id) - toInt(b.id);
    let rows: Row[];
    let complete = false;
    let found = 0;
    // a tag filter reads the tag's workers in one query (from the tag's index)
    if (workerIds || query.tag || want > BOUNDED_ROWS) {
      rows = await scored()
        .orderBy('priority', 'DESC')
        .addOrderBy('score', 'DESC')
        .addOrderBy('w.id', 'ASC')
        .offset(skipOf(query))
        .limit(query.pageSize)
        .getRawMany<Row>();
    } else {
      // hardship and 零就业家庭 members first: their candidates, then (when the page is not full)
      // the others'; each on indexes (worker.match_priority + region_code; worker_skill)
      const skills = (posting.skills ?? []).filter(Boolean).slice(0, 10);
      const list = buckets(
        posting.regionCode,
        params.pCity as string[],
        { all: scope.all, codes: scope.regionCodes },
        skills.length > 0,
      );
      rows = [];
      complete = true;
      for (const priority of [1, 0]) {
        const need = want - rows.length;
        if (need <= 0) {
          complete = false;
          break;
        }
        const top = await topRows(
          list,
          need,
          query.minScore ?? 0,
          (bucket, limit) => {
            const qb = scored().andWhere('w.match_priority = :bPriority', { bPriority: priority });
            const r = bucket.regions;
            if (bucket.skills) {
              // read from worker_skill first (a derived table, so the database starts there)
              qb.innerJoin(
                (sq) =>
                  sq
                    .select('ws.worker_id', 'worker_id')
                    .distinct(true)
                    .from('worker_skill', 'ws')
                    .where('ws.skill IN (:...bSkills) AND ws.match_priority = :bPriority')
                    .andWhere(r.in ? 'ws.region_code IN (:...bRegions)' : 'ws.region_code NOT IN (:...bRegions)'),
                'cand',
                'cand.worker_id = w.id',
              ).setParameters({ bSkills: skills, bRegions: r.in ?? r.notIn });
            } else {
              qb.andWhere(r.in ? 'w.region_code IN (:...bRegions)' : 'w.region_code NOT IN (:...bRegions)', {
                bRegions: r.in ?? r.notIn,
              });
            }
            return qb.orderBy('score', 'DESC').addOrderBy('w.id', 'ASC').limit(limit).getRawMany<Row>();
          },
          better,
        );
        rows.push(...top.rows);
        found += top.found;
        if (!top.complete) complete = false;
      }
      rows = rows.slice(skipOf(query));
    }
    const total = complete
      ? found
      : await this.total(
          `p|${scope.rootRegionCode}|${query.tag ?? ''}|${query.minScore ? `${posting.id}|${query.minScore}` : ''}`,
          () => base().select('w.id', 'id'),
        );
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

  private readonly totals = new Totals(1_000);

  private total(key: string, ids: () => SelectQueryBuilder<ObjectLiteral>): Promise<number> {
    return this.totals.count(key, ids, this.clock.now().getTime());
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
        // a join (one row at most: the key is worker and tag), so the database may start from the tag's index
        qb.innerJoin('worker_tag', 'ft', 'ft.worker_id = w.id AND ft.tag = :filterTag', { filterTag: query.tag });
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
