import {
  AttendanceStatus,
  EnrolmentStatus,
  PrincipalType,
  Role,
  RosterMarkOutcome,
  TrainingCoursePhase,
  TrainingCourseType,
  TrainingSessionStatus,
  type RosterMarkResult,
} from '@steadywork/shared';
import { course, rosterEntry, session } from '../../../test/training-fixtures';
import {
  SYNC_BATCH_MAX,
  buildCheckInRequest,
  buildOpenCourseQuery,
  checkInOutcome,
  clearAnswered,
  countdownSeconds,
  courseProgress,
  enqueueMark,
  enrolAction,
  enrolResultText,
  enrolmentStatusText,
  enrolmentView,
  extractToken,
  formatDateTime,
  formatDistance,
  isTrainer,
  learningItemKey,
  makeMark,
  mergeMarks,
  needsLocationFor,
  newClientId,
  openSessionChoices,
  originNote,
  parseCheckInForm,
  pendingCount,
  placesText,
  qrRefreshDelay,
  readQueue,
  recentSessions,
  refusalText,
  regionSteps,
  rosterRows,
  scheduleText,
  sessionIdOfToken,
  sessionTimeText,
  sortEnrolments,
  sortTrainerCourses,
  summarise,
  syncBatch,
  toLearningRequest,
  validateLearningForm,
  type QueuedMark,
} from './training-model';

const TOKEN = '101.59012345.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';

describe('distance text', () => {
  it('shows metres under a kilometre, one decimal under 100 km, whole km beyond', () => {
    expect(formatDistance(0)).toBe('0 米');
    expect(formatDistance(349.6)).toBe('350 米');
    expect(formatDistance(999.4)).toBe('999 米');
    expect(formatDistance(999.6)).toBe('1.0 公里');
    expect(formatDistance(1234)).toBe('1.2 公里');
    expect(formatDistance(15_040)).toBe('15.0 公里');
    expect(formatDistance(125_400)).toBe('125 公里');
  });

  it('shows nothing when the distance is unknown', () => {
    expect(formatDistance(null)).toBe('');
    expect(formatDistance(undefined)).toBe('');
    expect(formatDistance(Number.NaN)).toBe('');
    expect(formatDistance(-1)).toBe('');
  });
});

