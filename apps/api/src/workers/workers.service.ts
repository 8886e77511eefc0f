import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ArchiveStatus,
  Page,
  parseResidentId,
  RegionLevel,
  RevealResponse,
  SELF_DECLARED_TAGS,
  SYSTEM_TAGS,
  WorkerResponse,
  WorkerSource,
  WorkerTag,
  maskPhone,
  maskResidentId,
} from '@steadywork/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { Totals } from '../common/totals';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { skipOf, toPage } from '../common/pagination';
import { isUniqueViolation } from '../common/sql';
import { PersonalDataCipher } from '../crypto/personal-data.cipher';
import { RegionService } from '../region/region.service';
import { applyScope, assertInScope, DataScope } from '../scope/data-scope';
import { MyProfileDto, UpdateWorkerDto, WorkerProfileDto, WorkerQueryDto } from './dto/worker-profile.dto';
import { Employer } from '../jobs/jobs.entities';
import { Worker, WorkerTagRow } from './worker.entity';
import { workerKeywordCondition } from './worker-keyword';

const ID_TAKEN = { field: 'idNumber', message: '该身份证号码已登记' };

/** 困难职工 follows the hardship archive and 221帮扶对象 the award; every other tag is set by people. */
const ASSIGNABLE_TAGS: readonly WorkerTag[] = Object.values(WorkerTag).filter((t) => !SYSTEM_TAGS.includes(t));

@Injectable()
export class WorkersService {
  constructor(
    @InjectRepository(Worker) private readonly workers: Repository<Worker>,
    @InjectRepository(WorkerTagRow) private readonly tags: Repository<WorkerTagRow>,
    private readonly cipher: PersonalDataCipher,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private readonly totals = new Totals(10_000);

  async list(query: WorkerQueryDto, scope: DataScope): Promise<Page<WorkerResponse>> {
    const rows = await this.filtered(query, scope)
      .orderBy('w.id', 'DESC')
      .skip(skipOf(query))
      .take(query.pageSize)
      .getMany();
    // the scope and every filter name the total (exact up to 10,000; above, counted once a minute)
    const key = JSON.stringify([
      scope.rootRegionCode,
      query.regionCode,
      query.employmentStatus,
      query.archiveStatus,
      query.tag,
      query.keyword,
    ]);
    const total = await this.totals.count(
      key,
      () => this.filtered(query, scope).select('w.id', 'id'),
      this.clock.now().getTime(),
    );
    return toPage(await this.toResponses(rows), total, query);
  }

  /** Every worker matching the filters, newest first, in batches (for the export). */
  async *each(query: WorkerQueryDto, scope: DataScope, batch = 500): AsyncGenerator<WorkerResponse[]> {
    let before = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const rows = await this.filtered(query, scope)
        .andWhere('w.id < :before', { before })
        .orderBy('w.id', 'DESC')
        .take(batch)
        .getMany();
      if (!rows.length) return;
      yield await this.toResponses(rows);
      before = rows[rows.length - 1].id;
    }
  }

  private filtered(query: WorkerQueryDto, scope: DataScope) {
    const qb = this.workers.createQueryBuilder('w');
    applyScope(qb, 'w.region_code', scope);
    if (query.regionCode) {
      qb.andWhere('w.region_code IN (:...regionFilter)', {
        regionFilter: this.regions.subtree(query.regionCode).concat('-'),
      });
    }
    if (query.employmentStatus) qb.andWhere('w.employment_status = :es', { es: query.employmentStatus });
    if (query.archiveStatus) qb.andWhere('w.archive_status = :as', { as: query.archiveStatus });
    if (query.tag)
      qb.andWhere('EXISTS (SELECT 1 FROM worker_tag t WHERE t.worker_id = w.id AND t.tag = :tag)', { tag: query.tag });
    if (query.keyword) {
      const c = workerKeywordCondition('w', query.keyword);
      qb.andWhere(c.sql, c.params);
    }
    return qb;
  }

  async get(id: number, scope: DataScope): Promise<WorkerResponse> {
    return (await this.toResponses([await this.findInScope(id, scope)]))[0];
  }

  async findInScope(id: number, scope: DataScope): Promise<Worker> {
    const worker = await this.workers.findOneBy({ id });
    if (!worker) throw DomainException.notFound('职工');
    assertInScope(scope, worker.regionCode, '职工');
    return worker;
  }

