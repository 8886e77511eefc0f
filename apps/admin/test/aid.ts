import {
  AidApplicationStatus,
  AidEventType,
  AidType,
  type AidApplicationResponse,
  type AidDashboard,
  type AidProgramResponse,
  type AidReviewContext,
} from '@steadywork/shared';
import { aFile, anArchive, aWorker } from './app';

/** 2026's production-materials programme: ¥20,000.00 a person, 20 places. */
export function aProgram(overrides: Partial<AidProgramResponse> = {}): AidProgramResponse {
  return {
    id: 1,
    year: 2026,
    aidType: AidType.PRODUCTION_MATERIALS,
    name: '2026年“221”工程生产资料帮扶',
    description: '',
    amountFen: 2_000_000,
    quota: 20,
    awarded: 3,
    regionQuotas: null,
    applyFrom: '2026-03-01',
    applyUntil: '2026-05-31',
    open: false,
    requiredAttachments: [{ key: 'price_list', label: '生产资料报价单' }],
    outcomeTarget: 100,
    onePerYear: true,
    minAge: 16,
    maxAge: 60,
    createdAt: '2026-02-01T00:00:00.000Z',
    ...overrides,
  };
}

/** 李四's production-materials application, submitted and waiting for first review. */
export function anApplication(overrides: Partial<AidApplicationResponse> = {}): AidApplicationResponse {
  return {
    id: 7,
    programId: 1,
    programName: '2026年“221”工程生产资料帮扶',
    year: 2026,
    aidType: AidType.PRODUCTION_MATERIALS,
    amountFen: 2_000_000,
    status: AidApplicationStatus.SUBMITTED,
    workerId: 42,
    workerName: '李四',
    idNumberMasked: '630102********1234',
    regionCode: '630102',
    regionName: '青海省 / 西宁市 / 城东区',
    startup: null,
    materials: {
      items: [
        { name: '三轮摩托车', quantity: 1, unitPriceFen: 1_200_000 },
        { name: '保温箱', quantity: 4, unitPriceFen: 150_050 },
      ],
      purpose: '经营流动早餐摊点',
    },
    statement: '家中四口人，本人失业半年，想自己做点小生意。',
    attachments: [{ ...aFile({ name: '报价单.pdf' }), key: 'price_list' }],
    lastComment: null,
    // 09:30 in Shanghai.
    submittedAt: '2026-04-02T01:30:00.000Z',
    approvedAt: null,
    disbursement: null,
    objectionPending: false,
    createdAt: '2026-04-01T00:00:00.000Z',
    updatedAt: '2026-04-02T01:30:00.000Z',
    events: [
      {
        id: 1,
        type: AidEventType.CREATED,
        fromStatus: null,
        toStatus: AidApplicationStatus.DRAFT,
        comment: null,
        actorName: '本人',
        createdAt: '2026-04-01T00:00:00.000Z',
      },
      {
        id: 2,
        type: AidEventType.SUBMITTED,
        fromStatus: AidApplicationStatus.DRAFT,
        toStatus: AidApplicationStatus.SUBMITTED,
        comment: null,
        actorName: '本人',
        createdAt: '2026-04-02T01:30:00.000Z',
      },
    ],
    ...overrides,
  };
}

export function aReviewContext(application = anApplication()): AidReviewContext {
  return {
    application,
    worker: aWorker(),
    archive: anArchive(),
    history: [
      {
        id: 3,
        programName: '2025年“221”工程创业补助',
        year: 2025,
        aidType: AidType.STARTUP_SUBSIDY,
        status: AidApplicationStatus.REJECTED,
        createdAt: '2025-04-01T00:00:00.000Z',
      },
    ],
  };
}

export function aDashboard(year: number, overrides: Partial<AidDashboard> = {}): AidDashboard {
  return {
    year,
    types: [
      { aidType: AidType.PRODUCTION_MATERIALS, programId: 1, quota: 20, awarded: 12, paidFen: 16_000_000 },
      { aidType: AidType.STARTUP_SUBSIDY, programId: 2, quota: 20, awarded: 5, paidFen: 6_000_000 },
    ],
    outcomes: { count: 37, target: 100 },
    byRegion: [
      {
        regionCode: '630100',
        regionName: '西宁市',
        awarded: { [AidType.PRODUCTION_MATERIALS]: 7, [AidType.STARTUP_SUBSIDY]: 3 },
        paidFen: 12_000_000,
        outcomes: 20,
      },
      {
        regionCode: '630200',
        regionName: '海东市',
        awarded: { [AidType.PRODUCTION_MATERIALS]: 5 },
        paidFen: 10_000_000,
        outcomes: 17,
      },
    ],
    paidFen: 22_000_000,
    awaitingPaymentCount: 4,
    pendingFirstReview: 9,
    pendingFinalReview: 6,
    ...overrides,
  };
}
