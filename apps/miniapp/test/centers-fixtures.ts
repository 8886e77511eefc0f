import {
  CenterKind,
  CenterService,
  ServiceRequestStatus,
  type CenterResponse,
  type ServiceRequestResponse,
} from '@steadywork/shared';

export function center(overrides: Partial<CenterResponse> = {}): CenterResponse {
  return {
    id: 7,
    name: '城东区职工服务中心',
    kind: CenterKind.SERVICE_CENTER,
    level: 'county',
    regionCode: '630102',
    regionName: '城东区',
    address: '西宁市城东区八一中路12号',
    latitude: 36.6171,
    longitude: 101.8018,
    openingHours: '周一至周五 9:00-17:30',
    phone: '0971-8123456',
    services: [CenterService.JOB_REGISTRATION, CenterService.LEGAL_AID, CenterService.WATER],
    photos: [],
    organizationId: 12,
    description: '为城东区职工提供一站式就业服务。',
    stars: 4,
    averageRating: 4.25,
    distanceMeters: 350,
    ...overrides,
  };
}

export function serviceRequest(overrides: Partial<ServiceRequestResponse> = {}): ServiceRequestResponse {
  return {
    id: 51,
    centerId: 7,
    centerName: '城东区职工服务中心',
    workerId: 3,
    workerName: '马建国',
    workerPhone: '138****1234',
    serviceType: CenterService.JOB_REGISTRATION,
    description: '想找一份电工的工作',
    preferredTime: null,
    disputeType: null,
    attachments: [],
    status: ServiceRequestStatus.PENDING,
    overdue: false,
    acceptDueAt: '2026-11-25T10:00:00.000Z',
    acceptDueFallbackYears: [],
    acceptedAt: null,
    acceptedBy: null,
    closedAt: null,
    outcome: null,
    summary: null,
    rating: null,
    ratingComment: null,
    records: [],
    createdAt: '2026-11-23T02:00:00.000Z',
    ...overrides,
  };
}