  /** Staff register a worker on their behalf (many have no smartphone). */
  async createOnBehalf(
    dto: WorkerProfileDto,
    staff: StaffPrincipal,
    scope: DataScope,
    source = WorkerSource.STAFF,
  ): Promise<WorkerResponse> {
    this.assertCounty(dto.regionCode);
    if (!scope.all && !scope.regionCodes.includes(dto.regionCode)) {
      throw DomainException.validation([{ field: 'regionCode', message: '所在地区不在您的管辖范围内' }]);
    }
    const id = await this.insert(dto, { source, createdBy: staff.id, accountId: null, consent: false });
    return this.get(id, scope);
  }

  async update(id: number, dto: UpdateWorkerDto, scope: DataScope): Promise<WorkerResponse> {
    const worker = await this.findInScope(id, scope);
    if (dto.regionCode !== undefined) {
      this.assertCounty(dto.regionCode);
      if (!scope.all && !scope.regionCodes.includes(dto.regionCode)) {
        throw DomainException.validation([{ field: 'regionCode', message: '所在地区不在您的管辖范围内' }]);
      }
    }
    await this.workers.manager.transaction(async (m) => {
      const before = await this.auditView(m, worker);
      const changes = await this.linkEmployer(m, this.changesFrom(dto), dto);
      await m.getRepository(Worker).update({ id }, changes);
      if (dto.tags) await this.replaceTags(m, id, dto.tags, ASSIGNABLE_TAGS);
      await this.audit.recordChange(
        {
          action: 'worker.update',
          targetType: 'worker',
          targetId: id,
          before,
          after: await this.auditView(m, await m.getRepository(Worker).findOneByOrFail({ id })),
        },
        m,
      );
    });
    return this.get(id, scope);
  }

  /** Full ID and phone numbers for staff; every read is audited. */
  async reveal(id: number, scope: DataScope): Promise<RevealResponse> {
    const worker = await this.findInScope(id, scope);
    await this.audit.record({
      action: 'worker.reveal',
      targetType: 'worker',
      targetId: id,
      summary: { fields: ['idNumber', 'phone'] },
    });
    return { idNumber: this.cipher.decrypt(worker.idNumberEnc), phone: this.cipher.decrypt(worker.phoneEnc) };
  }

  /** The worker record of a WeChat account, or null before registration. */
  findMine(accountId: number): Promise<Worker | null> {
    return this.workers.findOneBy({ accountId });
  }

  async getMine(accountId: number): Promise<WorkerResponse> {
    const worker = await this.workers.findOneBy({ accountId });
    if (!worker) throw DomainException.notFound('实名登记信息');
    return (await this.toResponses([worker]))[0];
  }

  /** The checks of a first registration (or an edit) before anything is looked up. */
  checkRegistration(dto: MyProfileDto, registering = true): void {
    this.assertCounty(dto.regionCode);
    const declared = (dto.tags ?? []).filter((t) => !SELF_DECLARED_TAGS.includes(t));
    if (declared.length) {
      throw DomainException.validation([{ field: 'tags', message: '以下标签须由工会认定，不能自行申报' }]);
    }
    if (!registering) return;
    const missing = (['idNumber', 'phone'] as const).filter((f) => !dto[f]);
    if (missing.length) {
      throw DomainException.validation(
        missing.map((field) => ({ field, message: field === 'idNumber' ? '请填写身份证号码' : '请填写手机号码' })),
      );
    }
  }

