import {
  AID_AWARDED_STATUSES,
  AidApplicationStatus,
  AidEventType,
  AidType,
  ArchiveStatus,
  creditCodeCheckChar,
  OutcomeSource,
  OutcomeType,
  PrincipalType,
  WorkerTag,
} from '@steadywork/shared';
import { createHash } from 'node:crypto';
import { In } from 'typeorm';
import { AidApplication, AidApplicationEvent, AidProgram, AidPublicity } from '../../aid/aid.entities';
import { shanghaiDate, shanghaiYear, yuan } from '../../common/dates';
import { StoredFile } from '../../files/stored-file.entity';
import { EmploymentOutcome } from '../../outcomes/outcome.entity';
import { Worker, WorkerTagRow } from '../../workers/worker.entity';
import { WorkerAccount } from '../../worker-account/worker-account.entity';
import { HardshipArchive } from '../../workers/hardship-archive.entity';
import { Actor, between, DAY, insertBatched, ProvinceContext } from './context';
import { ProvinceWorker } from './workers';

const S = AidApplicationStatus;

/**
 * Each programme's applications by status: 16 of the 20 places taken (approved, in publicity,
 * confirmed or paid), the rest on their way or ended. The first six go to 城东区 applicants, so
 * its reviewer finds a queue and figures.
 */
const STATES: Record<AidType, AidApplicationStatus[]> = {
  [AidType.STARTUP_SUBSIDY]: [
    ...[S.SUBMITTED, S.SUBMITTED, S.PAID, S.PUBLICIZING, S.RETURNED, S.DRAFT],
    ...[S.PAID, S.PAID, S.PAID, S.PAID, S.PAID, S.PAID, S.PAID, S.CONFIRMED, S.CONFIRMED, S.CONFIRMED],
    ...[S.PUBLICIZING, S.PUBLICIZING, S.APPROVED, S.APPROVED, S.FIRST_APPROVED, S.FIRST_APPROVED, S.FIRST_APPROVED],
    ...[S.FIRST_APPROVED, S.SUBMITTED, S.SUBMITTED, S.SUBMITTED, S.SUBMITTED, S.SUBMITTED, S.SUBMITTED, S.SUBMITTED],
    ...[S.RETURNED, S.RETURNED, S.REJECTED, S.REJECTED, S.REJECTED, S.DRAFT, S.DRAFT, S.DRAFT, S.WITHDRAWN],
  ],
  [AidType.PRODUCTION_MATERIALS]: [
    ...[S.SUBMITTED, S.FIRST_APPROVED, S.PAID, S.CONFIRMED, S.APPROVED, S.REJECTED],
    ...[S.PAID, S.PAID, S.PAID, S.PAID, S.PAID, S.PAID, S.PAID, S.CONFIRMED, S.CONFIRMED],
    ...[S.PUBLICIZING, S.PUBLICIZING, S.PUBLICIZING, S.APPROVED, S.FIRST_APPROVED, S.FIRST_APPROVED, S.FIRST_APPROVED],
    ...[S.SUBMITTED, S.SUBMITTED, S.SUBMITTED, S.SUBMITTED, S.SUBMITTED, S.SUBMITTED, S.SUBMITTED, S.SUBMITTED],
    ...[S.RETURNED, S.RETURNED, S.RETURNED, S.REJECTED, S.REJECTED, S.DRAFT, S.DRAFT, S.DRAFT, S.DRAFT, S.WITHDRAWN],
  ],
};

