import {
  AttendanceMethod,
  AttendanceStatus,
  EnrolmentSource,
  EnrolmentStatus,
  TrainingCoursePhase,
  TrainingCourseType,
  TrainingSessionStatus,
  type RosterEntry,
  type TrainingAttendanceResponse,
  type TrainingCompletionResponse,
  type TrainingCourseResponse,
  type TrainingEnrolmentResponse,
  type TrainingRosterResponse,
  type TrainingSessionResponse,
} from '@steadywork/shared';

export function session(overrides: Partial<TrainingSessionResponse> = {}): TrainingSessionResponse {
  return {
    id: 101,
    courseId: 11,
    seq: 1,
    startsAt: '2026-11-23T01:00:00.000Z',
    endsAt: '2026-11-23T03:30:00.000Z',
    status: TrainingSessionStatus.SCHEDULED,
    openedAt: null,
    closedAt: null,
    ...overrides,
  };
}

export function course(overrides: Partial<TrainingCourseResponse> = {}): TrainingCourseResponse {
  return {
    id: 11,
    title: '家政服务员（母婴护理）培训班',
    type: TrainingCourseType.SKILLS,
    domesticService: true,
    organiser: '西宁市城东区职工服务中心',
    baseId: 3,
    regionCode: '630102',
    regionName: '城东区',
    venue: '西宁市城东区八一中路12号 三楼培训室',
    latitude: 36.6171,
    longitude: 101.8018,
    capacity: 30,
    enrolled: 12,
    waitlisted: 0,
    targetGroups: ['困难职工', '下岗失业人员'],
    trainers: [{ id: 21, name: '王老师' }],
    completionThreshold: 80,
    checkInRadiusMeters: null,
    lateAfterMinutes: 10,
    startsOn: '2026-11-23',
    endsOn: '2026-12-04',
    description: '母婴护理基础知识与实操，结业后推荐就业。',
    phase: TrainingCoursePhase.RUNNING,
    completedAt: null,
    sessions: [
      session({ id: 101, seq: 1 }),
      session({ id: 102, seq: 2, startsAt: '2026-11-24T01:00:00.000Z', endsAt: '2026-11-24T03:30:00.000Z' }),
    ],
    distanceMeters: 850,
    myEnrolment: null,
    createdAt: '2026-11-01T02:00:00.000Z',
    updatedAt: '2026-11-01T02:00:00.000Z',
    ...overrides,
  };
}

export function enrolment(overrides: Partial<TrainingEnrolmentResponse> = {}): TrainingEnrolmentResponse {
  return {
    id: 501,
    courseId: 11,
    courseTitle: '家政服务员（母婴护理）培训班',
    workerId: 3,
    workerName: '马建国',
    idNumberMasked: '630102********1234',
    status: EnrolmentStatus.ENROLLED,
    waitlistPosition: null,
    source: EnrolmentSource.SELF,
    enrolledAt: '2026-11-20T02:00:00.000Z',
    withdrawnAt: null,
    createdAt: '2026-11-20T02:00:00.000Z',
    ...overrides,
  };
}

export function attendance(overrides: Partial<TrainingAttendanceResponse> = {}): TrainingAttendanceResponse {
  return {
    id: 901,
    sessionId: 101,
    courseId: 11,
    courseTitle: '家政服务员（母婴护理）培训班',
    workerId: 3,
    workerName: '马建国',
    status: AttendanceStatus.PRESENT,
    method: AttendanceMethod.CODE,
    markedAt: '2026-11-23T01:02:00.000Z',
    checkedInAt: '2026-11-23T01:02:00.000Z',
    distanceMeters: null,
    correction: false,
    repeated: false,
    ...overrides,
  };
}

export function rosterEntry(overrides: Partial<RosterEntry> = {}): RosterEntry {
  return {
    enrolmentId: 501,
    workerId: 3,
    workerName: '马建国',
    idNumberMasked: '630102********1234',
    status: null,
    method: null,
    markedAt: null,
    counted: true,
    enrolledAt: '2026-11-20T02:00:00.000Z',
    ...overrides,
  };
}

export function roster(
  entries: RosterEntry[] = [rosterEntry()],
  sessionOverrides: Partial<TrainingSessionResponse> = {},
): TrainingRosterResponse {
  return {
    session: session(sessionOverrides),
    courseId: 11,
    courseTitle: '家政服务员（母婴护理）培训班',
    summary: { expected: entries.length, present: 0, late: 0, absent: 0, excused: 0, unmarked: entries.length },
    entries,
  };
}

export function completion(overrides: Partial<TrainingCompletionResponse> = {}): TrainingCompletionResponse {
  return {
    id: 71,
    courseId: 11,
    workerId: 5,
    idNumberMasked: '630102********1234',
    regionCode: '630102',
    courseTitle: '家政服务员（母婴护理）培训班',
    courseType: TrainingCourseType.SKILLS,
    domesticService: true,
    organiser: '西宁市城东区职工服务中心',
    regionName: '城东区',
    startsOn: '2026-11-23',
    endsOn: '2026-12-04',
    workerName: '马建国',
    attended: 9,
    held: 10,
    ratePercent: 90,
    verificationCode: 'QH151-7K2M-9XPA',
    year: 2026,
    completedAt: '2026-12-05T02:00:00.000Z',
    ...overrides,
  };
}