  /**
   * The worker's own registration or edit. Claiming a record staff registered with the same ID
   * number goes through WorkerClaimsService (an SMS code to the phone on file) before this.
   */
  async saveMine(accountId: number, dto: MyProfileDto): Promise<WorkerResponse> {
    const mine = await this.workers.findOneBy({ accountId });
    this.checkRegistration(dto, !mine);
    if (mine) {
      if (dto.idNumber && mine.idNumberHash !== this.cipher.lookupHash('id', dto.idNumber)) {
        throw DomainException.validation([
          { field: 'idNumber', message: '身份证号码登记后不能修改，如需更正请联系所在工会' },
        ]);
      }
      await this.workers.manager.transaction(async (m) => {
        const before = await this.auditView(m, mine);
        const changes = await this.linkEmployer(m, this.changesFrom(dto), dto);
        await m
          .getRepository(Worker)
          .update({ id: mine.id }, { ...changes, consentAt: mine.consentAt ?? this.clock.now() });
        await this.replaceTags(m, mine.id, dto.tags ?? [], SELF_DECLARED_TAGS);
        await this.audit.recordChange(
          {
            action: 'worker.profile_update',
            targetType: 'worker',
            targetId: mine.id,
            before,
            after: await this.auditView(m, await m.getRepository(Worker).findOneByOrFail({ id: mine.id })),
          },
          m,
        );
      });
      return this.getMine(accountId);
    }
    const registration = dto as MyProfileDto & { idNumber: string; phone: string };
    await this.insert(registration, { source: WorkerSource.SELF, createdBy: null, accountId, consent: true });
    return this.getMine(accountId);
  }

  /** Inserts a new worker; a second record with the same ID number is a 409. */
  async insert(
    dto: WorkerProfileDto,
    opts: { source: WorkerSource; createdBy: number | null; accountId: number | null; consent: boolean },
    manager?: EntityManager,
  ): Promise<number> {
    const info = parseResidentId(dto.idNumber);
    const now = this.clock.now();
    const run = async (m: EntityManager) => {
      const result = await m.getRepository(Worker).insert({
        ...(await this.linkEmployer(m, this.changesFrom(dto), dto)),
        skills: dto.skills ?? [],
        idNumberEnc: this.cipher.encrypt(dto.idNumber),
        idNumberHash: this.cipher.lookupHash('id', dto.idNumber),
        idNumberMasked: maskResidentId(dto.idNumber)!,
        idLast4: dto.idNumber.slice(-4),
        birthDate: info.birthDate!,
        sex: info.sex!,
        archiveStatus: ArchiveStatus.NONE,
        accountId: opts.accountId,
        source: opts.source,
        consentAt: opts.consent ? now : null,
        lastFollowUpAt: null,
        createdBy: opts.createdBy,
        createdAt: now,
      } as Worker);
      const id = Number(result.identifiers[0].id);
      const tags = (dto.tags ?? []).filter((t) => ASSIGNABLE_TAGS.includes(t));
      if (tags.length) await m.getRepository(WorkerTagRow).insert(tags.map((tag) => ({ workerId: id, tag })));
      await this.audit.record(
        {
          action: 'worker.create',
          targetType: 'worker',
          targetId: id,
          summary: { source: opts.source, regionCode: dto.regionCode },
        },
        m,
      );
      return id;
    };
    try {
      return manager ? await run(manager) : await this.workers.manager.transaction(run);
    } catch (err) {
      if (isUniqueViolation(err))
        throw DomainException.conflict('该身份证号码已登记，同一人只能有一条记录', [ID_TAKEN]);
      throw err;
    }
  }

  /** What the audit log compares before and after an edit: the editable fields, the phone masked. */
  private async auditView(m: EntityManager, w: Worker): Promise<Record<string, unknown>> {
    const tags = (await m.getRepository(WorkerTagRow).findBy({ workerId: w.id })).map((t) => t.tag).sort();
    return {
      name: w.name,
      phone: w.phoneMasked,
      regionCode: w.regionCode,
      ethnicity: w.ethnicity,
      employer: w.employer,
      employerId: w.employerId,
      unionMember: w.unionMember,
      employmentStatus: w.employmentStatus,
      education: w.education,
      skills: w.skills,
      employmentIntention: w.employmentIntention,
      trainingNeeds: w.trainingNeeds,
      tags,
    };
  }

  /** Column values from a profile form (everything but the ID number, which never changes). */
  changesFrom(dto: Partial<WorkerProfileDto>): Partial<Worker> {
    const c: Partial<Worker> = { updatedAt: this.clock.now() };
    if (dto.name !== undefined) c.name = dto.name;
    if (dto.phone !== undefined) {
      c.phoneEnc = this.cipher.encrypt(dto.phone);
      c.phoneHash = this.cipher.lookupHash('phone', dto.phone);
      c.phoneMasked = maskPhone(dto.phone)!;
    }
    if (dto.regionCode !== undefined) c.regionCode = dto.regionCode;
    if (dto.ethnicity !== undefined) c.ethnicity = dto.ethnicity || null;
    if (dto.employer !== undefined) c.employer = dto.employer || null;
    if (dto.unionMember !== undefined) c.unionMember = dto.unionMember;
    if (dto.employmentStatus !== undefined) c.employmentStatus = dto.employmentStatus;
    if (dto.education !== undefined) c.education = dto.education || null;
    if (dto.skills !== undefined) c.skills = dto.skills;
    if (dto.employmentIntention !== undefined) c.employmentIntention = dto.employmentIntention || null;
    if (dto.trainingNeeds !== undefined) c.trainingNeeds = dto.trainingNeeds || null;
    return c;
  }