describe('courses', () => {
  it('says how many places are left, or that the course is full and how many wait', () => {
    expect(placesText({ capacity: 30, enrolled: 12, waitlisted: 0 })).toBe('剩余 18 个名额');
    expect(placesText({ capacity: 30, enrolled: 30, waitlisted: 0 })).toBe('名额已满，可报名候补');
    expect(placesText({ capacity: 30, enrolled: 30, waitlisted: 4 })).toBe('名额已满，已有 4 人候补');
  });

  it('shows the dates and the number of sessions, and session times in Beijing time', () => {
    expect(scheduleText(course())).toBe('2026-11-23 至 2026-12-04 · 共 2 次课');
    expect(sessionTimeText(session())).toBe('11月23日 周一 09:00-11:30');
    expect(sessionTimeText(session({ startsAt: '2026-11-23T15:00:00Z', endsAt: '2026-11-23T17:00:00Z' }))).toBe(
      '11月23日 周一 23:00-11月24日 01:00',
    );
    expect(formatDateTime('2026-11-23T08:05:00Z')).toBe('2026-11-23 16:05');
  });

  it('counts the sessions held so far', () => {
    const sessions = [
      session({ id: 1, status: TrainingSessionStatus.CLOSED }),
      session({ id: 2, startsAt: '2026-11-24T01:00:00Z' }),
      session({ id: 3, startsAt: '2026-11-25T01:00:00Z' }),
    ];
    expect(courseProgress(sessions, new Date('2026-11-24T02:00:00Z'))).toEqual({ held: 2, total: 3 });
  });

  it('offers 报名 with places, 报名候补 when full, nothing when the worker holds a place or the course ended', () => {
    expect(enrolAction(course())).toEqual({ canEnrol: true, full: false, label: '立即报名' });
    expect(enrolAction(course({ enrolled: 30 }))).toEqual({ canEnrol: true, full: true, label: '报名候补' });
    const mine = { id: 1, status: EnrolmentStatus.WAITLISTED, waitlistPosition: 2 };
    expect(enrolAction(course({ myEnrolment: mine })).canEnrol).toBe(false);
    const withdrawn = { id: 1, status: EnrolmentStatus.WITHDRAWN, waitlistPosition: null };
    expect(enrolAction(course({ myEnrolment: withdrawn })).canEnrol).toBe(true);
    expect(enrolAction(course({ phase: TrainingCoursePhase.ENDED })).canEnrol).toBe(false);
  });

  it('tells the worker about a place or the waiting list with the position', () => {
    expect(enrolResultText({ status: EnrolmentStatus.ENROLLED, waitlistPosition: null })).toBe('报名成功');
    expect(enrolResultText({ status: EnrolmentStatus.WAITLISTED, waitlistPosition: 3 })).toBe(
      '名额已满，您已进入候补名单，排第 3 位',
    );
    expect(enrolmentStatusText({ status: EnrolmentStatus.WAITLISTED, waitlistPosition: 3 })).toBe('候补 · 候补第 3 位');
    expect(enrolmentStatusText(null)).toBe('');
  });

  it('lets a worker withdraw while enrolled or waiting, and check in only with a place', () => {
    expect(enrolmentView({ status: EnrolmentStatus.ENROLLED, waitlistPosition: null })).toMatchObject({
      label: '已报名',
      canWithdraw: true,
      canCheckIn: true,
    });
    expect(enrolmentView({ status: EnrolmentStatus.WAITLISTED, waitlistPosition: 1 })).toMatchObject({
      canWithdraw: true,
      canCheckIn: false,
    });
    expect(enrolmentView({ status: EnrolmentStatus.WITHDRAWN, waitlistPosition: null }).canWithdraw).toBe(false);
    expect(enrolmentView({ status: EnrolmentStatus.ENROLLED, waitlistPosition: null }, true)).toMatchObject({
      label: '已结业',
      canWithdraw: false,
    });
  });

  it('lists places first, then the waiting list, then withdrawn, newest first', () => {
    const list = [
      { id: 1, status: EnrolmentStatus.WITHDRAWN, createdAt: '2026-11-22' },
      { id: 2, status: EnrolmentStatus.ENROLLED, createdAt: '2026-11-01' },
      { id: 3, status: EnrolmentStatus.WAITLISTED, createdAt: '2026-11-10' },
      { id: 4, status: EnrolmentStatus.ENROLLED, createdAt: '2026-11-05' },
    ];
    expect(sortEnrolments(list).map((e) => e.id)).toEqual([4, 2, 3, 1]);
  });
});

describe('the open-course query', () => {
  const noFilter = { type: null, domesticOnly: false };

  it('sends the location rounded to six places, the type and the 家政 flag', () => {
    const origin = { kind: 'location' as const, location: { latitude: 36.61712345, longitude: 101.80181234 } };
    expect(buildOpenCourseQuery(origin, { type: TrainingCourseType.STARTUP, domesticOnly: true }, 2)).toEqual({
      page: 2,
      pageSize: 20,
      type: TrainingCourseType.STARTUP,
      domesticService: true,
      lat: 36.617123,
      lng: 101.801812,
    });
  });

  it('limits to the region without a location, widening county → city → all', () => {
    const origin = { kind: 'region' as const, regionCode: '630102', regionName: '城东区' };
    expect(buildOpenCourseQuery(origin, noFilter, 1)).toMatchObject({ regionCode: '630102' });
    expect(buildOpenCourseQuery(origin, noFilter, 1, '630100')).toMatchObject({ regionCode: '630100' });
    expect(buildOpenCourseQuery(origin, noFilter, 1, null)).not.toHaveProperty('regionCode');
    expect(regionSteps('630102')).toEqual(['630102', '630100', null]);
    expect(regionSteps('630100')).toEqual(['630100', null]);
    expect(regionSteps('630000')).toEqual(['630000', null]);
    expect(regionSteps('')).toEqual([null]);
    expect(buildOpenCourseQuery({ kind: 'none' }, noFilter, 1)).toEqual({ page: 1, pageSize: 20 });
  });

  it('says how the list is ordered', () => {
    expect(originNote({ kind: 'location', location: { latitude: 1, longitude: 1 } }, false)).toBe('已按距您的远近排列');
    expect(originNote({ kind: 'region', regionCode: '630102', regionName: '城东区' }, false)).toContain('城东区');
    expect(originNote({ kind: 'region', regionCode: '630102', regionName: '城东区' }, true)).toContain('全省');
  });
});

