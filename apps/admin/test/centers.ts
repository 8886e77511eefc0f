import {
  CenterKind,
  CenterService,
  DisputeType,
  ServiceRequestStatus,
  type CenterDashboard,
  type CenterResponse,
  type ServiceRequestResponse,
  type StarChecklist,
  type StarEvaluationResponse,
  type SubsidyResponse,
} from '@steadywork/shared';
import { aFile } from './app';

/** 城东区职工帮扶中心: a county support center, three stars, with one photo. */
export function aCenter(overrides: Partial<CenterResponse> = {}): CenterResponse {
  return {
    id: 5,
    name: '城东区困难职工帮扶中心',
    kind: CenterKind.SUPPORT_CENTER,
    level: 'county',
    regionCode: '630102',
    regionName: '青海省 / 西宁市 / 城东区',
    address: '西宁市城东区八一中路 12 号',
    latitude: 36.61729,
    longitude: 101.80521,
    openingHours: '周一至周五 9:00–17:30',
    phone: '0971-8123456',
    services: [CenterService.JOB_REGISTRATION, CenterService.JOB_REFERRAL, CenterService.LEGAL_AID],
    photos: [aFile({ id: '6b3f1c1e-6a4f-4c55-9d2a-4f0f3a8e9b11', name: '门头.jpg', mime: 'image/jpeg' })],
    organizationId: 11,
    description: '为城东区困难职工提供一站式就业服务。',
    stars: 3,
    averageRating: 4.6,
    distanceMeters: null,
    ...overrides,
  };
}

/** The default checklist: six criteria (weights 20/15/25/20/10/10), 2–5 stars from 60/70/80/90. */
export function aChecklist(overrides: Partial<StarChecklist> = {}): StarChecklist {
  return {
    criteria: [
      { key: 'site', label: '场地设施', weight: 20 },
      { key: 'staff', label: '人员配备', weight: 15 },
      { key: 'services', label: '一站式服务', weight: 25 },
      { key: 'volume', label: '年度服务量', weight: 20 },
      { key: 'ratings', label: '职工满意度', weight: 10 },
      { key: 'records', label: '台账管理', weight: 10 },
    ],
    thresholds: [60, 70, 80, 90],
    ...overrides,
  };
}

export function anEvaluation(overrides: Partial<StarEvaluationResponse> = {}): StarEvaluationResponse {
  return {
    id: 1,
    centerId: 5,
    year: 2025,
    scores: { site: 80, staff: 70, services: 75, volume: 70, ratings: 80, records: 70 },
    total: 74.3,
    stars: 3,
    evaluatedOn: '2025-12-10',
    evaluator: '省总复审',
    evidence: [],
    notes: null,
    createdAt: '2025-12-10T02:00:00.000Z',
    ...overrides,
  };
}

export function aSubsidy(overrides: Partial<SubsidyResponse> = {}): SubsidyResponse {
  return {
    id: 1,
    centerId: 5,
    year: 2025,
    amountFen: 5_000_000,
    purpose: '服务大厅改造',
    recordedBy: '财务部',
    createdAt: '2025-12-20T02:00:00.000Z',
    ...overrides,
  };
}

/** 李四 asks 城东区帮扶中心 for legal aid over wages owed; pending, due in two working days. */
export function aServiceRequest(overrides: Partial<ServiceRequestResponse> = {}): ServiceRequestResponse {
  return {
    id: 12,
    centerId: 5,
    centerName: '城东区困难职工帮扶中心',
    workerId: 42,
    workerName: '李四',
    workerPhone: '138****5678',
    serviceType: CenterService.LEGAL_AID,
    description: '工地拖欠三个月工资，想咨询如何维权。',
    // 10:00 in Shanghai.
    preferredTime: '2026-10-09T02:00:00.000Z',
    disputeType: DisputeType.WAGES_OWED,
    attachments: [aFile({ name: '欠条.pdf' })],
    status: ServiceRequestStatus.PENDING,
    overdue: false,
    acceptDueAt: '2026-10-09T16:00:00.000Z',
    acceptDueFallbackYears: [],
    acceptedAt: null,
    acceptedBy: null,
    closedAt: null,
    outcome: null,
    summary: null,
    rating: null,
    ratingComment: null,
    records: [],
    // 09:30 in Shanghai.
    createdAt: '2026-10-07T01:30:00.000Z',
    ...overrides,
  };
}

export function aCenterDashboard(overrides: Partial<CenterDashboard> = {}): CenterDashboard {
  return {
    centersByStars: [
      { stars: 5, count: 2 },
      { stars: 3, count: 4 },
      { stars: null, count: 3 },
    ],
    requestsByService: [
      { serviceType: CenterService.LEGAL_AID, status: ServiceRequestStatus.PENDING, count: 3 },
      { serviceType: CenterService.LEGAL_AID, status: ServiceRequestStatus.CLOSED, count: 5 },
      { serviceType: CenterService.JOB_REFERRAL, status: ServiceRequestStatus.ACCEPTED, count: 2 },
    ],
    overdueRequests: 2,
    averageRating: 4.56,
    servicesThisMonth: 17,
    ...overrides,
  };
}
