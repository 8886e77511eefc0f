import {
  ArchiveEventType,
  ArchiveStatus,
  Education,
  EmploymentStatus,
  FOLLOW_UP_INTERVAL_DAYS,
  FollowUpMethod,
  HardshipLevel,
  maskPhone,
  maskResidentId,
  parseResidentId,
  residentIdCheckChar,
  WorkerSource,
  WorkerTag,
} from '@steadywork/shared';
import { In } from 'typeorm';
import { shanghaiDate } from '../../common/dates';
import { FollowUp } from '../../workers/follow-up.entity';
import { ArchiveEvent, HardshipArchive, Household } from '../../workers/hardship-archive.entity';
import { Worker, WorkerTagRow } from '../../workers/worker.entity';
import { between, County, DAY, insertBatched, officeTime, ProvinceContext } from './context';
import { ethnicityFor, mobileNumber, personName } from './people';

/** About this many workers across the province. */
export const PROVINCE_WORKERS = 3000;

/** A generated worker, as the later parts (aid, training) need them. */
export interface ProvinceWorker {
  id: number;
  name: string;
  regionCode: string;
  cityCode: string;
  birthDate: string;
  sex: 'M' | 'F';
  employmentStatus: EmploymentStatus;
  archiveStatus: ArchiveStatus;
  createdAt: Date;
}

/** Weight of a county in the demo: Xining's districts (城东区 most) and Golmud hold more people. */
function countyWeight(code: string): number {
  if (code === '630102') return 8;
  if (code.startsWith('6301')) return 4;
  if (code === '632801' || code === '632802') return 3;
  if (code.startsWith('6302')) return 2;
  return 1;
}

const EMPLOYMENT: [EmploymentStatus, number][] = [
  [EmploymentStatus.EMPLOYED, 30],
  [EmploymentStatus.UNEMPLOYED, 22],
  [EmploymentStatus.LAID_OFF, 8],
  [EmploymentStatus.JOB_TRANSFER, 5],
  [EmploymentStatus.FLEXIBLE, 20],
  [EmploymentStatus.NEW_FORMS, 15],
];

const EDUCATION: [Education, number][] = [
  [Education.PRIMARY, 12],
  [Education.JUNIOR, 32],
  [Education.SENIOR, 20],
  [Education.VOCATIONAL, 16],
  [Education.COLLEGE, 12],
  [Education.BACHELOR, 7],
  [Education.POSTGRADUATE, 1],
];

const EMPLOYERS = [
  '青海盐湖工业股份有限公司',
  '西宁特殊钢股份有限公司',
  '青海高原建设有限公司',
  '青海省交通建设集团',
  '西宁城投物业服务有限公司',
  '青海三江源牦牛乳业有限公司',
  '海东市河湟农副产品加工厂',
  '格尔木昆仑物流有限公司',
  '青海藏毯集团',
  '西宁市第一人民医院后勤服务公司',
  '青海湖旅游集团',
  '互助青稞酒股份有限公司',
];
const PLATFORMS = ['美团外卖', '饿了么', '滴滴出行', '货拉拉', '顺丰同城', '闪送'];
const SKILLS = [
  '电工',
  '焊工',
  '厨师',
  '家政服务',
  '育婴',
  '养老护理',
  '驾驶',
  '汽车维修',
  '砌筑',
  '缝纫',
  '电子商务',
  '藏毯编织',
  '牦牛肉加工',
  '农牧机械维修',
  '导游',
  '保安',
  '中式面点',
  '民族刺绣',
];
const INTENTIONS = [
  '就近就业',
  '家政服务类岗位',
  '物流配送',
  '建筑施工',
  '餐饮服务',
  '自主创业',
  '公益性岗位',
  '网约车司机',
];
const TRAINING_NEEDS = ['家政服务员', '育婴员', '养老护理员', '电工证', '中式烹调', '电商直播', '汽车驾驶', '创业培训'];