  /**
   * The employer link (decision 14 on the registry): an employer picked by id gives its name; a
   * typed name is linked when the registry holds an employer of exactly that name, and otherwise
   * stays unlinked until staff merge it (POST /jobs/employers/:id/merge-name).
   */
  async linkEmployer(
    m: EntityManager,
    changes: Partial<Worker>,
    dto: { employer?: string | null; employerId?: number | null },
  ): Promise<Partial<Worker>> {
    const registry = m.getRepository(Employer);
    if (dto.employerId) {
      const employer = await registry.findOneBy({ id: dto.employerId });
      if (!employer) throw DomainException.validation([{ field: 'employerId', message: '工作单位不在企业名录中' }]);
      return { ...changes, employer: employer.name, employerId: employer.id };
    }
    if (dto.employer !== undefined || dto.employerId === null) {
      const name = changes.employer ?? null;
      const employer = name ? await registry.findOne({ where: { name }, order: { id: 'ASC' } }) : null;
      return { ...changes, employerId: employer?.id ?? null };
    }
    return changes;
  }

  /** Replaces the worker's tags; with `only`, just that subset (the rest are kept). */
  async replaceTags(m: EntityManager, workerId: number, tags: WorkerTag[], only?: readonly WorkerTag[]): Promise<void> {
    const repo = m.getRepository(WorkerTagRow);
    await repo.delete(only ? { workerId, tag: In([...only]) } : { workerId });
    const keep = only ? tags.filter((t) => only.includes(t)) : tags;
    if (keep.length) await repo.insert(keep.map((tag) => ({ workerId, tag })));
  }

  async setTag(m: EntityManager, workerId: number, tag: WorkerTag, on: boolean): Promise<void> {
    const repo = m.getRepository(WorkerTagRow);
    await repo.delete({ workerId, tag });
    if (on) await repo.insert({ workerId, tag });
  }

  private assertCounty(code: string): void {
    const region = this.regions.get(code);
    if (!region || region.level !== RegionLevel.COUNTY) {
      throw DomainException.validation([{ field: 'regionCode', message: '请选择县（区）级所在地区' }]);
    }
  }

  async toResponses(rows: Worker[]): Promise<WorkerResponse[]> {
    if (!rows.length) return [];
    const tagRows = await this.tags.findBy({ workerId: In(rows.map((w) => w.id)) });
    const tagsOf = new Map<number, WorkerTag[]>();
    for (const t of tagRows) tagsOf.set(t.workerId, [...(tagsOf.get(t.workerId) ?? []), t.tag]);
    return rows.map((w) => ({
      id: w.id,
      name: w.name,
      idNumberMasked: w.idNumberMasked,
      phoneMasked: w.phoneMasked,
      birthDate: w.birthDate,
      sex: w.sex,
      regionCode: w.regionCode,
      regionName: this.regions.fullName(w.regionCode),
      ethnicity: w.ethnicity,
      employer: w.employer,
      employerId: w.employerId,
      unionMember: w.unionMember,
      employmentStatus: w.employmentStatus,
      education: w.education,
      skills: w.skills ?? [],
      employmentIntention: w.employmentIntention,
      trainingNeeds: w.trainingNeeds,
      tags: (tagsOf.get(w.id) ?? []).sort(),
      archiveStatus: w.archiveStatus,
      claimed: w.accountId !== null,
      source: w.source,
      lastFollowUpAt: w.lastFollowUpAt?.toISOString() ?? null,
      consentAt: w.consentAt?.toISOString() ?? null,
      createdAt: w.createdAt.toISOString(),
      updatedAt: w.updatedAt.toISOString(),
    }));
  }
}
