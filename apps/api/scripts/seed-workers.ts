/**
 * Generates N synthetic workers (default 100,000) spread over every county, for load tests:
 *   npm run seed:workers -- 100000            (DB_URL as for the API; default the SQLite file)
 *   npm run seed:workers -- 0 --postings 50000   (50,000 open postings over every county, for matching)
 * Identity numbers are valid (check digit) and unique; everything is encrypted as the API does.
 * Workers have skills, education and an intention drawn from the same occupations as the postings.
 */
import 'reflect-metadata';
import {
  Education,
  EmployerSize,
  EmploymentStatus,
  JobPostingKind,
  JobPostingStatus,
  RegionLevel,
  WorkerSource,
  WorkerTag,
  maskPhone,
  maskResidentId,
  residentIdCheckChar,
} from '@steadywork/shared';
import { DataSource } from 'typeorm';
import { runMigrations } from '../src/database/migration-lock';
import { loadConfig } from '../src/config/app-config';
import { PersonalDataCipher } from '../src/crypto/personal-data.cipher';
import { dataSourceOptions } from '../src/database/data-source';
import { Employer, JobPosting } from '../src/jobs/jobs.entities';
import { Region } from '../src/region/region.entity';
import { Worker, WorkerTagRow } from '../src/workers/worker.entity';

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '桂兰',
  '卓玛',
  '才让',
  '措姆',
];
const STATUSES = Object.values(EmploymentStatus);
const EDUCATIONS = Object.values(Education);
/** Occupations used both as workers' skills and as postings' occupations and required skills. */
const OCCUPATIONS = [
  '焊工',
  '电工',
  '厨师',
  '保安员',
  '保洁员',
  '叉车司机',
  '育婴员',
  '护理员',
  '砌筑工',
  '钢筋工',
  '挖掘机司机',
  '营业员',
  '快递员',
  '养老护理员',
  '汽车维修工',
  '农机驾驶员',
];
const TAGS = [
  WorkerTag.HARDSHIP,
  WorkerTag.MIGRANT_WORKER,
  WorkerTag.VETERAN,
  WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD,
  WorkerTag.LOW_INCOME_HOUSEHOLD,
];

