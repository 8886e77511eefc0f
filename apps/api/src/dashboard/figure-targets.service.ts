import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RegionLevel } from '@steadywork/shared';
import { DataSource } from 'typeorm';
import { AidProgram, AidRegionQuotaRow } from '../aid/aid.entities';
import { RegionService } from '../region/region.service';
import { TrainingTargetsService } from '../training/training-targets.service';
import type { TargetContext } from './figures.service';

/** The targets a view measures its figures against: the 221 programmes' quotas and the 151 targets of the year. */
@Injectable()
export class FigureTargetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly regions: RegionService,
    private readonly trainingTargets: TrainingTargetsService,
  ) {}

  /** The targets that apply to a view of `regionCode` in `year`. */
  async targetsFor(regionCode: string, year: number): Promise<TargetContext> {
    const region = this.regions.get(regionCode);
    const level = (region?.level ?? RegionLevel.COUNTY) as TargetContext['level'];
    const cityCode = this.regions.cityOf(regionCode);
    const programs = await this.db.getRepository(AidProgram).findBy({ year });
    const cityQuotas = programs.length
      ? await this.db
          .getRepository(AidRegionQuotaRow)
          .createQueryBuilder('q')
          .where('q.program_id IN (:...ids)', { ids: programs.map((p) => p.id) })
          .getMany()
      : [];
    return {
      year,
      province: level === 'province',
      cityCode,
      level,
      programs,
      cityQuotas,
      // a city's split when set; a county has none of its own
      training:
        level === 'county' ? null : await this.trainingTargets.figuresFor(year, level === 'province' ? null : cityCode),
    };
  }
}