describe('check-in', () => {
  it('reads the token from a scan: the token itself or a link carrying it', () => {
    expect(extractToken(`  ${TOKEN}\n`)).toBe(TOKEN);
    expect(extractToken(`https://jy.example.cn/checkin?token=${encodeURIComponent(TOKEN)}&x=1`)).toBe(TOKEN);
    expect(extractToken('hello')).toBeNull();
    expect(extractToken('')).toBeNull();
    expect(sessionIdOfToken(TOKEN)).toBe(101);
  });

  it('takes six digits with a session, or a pasted token, and names the field to fix', () => {
    expect(parseCheckInForm(' 123 456 ', 101)).toEqual({
      ok: true,
      input: { kind: 'code', shortCode: '123456', sessionId: 101 },
    });
    expect(parseCheckInForm(TOKEN, null)).toEqual({ ok: true, input: { kind: 'token', token: TOKEN } });
    expect(parseCheckInForm('', 101)).toMatchObject({
      ok: false,
      field: 'code',
      message: '请输入签到码，或粘贴二维码内容',
    });
    expect(parseCheckInForm('12345', 101)).toMatchObject({ ok: false, field: 'code', message: '签到码应为 6 位数字' });
    expect(parseCheckInForm('123456', null)).toMatchObject({ ok: false, field: 'session', message: '请选择课次' });
    expect(parseCheckInForm('abc', 101)).toMatchObject({ ok: false, field: 'code' });
  });

  it('builds the body, with the location rounded when there is one', () => {
    expect(buildCheckInRequest({ kind: 'token', token: TOKEN })).toEqual({ token: TOKEN });
    expect(
      buildCheckInRequest(
        { kind: 'code', shortCode: '123456', sessionId: 101 },
        { latitude: 36.61712345, longitude: 101.80181234 },
      ),
    ).toEqual({ sessionId: 101, shortCode: '123456', lat: 36.617123, lng: 101.801812 });
  });

  it('offers the open sessions of the worker’s courses and knows which check the distance', () => {
    const near = course({
      id: 11,
      checkInRadiusMeters: 300,
      sessions: [session({ id: 101, status: TrainingSessionStatus.OPEN }), session({ id: 102 })],
    });
    const other = course({
      id: 12,
      title: '电工培训',
      sessions: [
        session({ id: 201, courseId: 12, status: TrainingSessionStatus.OPEN, startsAt: '2026-11-23T00:00:00Z' }),
      ],
    });
    const choices = openSessionChoices([near, other]);
    expect(choices.map((c) => [c.sessionId, c.needsLocation])).toEqual([
      [201, false],
      [101, true],
    ]);
    expect(needsLocationFor({ kind: 'code', shortCode: '123456', sessionId: 101 }, choices)).toBe(true);
    expect(needsLocationFor({ kind: 'token', token: TOKEN }, choices)).toBe(true);
    expect(needsLocationFor({ kind: 'code', shortCode: '123456', sessionId: 201 }, choices)).toBe(false);
    expect(needsLocationFor({ kind: 'code', shortCode: '123456', sessionId: 999 }, choices)).toBe(false);
  });

  it('tells success, late and repeated apart, and shows a refusal in the API’s words', () => {
    expect(checkInOutcome({ status: AttendanceStatus.PRESENT, repeated: false })).toBe('success');
    expect(checkInOutcome({ status: AttendanceStatus.LATE, repeated: false })).toBe('late');
    expect(checkInOutcome({ status: AttendanceStatus.PRESENT, repeated: true })).toBe('repeated');
    expect(
      refusalText({
        message: '请求参数不正确：签到二维码已过期，请扫描屏幕上最新的二维码',
        details: [{ message: '签到二维码已过期，请扫描屏幕上最新的二维码' }],
      }),
    ).toBe('签到二维码已过期，请扫描屏幕上最新的二维码');
    expect(refusalText({ message: '你未报名“电工培训”，不能签到', details: [] })).toBe('你未报名“电工培训”，不能签到');
  });
});

