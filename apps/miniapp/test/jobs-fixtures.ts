import { JobPostingKind, JobPostingStatus, type JobPostingResponse, type RecommendedJob } from '@steadywork/shared';

/** An open welder posting in 城东区, as GET /jobs/postings/:id returns it. */
export function posting(overrides: Partial<JobPostingResponse> = {}): JobPostingResponse {
  return {
    id: 11,
    employerId: 3,
    employerName: '青海高原机械制造有限公司',
    title: '电焊工',
    occupation: '焊工',
    regionCode: '630102',
    regionName: '城东区',
    address: '西宁市城东区八一东路88号',
    latitude: 36.6171,
    longitude: 101.8018,
    headcount: 5,
    wageMinFen: 450_000,
    wageMaxFen: 650_000,
    skills: ['焊工'],
    education: null,
    ageMin: 18,
    ageMax: 55,
    contactName: '马经理',
    contactPhone: '0971-8123456',
    description: '负责车间钢结构焊接，包食宿。',
    validUntil: '2026-12-31',
    status: JobPostingStatus.OPEN,
    returnReason: null,
    reviewedBy: '城东区总工会',
    reviewedAt: '2026-11-20T02:00:00Z',
    applications: 0,
    pushes: 0,
    kind: JobPostingKind.MARKET,
    partnerUnionName: null,
    createdAt: '2026-11-19T02:00:00Z',
    updatedAt: '2026-11-20T02:00:00Z',
    ...overrides,
  };
}

export function recommended(overrides: Partial<RecommendedJob> = {}): RecommendedJob {
  return { ...posting(), score: 80, reasons: ['同区县', '技能匹配：焊工'], ...overrides };
}
