import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  TRAINING_TARGET_FIELDS,
  TRAINING_TARGET_LABELS,
  type FieldError,
  type TrainingTargets,
  type TrainingTargetsResponse,
} from '@steadywork/shared';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation } from '../common/sql';
import { RegionService } from '../region/region.service';
import { TrainingTarget } from './training.entities';
import { TrainingTargetsDto } from './training-targets.dto';

const MAX = 100_000_000;

/** The 151 action's targets per year: data the training admin sets, optionally split among the cities. */
@Injectable()
export class TrainingTargetsService {
  constructor(
    @InjectRepository(TrainingTarget) private readonly targets: Repository<TrainingTarget>,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(year: number): Promise<TrainingTargetsResponse> {
    const row = await this.targets.findOneBy({ year });
    if (!row) return { year, targets: null, updatedAt: null, updatedByName: null };
    return toResponse(row);
  }

  /** The figures a dashboard measures against: a city's split when asked and set, else the province's; null when the year has none. */
  async figuresFor(year: number, cityCode: string | null): Promise<TrainingTargets | null> {
    const row = await this.targets.findOneBy({ year });
    if (!row) return null;
    if (cityCode) return row.citySplits[cityCode] ?? null;
    return figures(row);
  }

  async put(year: number, dto: TrainingTargetsDto, staff: StaffPrincipal): Promise<TrainingTargetsResponse> {
    const splits = this.checkSplits(dto);
    const now = this.clock.now();
    const change = {
      bases: dto.bases,
      completions: dto.completions,
      domesticServiceCompletions: dto.domesticServiceCompletions,
      onlineLearning: dto.onlineLearning,
      citySplits: splits,
      updatedAt: now,
      updatedBy: staff.id,
      updatedByName: staff.displayName,
    };
    try {
      await this.targets.manager.transaction(async (m) => {
        const repo = m.getRepository(TrainingTarget);
        const existing = await repo.findOneBy({ year });
        if (existing) await repo.update({ year }, change);
        else await repo.insert({ year, ...change, createdAt: now });
        await this.audit.record(
          {
            action: existing ? 'training_target.update' : 'training_target.create',
            targetType: 'training_target',
            targetId: year,
            summary: { ...figures(change), cities: Object.keys(splits) },
          },
          m,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw DomainException.conflict(`${year}年培训目标刚由他人设置，请刷新后再修改`);
      throw err;
    }
    return this.get(year);
  }

  /** Each split a known city with four whole figures; each figure summed over the cities at most the province's. */
  private checkSplits(dto: TrainingTargetsDto): Record<string, TrainingTargets> {
    const errors: FieldError[] = [];
    const splits: Record<string, TrainingTargets> = {};
    const cities = new Set(this.regions.cities().map((c) => c.code));
    const sums: Record<string, number> = {};
    for (const [code, split] of Object.entries(dto.citySplits ?? {})) {
      if (!cities.has(code)) {
        errors.push({ field: `citySplits.${code}`, message: '应为本省的市州' });
        continue;
      }
      if (split === null || typeof split !== 'object' || Array.isArray(split)) {
        errors.push({ field: `citySplits.${code}`, message: '应填写该市州的各项目标' });
        continue;
      }
      const row = {} as TrainingTargets;
      for (const f of TRAINING_TARGET_FIELDS) {
        const n = (split as unknown as Record<string, unknown>)[f];
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX) {
          errors.push({ field: `citySplits.${code}.${f}`, message: `${TRAINING_TARGET_LABELS[f]}目标应为非负整数` });
          continue;
        }
        row[f] = n;
        sums[f] = (sums[f] ?? 0) + n;
      }
      splits[code] = row;
    }
    if (!errors.length) {
      for (const f of TRAINING_TARGET_FIELDS) {
        if ((sums[f] ?? 0) > dto[f]) {
          errors.push({
            field: `citySplits.${f}`,
            message: `各市州${TRAINING_TARGET_LABELS[f]}目标之和（${sums[f]}）不能超过全省目标（${dto[f]}）`,
          });
        }
      }
    }
    if (errors.length) throw DomainException.validation(errors);
    return splits;
  }
}

function figures(row: TrainingTargets): TrainingTargets {
  return {
    bases: row.bases,
    completions: row.completions,
    domesticServiceCompletions: row.domesticServiceCompletions,
    onlineLearning: row.onlineLearning,
  };
}

function toResponse(row: TrainingTarget): TrainingTargetsResponse {
  return {
    year: row.year,
    targets: { ...figures(row), citySplits: row.citySplits ?? {} },
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
  };
}