describe('the QR countdown', () => {
  const now = Date.parse('2026-11-23T01:00:10.000Z');

  it('fetches the next code just after it changes', () => {
    expect(qrRefreshDelay('2026-11-23T01:00:30.000Z', now)).toBe(20_300);
    expect(qrRefreshDelay('2026-11-23T01:00:10.500Z', now)).toBe(1000);
  });

  it('falls back to one window when the device clock is far off, or the time unreadable', () => {
    expect(qrRefreshDelay('2026-11-23T00:59:00.000Z', now)).toBe(30_000);
    expect(qrRefreshDelay('2026-11-23T01:05:00.000Z', now)).toBe(30_000);
    expect(qrRefreshDelay('soon', now)).toBe(30_000);
  });

  it('counts whole seconds down to zero', () => {
    expect(countdownSeconds(now + 20_300, now)).toBe(21);
    expect(countdownSeconds(now + 1000, now)).toBe(1);
    expect(countdownSeconds(now + 1, now)).toBe(1);
    expect(countdownSeconds(now, now)).toBe(0);
    expect(countdownSeconds(now - 5000, now)).toBe(0);
  });
});

describe('the offline roster queue', () => {
  const at = (s: string) => new Date(`2026-11-23T01:${s}.000Z`);
  const seq = (...values: number[]) => {
    let i = 0;
    return () => values[i++ % values.length];
  };

  it('gives each mark a UUID v4 client id', () => {
    const id = newClientId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newClientId()).not.toBe(id);
  });

  it('keeps one waiting mark per worker: a later mark wins, an older one changes nothing', () => {
    const present = makeMark(3, AttendanceStatus.PRESENT, at('05:00'), '马建国');
    const late = makeMark(3, AttendanceStatus.LATE, at('06:00'), '马建国');
    const other = makeMark(4, AttendanceStatus.ABSENT, at('05:30'));
    let marks = enqueueMark([], present);
    marks = enqueueMark(marks, other);
    marks = enqueueMark(marks, late);
    expect(marks.map((m) => [m.workerId, m.status])).toEqual([
      [4, AttendanceStatus.ABSENT],
      [3, AttendanceStatus.LATE],
    ]);
    expect(enqueueMark(marks, present)).toEqual(marks);
    expect(mergeMarks([late], [present, other]).map((m) => m.clientId)).toEqual([late.clientId, other.clientId]);
  });

  it('is replay-safe: the same mark sent twice keeps its client id, and adding it again adds nothing', () => {
    const mark = makeMark(3, AttendanceStatus.PRESENT, at('05:00'), undefined, seq(0.1, 0.5, 0.9));
    const marks = enqueueMark([], mark);
    expect(enqueueMark(marks, { ...mark })).toEqual(marks);
    const first = syncBatch(marks);
    const again = syncBatch(marks);
    expect(again).toEqual(first);
    expect(first).toEqual([
      { clientId: mark.clientId, workerId: 3, status: AttendanceStatus.PRESENT, markedAt: '2026-11-23T01:05:00.000Z' },
    ]);
  });

  it('sends the oldest first, at most 500, without the names kept for the screen', () => {
    const marks = Array.from({ length: 502 }, (_, i) =>
      makeMark(i + 1, AttendanceStatus.PRESENT, new Date(Date.parse('2026-11-23T01:00:00Z') + (502 - i) * 1000), 'x'),
    );
    const batch = syncBatch(marks);
    expect(batch).toHaveLength(SYNC_BATCH_MAX);
    expect(batch[0].workerId).toBe(502);
    expect(batch[0]).not.toHaveProperty('workerName');
  });

  it('clears what the server answered (applied, superseded or refused) and keeps the rest', () => {
    const a = makeMark(3, AttendanceStatus.PRESENT, at('05:00'));
    const b = makeMark(4, AttendanceStatus.ABSENT, at('05:00'));
    const c = makeMark(5, AttendanceStatus.EXCUSED, at('05:00'));
    const results: RosterMarkResult[] = [
      {
        clientId: a.clientId.toUpperCase(),
        workerId: 3,
        outcome: RosterMarkOutcome.APPLIED,
        replayed: false,
        message: null,
      },
      { clientId: b.clientId, workerId: 4, outcome: RosterMarkOutcome.REJECTED, replayed: true, message: '未报名' },
    ];
    expect(clearAnswered([a, b, c], results)).toEqual([c]);
    expect(clearAnswered([a, b, c], [])).toEqual([a, b, c]);
  });

  it('counts the badge per session and in all', () => {
    const queue = {
      '101': [makeMark(3, AttendanceStatus.PRESENT, at('05:00')), makeMark(4, AttendanceStatus.LATE, at('05:00'))],
      '102': [makeMark(3, AttendanceStatus.ABSENT, at('05:00'))],
    };
    expect(pendingCount(queue)).toBe(3);
    expect(pendingCount(queue, 101)).toBe(2);
    expect(pendingCount(queue, 999)).toBe(0);
  });

  it('reads storage defensively: JSON or an object, dropping anything malformed', () => {
    const good: QueuedMark = makeMark(3, AttendanceStatus.PRESENT, at('05:00'));
    const stored = { '101': [good, { clientId: 'x' }, { ...good, status: 'LOST' }], abc: [good], '102': 'nope' };
    expect(readQueue(stored)).toEqual({ '101': [good] });
    expect(readQueue(JSON.stringify(stored))).toEqual({ '101': [good] });
    expect(readQueue('')).toEqual({});
    expect(readQueue('{broken')).toEqual({});
    expect(readQueue(null)).toEqual({});
  });

  it('shows a waiting mark over the server’s older one, and counts it in the summary', () => {
    const entries = [
      rosterEntry({ workerId: 3, status: AttendanceStatus.ABSENT, markedAt: '2026-11-23T01:01:00Z' }),
      rosterEntry({ workerId: 4, workerName: '李梅' }),
      rosterEntry({ workerId: 5, status: AttendanceStatus.PRESENT, markedAt: '2026-11-23T01:09:00Z' }),
      rosterEntry({ workerId: 6, counted: false }),
    ];
    const marks = [
      makeMark(3, AttendanceStatus.EXCUSED, at('05:00')),
      makeMark(5, AttendanceStatus.ABSENT, at('05:00')), // older than the check-in: the check-in stands
    ];
    const rows = rosterRows(entries, marks);
    expect(rows.map((r) => [r.workerId, r.status, r.pending])).toEqual([
      [3, AttendanceStatus.EXCUSED, true],
      [4, null, false],
      [5, AttendanceStatus.PRESENT, false],
      [6, null, false],
    ]);
    expect(summarise(rows)).toEqual({ expected: 3, present: 1, late: 0, absent: 0, excused: 1, unmarked: 1 });
  });
});

