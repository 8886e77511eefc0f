import { OptionalEnum, OptionalInt, OptionalText, QueryKeyword, QueryRegion } from '../common/query-fields';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AID_READ_ROLES,
  FieldError,
  OUTCOME_WRITE_ROLES,
  OutcomeResponse,
  OutcomeSource,
  OutcomeType,
  Page,
  Role,
  type OutcomeRequest,
  FIELD_RULES,
} from '@steadywork/shared';

import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsUUID, Min } from 'class-validator';
import { In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isStaff, type StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { PageQueryDto, skipOf, toPage, inBatches } from '../common/pagination';
import { isUniqueViolation } from '../common/sql';
import { Label, Optional, Rule } from '../common/validation';
import { IsCreditCode } from '../common/validators';
import { FileRecordType, FilesService } from '../files/files.service';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { isRealDate, shanghaiDate } from '../common/dates';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { applyWorkerKeyword } from '../workers/worker-keyword';
import { EmploymentOutcome } from './outcome.entity';

export class OutcomeDto implements OutcomeRequest {
  @ApiProperty() @Label('职工') @IsInt() @Min(1) workerId!: number;
  @ApiProperty({ enum: OutcomeType })
  @Label('成果类型')
  @IsEnum(OutcomeType, { message: '成果类型取值不正确' })
  type!: OutcomeType;
  @ApiProperty({ enum: OutcomeSource })
  @Label('成果来源')
  @IsEnum(OutcomeSource, { message: '成果来源取值不正确' })
  source!: OutcomeSource;
  @OptionalText('就业单位', 128) employer?: string;
  @ApiPropertyOptional()
  @Label('劳动合同起始日期')
  @Optional()
  @Rule(FIELD_RULES.date)
  contractStart?: string;
  @OptionalText('经营主体名称', 128) businessName?: string;
  @ApiPropertyOptional() @Label('营业执照统一社会信用代码') @Optional() @IsCreditCode() creditCode?: string;
  @ApiPropertyOptional({ type: [String] })
  @Label('证明材料')
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: '证明材料编号不正确' })
  evidence?: string[];
  @ApiProperty({ example: '2026-07-01' })
  @Label('实现日期')
  @Rule(FIELD_RULES.date)
  achievedOn!: string;
  @ApiPropertyOptional() @Label('关联申请') @Optional() @IsInt() applicationId?: number;
  @OptionalText('备注', 1000) notes?: string;
}

export class OutcomeQueryDto extends PageQueryDto {
  @OptionalInt('年度') year?: number;
  @QueryRegion() regionCode?: string;
  @OptionalEnum(OutcomeSource, '来源') source?: OutcomeSource;
  @QueryKeyword(32) keyword?: string;
}

/**
 * Employment outcomes, verified by union staff: each worker counts once per year toward the
 * target, whatever led to it (aid, training, referral, a center's service).
 */
/** Who reads the outcomes list: aid staff and those who record outcomes. */
export const OUTCOME_READ_ROLES: Role[] = [...new Set([...AID_READ_ROLES, ...OUTCOME_WRITE_ROLES])];

