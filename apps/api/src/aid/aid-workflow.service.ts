import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AID_DEFAULTS,
  AID_STATUS_LABELS,
  AidApplicationResponse,
  AidApplicationStatus,
  AidBatchReviewResponse,
  AidEventType,
  AidReviewDecision,
  ArchiveStatus,
  PublicityResponse,
  Role,
  WorkerTag,
  AidFinanceSummary,
} from '@steadywork/shared';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { Clock } from '../common/clock';
import { DomainException } from '../common/domain.exception';
import { isUniqueViolation, toInt } from '../common/sql';
import { NotificationService } from '../notifications/notification.service';
import { RegionService } from '../region/region.service';
import { applyScope, DataScope } from '../scope/data-scope';
import { Worker } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { AidApplication, AidProgram, AidPublicity, AidRegionQuotaRow } from './aid.entities';
import { AidApplicationsService } from './aid-applications.service';
import { isRealDate, parseShanghai, shanghaiDate, shanghaiYear, yuan } from '../common/dates';
import { WorkingDays } from '../common/working-days';
import { DisbursementDto, ObjectionDecisionDto, PublicityDto, ReviewDto } from './dto/aid.dto';

/** Review (初审, 复审), the quota, publicity (公示), revocation and disbursement. */
@Injectable()
export class AidWorkflowService {
  constructor(
    @InjectRepository(AidApplication) private readonly applications: Repository<AidApplication>,
    @InjectRepository(AidPublicity) private readonly publicityRepo: Repository<AidPublicity>,
    @InjectRepository(AidProgram) private readonly programs: Repository<AidProgram>,
    @InjectRepository(Worker) private readonly workerRepo: Repository<Worker>,
    private readonly apps: AidApplicationsService,
    private readonly workers: WorkersService,
    private readonly regions: RegionService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly workingDays: WorkingDays,
  ) {}

  /**
   * 初审 by the county/city union (REVIEWER, in scope) of a SUBMITTED application; 复审 by the
   * province (PROVINCE_REVIEWER) of a FIRST_APPROVED one. Final approval takes a place.
   */
  async review(id: number, dto: ReviewDto, staff: StaffPrincipal, scope: DataScope): Promise<AidApplicationResponse> {
    const app = await this.apps.requireInScope(id, scope);
    const stage = this.stageOf(app, staff);
    const comment = dto.comment?.trim() || null;
    if (dto.decision !== AidReviewDecision.APPROVE && !comment) {
      throw DomainException.validation([
        {
          field: 'comment',
          message: dto.decision === AidReviewDecision.REJECT ? '不予通过须填写理由' : '退回修改须说明需要修改的内容',
        },
      ]);
    }
    const from = [stage === 'first' ? AidApplicationStatus.SUBMITTED : AidApplicationStatus.FIRST_APPROVED];
    if (dto.decision === AidReviewDecision.RETURN) {
      await this.applications.manager.transaction((m) =>
        this.apps.transition(m, app, {
          from,
          to: AidApplicationStatus.RETURNED,
          event: AidEventType.RETURNED,
          actor: staff,
          comment,
          changes: { lastComment: comment },
          summary: { stage },
        }),
      );
    } else if (dto.decision === AidReviewDecision.REJECT) {
      await this.applications.manager.transaction((m) =>
        this.apps.transition(m, app, {
          from,
          to: AidApplicationStatus.REJECTED,
          event: AidEventType.REJECTED,
          actor: staff,
          comment,
          changes: { lastComment: comment, openKey: null },
          summary: { stage },
        }),
      );
    } else if (stage === 'first') {
      await this.applications.manager.transaction((m) =>
        this.apps.transition(m, app, {
          from,
          to: AidApplicationStatus.FIRST_APPROVED,
          event: AidEventType.FIRST_APPROVED,
          actor: staff,
          comment,
          summary: { stage },
        }),
      );
    } else {
      await this.finalApprove(app, staff, comment);
    }
    return this.apps.getForStaff(id, scope);
  }