describe('trainer mode', () => {
  const staff = (roles: Role[]) => ({
    type: PrincipalType.STAFF as const,
    id: 21,
    username: 'trainer',
    displayName: '王老师',
    roles,
    organization: {
      id: 1,
      name: 'x',
      type: 'CITY_FEDERATION' as never,
      regionCode: '630100',
      regionName: '西宁市',
      parentId: null,
    },
    mustChangePassword: false,
  });

  it('is for trainers and the training admin, not for workers or other staff', () => {
    expect(isTrainer(staff([Role.TRAINER]))).toBe(true);
    expect(isTrainer(staff([Role.TRAINING_ADMIN]))).toBe(true);
    expect(isTrainer(staff([Role.FINANCE]))).toBe(false);
    expect(isTrainer({ type: PrincipalType.WORKER, id: 1, openidMasked: 'x', nameMasked: null, createdAt: '' })).toBe(
      false,
    );
    expect(isTrainer(null)).toBe(false);
  });

  it('puts courses with a class today first, then running, upcoming, ended', () => {
    const now = new Date('2026-11-23T02:00:00Z');
    const courses = [
      course({ id: 1, phase: TrainingCoursePhase.ENDED, sessions: [] }),
      course({ id: 2, phase: TrainingCoursePhase.UPCOMING, startsOn: '2026-12-01', sessions: [] }),
      course({ id: 3, phase: TrainingCoursePhase.RUNNING, sessions: [session({ startsAt: '2026-11-22T01:00:00Z' })] }),
      course({ id: 4, phase: TrainingCoursePhase.RUNNING, sessions: [session()] }),
    ];
    expect(sortTrainerCourses(courses, now).map((c) => c.id)).toEqual([4, 3, 2, 1]);
  });

  it('shows sessions from yesterday on (and any open one) by default', () => {
    const now = new Date('2026-11-23T02:00:00Z');
    const sessions = [
      session({ id: 1, startsAt: '2026-11-20T01:00:00Z' }),
      session({ id: 2, startsAt: '2026-11-21T01:00:00Z', status: TrainingSessionStatus.OPEN }),
      session({ id: 3, startsAt: '2026-11-22T01:00:00Z' }),
      session({ id: 4, startsAt: '2026-11-23T01:00:00Z' }),
    ];
    expect(recentSessions(sessions, now).map((s) => s.id)).toEqual([2, 3, 4]);
  });
});