const CAUSES: Record<HardshipLevel, string[]> = {
  [HardshipLevel.DEEP]: [
    '本人长期患病，丧失劳动能力，家庭无稳定收入来源。',
    '配偶重度残疾需长期照料，子女在校就读，家庭人均收入低于当地低保标准。',
    '单亲家庭，本人失业，需抚养两名未成年子女。',
  ],
  [HardshipLevel.RELATIVE]: [
    '企业停产后下岗，靠打零工维持生活，收入不稳定。',
    '家庭人口多、就业人口少，人均收入略高于低保标准。',
    '子女上大学，学费负担重，家庭收入难以维持正常生活。',
  ],
  [HardshipLevel.ACCIDENTAL]: [
    '家中突发火灾，房屋和财物损失严重。',
    '本人因工受伤住院，医疗费用支出较大。',
    '家庭成员突发重病，自付医疗费用超过家庭年收入。',
  ],
};
const CLOSE_REASONS = [
  '本人实现稳定就业，家庭收入明显提高，经入户核实已脱困。',
  '子女毕业参加工作，家庭人均收入超过当地标准，已脱困。',
];
const FOLLOW_UP_NOTES: Record<FollowUpMethod, string[]> = {
  [FollowUpMethod.PHONE]: [
    '电话了解近期就业和生活情况，本人表示正在找工作。',
    '电话回访，家庭情况稳定，已告知近期招聘会信息。',
    '电话联系，本人有参加技能培训意愿。',
  ],
  [FollowUpMethod.VISIT]: [
    '入户走访，了解家庭收入和子女就学情况，送去慰问品。',
    '到家中走访，核实家庭人口和收入情况，无明显变化。',
  ],
  [FollowUpMethod.DATA_COMPARISON]: [
    '与人社部门就业登记数据比对，信息一致。',
    '与民政低保数据比对，家庭仍在低保范围内。',
  ],
};