/** How many events each status has behind it (created … now). */
const PATH: Record<AidApplicationStatus, AidEventType[]> = {
  [S.DRAFT]: [AidEventType.CREATED],
  [S.SUBMITTED]: [AidEventType.CREATED, AidEventType.SUBMITTED],
  [S.RETURNED]: [AidEventType.CREATED, AidEventType.SUBMITTED, AidEventType.RETURNED],
  [S.WITHDRAWN]: [AidEventType.CREATED, AidEventType.SUBMITTED, AidEventType.WITHDRAWN],
  [S.FIRST_APPROVED]: [AidEventType.CREATED, AidEventType.SUBMITTED, AidEventType.FIRST_APPROVED],
  [S.REJECTED]: [AidEventType.CREATED, AidEventType.SUBMITTED, AidEventType.FIRST_APPROVED, AidEventType.REJECTED],
  [S.APPROVED]: [
    AidEventType.CREATED,
    AidEventType.SUBMITTED,
    AidEventType.FIRST_APPROVED,
    AidEventType.FINAL_APPROVED,
  ],
  [S.PUBLICIZING]: [
    AidEventType.CREATED,
    AidEventType.SUBMITTED,
    AidEventType.FIRST_APPROVED,
    AidEventType.FINAL_APPROVED,
    AidEventType.PUBLICIZED,
  ],
  [S.CONFIRMED]: [
    AidEventType.CREATED,
    AidEventType.SUBMITTED,
    AidEventType.FIRST_APPROVED,
    AidEventType.FINAL_APPROVED,
    AidEventType.PUBLICIZED,
    AidEventType.CONFIRMED,
  ],
  [S.PAID]: [
    AidEventType.CREATED,
    AidEventType.SUBMITTED,
    AidEventType.FIRST_APPROVED,
    AidEventType.FINAL_APPROVED,
    AidEventType.PUBLICIZED,
    AidEventType.CONFIRMED,
    AidEventType.PAID,
  ],
  [S.REVOKED]: [],
};

const TO_STATUS: Record<AidEventType, AidApplicationStatus | null> = {
  [AidEventType.CREATED]: S.DRAFT,
  [AidEventType.UPDATED]: null,
  [AidEventType.SUBMITTED]: S.SUBMITTED,
  [AidEventType.WITHDRAWN]: S.WITHDRAWN,
  [AidEventType.FIRST_APPROVED]: S.FIRST_APPROVED,
  [AidEventType.FINAL_APPROVED]: S.APPROVED,
  [AidEventType.RETURNED]: S.RETURNED,
  [AidEventType.REJECTED]: S.REJECTED,
  [AidEventType.PUBLICIZED]: S.PUBLICIZING,
  [AidEventType.OBJECTION]: null,
  [AidEventType.OBJECTION_DISMISSED]: null,
  [AidEventType.REVOKED]: S.REVOKED,
  [AidEventType.CONFIRMED]: S.CONFIRMED,
  [AidEventType.PAID]: S.PAID,
  [AidEventType.PAYMENT_REFUSED]: null,
};

const BUSINESSES = [
  '青稞酒坊',
  '牛肉面馆',
  '藏式民宿',
  '汽车修理部',
  '家政服务部',
  '民族服饰店',
  '牦牛肉干作坊',
  '农家乐',
  '快递驿站',
  '电商直播工作室',
  '裁缝铺',
  '奶茶店',
];
const MATERIALS: [string, number][] = [
  ['和面机', 380_000],
  ['冷藏展示柜', 460_000],
  ['缝纫机', 150_000],
  ['电焊机', 220_000],
  ['三轮运输车', 780_000],
  ['藏毯织机', 650_000],
  ['蔬菜大棚棚膜', 90_000],
  ['种羊', 180_000],
  ['饲草料', 40_000],
  ['小型挖掘机租赁', 900_000],
];
const STATEMENTS = [
  '本人下岗后一直打零工，想利用这笔帮扶资金开一家小店，养活一家人。',
  '家里有老人常年吃药，孩子在上学，希望通过发展生产增加收入，早日脱困。',
  '学过技术，有一定经验，缺少启动资金，恳请组织给予帮扶。',
];
const RETURN_COMMENTS = [
  '身份证照片不清晰，请重新上传。',
  '生产资料单价明显偏高，请核实后修改。',
  '请补充经营场所的说明。',
];
const REJECT_COMMENTS = ['经核实，家庭人均收入已超过当地困难职工认定标准。', '经营项目不符合帮扶范围。'];

/** A tiny PNG standing for the scanned ID card each applicant uploads. */
const ID_CARD_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export interface AidParts {
  /** A 公示 period of N working days from `start`, as the calendar counts it. */
  publicityEnd(start: Date): Promise<Date>;
  /** Writes a file's bytes to the file store. */
  putFile(id: string, bytes: Buffer): Promise<void>;
}

