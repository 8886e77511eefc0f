import {
  AidType,
  HardshipLevel,
  type AidApplicationRequest,
  type AidApplicationResponse,
  type AidProgramRequest,
  type AidProgramResponse,
} from '@steadywork/shared';
import { randomUUID } from 'node:crypto';
import type { TestApp } from '../helpers/test-app';
import { residentIdCheckChar } from '@steadywork/shared';
import { workerProfile } from './worker.factory';

let idSeq = 0;

/** A valid resident ID of someone of working age (born 1980–2005), unique within the process. */
export function workingAgeId(regionCode = '630102'): string {
  idSeq += 1;
  const birth = new Date(Date.UTC(1980, 0, 1) + ((idSeq * 7 + process.pid) % 9000) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  const first17 = `${regionCode}${birth}${String(idSeq % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let yearSeq = 0;

/** A programme open today, in a year of its own (so tests never collide with the demo year). */
export async function createProgram(
  t: TestApp,
  overrides: Partial<AidProgramRequest> = {},
): Promise<AidProgramResponse> {
  const body: AidProgramRequest = {
    year: 2040 + yearSeq++,
    aidType: AidType.STARTUP_SUBSIDY,
    applyFrom: '2020-01-01',
    applyUntil: '2099-12-31',
    requiredAttachments: [{ key: 'id_card', label: '身份证正反面' }],
    ...overrides,
  };
  const res = await t
    .http()
    .post('/api/v1/aid/programs')
    .set('Authorization', await t.bearer('program_admin'))
    .send(body);
  if (res.status !== 201) throw new Error(`create program: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as AidProgramResponse;
}

export interface HardshipWorker {
  auth: string;
  workerId: number;
  openid: string;
}

/** A worker registered in the mini-program, with an active hardship archive opened by the county. */
export async function hardshipWorker(
  t: TestApp,
  opts: { regionCode?: string; archive?: boolean; idNumber?: string; name?: string } = {},
): Promise<HardshipWorker> {
  const regionCode = opts.regionCode ?? '630102';
  const openid = `w-${randomUUID().slice(0, 12)}`;
  const auth = await t.workerBearer(openid);
  const profile = workerProfile({
    regionCode,
    idNumber: opts.idNumber ?? workingAgeId(regionCode),
    ...(opts.name ? { name: opts.name } : {}),
  });
  const reg = await t.register(auth, { ...profile, consent: true });
  if (reg.status !== 200) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.body)}`);
  const workerId = reg.body.id as number;
  if (opts.archive !== false) {
    const res = await t
      .http()
      .post(`/api/v1/workers/${workerId}/archive`)
      .set('Authorization', await t.bearer('province_reviewer'))
      .send({
        level: HardshipLevel.RELATIVE,
        household: {
          members: 3,
          monthlyIncomePerCapitaFen: 80_000,
          zeroEmployment: true,
          lowIncome: false,
          disability: false,
        },
        cause: '下岗失业，家庭无稳定收入',
      });
    if (res.status !== 201) throw new Error(`archive: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { auth, workerId, openid };
}

export async function upload(t: TestApp, auth: string): Promise<string> {
  const res = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', PNG, 'id.png');
  if (res.status !== 201) throw new Error(`upload: ${res.status}`);
  return res.body.id as string;
}

/** A complete application body for the programme's type. */
export async function applicationBody(
  t: TestApp,
  w: HardshipWorker,
  program: AidProgramResponse,
): Promise<AidApplicationRequest> {
  const fileId = await upload(t, w.auth);
  return {
    programId: program.id,
    ...(program.aidType === AidType.STARTUP_SUBSIDY
      ? { startup: { businessName: '高原牦牛肉干加工坊', creditCode: '91630100MA7XK5G234', expectedJobs: 3 } }
      : {
          materials: {
            items: [
              { name: '缝纫机', quantity: 2, unitPriceFen: 350_000 },
              { name: '布料', quantity: 100, unitPriceFen: 5_000 },
            ],
            purpose: '开办民族服饰缝制作坊',
          },
        }),
    attachments: program.requiredAttachments.map((r) => ({ key: r.key, fileId })),
    statement: '下岗后想自己创业，需要启动资金',
  };
}

export async function submittedApplication(
  t: TestApp,
  program: AidProgramResponse,
  w?: HardshipWorker,
): Promise<{ worker: HardshipWorker; application: AidApplicationResponse }> {
  const worker = w ?? (await hardshipWorker(t));
  const body = await applicationBody(t, worker, program);
  const created = await t
    .http()
    .post('/api/v1/aid/applications')
    .set('Authorization', worker.auth)
    .set('Idempotency-Key', randomUUID())
    .send(body);
  if (created.status !== 201) throw new Error(`create application: ${created.status} ${JSON.stringify(created.body)}`);
  const submitted = await t
    .http()
    .post(`/api/v1/aid/applications/${created.body.id}/submit`)
    .set('Authorization', worker.auth);
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return { worker, application: submitted.body as AidApplicationResponse };
}

/** Submitted and through first review by the county. */
export async function firstApproved(
  t: TestApp,
  program: AidProgramResponse,
  w?: HardshipWorker,
): Promise<{ worker: HardshipWorker; application: AidApplicationResponse }> {
  const { worker, application } = await submittedApplication(t, program, w);
  const res = await t
    .http()
    .post(`/api/v1/aid/applications/${application.id}/review`)
    .set('Authorization', await t.bearer('chengdong_reviewer'))
    .send({ decision: 'approve' });
  if (res.status !== 200) throw new Error(`first review: ${res.status} ${JSON.stringify(res.body)}`);
  return { worker, application: res.body as AidApplicationResponse };
}
