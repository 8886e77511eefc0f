import {
  AidApplicationStatus,
  AidEventType,
  AidType,
  creditCodeCheckChar,
  type AidApplicationResponse,
  type AidEventResponse,
  type MyAidProgramResponse,
} from '@steadywork/shared';

/** A valid unified social credit code (its GB 32100 check character from the shared validator). */
const FIRST17 = '91630100MA7111111';
export const CREDIT_CODE = `${FIRST17}${creditCodeCheckChar(FIRST17)}`;
export const BAD_CREDIT_CODE = `${FIRST17}${CREDIT_CODE[17] === '0' ? '1' : '0'}`;

export function aidProgram(overrides: Partial<MyAidProgramResponse> = {}): MyAidProgramResponse {
  return {
    id: 3,
    year: 2026,
    aidType: AidType.STARTUP_SUBSIDY,
    name: '2026年“221”工程创业补助',
    description: '为在档困难职工自主创业提供一次性补助。',
    amountFen: 2_000_000,
    quota: 20,
    awarded: 5,
    regionQuotas: null,
    applyFrom: '2026-03-01',
    applyUntil: '2026-12-31',
    open: true,
    requiredAttachments: [{ key: 'licence', label: '营业执照或创业计划书' }],
    outcomeTarget: 100,
    onePerYear: true,
    minAge: 16,
    maxAge: 60,
    createdAt: '2026-01-05T02:00:00.000Z',
    eligibility: { eligible: true, reasons: [] },
    myApplicationId: null,
    ...overrides,
  };
}

export function aidEvent(overrides: Partial<AidEventResponse> = {}): AidEventResponse {
  return {
    id: 1,
    type: AidEventType.CREATED,
    fromStatus: null,
    toStatus: AidApplicationStatus.DRAFT,
    comment: null,
    actorName: '本人',
    createdAt: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}

export function aidApplication(overrides: Partial<AidApplicationResponse> = {}): AidApplicationResponse {
  return {
    id: 41,
    programId: 3,
    programName: '2026年“221”工程创业补助',
    year: 2026,
    aidType: AidType.STARTUP_SUBSIDY,
    amountFen: 2_000_000,
    status: AidApplicationStatus.DRAFT,
    workerId: 7,
    workerName: '马晓兰',
    idNumberMasked: '630102********0829',
    regionCode: '630102',
    regionName: '青海省西宁市城东区',
    startup: null,
    materials: null,
    statement: null,
    attachments: [],
    lastComment: null,
    submittedAt: null,
    approvedAt: null,
    disbursement: null,
    objectionPending: false,
    createdAt: '2026-11-23T08:00:00.000Z',
    updatedAt: '2026-11-23T08:00:00.000Z',
    events: [aidEvent()],
    ...overrides,
  };
}
