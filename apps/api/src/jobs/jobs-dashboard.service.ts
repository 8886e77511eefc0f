import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JobApplicationStatus, JobPostingStatus, JobsDashboard } from '@steadywork/shared';
import { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { Clock } from '../common/clock';
import { shanghaiDate, shanghaiYear } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { toInt } from '../common/sql';
import { FiguresService } from '../dashboard/figures.service';
import { RegionService } from '../region/region.service';
import { DataScope } from '../scope/data-scope';
import { JobApplication, JobPosting } from './jobs.entities';

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
      byRegion: (this.regions.tree(root)?.children ?? []).map((child) => ({
        regionCode: child.code,
        regionName: child.name,
        openPostings: sum(open, child.code),
        referrals: sum(referrals, child.code),
        hires: sum(hires, child.code),
      })),
    };
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
