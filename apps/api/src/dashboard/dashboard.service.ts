import { Injectable } from '@nestjs/common';
import { TargetFigure, TargetsDashboard } from '@steadywork/shared';
import { Clock } from '../common/clock';
import { shanghaiYear } from '../common/dates';
import { DomainException } from '../common/domain.exception';
import { RegionService } from '../region/region.service';
import { DataScope } from '../scope/data-scope';
import { FigureTargetsService } from './figure-targets.service';
import { FiguresService, monthsOf } from './figures.service';

/** The targets dashboard (目标看板): each figure of the year against its target, by month and by child region. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly figures: FiguresService,
    private readonly figureTargets: FigureTargetsService,
    private readonly regions: RegionService,
    private readonly clock: Clock,
  ) {}

  /** The region a caller asked for, or their scope's root; outside the scope is "not found". */
  viewRegion(regionCode: string | undefined, scope: DataScope): string {
    const root = (scope.all ? this.regions.rootCode() : scope.rootRegionCode) ?? '';
    if (regionCode === undefined) return root;
    if (!this.regions.get(regionCode) || (!scope.all && !scope.regionCodes.includes(regionCode))) {
      throw DomainException.notFound('地区');
    }
    return regionCode;
  }

  async targets(year: number | undefined, regionCode: string | undefined, scope: DataScope): Promise<TargetsDashboard> {
    const y = year ?? shanghaiYear(this.clock.now());
    const view = this.viewRegion(regionCode, scope);
    const children = (this.regions.tree(view)?.children ?? []).map((c) => ({ regionCode: c.code, regionName: c.name }));
    const [measured, ctx, childCtx] = await Promise.all([
      this.figures.measure(view, y, monthsOf(y)),
      this.figureTargets.targetsFor(view, y),
      Promise.all(children.map((c) => this.figureTargets.targetsFor(c.regionCode, y))),
    ]);
    const parent = this.regions.get(view)?.parentCode ?? null;
    const figures: TargetFigure[] = measured.map(({ spec, rows }) => {
      const sum = (within?: string) =>
        rows.filter((r) => !within || this.regions.isWithin(r.code, within)).reduce((s, r) => s + r.total, 0);
      return {
        key: spec.key,
        group: spec.group,
        label: spec.label,
        unit: spec.unit,
        value: sum(),
        target: spec.target(ctx),
        basis: spec.date ? 'PERIOD' : 'CURRENT',
        months: spec.date ? monthsOf(y).map((_, i) => rows.reduce((s, r) => s + r.parts[i], 0)) : [],
        byRegion: children.map((c, i) => ({
          regionCode: c.regionCode,
          regionName: c.regionName,
          value: sum(c.regionCode),
          target: spec.target(childCtx[i]),
          list: spec.list(y, c.regionCode),
        })),
        list: spec.list(y, view),
      };
    });
    return {
      year: y,
      regionCode: view,
      regionName: this.regions.nameOf(view),
      children,
      parentRegionCode: parent && (scope.all || scope.regionCodes.includes(parent)) ? parent : null,
      figures,
    };
  }
}