  /**
   * Takes one place of the programme's quota (and of the city's share when split) with
   * conditional UPDATEs in the approval's transaction: whoever comes when the quota is full
   * changes nothing and gets 409, however many approve at the same instant.
   */
  private async finalApprove(app: AidApplication, staff: StaffPrincipal, comment: string | null): Promise<number> {
    const program = await this.programs.findOneByOrFail({ id: app.programId });
    try {
      return await this.applications.manager.transaction(async (m) => {
        // The programme's row first: approvals queue on it (on MySQL, taking it after the
        // application row would deadlock with the foreign-key check's shared lock).
        const took = await m
          .createQueryBuilder()
          .update(AidProgram)
          .set({ awarded: () => 'awarded + 1' })
          .where('id = :id AND awarded < quota', { id: program.id })
          .execute();
        if (!took.affected) {
          throw DomainException.conflict(`名额已满：${program.name}共 ${program.quota} 个名额，已全部通过复审`);
        }
        const share = await m
          .getRepository(AidRegionQuotaRow)
          .findOneBy({ programId: program.id, regionCode: app.cityCode });
        const split = await m.getRepository(AidRegionQuotaRow).countBy({ programId: program.id });
        if (split) {
          const tookShare = await m
            .createQueryBuilder()
            .update(AidRegionQuotaRow)
            .set({ awarded: () => 'awarded + 1' })
            .where('program_id = :id AND region_code = :city AND awarded < quota', {
              id: program.id,
              city: app.cityCode,
            })
            .execute();
          if (!tookShare.affected) {
            throw DomainException.conflict(
              `名额已满：${this.regions.nameOf(app.cityCode)}的 ${share?.quota ?? 0} 个名额已全部通过复审`,
            );
          }
        }
        const notice = await this.apps.transition(m, app, {
          from: [AidApplicationStatus.FIRST_APPROVED],
          to: AidApplicationStatus.APPROVED,
          event: AidEventType.FINAL_APPROVED,
          actor: staff,
          comment,
          changes: {
            approvedAt: this.clock.now(),
            awardKey: program.onePerYear ? `${app.year}:${app.workerId}` : null,
          },
          summary: { stage: 'final' },
        });
        await this.workers.setTag(m, app.workerId, WorkerTag.AID_RECIPIENT, true);
        return notice;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw DomainException.conflict(`该职工${app.year}年已获得过“221”帮扶，每年限一次`);
      throw err;
    }
  }

  async batchApprove(
    ids: number[],
    comment: string | undefined,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<AidBatchReviewResponse> {
    const results: AidBatchReviewResponse['results'] = [];
    for (const id of [...new Set(ids)]) {
      try {
        const app = await this.apps.requireInScope(id, scope);
        if (app.status !== AidApplicationStatus.SUBMITTED) {
          results.push({
            id,
            ok: false,
            status: app.status,
            message: `申请${AID_STATUS_LABELS[app.status]}，不在初审队列`,
          });
          continue;
        }
        const done = await this.review(id, { decision: AidReviewDecision.APPROVE, comment }, staff, scope);
        results.push({ id, ok: true, status: done.status });
      } catch (err) {
        results.push({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
      }
    }
    return { results };
  }

  /** Revocation (objection upheld, or found ineligible) frees the place. Not once paid. */
  async revoke(id: number, reason: string, staff: StaffPrincipal, scope: DataScope): Promise<AidApplicationResponse> {
    const app = await this.apps.requireInScope(id, scope);
    await this.applications.manager.transaction((m) => this.revokeIn(m, app, reason, staff));
    return this.apps.getForStaff(id, scope);
  }

  private async revokeIn(
    m: EntityManager,
    app: AidApplication,
    reason: string,
    staff: StaffPrincipal,
  ): Promise<number> {
    const from = [AidApplicationStatus.APPROVED, AidApplicationStatus.PUBLICIZING, AidApplicationStatus.CONFIRMED];
    if (!from.includes(app.status)) {
      throw DomainException.conflict(
        app.status === AidApplicationStatus.PAID
          ? '资金已发放，不能撤销'
          : `申请${AID_STATUS_LABELS[app.status]}，没有可撤销的资格`,
      );
    }
    // the programme's row first, as in approval
    await m
      .createQueryBuilder()
      .update(AidProgram)
      .set({ awarded: () => 'awarded - 1' })
      .where('id = :id AND awarded > 0', { id: app.programId })
      .execute();
    await m
      .createQueryBuilder()
      .update(AidRegionQuotaRow)
      .set({ awarded: () => 'awarded - 1' })
      .where('program_id = :id AND region_code = :city AND awarded > 0', { id: app.programId, city: app.cityCode })
      .execute();
    const notice = await this.apps.transition(m, app, {
      from,
      to: AidApplicationStatus.REVOKED,
      event: AidEventType.REVOKED,
      actor: staff,
      comment: reason,
      changes: { openKey: null, awardKey: null, objectionPending: false, lastComment: reason },
    });
    const still = await m.getRepository(AidApplication).countBy({
      workerId: app.workerId,
      status: In([
        AidApplicationStatus.APPROVED,
        AidApplicationStatus.PUBLICIZING,
        AidApplicationStatus.CONFIRMED,
        AidApplicationStatus.PAID,
      ]),
    });
    if (!still) await this.workers.setTag(m, app.workerId, WorkerTag.AID_RECIPIENT, false);
    return notice;
  }

  async objection(
    id: number,
    content: string,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<AidApplicationResponse> {
    const app = await this.apps.requireInScope(id, scope);
    if (app.status !== AidApplicationStatus.PUBLICIZING) throw DomainException.conflict('只有公示中的名单可以记录异议');
    await this.applications.manager.transaction(async (m) => {
      await m.getRepository(AidApplication).update({ id }, { objectionPending: true, updatedAt: this.clock.now() });
      await this.apps.addEvent(m, id, AidEventType.OBJECTION, app.status, app.status, staff, content);
      await this.audit.record(
        { action: 'aid_application.objection', targetType: 'aid_application', targetId: id, summary: { content } },
        m,
      );
    });
    return this.apps.getForStaff(id, scope);
  }

  async decideObjection(
    id: number,
    dto: ObjectionDecisionDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<AidApplicationResponse> {
    const app = await this.apps.requireInScope(id, scope);
    if (!app.objectionPending) throw DomainException.conflict('该申请没有待处理的异议');
    if (dto.decision === 'uphold') {
      await this.applications.manager.transaction((m) => this.revokeIn(m, app, `异议成立：${dto.comment}`, staff));
    } else {
      await this.applications.manager.transaction(async (m) => {
        const done = await m
          .getRepository(AidApplication)
          .update({ id, objectionPending: true }, { objectionPending: false, updatedAt: this.clock.now() });
        if (!done.affected) throw DomainException.conflict('异议已处理，请刷新');
        await this.apps.addEvent(m, id, AidEventType.OBJECTION_DISMISSED, app.status, app.status, staff, dto.comment);
        await this.audit.record(
          {
            action: 'aid_application.objection_dismiss',
            targetType: 'aid_application',
            targetId: id,
            summary: { comment: dto.comment },
          },
          m,
        );
      });
    }
    return this.apps.getForStaff(id, scope);
  }

  // ---- publicity ----

  /** Publishes every final approval of the programme not yet published, for N working days. */
  async publish(dto: PublicityDto, staff: StaffPrincipal): Promise<PublicityResponse> {
    const program = await this.programs.findOneBy({ id: dto.programId });
    if (!program) throw DomainException.validation([{ field: 'programId', message: '帮扶项目不存在' }]);
    const now = this.clock.now();
    const days = dto.workingDays ?? AID_DEFAULTS.publicityWorkingDays;
    if (dto.startsOn && (!isRealDate(dto.startsOn) || dto.startsOn > shanghaiDate(now))) {
      throw DomainException.validation([{ field: 'startsOn', message: '公示开始日期不能晚于今天' }]);
    }
    const startsAt = dto.startsOn ? parseShanghai(dto.startsOn) : now;
    const { endsAt } = await this.workingDays.endOf(startsAt, days);
    const { publicityId } = await this.applications.manager.transaction(async (m) => {
      const entries = await m
        .getRepository(AidApplication)
        .findBy({ programId: program.id, status: AidApplicationStatus.APPROVED });
      if (!entries.length) throw DomainException.conflict('没有待公示的复审通过名单');
      const inserted = await m.getRepository(AidPublicity).insert({
        programId: program.id,
        startsAt,
        endsAt,
        closedAt: null,
        createdBy: staff.id,
        createdAt: now,
      });
      const pid = Number(inserted.identifiers[0].id);
      const ids: number[] = [];
      for (const app of entries) {
        ids.push(
          await this.apps.transition(m, app, {
            from: [AidApplicationStatus.APPROVED],
            to: AidApplicationStatus.PUBLICIZING,
            event: AidEventType.PUBLICIZED,
            actor: staff,
            comment: `公示 ${days} 个工作日`,
            changes: { publicityId: pid },
          }),
        );
      }
      await this.audit.record(
        {
          action: 'aid_publicity.create',
          targetType: 'aid_publicity',
          targetId: pid,
          summary: { programId: program.id, entries: entries.length, days },
        },
        m,
      );
      return { publicityId: pid, notices: ids };
    });
    return this.publicity(publicityId);
  }

  /** Ends a publicity whose period is over: entries without a pending objection become CONFIRMED. */
  async closePublicity(id: number, staff: StaffPrincipal): Promise<PublicityResponse> {
    const pub = await this.publicityRepo.findOneBy({ id });
    if (!pub) throw DomainException.notFound('公示');
    if (pub.closedAt) throw DomainException.conflict('公示已结束');
    if (this.clock.now() < pub.endsAt) {
      throw DomainException.conflict(
        `公示期未满：至 ${pub.endsAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}`,
      );
    }
    const entries = await this.applications.findBy({ publicityId: id, status: AidApplicationStatus.PUBLICIZING });
    const pending = entries.filter((e) => e.objectionPending);
    if (pending.length) throw DomainException.conflict(`还有 ${pending.length} 条异议未处理，请先处理异议`);
    await this.applications.manager.transaction(async (m) => {
      const closed = await m
        .getRepository(AidPublicity)
        .update({ id, closedAt: IsNull() }, { closedAt: this.clock.now() });
      if (!closed.affected) throw DomainException.conflict('公示已结束');
      const out: number[] = [];
      for (const app of entries) {
        out.push(
          await this.apps.transition(m, app, {
            from: [AidApplicationStatus.PUBLICIZING],
            to: AidApplicationStatus.CONFIRMED,
            event: AidEventType.CONFIRMED,
            actor: staff,
          }),
        );
      }
      await this.audit.record(
        {
          action: 'aid_publicity.close',
          targetType: 'aid_publicity',
          targetId: id,
          summary: { confirmed: entries.length },
        },
        m,
      );
      return out;
    });
    return this.publicity(id);
  }

  async publicities(programId?: number): Promise<PublicityResponse[]> {
    const rows = await this.publicityRepo.find({ where: programId ? { programId } : {}, order: { id: 'DESC' } });
    return Promise.all(rows.map((r) => this.publicity(r.id, r)));
  }

  /** What workers see: publicities in their period, without revoked entries. */
  async current(): Promise<PublicityResponse[]> {
    const rows = await this.publicityRepo.find({ where: { closedAt: IsNull() }, order: { id: 'DESC' } });
    const now = this.clock.now();
    const active = rows.filter((r) => r.startsAt <= now && now <= r.endsAt);
    const out = await Promise.all(active.map((r) => this.publicity(r.id, r)));
    return out.map((p) => ({ ...p, entries: p.entries.filter((e) => e.status !== AidApplicationStatus.REVOKED) }));
  }

  async publicity(id: number, row?: AidPublicity): Promise<PublicityResponse> {
    const pub = row ?? (await this.publicityRepo.findOneBy({ id }));
    if (!pub) throw DomainException.notFound('公示');
    const program = await this.programs.findOneByOrFail({ id: pub.programId });
    const entries = await this.applications.find({ where: { publicityId: id }, order: { cityCode: 'ASC', id: 'ASC' } });
    const workers = await this.workerRepo.findBy({ id: In([0, ...entries.map((e) => e.workerId)]) });
    const now = this.clock.now();
    return {
      id: pub.id,
      programId: program.id,
      programName: program.name,
      year: program.year,
      aidType: program.aidType,
      startsAt: pub.startsAt.toISOString(),
      endsAt: pub.endsAt.toISOString(),
      active: !pub.closedAt && pub.startsAt <= now && now <= pub.endsAt,
      closedAt: pub.closedAt?.toISOString() ?? null,
      weekdayFallbackYears: await this.workingDays.fallbackYears(pub.startsAt, pub.endsAt, pub.createdAt),
      entries: entries.map((e) => {
        const w = workers.find((x) => x.id === e.workerId)!;
        return {
          applicationId: e.id,
          name: w.name,
          idNumberMasked: w.idNumberMasked,
          regionName: this.regions.fullName(e.regionCode).replace(/^青海省 \/ /, ''),
          aidType: e.aidType,
          amountFen: program.amountFen,
          status: e.status,
        };
      }),
    };
  }

  // ---- disbursement ----

  /**
   * 财务部 records a payment: the amount must equal the award, and the worker must still be
   * eligible now (an archive closed since approval stops the payment, with the reason).
   */
  async disburse(
    id: number,
    dto: DisbursementDto,
    staff: StaffPrincipal,
    scope: DataScope,
  ): Promise<AidApplicationResponse> {
    const app = await this.apps.requireInScope(id, scope);
    if (app.status === AidApplicationStatus.PAID)
      throw DomainException.conflict(`该申请已发放（凭证号 ${app.voucherNo}）`);
    if (app.status !== AidApplicationStatus.CONFIRMED) {
      throw DomainException.conflict(`申请${AID_STATUS_LABELS[app.status]}：只有公示期满、确认帮扶的申请可以发放`);
    }
    const program = await this.programs.findOneByOrFail({ id: app.programId });
    if (dto.amountFen !== program.amountFen) {
      throw DomainException.validation([
        {
          field: 'amountFen',
          message: `发放金额应等于帮扶金额 ${yuan(program.amountFen)}（填写的是 ${yuan(dto.amountFen)}）`,
        },
      ]);
    }
    const paidAt = parseShanghai(dto.paidAt);
    if (Number.isNaN(paidAt.getTime()))
      throw DomainException.validation([{ field: 'paidAt', message: '发放日期格式不正确' }]);
    if (paidAt.getTime() > this.clock.now().getTime() + 60_000) {
      throw DomainException.validation([{ field: 'paidAt', message: '发放日期不能晚于今天' }]);
    }
    const worker = await this.workerRepo.findOneByOrFail({ id: app.workerId });
    if (worker.archiveStatus !== ArchiveStatus.ACTIVE) {
      const reason = '该职工的困难档案已不在档（已脱困或未建档），暂停发放；请核实后撤销或重新建档';
      await this.applications.manager.transaction(async (m) => {
        await this.apps.addEvent(m, id, AidEventType.PAYMENT_REFUSED, app.status, app.status, staff, reason);
        await this.audit.record(
          {
            action: 'aid_application.payment_refused',
            targetType: 'aid_application',
            targetId: id,
            summary: { reason },
          },
          m,
        );
      });
      throw DomainException.conflict(reason);
    }
    try {
      await this.applications.manager.transaction((m) =>
        this.apps.transition(m, app, {
          from: [AidApplicationStatus.CONFIRMED],
          to: AidApplicationStatus.PAID,
          event: AidEventType.PAID,
          actor: staff,
          comment: `发放 ${yuan(dto.amountFen)}，凭证号 ${dto.voucherNo}`,
          changes: {
            paidAmountFen: dto.amountFen,
            voucherNo: dto.voucherNo.trim(),
            paidAt,
            paidRecordedBy: staff.displayName,
            paidRecordedAt: this.clock.now(),
          },
          summary: { amountFen: dto.amountFen, voucherNo: dto.voucherNo },
        }),
      );
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw DomainException.conflict('凭证号已用于其他发放记录', [{ field: 'voucherNo', message: '凭证号已使用' }]);
      }
      throw err;
    }
    return this.apps.getForStaff(id, scope);
  }

  async financeSummary(year: number | undefined, scope: DataScope): Promise<AidFinanceSummary> {
    const y = year ?? shanghaiYear(this.clock.now());
    const qb = this.applications
      .createQueryBuilder('a')
      .innerJoin(AidProgram, 'p', 'p.id = a.program_id')
      .select('a.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(a.paid_amount_fen), 0)', 'paid')
      .addSelect('COALESCE(SUM(p.amount_fen), 0)', 'award')
      .where('a.year = :y AND a.status IN (:...st)', {
        y,
        st: [AidApplicationStatus.CONFIRMED, AidApplicationStatus.PAID],
      })
      .groupBy('a.status');
    applyScope(qb, 'a.region_code', scope);
    const rows = await qb.getRawMany<{ status: AidApplicationStatus; n: unknown; paid: unknown; award: unknown }>();
    const get = (s: AidApplicationStatus) => rows.find((r) => r.status === s);
    return {
      year: y,
      awaitingCount: toInt(get(AidApplicationStatus.CONFIRMED)?.n),
      awaitingFen: toInt(get(AidApplicationStatus.CONFIRMED)?.award),
      paidCount: toInt(get(AidApplicationStatus.PAID)?.n),
      paidFen: toInt(get(AidApplicationStatus.PAID)?.paid),
    };
  }

  private stageOf(app: AidApplication, staff: StaffPrincipal): 'first' | 'final' {
    if (app.status === AidApplicationStatus.SUBMITTED) {
      if (!staff.roles.includes(Role.REVIEWER)) throw DomainException.forbidden('初审由申请人所在县区或市州工会办理');
      return 'first';
    }
    if (app.status === AidApplicationStatus.FIRST_APPROVED) {
      if (!staff.roles.includes(Role.PROVINCE_REVIEWER))
        throw DomainException.forbidden('复审由省总工会权益保障部办理');
      return 'final';
    }
    throw DomainException.conflict(`申请${AID_STATUS_LABELS[app.status]}，不在审核环节`);
  }
}