@Injectable()
export class OutcomesService implements OnModuleInit {
  constructor(
    @InjectRepository(EmploymentOutcome) private readonly outcomes: Repository<EmploymentOutcome>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly workers: WorkersService,
    private readonly files: FilesService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Evidence is read as the outcome is: outcome readers in the worker's region at the time. */
  onModuleInit(): void {
    this.files.registerReadRule(FileRecordType.OUTCOME, async (id, reader, scope) => {
      if (!isStaff(reader) || !scope || !reader.roles.some((r) => OUTCOME_READ_ROLES.includes(r))) return false;
      const outcome = await this.outcomes.findOneBy({ id });
      return !!outcome && (scope.all || scope.regionCodes.includes(outcome.regionCode));
    });
  }

  async record(dto: OutcomeDto, staff: StaffPrincipal, scope: DataScope): Promise<OutcomeResponse> {
    const worker = await this.workers.findInScope(dto.workerId, scope);
    const errors: FieldError[] = [];
    if (!isRealDate(dto.achievedOn)) errors.push({ field: 'achievedOn', message: '实现日期不是有效日期' });
    else if (dto.achievedOn > shanghaiDate(this.clock.now()))
      errors.push({ field: 'achievedOn', message: '实现日期不能晚于今天' });
    if (dto.type === OutcomeType.EMPLOYED) {
      if (!dto.employer?.trim()) errors.push({ field: 'employer', message: '请填写就业单位' });
      if (!dto.contractStart) errors.push({ field: 'contractStart', message: '请填写劳动合同起始日期' });
      else if (!isRealDate(dto.contractStart))
        errors.push({ field: 'contractStart', message: '劳动合同起始日期不是有效日期' });
    } else {
      if (!dto.businessName?.trim()) errors.push({ field: 'businessName', message: '请填写经营主体名称' });
      if (!dto.creditCode) errors.push({ field: 'creditCode', message: '请填写营业执照上的统一社会信用代码' });
    }
    if (errors.length) throw DomainException.validation(errors);
    await this.files.checkAttachable(dto.evidence ?? [], staff, 'evidence');
    const year = Number(dto.achievedOn.slice(0, 4));
    let id: number;
    try {
      id = await this.outcomes.manager.transaction(async (m) => {
        const result = await m.getRepository(EmploymentOutcome).insert({
          workerId: worker.id,
          regionCode: worker.regionCode,
          year,
          type: dto.type,
          source: dto.source,
          employer: dto.type === OutcomeType.EMPLOYED ? dto.employer!.trim() : null,
          contractStart: dto.type === OutcomeType.EMPLOYED ? dto.contractStart! : null,
          businessName: dto.type === OutcomeType.SELF_EMPLOYED ? dto.businessName!.trim() : null,
          creditCode: dto.type === OutcomeType.SELF_EMPLOYED ? dto.creditCode! : null,
          evidence: dto.evidence ?? [],
          achievedOn: dto.achievedOn,
          applicationId: dto.applicationId ?? null,
          notes: dto.notes ?? null,
          verifiedBy: staff.id,
          verifiedByName: staff.displayName,
          createdAt: this.clock.now(),
        });
        const outcomeId = Number(result.identifiers[0].id);
        await this.files.attach(
          m,
          dto.evidence ?? [],
          staff,
          { type: FileRecordType.OUTCOME, id: outcomeId },
          'evidence',
        );
        await this.audit.record(
          {
            action: 'outcome.record',
            targetType: 'worker',
            targetId: worker.id,
            summary: { outcomeId, year, type: dto.type, source: dto.source },
          },
          m,
        );
        return outcomeId;
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw DomainException.conflict(`该职工${year}年的就业成果已登记，每人每年只计一次`, [
          { field: 'workerId', message: '本年度已登记' },
        ]);
      }
      throw err;
    }
    return (await this.toResponses([await this.outcomes.findOneByOrFail({ id })]))[0];
  }

  async list(query: OutcomeQueryDto, scope: DataScope): Promise<Page<OutcomeResponse>> {
    const [rows, total] = await this.query(query, scope).skip(skipOf(query)).take(query.pageSize).getManyAndCount();
    return toPage(await this.toResponses(rows), total, query);
  }

  async *each(query: OutcomeQueryDto, scope: DataScope): AsyncGenerator<OutcomeResponse[]> {
    for await (const rows of inBatches(() => this.query(query, scope), 'o')) yield await this.toResponses(rows);
  }

  private query(query: OutcomeQueryDto, scope: DataScope) {
    const qb = this.outcomes.createQueryBuilder('o');
    applyScope(qb, 'o.region_code', scope);
    if (query.year) qb.andWhere('o.year = :year', { year: query.year });
    if (query.source) qb.andWhere('o.source = :source', { source: query.source });
    if (query.regionCode) {
      qb.andWhere('o.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    if (query.keyword) applyWorkerKeyword(qb, 'o.worker_id', query.keyword);
    return qb.orderBy('o.id', 'ASC');
  }

  private async toResponses(rows: EmploymentOutcome[]): Promise<OutcomeResponse[]> {
    const workers = await this.workerRepo.findBy({ id: In([0, ...rows.map((r) => r.workerId)]) });
    const files = await this.files.describeMany(rows.flatMap((r) => r.evidence));
    return rows.map((o) => {
      const w = workers.find((x) => x.id === o.workerId)!;
      return {
        id: o.id,
        workerId: o.workerId,
        workerName: w.name,
        idNumberMasked: w.idNumberMasked,
        regionCode: o.regionCode,
        regionName: this.regions.fullName(o.regionCode),
        year: o.year,
        type: o.type,
        source: o.source,
        employer: o.employer,
        contractStart: o.contractStart,
        businessName: o.businessName,
        creditCode: o.creditCode,
        evidence: o.evidence.filter((f) => files.has(f)).map((f) => files.get(f)!),
        achievedOn: o.achievedOn,
        applicationId: o.applicationId,
        notes: o.notes,
        verifiedBy: o.verifiedByName,
        createdAt: o.createdAt.toISOString(),
      };
    });
  }
}
