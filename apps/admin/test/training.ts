import {
  AttendanceMethod,
  AttendanceStatus,
  EnrolmentSource,
  EnrolmentStatus,
  TrainingBaseKind,
  TrainingBaseStatus,
  TrainingCoursePhase,
  TrainingCourseType,
  TrainingSessionStatus,
  type RosterEntry,
  type TrainingBaseResponse,
  type TrainingCourseResponse,
  type TrainingDashboard,
  type TrainingEnrolmentResponse,
  type TrainingQrResponse,
  type TrainingRosterResponse,
  type TrainingSessionResponse,
} from '@steadywork/shared';
import { aFile } from './app';

/** Session 11 of course 3: 23 November 2026, 09:00–11:30 in Shanghai. */
export function aSession(overrides: Partial<TrainingSessionResponse> = {}): TrainingSessionResponse {
  return {
    id: 11,
    courseId: 3,
    seq: 1,
    startsAt: '2026-11-23T01:00:00.000Z',
    endsAt: '2026-11-23T03:30:00.000Z',
    status: TrainingSessionStatus.SCHEDULED,
    openedAt: null,
    closedAt: null,
    ...overrides,
  };
}

/** 家政服务员（育婴员）培训班 in 城东区: two sessions, 30 places, taught by 王老师 (staff 21). */
export function aCourse(overrides: Partial<TrainingCourseResponse> = {}): TrainingCourseResponse {
  return {
    id: 3,
    title: '家政服务员（育婴员）培训班',
    type: TrainingCourseType.SKILLS,
    domesticService: true,
    organiser: '城东区职工职业培训基地',
    baseId: null,
    regionCode: '630102',
    regionName: '青海省 / 西宁市 / 城东区',
    venue: '城东区职工服务中心三楼培训室',
    latitude: 36.61729,
    longitude: 101.80521,
    capacity: 30,
    enrolled: 2,
    waitlisted: 1,
    targetGroups: ['困难职工', '农民工'],
    trainers: [{ id: 21, name: '王老师' }],
    completionThreshold: 80,
    checkInRadiusMeters: 500,
    lateAfterMinutes: 10,
    startsOn: '2026-11-23',
    endsOn: '2026-11-24',
    description: '',
    phase: TrainingCoursePhase.UPCOMING,
    completedAt: null,
    sessions: [
      aSession(),
      aSession({ id: 12, seq: 2, startsAt: '2026-11-24T01:00:00.000Z', endsAt: '2026-11-24T03:30:00.000Z' }),
    ],
    distanceMeters: null,
    myEnrolment: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export function anEnrolment(overrides: Partial<TrainingEnrolmentResponse> = {}): TrainingEnrolmentResponse {
  return {
    id: 31,
    courseId: 3,
    courseTitle: '家政服务员（育婴员）培训班',
    workerId: 42,
    workerName: '李四',
    idNumberMasked: '630102********1234',
    status: EnrolmentStatus.ENROLLED,
    waitlistPosition: null,
    source: EnrolmentSource.SELF,
    enrolledAt: '2026-11-10T02:00:00.000Z',
    withdrawnAt: null,
    createdAt: '2026-11-10T02:00:00.000Z',
    ...overrides,
  };
}

export function aRosterEntry(overrides: Partial<RosterEntry> = {}): RosterEntry {
  return {
    enrolmentId: 31,
    workerId: 42,
    workerName: '李四',
    idNumberMasked: '630102********1234',
    status: null,
    method: null,
    markedAt: null,
    counted: true,
    enrolledAt: '2026-11-10T02:00:00.000Z',
    ...overrides,
  };
}

/** Session 11's roster: 李四 checked in by scanning, 王五 not yet. */
export function aRoster(overrides: Partial<TrainingRosterResponse> = {}): TrainingRosterResponse {
  return {
    session: aSession({ status: TrainingSessionStatus.OPEN, openedAt: '2026-11-23T00:50:00.000Z' }),
    courseId: 3,
    courseTitle: '家政服务员（育婴员）培训班',
    summary: { expected: 2, present: 1, late: 0, absent: 0, excused: 0, unmarked: 1 },
    entries: [
      aRosterEntry({
        status: AttendanceStatus.PRESENT,
        method: AttendanceMethod.QR,
        markedAt: '2026-11-23T00:58:00.000Z',
      }),
      aRosterEntry({ enrolmentId: 32, workerId: 43, workerName: '王五', idNumberMasked: '630102********5678' }),
    ],
    ...overrides,
  };
}

export function aQr(overrides: Partial<TrainingQrResponse> = {}): TrainingQrResponse {
  return {
    sessionId: 11,
    token: 'tok-1',
    shortCode: '123456',
    refreshAt: new Date(Date.now() + 20_000).toISOString(),
    expiresAt: new Date(Date.now() + 50_000).toISOString(),
    ...overrides,
  };
}

/** 城东区职工职业培训基地: applied, the four criteria each with one file. */
export function aBase(overrides: Partial<TrainingBaseResponse> = {}): TrainingBaseResponse {
  const criterion = (description: string, name: string) => ({
    description,
    evidence: [aFile({ id: `0f8fad5b-d9cb-469f-a165-${name.length.toString().padStart(12, '0')}`, name })],
  });
  return {
    id: 4,
    name: '城东区职工职业培训基地',
    kind: TrainingBaseKind.SUPPORT_CENTER,
    centerId: 5,
    regionCode: '630102',
    regionName: '青海省 / 西宁市 / 城东区',
    address: '西宁市城东区八一中路 12 号',
    contactName: '赵主任',
    contactPhone: '0971-8123456',
    criteria: {
      site: criterion('培训教室 2 间，共 260 平方米', '场地租赁合同.pdf'),
      facilities: criterion('实训设备 40 套', '设备清单.pdf'),
      teachers: criterion('专兼职教师 8 名', '教师资格证.pdf'),
      training: criterion('2025 年开展培训 12 期', '培训台账汇总表.pdf'),
    },
    status: TrainingBaseStatus.APPLIED,
    decisionReason: null,
    decidedBy: null,
    decidedAt: null,
    accreditedYear: null,
    subsidies: [],
    createdAt: '2026-10-08T02:00:00.000Z',
    updatedAt: '2026-10-08T02:00:00.000Z',
    ...overrides,
  };
}

export function aTrainingDashboard(year: number, overrides: Partial<TrainingDashboard> = {}): TrainingDashboard {
  return {
    year,
    targets: { bases: 10, completions: 5000, domesticServiceCompletions: 300, onlineLearning: 100_000 },
    accreditedBases: 4,
    completions: 1234,
    domesticServiceCompletions: 87,
    onlineLearning: 25_600,
    byRegion: [
      {
        regionCode: '630100',
        regionName: '西宁市',
        accreditedBases: 3,
        completions: 1000,
        domesticServiceCompletions: 70,
        onlineLearning: 20_000,
      },
      {
        regionCode: '630200',
        regionName: '海东市',
        accreditedBases: 1,
        completions: 234,
        domesticServiceCompletions: 17,
        onlineLearning: 5_600,
      },
    ],
    attendanceByCourse: [
      {
        courseId: 3,
        title: '家政服务员（育婴员）培训班',
        sessionsHeld: 4,
        expected: 100,
        attended: 92,
        ratePercent: 92,
      },
      { courseId: 5, title: '电商直播创业培训', sessionsHeld: 0, expected: 0, attended: 0, ratePercent: null },
    ],
    coursesToday: [
      {
        courseId: 3,
        title: '家政服务员（育婴员）培训班',
        venue: '城东区职工服务中心三楼培训室',
        sessionId: 11,
        startsAt: '2026-11-23T01:00:00.000Z',
        endsAt: '2026-11-23T03:30:00.000Z',
        status: TrainingSessionStatus.OPEN,
        enrolled: 28,
      },
    ],
    ...overrides,
  };
}