describe('online learning', () => {
  const now = new Date('2026-11-23T02:00:00Z');

  it('names each wrong field', () => {
    expect(validateLearningForm({ itemTitle: ' ', durationMinutes: '', studiedOn: '' }, now)).toEqual({
      itemTitle: '请输入学习内容',
      durationMinutes: '请输入学习时长',
    });
    expect(validateLearningForm({ itemTitle: 'x', durationMinutes: '0', studiedOn: '2026-11-24' }, now)).toEqual({
      durationMinutes: '学习时长应为 1-1440 分钟的整数',
      studiedOn: '学习日期不能晚于今天',
    });
    expect(validateLearningForm({ itemTitle: 'x', durationMinutes: '45', studiedOn: '2026-11-23' }, now)).toEqual({});
  });

  it('keys an item by its title, the same title always the same key the API accepts', () => {
    const key = learningItemKey('安全生产基础知识（第一讲）');
    expect(key).toMatch(/^mp:[0-9a-f]{16}$/);
    expect(learningItemKey('  安全生产基础知识（第一讲） ')).toBe(key);
    expect(learningItemKey('安全生产基础知识（第二讲）')).not.toBe(key);
    expect(toLearningRequest({ itemTitle: ' 电工基础 ', durationMinutes: '45', studiedOn: '2026-11-22' })).toEqual({
      itemKey: learningItemKey('电工基础'),
      itemTitle: '电工基础',
      durationMinutes: 45,
      studiedOn: '2026-11-22',
    });
  });
});
