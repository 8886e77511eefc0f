import {
  EmployerSize,
  JobApplicationSource,
  JobApplicationStatus,
  JobPostingKind,
  JobPostingStatus,
  WorkerTag,
  type EmployerResponse,
  type JobApplicationResponse,
  type JobMatch,
  type JobPostingResponse,
} from '@steadywork/shared';

/** 青海高原建设有限公司's welder posting in 城东区, waiting for review. */
export function aPosting(overrides: Partial<JobPostingResponse> = {}): JobPostingResponse {
  return {
    id: 41,
    employerId: 7,
    employerName: '青海高原建设有限公司',
    title: '电焊工',
    occupation: '焊工',
    regionCode: '630102',
    regionName: '城东区',
    address: '西宁市城东区八一东路 3 号',
    latitude: 36.61,
    longitude: 101.81,
    headcount: 5,
    wageMinFen: 450_000,
    wageMaxFen: 650_000,
    skills: ['焊工'],
    education: null,
    ageMin: 18,
    ageMax: 50,
    contactName: '李经理',
    contactPhone: '13900001111',
    description: '持焊工证上岗，五险一金。',
    validUntil: '2026-12-31',
    status: JobPostingStatus.PENDING,
    returnReason: null,
    reviewedBy: null,
    reviewedAt: null,
    applications: 0,
    pushes: 0,
    kind: JobPostingKind.MARKET,
    partnerUnionName: null,
    createdAt: '2026-11-30T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    ...overrides,
  };
}

export function anEmployer(overrides: Partial<EmployerResponse> = {}): EmployerResponse {
  return {
    id: 7,
    name: '青海高原建设有限公司',
    creditCode: '91630100MA7F8K3X2A',
    regionCode: '630102',
    regionName: '城东区',
    industry: '建筑业',
    size: EmployerSize.MEDIUM,
    address: '西宁市城东区八一东路 3 号',
    contactPhone: '0971-8800001',
    organizationId: 21,
    hrAccounts: 1,
    openPostings: 2,
    partnerUnionId: null,
    partnerUnionName: null,
    createdAt: '2026-11-01T02:00:00.000Z',
    ...overrides,
  };
}

export function aMatch(overrides: Partial<JobMatch> = {}): JobMatch {
  return {
    workerId: 501,
    name: '张*',
    idNumberMasked: '630102********1234',
    phoneMasked: '139****0001',
    regionCode: '630102',
    regionName: '城东区',
    tags: [WorkerTag.HARDSHIP],
    subscribed: true,
    pushed: false,
    applied: false,
    score: 85,
    reasons: ['同区县', '技能匹配：焊工'],
    ...overrides,
  };
}

export function anApplication(overrides: Partial<JobApplicationResponse> = {}): JobApplicationResponse {
  return {
    id: 61,
    postingId: 41,
    postingTitle: '电焊工',
    employerId: 7,
    employerName: '青海高原建设有限公司',
    workerId: 501,
    workerName: '张*',
    idNumberMasked: '630102********1234',
    phone: '139****0001',
    regionCode: '630102',
    regionName: '城东区',
    source: JobApplicationSource.APPLIED,
    status: JobApplicationStatus.APPLIED,
    interviewAt: null,
    interviewPlace: null,
    note: null,
    hiredOn: null,
    reportedHiredOn: null,
    outcomeId: null,
    referredBy: null,
    createdAt: '2026-12-02T02:00:00.000Z',
    updatedAt: '2026-12-02T02:00:00.000Z',
    ...overrides,
  };
}