export async function generateWorkers(ctx: ProvinceContext): Promise<ProvinceWorker[]> {
  const { m, rng, now, cipher } = ctx;
  const weights = ctx.counties.map((c) => [c, countyWeight(c.code)] as const);
  const totalWeight = weights.reduce((s, [, w]) => s + w, 0);
  const today = shanghaiDate(now);
  const thisYear = Number(today.slice(0, 4));
  const taken = new Set(
    (await m.getRepository(Worker).find({ select: { idNumberHash: true } })).map((w) => w.idNumberHash),
  );

  interface Draft {
    row: Partial<Worker>;
    tags: WorkerTag[];
    county: County;
    archive: (Omit<HardshipArchive, 'id' | 'workerId'> & { actor: { id: number; displayName: string } }) | null;
    followUps: Omit<FollowUp, 'id' | 'workerId'>[];
  }
  const drafts: Draft[] = [];
  for (const [county, weight] of weights) {
    const count = Math.round((PROVINCE_WORKERS * weight) / totalWeight);
    for (let n = 0; n < count; n++) {
      const sex: 'M' | 'F' = rng.chance(0.52) ? 'M' : 'F';
      // working age: 18 to 58 today
      const birth = new Date(Date.UTC(thisYear - rng.int(19, 58), rng.int(0, 11), rng.int(1, 28)));
      const birthDate = birth.toISOString().slice(0, 10);
      let idNumber: string;
      let hash: string;
      do {
        const seq = rng.int(0, 499) * 2 + (sex === 'M' ? 1 : 0);
        const first17 = `${county.code}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
        idNumber = first17 + residentIdCheckChar(first17);
        hash = cipher.lookupHash('id', idNumber);
      } while (taken.has(hash));
      taken.add(hash);
      const info = parseResidentId(idNumber, now);
      if (!info.valid || info.regionCode !== county.code || info.birthDate !== birthDate || info.sex !== sex) {
        throw new Error(`generated an invalid ID number for ${county.code} ${birthDate}`);
      }
      const phone = mobileNumber(rng);
      const ethnicity = ethnicityFor(rng, county.code);
      const employmentStatus = rng.weighted(EMPLOYMENT);
      const age = thisYear - birth.getUTCFullYear();
      const createdAt = officeTime(rng, now, rng.int(1, 720));
      const actor = ctx.actorFor(county.code);
      const employed = [EmploymentStatus.EMPLOYED, EmploymentStatus.JOB_TRANSFER].includes(employmentStatus);
      const tags: WorkerTag[] = [];
      if (rng.chance(0.22)) tags.push(WorkerTag.MIGRANT_WORKER);
      if (employmentStatus === EmploymentStatus.UNEMPLOYED && rng.chance(0.35))
        tags.push(WorkerTag.EMPLOYMENT_DIFFICULTY);
      if (employmentStatus === EmploymentStatus.UNEMPLOYED && age < 25 && rng.chance(0.6))
        tags.push(WorkerTag.UNEMPLOYED_GRADUATE);
      if (employmentStatus === EmploymentStatus.JOB_TRANSFER && rng.chance(0.4))
        tags.push(WorkerTag.OVERCAPACITY_REDEPLOYED);
      if (sex === 'M' && rng.chance(0.05)) tags.push(WorkerTag.VETERAN);
      if (rng.chance(0.04)) tags.push(WorkerTag.DISABLED);
      if (rng.chance(0.08)) tags.push(WorkerTag.POVERTY_ALLEVIATED);

      const row: Partial<Worker> = {
        name: personName(rng, ethnicity, sex),
        idNumberEnc: cipher.encrypt(idNumber),
        idNumberHash: hash,
        idNumberMasked: maskResidentId(idNumber)!,
        idLast4: idNumber.slice(-4),
        phoneEnc: cipher.encrypt(phone),
        phoneHash: cipher.lookupHash('phone', phone),
        phoneMasked: maskPhone(phone)!,
        birthDate,
        sex,
        regionCode: county.code,
        ethnicity,
        employer: employed
          ? rng.pick(EMPLOYERS)
          : employmentStatus === EmploymentStatus.NEW_FORMS
            ? rng.pick(PLATFORMS)
            : null,
        unionMember: employed ? rng.chance(0.75) : rng.chance(0.2),
        employmentStatus,
        education: rng.weighted(EDUCATION),
        skills: rng.sample(SKILLS, rng.int(0, 3)),
        employmentIntention: employed ? null : rng.chance(0.7) ? rng.pick(INTENTIONS) : null,
        trainingNeeds: rng.chance(0.4) ? rng.pick(TRAINING_NEEDS) : null,
        archiveStatus: ArchiveStatus.NONE,
        accountId: null,
        source: rng.chance(0.35) ? WorkerSource.IMPORT : WorkerSource.STAFF,
        consentAt: null,
        lastFollowUpAt: null,
        createdBy: actor.id,
        createdAt,
        updatedAt: createdAt,
      };

      let archive: Draft['archive'] = null;
      if (rng.chance(employmentStatus === EmploymentStatus.EMPLOYED ? 0.1 : 0.25)) {
        const level = rng.weighted([
          [HardshipLevel.DEEP, 25],
          [HardshipLevel.RELATIVE, 55],
          [HardshipLevel.ACCIDENTAL, 20],
        ] as const);
        const household: Household = {
          members: rng.int(1, 6),
          monthlyIncomePerCapitaFen: rng.int(200, 1200) * 100,
          zeroEmployment: !employed && rng.chance(0.35),
          lowIncome: rng.chance(0.4),
          disability: rng.chance(0.15),
        };
        if (household.zeroEmployment) tags.push(WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD);
        if (household.lowIncome) tags.push(WorkerTag.LOW_INCOME_HOUSEHOLD);
        const openedAt = between(rng, createdAt, new Date(Math.min(now.getTime(), createdAt.getTime() + 60 * DAY)));
        const canClose = now.getTime() - openedAt.getTime() > 120 * DAY;
        const closed = canClose && rng.chance(0.15);
        const closedAt = closed ? between(rng, new Date(openedAt.getTime() + 90 * DAY), now) : null;
        archive = {
          regionCode: county.code,
          status: closed ? ArchiveStatus.CLOSED : ArchiveStatus.ACTIVE,
          level,
          household,
          cause: rng.pick(CAUSES[level]),
          attachments: [],
          openedAt,
          closedAt,
          closeReason: closed ? rng.pick(CLOSE_REASONS) : null,
          updatedAt: closedAt ?? openedAt,
          actor,
        };
        row.archiveStatus = archive.status;
        if (archive.status === ArchiveStatus.ACTIVE) tags.push(WorkerTag.HARDSHIP);
        row.updatedAt = archive.updatedAt;
      }

      // 跟踪回访: monthly for the unemployed and archived; about one in five is overdue
      const followUps: Draft['followUps'] = [];
      const due = employmentStatus === EmploymentStatus.UNEMPLOYED || row.archiveStatus === ArchiveStatus.ACTIVE;
      if (due || rng.chance(0.08)) {
        const overdue = rng.chance(0.2);
        let daysAgo = overdue ? rng.int(FOLLOW_UP_INTERVAL_DAYS + 1, 100) : rng.int(0, FOLLOW_UP_INTERVAL_DAYS - 3);
        for (let k = 0; k < 4; k++) {
          const at = officeTime(rng, now, daysAgo);
          if (at.getTime() <= createdAt.getTime()) break;
          const method = rng.weighted([
            [FollowUpMethod.PHONE, 60],
            [FollowUpMethod.VISIT, 25],
            [FollowUpMethod.DATA_COMPARISON, 15],
          ] as const);
          followUps.push({
            method,
            followedAt: at,
            notes: rng.pick(FOLLOW_UP_NOTES[method]),
            employmentStatus,
            monthlyIncomeFen: null,
            staffId: actor.id,
            staffName: actor.displayName,
            createdAt: at,
          });
          daysAgo += rng.int(25, FOLLOW_UP_INTERVAL_DAYS);
        }
        if (followUps.length) {
          row.lastFollowUpAt = followUps[0].followedAt;
          if (row.lastFollowUpAt.getTime() > row.updatedAt!.getTime()) row.updatedAt = row.lastFollowUpAt;
        }
      }
      drafts.push({ row, tags, county, archive, followUps });
    }
  }

  await insertBatched(
    m,
    Worker,
    drafts.map((d) => d.row),
  );
  const ids = new Map<string, number>();
  const hashes = drafts.map((d) => d.row.idNumberHash!);
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await m.getRepository(Worker).find({
      select: { id: true, idNumberHash: true },
      where: { idNumberHash: In(hashes.slice(i, i + 500)) },
    });
    for (const r of rows) ids.set(r.idNumberHash, r.id);
  }
  const idOf = (d: Draft) => ids.get(d.row.idNumberHash!)!;

  await insertBatched(
    m,
    WorkerTagRow,
    drafts.flatMap((d) => [...new Set(d.tags)].map((tag) => ({ workerId: idOf(d), tag }))),
    500,
  );
  const withArchive = drafts.filter((d) => d.archive);
  await insertBatched(
    m,
    HardshipArchive,
    withArchive.map((d) => {
      const { actor: _actor, ...archive } = d.archive!;
      return { ...archive, workerId: idOf(d) };
    }),
  );
  const archiveIds = new Map(
    (await m.getRepository(HardshipArchive).find({ select: { id: true, workerId: true } })).map((a) => [
      a.workerId,
      a.id,
    ]),
  );
  await insertBatched(
    m,
    ArchiveEvent,
    withArchive.flatMap((d) => {
      const a = d.archive!;
      const workerId = idOf(d);
      const archiveId = archiveIds.get(workerId)!;
      const opened: Partial<ArchiveEvent> = {
        archiveId,
        workerId,
        type: ArchiveEventType.OPENED,
        snapshot: { level: a.level, household: a.household, cause: a.cause, attachments: [] },
        reason: null,
        actorId: a.actor.id,
        actorName: a.actor.displayName,
        createdAt: a.openedAt,
      };
      if (!a.closedAt) return [opened];
      return [
        opened,
        {
          archiveId,
          workerId,
          type: ArchiveEventType.CLOSED,
          snapshot: {},
          reason: a.closeReason,
          actorId: a.actor.id,
          actorName: a.actor.displayName,
          createdAt: a.closedAt,
        },
      ];
    }),
  );
  await insertBatched(
    m,
    FollowUp,
    drafts.flatMap((d) => d.followUps.map((f) => ({ ...f, workerId: idOf(d) }))),
    500,
  );
  return drafts.map((d) => ({
    id: idOf(d),
    name: d.row.name!,
    regionCode: d.county.code,
    cityCode: d.county.cityCode,
    birthDate: d.row.birthDate!,
    sex: d.row.sex!,
    employmentStatus: d.row.employmentStatus!,
    archiveStatus: d.row.archiveStatus!,
    createdAt: d.row.createdAt!,
  }));
}