/** Open postings over every county: occupations, required skills, education and age ranges varied. */
async function seedPostings(db: DataSource, total: number, counties: string[]): Promise<void> {
  const started = Date.now();
  let employer = await db.getRepository(Employer).findOne({ where: {}, order: { id: 'ASC' } });
  if (!employer) {
    const now = new Date();
    employer = await db.getRepository(Employer).save({
      name: '压测用人单位',
      creditCode: '91630100MA00000000',
      regionCode: counties[0],
      industry: '制造业',
      size: EmployerSize.MEDIUM,
      address: null,
      contactPhone: null,
      organizationId: null,
      createdBy: null,
      partnerUnionId: null,
      createdAt: now,
      updatedAt: now,
    } as Employer);
  }
  const validUntil = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  const existing = Number((await db.query('SELECT COUNT(*) AS n FROM job_posting'))[0].n);
  const batchSize = 500;
  for (let done = 0; done < total; done += batchSize) {
    const now = new Date();
    const rows: Partial<JobPosting>[] = [];
    for (let k = done; k < Math.min(total, done + batchSize); k++) {
      const n = existing + k;
      const occupation = OCCUPATIONS[(n * 7) % OCCUPATIONS.length];
      rows.push({
        employerId: employer.id,
        title: `招聘${occupation}`,
        occupation,
        regionCode: counties[n % counties.length],
        address: '工业园区',
        latitude: 36.6,
        longitude: 101.8,
        headcount: 1 + (n % 20),
        wageMinFen: 300_000,
        wageMaxFen: 600_000,
        skills: n % 5 === 4 ? [] : [occupation, ...(n % 3 ? [] : [OCCUPATIONS[(n * 11 + 1) % OCCUPATIONS.length]])],
        education: n % 3 === 0 ? null : EDUCATIONS[n % 4],
        ageMin: n % 4 === 0 ? null : 18,
        ageMax: n % 4 === 0 ? null : 45 + (n % 3) * 5,
        contactName: '王经理',
        contactPhone: '0971-0000000',
        description: '',
        validUntil,
        status: JobPostingStatus.OPEN,
        kind: JobPostingKind.MARKET,
        returnReason: null,
        reviewedBy: null,
        reviewedAt: now,
        idempotencyKey: null,
        createdBy: employer.createdBy ?? 0,
        createdAt: now,
        updatedAt: now,
      });
    }
    await db.getRepository(JobPosting).insert(rows as JobPosting[]);
    if ((done / batchSize) % 20 === 0)
      process.stdout.write(`\r${Math.min(total, done + batchSize)} / ${total} postings`);
  }
  console.log(`\nseeded ${total} open postings in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const p = args.indexOf('--postings');
  const postings = p >= 0 ? Number(args[p + 1]) : 0;
  const positional = args.filter((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
  const total = Number(positional[0] ?? 100_000);
  const config = loadConfig();
  const db = new DataSource(dataSourceOptions(config.db, true));
  await db.initialize();
  await runMigrations(db);
  const cipher = new PersonalDataCipher(config);
  const counties = (await db.getRepository(Region).findBy({ level: RegionLevel.COUNTY })).map((r) => r.code);
  const existing = Number((await db.query('SELECT COUNT(*) AS n FROM worker'))[0].n);
  const started = Date.now();
  const batchSize = 500;
  for (let done = 0; done < total; done += batchSize) {
    const now = new Date();
    const rows: Partial<Worker>[] = [];
    for (let k = done; k < Math.min(total, done + batchSize); k++) {
      const n = existing + k;
      const region = counties[n % counties.length];
      const birth = new Date(Date.UTC(1965, 0, 1) + (n % 13_000) * 86_400_000).toISOString().slice(0, 10);
      const first17 = `${region}${birth.replace(/-/g, '')}${String(Math.floor(n / 13_000) % 1000).padStart(3, '0')}`;
      const idNumber = first17 + residentIdCheckChar(first17);
      const phone = `15${String(n).padStart(9, '0')}`;
      rows.push({
        name: SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7) % GIVEN.length],
        idNumberEnc: cipher.encrypt(idNumber),
        idNumberHash: cipher.lookupHash('id', idNumber),
        idNumberMasked: maskResidentId(idNumber)!,
        idLast4: idNumber.slice(-4),
        phoneEnc: cipher.encrypt(phone),
        phoneHash: cipher.lookupHash('phone', phone),
        phoneMasked: maskPhone(phone)!,
        birthDate: birth,
        sex: Number(idNumber[16]) % 2 ? 'M' : 'F',
        regionCode: region,
        ethnicity: '汉族',
        employer: null,
        unionMember: n % 2 === 0,
        employmentStatus: STATUSES[n % STATUSES.length],
        education: n % 5 === 0 ? null : EDUCATIONS[n % EDUCATIONS.length],
        skills:
          n % 4 === 3
            ? []
            : [OCCUPATIONS[n % OCCUPATIONS.length], ...(n % 3 ? [] : [OCCUPATIONS[(n * 5 + 3) % OCCUPATIONS.length]])],
        employmentIntention: n % 2 ? `${OCCUPATIONS[(n * 3) % OCCUPATIONS.length]}，西宁市内` : null,
        trainingNeeds: null,
        accountId: null,
        source: WorkerSource.IMPORT,
        consentAt: null,
        lastFollowUpAt: null,
        createdBy: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    await db.transaction(async (m) => {
      const result = await m.getRepository(Worker).insert(rows as Worker[]);
      const tagRows = result.identifiers
        .map((r, i) => ({ workerId: Number(r.id), tag: TAGS[(done + i) % TAGS.length] }))
        .filter((_, i) => (done + i) % 3 === 0);
      if (tagRows.length) await m.getRepository(WorkerTagRow).insert(tagRows);
    });
    if ((done / batchSize) % 20 === 0) process.stdout.write(`\r${Math.min(total, done + batchSize)} / ${total}`);
  }
  console.log(`\nseeded ${total} workers on ${config.db.type} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (postings > 0) await seedPostings(db, postings, counties);
  await db.destroy();
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
