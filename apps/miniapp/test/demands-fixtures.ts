import { DemandAction, DemandCategory, DemandSource, DemandStatus, type DemandResponse } from '@steadywork/shared';

/** A wages-owed demand filed at 城东区 on the test morning. */
export function aDemand(overrides: Partial<DemandResponse> = {}): DemandResponse {
  return {
    id: 31,
    source: DemandSource.MINIAPP,
    category: DemandCategory.WAGES_OWED,
    status: DemandStatus.SUBMITTED,
    workerId: 3,
    workerName: '李四',
    workerPhone: '138****5678',
    workerIdNumber: '630102********1234',
    employerId: null,
    employerName: '西宁某建筑劳务公司',
    description: '拖欠三个月工资',
    attachments: [],
    regionCode: '630102',
    regionName: '青海省 / 西宁市 / 城东区',
    dueAt: '2026-06-17T15:59:59.999Z',
    late: false,
    escalated: false,
    escalatedTo: null,
    legalAidRequestId: null,
    result: null,
    closedAt: null,
    rating: null,
    ratingComment: null,
    createdAt: '2026-06-10T02:00:00.000Z',
    events: [{ id: 1, action: DemandAction.SUBMIT, actorName: '李四', note: null, at: '2026-06-10T02:00:00.000Z' }],
    ...overrides,
  };
}