/**
 * This year's 221 applications of both programmes in every status, by workers with an active
 * archive in Xining and Haidong (where the demo reviewers work), who signed in with WeChat to
 * apply; quotas held; payments; and the year's employment outcomes, one per worker.
 */
export async function generateAid(ctx: ProvinceContext, workers: ProvinceWorker[], parts: AidParts): Promise<number> {
  const { m, rng, now } = ctx;
  const year = shanghaiYear(now);
  const programs = await m.getRepository(AidProgram).find({ where: { year }, order: { id: 'ASC' } });
  if (!programs.length) return 0;
  const yearStart = new Date(`${year}-01-01T00:00:00+08:00`);
  const w0 = new Date(yearStart.getTime() + 2 * DAY);
  const archives = new Map(
    (await m.getRepository(HardshipArchive).findBy({ status: ArchiveStatus.ACTIVE })).map((a) => [a.workerId, a]),
  );
  const today = shanghaiDate(now);
  const eligible = workers.filter((w) => {
    const a = archives.get(w.id);
    const age = Number(today.slice(0, 4)) - Number(w.birthDate.slice(0, 4));
    return (
      a &&
      a.openedAt < w0 &&
      w.createdAt < w0 &&
      age >= 17 &&
      age <= 58 &&
      (w.regionCode.startsWith('6301') || w.regionCode.startsWith('6302'))
    );
  });
  const chengdong = rng.sample(
    eligible.filter((w) => w.regionCode === '630102'),
    12,
  );
  const others = rng.sample(
    eligible.filter((w) => !chengdong.includes(w)),
    eligible.length,
  );
  const province = ctx.actor('province_reviewer');
  const finance = ctx.actor('finance');
  const admin = ctx.actor('program_admin');

  const accounts: Partial<WorkerAccount>[] = [];
  const files: Partial<StoredFile>[] = [];
  const apps: (Partial<AidApplication> & { events: Partial<AidApplicationEvent>[]; worker: ProvinceWorker })[] = [];
  const outcomes: Partial<EmploymentOutcome>[] = [];
  const publicities: (Partial<AidPublicity> & { key: string })[] = [];
  const span = now.getTime() - w0.getTime();
  // in the first days of January the year has no applications yet
  if (span < 8 * DAY) return 0;
  let voucher = 0;

  for (const [p, program] of programs.entries()) {
    // a closed 公示 of the first approvals (then confirmed, most paid), and one running now
    const pub1Start = officeAt(new Date(w0.getTime() + span * 0.55));
    const pub1End = await parts.publicityEnd(pub1Start);
    const pub1Closed = new Date(pub1End.getTime() + DAY);
    const earlyPublicity = pub1Closed.getTime() < now.getTime() - 2 * DAY;
    const pub2Start = new Date(now.getTime() - DAY);
    const pub2End = await parts.publicityEnd(pub2Start);
    if (earlyPublicity) {
      publicities.push({
        key: `${program.id}:1`,
        programId: program.id,
        startsAt: pub1Start,
        endsAt: pub1End,
        closedAt: pub1Closed,
        createdBy: admin.id,
        createdAt: pub1Start,
      });
    }
    publicities.push({
      key: `${program.id}:2`,
      programId: program.id,
      startsAt: pub2Start,
      endsAt: pub2End,
      closedAt: null,
      createdBy: admin.id,
      createdAt: pub2Start,
    });
    const states = STATES[program.aidType].map((s) =>
      !earlyPublicity && (s === S.PAID || s === S.CONFIRMED) ? S.APPROVED : s,
    );
    for (const [i, status] of states.entries()) {
      const worker = (i < 6 ? chengdong[p * 6 + i] : undefined) ?? others.shift();
      if (!worker) break;
      const reviewer = ctx.actorFor(worker.regionCode);
      // when each step happened: a final approval before the publicity it went into, and after
      // the one before (a publicity takes every approval of its programme not yet published)
      const path = PATH[status];
      const awardedNow = AID_AWARDED_STATUSES.includes(status);
      let times: Date[];
      if (awardedNow) {
        const [finalLo, finalHi] =
          status === S.APPROVED
            ? [new Date(pub2Start.getTime() + 60_000), new Date(now.getTime() - 60_000)]
            : status === S.PUBLICIZING
              ? [
                  earlyPublicity ? new Date(pub1Closed.getTime() + 3_600_000) : new Date(w0.getTime() + span / 2),
                  new Date(pub2Start.getTime() - 3_600_000),
                ]
              : [
                  new Date(w0.getTime() + (pub1Start.getTime() - w0.getTime()) * 0.7),
                  new Date(pub1Start.getTime() - 3_600_000),
                ];
        times = [...chain(rng, 3, w0, finalLo), between(rng, finalLo, finalHi)];
      } else {
        times = chain(rng, path.length, w0, new Date(now.getTime() - 3_600_000));
      }
      let paidAt: Date | null = null;
      let paidRecordedAt: Date | null = null;
      if (status === S.PUBLICIZING) times.push(pub2Start);
      if (status === S.CONFIRMED || status === S.PAID) times.push(pub1Start, pub1Closed);
      if (status === S.PAID) {
        paidRecordedAt = between(rng, new Date(pub1Closed.getTime() + DAY), new Date(now.getTime() - 3_600_000));
        paidAt = new Date(`${shanghaiDate(paidRecordedAt)}T00:00:00+08:00`);
        times.push(paidRecordedAt);
      }

      const account: Partial<WorkerAccount> = {
        openid: `demo-province-${worker.id}`,
        unionid: null,
        status: 'ACTIVE',
        createdAt: new Date(times[0].getTime() - rng.int(1, 60) * 60_000),
        lastLoginAt: times[Math.min(1, times.length - 1)],
      };
      accounts.push(account);
      const fileId = uuidFrom(rng);
      files.push({
        id: fileId,
        ownerType: PrincipalType.WORKER,
        ownerId: worker.id, // replaced by the account's id once inserted
        originalName: '身份证正反面.png',
        mime: 'image/png',
        size: ID_CARD_PNG.length,
        sha256: createHash('sha256').update(ID_CARD_PNG).digest('hex'),
        createdAt: account.createdAt,
      });
      const startup = program.aidType === AidType.STARTUP_SUBSIDY;
      const business = `${ctx.counties.find((c) => c.code === worker.regionCode)!.name.replace(/(区|县|市|回族土族自治县|土族自治县|回族自治县|撒拉族自治县)$/, '')}${worker.name}${rng.pick(BUSINESSES)}`;
      const creditCode = startup && rng.chance(0.6) ? creditCodeFor(rng, worker.regionCode) : null;
      const item = rng.pick(MATERIALS);
      const awarded = awardedNow;
      const events: Partial<AidApplicationEvent>[] = [];
      let previous: AidApplicationStatus | null = null;
      for (const [k, type] of path.entries()) {
        const to = TO_STATUS[type]!;
        const staff: Actor | null =
          type === AidEventType.CREATED || type === AidEventType.SUBMITTED || type === AidEventType.WITHDRAWN
            ? null
            : type === AidEventType.FIRST_APPROVED || type === AidEventType.RETURNED
              ? reviewer
              : type === AidEventType.REJECTED
                ? province
                : type === AidEventType.PAID
                  ? finance
                  : type === AidEventType.PUBLICIZED || type === AidEventType.CONFIRMED
                    ? admin
                    : province;
        events.push({
          type,
          fromStatus: previous,
          toStatus: to,
          comment:
            type === AidEventType.RETURNED
              ? rng.pick(RETURN_COMMENTS)
              : type === AidEventType.REJECTED
                ? rng.pick(REJECT_COMMENTS)
                : type === AidEventType.PUBLICIZED
                  ? '公示 5 个工作日'
                  : type === AidEventType.PAID
                    ? `发放 ${yuan(program.amountFen)}，凭证号 ${voucherNo(year, voucher + 1)}`
                    : null,
          actorType: staff ? 'staff' : 'worker',
          actorId: staff ? staff.id : null, // a worker's account id, set once inserted
          actorName: staff ? staff.displayName : '本人',
          createdAt: times[k],
        });
        previous = to;
      }
      const last = events[events.length - 1];
      apps.push({
        worker,
        events,
        programId: program.id,
        workerId: worker.id,
        year,
        aidType: program.aidType,
        regionCode: worker.regionCode,
        cityCode: worker.cityCode,
        status,
        startup: startup
          ? {
              businessName: business,
              creditCode,
              businessPlan: creditCode
                ? null
                : '租用临街门面约 40 平方米，购置设备后三个月内开业，预计月营业额 1.5 万元。',
              expectedJobs: rng.int(1, 4),
            }
          : null,
        materials: startup
          ? null
          : {
              items: [
                { name: item[0], quantity: Math.max(1, Math.floor(1_800_000 / item[1] / 2)), unitPriceFen: item[1] },
              ],
              purpose: `用于${rng.pick(BUSINESSES)}的生产经营`,
            },
        statement: rng.pick(STATEMENTS),
        attachments: [{ key: 'id_card', fileId }],
        lastComment: status === S.RETURNED || status === S.REJECTED ? (last.comment ?? null) : null,
        idempotencyKey: null,
        openKey: [S.REJECTED, S.WITHDRAWN].includes(status) ? null : `${program.id}:${worker.id}`,
        awardKey: awarded ? `${year}:${worker.id}` : null,
        objectionPending: false,
        publicityId: null,
        submittedAt: status === S.DRAFT ? null : times[1],
        approvedAt: awarded ? times[3] : null,
        paidAmountFen: status === S.PAID ? program.amountFen : null,
        voucherNo: status === S.PAID ? voucherNo(year, ++voucher) : null,
        paidAt,
        paidRecordedBy: status === S.PAID ? finance.displayName : null,
        paidRecordedAt,
        createdAt: times[0],
        updatedAt: last.createdAt,
      });
      // most paid applicants are in work or business by now: the year's outcome, verified once
      if (status === S.PAID && rng.chance(0.7)) {
        const achieved = between(rng, paidRecordedAt!, now);
        outcomes.push({
          workerId: worker.id,
          regionCode: worker.regionCode,
          year,
          type: OutcomeType.SELF_EMPLOYED,
          source: OutcomeSource.AID,
          employer: null,
          contractStart: null,
          businessName: startup ? business : `${business}`,
          creditCode: creditCode ?? creditCodeFor(rng, worker.regionCode),
          evidence: [],
          achievedOn: shanghaiDate(achieved),
          applicationId: null, // set once inserted
          notes: null,
          verifiedBy: reviewer.id,
          verifiedByName: reviewer.displayName,
          createdAt: achieved,
        });
      }
    }
  }

  // accounts, then the worker records they claimed
  await insertBatched(m, WorkerAccount, accounts);
  const accountIds = new Map(
    (
      await m.getRepository(WorkerAccount).find({
        select: { id: true, openid: true },
        where: { openid: In(accounts.map((a) => a.openid!)) },
      })
    ).map((a) => [a.openid, a.id]),
  );
  const accountOf = (workerId: number) => accountIds.get(`demo-province-${workerId}`)!;
  for (const [i, a] of apps.entries()) {
    await m
      .getRepository(Worker)
      .update({ id: a.workerId! }, { accountId: accountOf(a.workerId!), consentAt: accounts[i].createdAt });
  }
  for (const f of files) f.ownerId = accountOf(f.ownerId!);
  for (const f of files) await parts.putFile(f.id!, ID_CARD_PNG);
  await insertBatched(m, StoredFile, files);

  await insertBatched(
    m,
    AidPublicity,
    publicities.map(({ key: _key, ...p }) => p),
  );
  const pubs = await m.getRepository(AidPublicity).find({ order: { id: 'ASC' } });
  const pubId = (programId: number, closed: boolean) =>
    pubs.find((p) => p.programId === programId && (p.closedAt !== null) === closed)?.id ?? null;
  for (const a of apps) {
    if (a.status === S.PUBLICIZING) a.publicityId = pubId(a.programId!, false);
    if (a.status === S.CONFIRMED || a.status === S.PAID) a.publicityId = pubId(a.programId!, true);
  }
  await insertBatched(
    m,
    AidApplication,
    apps.map(({ events: _e, worker: _w, ...a }) => a),
  );
  const appIds = new Map(
    (
      await m.getRepository(AidApplication).find({
        select: { id: true, programId: true, workerId: true },
        where: { year, workerId: In(apps.map((a) => a.workerId!)) },
      })
    ).map((a) => [`${a.programId}:${a.workerId}`, a.id]),
  );
  const idOf = (a: { programId?: number; workerId?: number }) => appIds.get(`${a.programId}:${a.workerId}`)!;
  await insertBatched(
    m,
    AidApplicationEvent,
    apps.flatMap((a) =>
      a.events.map((e) => ({
        ...e,
        applicationId: idOf(a),
        actorId: e.actorType === 'worker' ? accountOf(a.workerId!) : e.actorId,
      })),
    ),
  );
  const recipients = apps.filter((a) => AID_AWARDED_STATUSES.includes(a.status!));
  await insertBatched(
    m,
    WorkerTagRow,
    recipients.map((a) => ({ workerId: a.workerId!, tag: WorkerTag.AID_RECIPIENT })),
  );
  for (const program of programs) {
    await m
      .getRepository(AidProgram)
      .update({ id: program.id }, { awarded: recipients.filter((a) => a.programId === program.id).length });
  }
  for (const o of outcomes) {
    const app = apps.find((a) => a.workerId === o.workerId && a.status === S.PAID)!;
    o.applicationId = idOf(app);
  }
  // and outcomes of other workers: a referral or a training that led to a job this year
  const withOutcome = new Set(outcomes.map((o) => o.workerId));
  const hired = rng.sample(
    workers.filter((w) => !withOutcome.has(w.id) && w.createdAt < w0),
    Math.min(120, workers.length),
  );
  for (const w of hired) {
    const achieved = between(rng, w0, now);
    const verifier = ctx.actorFor(w.regionCode);
    outcomes.push({
      workerId: w.id,
      regionCode: w.regionCode,
      year,
      type: OutcomeType.EMPLOYED,
      source: rng.pick([OutcomeSource.REFERRAL, OutcomeSource.TRAINING, OutcomeSource.CENTER_SERVICE]),
      employer: rng.pick([
        '青海高原建设有限公司',
        '西宁城投物业服务有限公司',
        '格尔木昆仑物流有限公司',
        '青海湖旅游集团',
      ]),
      contractStart: shanghaiDate(achieved),
      businessName: null,
      creditCode: null,
      evidence: [],
      achievedOn: shanghaiDate(achieved),
      applicationId: null,
      notes: null,
      verifiedBy: verifier.id,
      verifiedByName: verifier.displayName,
      createdAt: achieved,
    });
  }
  await insertBatched(m, EmploymentOutcome, outcomes);
  return apps.length;
}

function voucherNo(year: number, n: number): string {
  return `QHZGH-${year}-${String(n).padStart(4, '0')}`;
}

/** A 统一社会信用代码 of an individual business (92…) registered in the county. */
function creditCodeFor(rng: { pick<T>(items: readonly T[]): T }, regionCode: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '';
  for (let i = 0; i < 9; i++) body += rng.pick(alphabet.split(''));
  const first17 = `92${regionCode}${body}`;
  return first17 + creditCodeCheckChar(first17);
}

/** `n` instants in order between two others. */
function chain(rng: { next(): number }, n: number, from: Date, to: Date): Date[] {
  const span = Math.max(0, to.getTime() - from.getTime());
  return Array.from({ length: n }, () => rng.next())
    .sort((a, b) => a - b)
    .map((f, i) => new Date(from.getTime() + Math.floor(f * span) + i * 60_000));
}

/** A version-4-shaped UUID from the seeded generator. */
function uuidFrom(rng: { int(min: number, max: number): number }): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((rng.int(0, 3) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The same day at 10:00 Asia/Shanghai. */
function officeAt(at: Date): Date {
  return new Date(`${shanghaiDate(at)}T10:00:00+08:00`);
}
