/**
 * Generates N synthetic workers (default 100,000) spread over every county, for load tests:
 *   npm run seed:workers -- 100000            (DB_URL as for the API; default the SQLite file)
 * Identity numbers are valid (check digit) and unique; everything is encrypted as the API does.
 */
import 'reflect-metadata';
import {
  EmploymentStatus,
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
const TAGS = [
  WorkerTag.MIGRANT_WORKER,
  WorkerTag.VETERAN,
  WorkerTag.ZERO_EMPLOYMENT_HOUSEHOLD,
  WorkerTag.LOW_INCOME_HOUSEHOLD,
];

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 100_000);
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
        education: null,
        skills: [],
        employmentIntention: null,
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
  await db.destroy();
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
