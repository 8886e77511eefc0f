import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  JobApplicationStatus,
  JobPostingKind,
  JobPostingStatus,
  JobsDashboard,
  PartnerUnionFigures,
} from '@steadywork/shared';
import { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { Clock } from '../common/clock';
import { shanghaiDate, shanghaiYear } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { toInt } from '../common/sql';
import { FiguresService } from '../dashboard/figures.service';
import { RegionService } from '../region/region.service';
import { DataScope } from '../scope/data-scope';
import { PartnerUnion } from './events.entities';
import { Employer, JobApplication, JobPosting } from './jobs.entities';

/**
 * The console home's jobs figures: postings open and waiting (by the posting's region), the
 * year's referrals and hires (by the worker's region), and the hires that counted toward the
 * year's outcomes — per region one level below the caller's scope.
 */
@Injectable()
export class JobsDashboardService {
  constructor(
    @InjectRepository(JobPosting) private readonly postings: Repository<JobPosting>,
    @InjectRepository(JobApplication) private readonly applications: Repository<JobApplication>,
    private readonly regions: RegionService,
    private readonly figures: FiguresService,
    private readonly clock: Clock,
  ) {}

  async dashboard(year: number | undefined, regionCode: string | undefined, scope: DataScope): Promise<JobsDashboard> {
    const now = this.clock.now();
    const y = year ?? shanghaiYear(now);
    if (regionCode && (!this.regions.get(regionCode) || (!scope.all && !scope.regionCodes.includes(regionCode)))) {
      throw DomainException.notFound('地区');
    }
    const root = regionCode ?? (scope.all ? this.regions.rootCode() : scope.rootRegionCode) ?? '';
    const codes = this.regions.subtree(root);
    const today = shanghaiDate(now);
    const from = new Date(`${y}-01-01T00:00:00+08:00`);
    const to = new Date(`${y + 1}-01-01T00:00:00+08:00`);
    const rowsOf = (key: string) => (totals: Map<string, { code: string; total: number }[]>) =>
      (totals.get(key) ?? []).map((r) => ({ code: r.code, n: r.total }));
    const grouped = async <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string) =>
      (
        await qb
          .andWhere(`${column} IN (:...codes)`, { codes: codes.length ? codes : ['-'] })
          .select(column, 'code')
          .addSelect('COUNT(*)', 'n')
          .groupBy(column)
          .getRawMany<{ code: string; n: unknown }>()
      ).map((r) => ({ code: r.code, n: toInt(r.n) }));
    const partnerOf = (alias: string) => `e.id = ${alias}.employer_id AND e.partner_union_id IS NOT NULL`;
    const openQb = () =>
      this.postings
        .createQueryBuilder('p')
        .where('p.status = :open AND p.valid_until >= :today', { open: JobPostingStatus.OPEN, today });
    const sentQb = () =>
      this.applications
        .createQueryBuilder('a')
        .innerJoin(Employer, 'e', partnerOf('a'))
        .where('a.created_at >= :from AND a.created_at < :to', { from, to });
    const welfare = (alias: string) => `w.id = ${alias}.posting_id AND w.kind = '${JobPostingKind.PUBLIC_WELFARE}'`;
    const [partnerOpen, partnerSent, partnerHires, welfareOpen, welfareHires, byPartner] = await Promise.all([
      grouped(openQb().innerJoin(Employer, 'e', partnerOf('p')), 'p.region_code'),
      grouped(sentQb(), 'a.region_code'),
      grouped(this.hiredIn(y).innerJoin(Employer, 'e', partnerOf('a')), 'a.region_code'),
      grouped(openQb().andWhere('p.kind = :welfare', { welfare: JobPostingKind.PUBLIC_WELFARE }), 'p.region_code'),
      grouped(this.hiredIn(y).innerJoin(JobPosting, 'w', welfare('a')), 'a.region_code'),
      this.byPartnerUnion(codes, openQb, sentQb, y),
    ]);
    const [open, pending, referrals, hires, counted] = await Promise.all([
      grouped(
        this.postings
          .createQueryBuilder('p')
          .where('p.status = :open AND p.valid_until >= :today', { open: JobPostingStatus.OPEN, today }),
        'p.region_code',
      ),
      grouped(
        this.postings.createQueryBuilder('p').where('p.status = :pending', { pending: JobPostingStatus.PENDING }),
        'p.region_code',
      ),
      // referrals and hires: the targets dashboard's queries
      this.figures.totals(root, y, ['jobs.referrals']).then(rowsOf('jobs.referrals')),
      this.figures.totals(root, y, ['jobs.hires']).then(rowsOf('jobs.hires')),
      grouped(this.hiredIn(y).andWhere('a.outcome_id IS NOT NULL'), 'a.region_code'),
    ]);
    const sum = (rows: { code: string; n: number }[], within?: string) =>
      rows.filter((r) => !within || this.regions.isWithin(r.code, within)).reduce((s, r) => s + r.n, 0);
    return {
      year: y,
      openPostings: sum(open),
      pendingPostings: sum(pending),
      referrals: sum(referrals),
      hires: sum(hires),
      hiresCounted: sum(counted),
      partnerOpenPostings: sum(partnerOpen),
      partnerSent: sum(partnerSent),
      partnerHires: sum(partnerHires),
      publicWelfareOpen: sum(welfareOpen),
      publicWelfareHires: sum(welfareHires),
      byRegion: (this.regions.tree(root)?.children ?? []).map((child) => ({
        regionCode: child.code,
        regionName: child.name,
        openPostings: sum(open, child.code),
        referrals: sum(referrals, child.code),
        hires: sum(hires, child.code),
        hiresCounted: sum(counted, child.code),
        partnerSent: sum(partnerSent, child.code),
        partnerHires: sum(partnerHires, child.code),
        publicWelfareHires: sum(welfareHires, child.code),
      })),
      byPartnerUnion: byPartner,
    };
  }

  /** 对口援青 per partner union: its employers' open postings (in the scope) and the scope's workers sent and hired. */
  private async byPartnerUnion(
    codes: string[],
    openQb: () => SelectQueryBuilder<JobPosting>,
    sentQb: () => SelectQueryBuilder<JobApplication>,
    year: number,
  ): Promise<PartnerUnionFigures[]> {
    const within = { codes: codes.length ? codes : ['-'] };
    const perUnion = async <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string) =>
      (
        await qb
          .andWhere(`${column} IN (:...codes)`, within)
          .select('e.partner_union_id', 'u')
          .addSelect('COUNT(*)', 'n')
          .groupBy('e.partner_union_id')
          .getRawMany<{ u: unknown; n: unknown }>()
      ).map((r) => ({ u: toInt(r.u), n: toInt(r.n) }));
    const [unions, open, sent, hired] = await Promise.all([
      this.postings.manager.getRepository(PartnerUnion).find({ order: { sortOrder: 'ASC', id: 'ASC' } }),
      perUnion(openQb().innerJoin(Employer, 'e', 'e.id = p.employer_id'), 'p.region_code'),
      perUnion(sentQb(), 'a.region_code'),
      perUnion(
        this.hiredIn(year).innerJoin(Employer, 'e', 'e.id = a.employer_id AND e.partner_union_id IS NOT NULL'),
        'a.region_code',
      ),
    ]);
    const of = (rows: { u: number; n: number }[], id: number) => rows.find((r) => r.u === id)?.n ?? 0;
    return unions.map((u) => ({
      partnerUnionId: u.id,
      name: u.name,
      openPostings: of(open, u.id),
      sent: of(sent, u.id),
      hires: of(hired, u.id),
    }));
  }

  private hiredIn(year: number) {
    return this.applications
      .createQueryBuilder('a')
      .where('a.status = :hired AND a.hired_on >= :first AND a.hired_on <= :last', {
        hired: JobApplicationStatus.HIRED,
        first: `${year}-01-01`,
        last: `${year}-12-31`,
      });
  }
}
