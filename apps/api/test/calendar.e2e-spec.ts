import {
  AidApplicationStatus,
  CenterService,
  type CenterResponse,
  type HolidayCalendarRequest,
  type HolidayCalendarResponse,
  type PublicityResponse,
  type ServiceRequestResponse,
} from '@steadywork/shared';
import { randomUUID } from 'node:crypto';
import { WorkingDays } from '../src/common/working-days';
import { createProgram, firstApproved, hardshipWorker } from './factories/aid.factory';
import { startTestApp, TestApp } from './helpers/test-app';

/** 23:59:59.999 of a day in Asia/Shanghai. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString();
const at = (date: string) => new Date(`${date}T00:00:00+08:00`);

/** The 2027 notice as the programme admin would enter it (dates as published for this test). */
const Y2027: HolidayCalendarRequest = {
  notice: '国办发明电〔2026〕9号',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  workdays: ['2027-02-14', '2027-09-26', '2027-10-09'],
};

describe('working days follow the legal calendar (法定节假日 and 调休)', () => {
  let t: TestApp;
  let days: WorkingDays;
  beforeAll(async () => {
    t = await startTestApp();
    days = t.app.get(WorkingDays);
  });
  afterAll(() => t.close());

  /** Moves the app's clock to a moment (ISO); tokens are then taken afresh. */
  const setClock = (iso: string) => t.clock.advance(Date.parse(iso) - t.clock.now().getTime());
  const bearer = async (username: string) => `Bearer ${(await t.login(username)).accessToken}`;
  const put = async (year: number | string, body: unknown, username = 'program_admin') =>
    t
      .http()
      .put(`/api/v1/calendars/${year}`)
      .set('Authorization', await bearer(username))
      .send(body as object);

  it('a publicity opened on 30 September 2026 for 5 working days ends on 12 October, after National Day', async () => {
    setClock('2026-12-07T02:00:00Z');
    const program = await createProgram(t, { quota: 2 });
    const a = await firstApproved(t, program);
    const province = await bearer('province_reviewer');
    const approved = await t
      .http()
      .post(`/api/v1/aid/applications/${a.application.id}/review`)
      .set('Authorization', province)
      .send({ decision: 'approve' });
    expect(approved.body.status).toBe(AidApplicationStatus.APPROVED);
    const pub = await t
      .http()
      .post('/api/v1/aid/publicities')
      .set('Authorization', province)
      .send({ programId: program.id, startsOn: '2026-09-30', workingDays: 5 });
    expect(pub.status).toBe(201);
    // 30 Sep, 8 and 9 Oct, the 调休 Saturday 10 Oct, Monday 12 Oct
    expect((pub.body as PublicityResponse).endsAt).toBe(endOfDay('2026-10-12'));
    expect((pub.body as PublicityResponse).weekdayFallbackYears).toEqual([]);
  });

  it('a service request’s 2-working-day acceptance counted from Friday 13 February 2026 ends on the 调休 Saturday 14th', async () => {
    // asked on Thursday 12 February: the count starts the next day
    setClock('2026-02-12T03:00:00Z');
    const w = await hardshipWorker(t, { archive: false });
    const centers = await t.http().get('/api/v1/centers?pageSize=100').set('Authorization', w.auth);
    const center = (centers.body.items as CenterResponse[]).find((c) => c.name === '西宁市城东区困难职工帮扶中心')!;
    const req = await t
      .http()
      .post('/api/v1/service-requests')
      .set('Authorization', w.auth)
      .set('Idempotency-Key', randomUUID())
      .send({ centerId: center.id, serviceType: CenterService.JOB_REFERRAL, description: '想找一份保洁工作' });
    expect(req.status).toBe(201);
    expect((req.body as ServiceRequestResponse).acceptDueAt).toBe(endOfDay('2026-02-14'));
    expect((req.body as ServiceRequestResponse).acceptDueFallbackYears).toEqual([]);
    expect((await days.endOf(at('2026-02-13'), 2)).endsAt.toISOString()).toBe(endOfDay('2026-02-14'));
    // the Spring Festival holiday (15–23 February) does not count: the 3rd working day is the 24th
    expect((await days.endOf(at('2026-02-13'), 3)).endsAt.toISOString()).toBe(endOfDay('2026-02-24'));
  });

  it('counts across the 2025/2026 New Year: 元旦 off, the 调休 Sunday 4 January worked', async () => {
    const end = await days.endOf(at('2025-12-31'), 3);
    expect(end).toEqual({ endsAt: new Date(endOfDay('2026-01-05')), fallbackYears: [] });
    // and 2025's own National Day: 1–8 October off, Saturday 11 October worked
    expect((await days.endOf(at('2025-09-30'), 2)).endsAt.toISOString()).toBe(endOfDay('2025-10-09'));
    expect((await days.endOf(at('2025-09-30'), 4)).endsAt.toISOString()).toBe(endOfDay('2025-10-11'));
  });

  it('a year without a calendar counts Monday to Friday and says so, until the programme admin enters it', async () => {
    setClock('2026-12-31T02:00:00Z');
    const before = await days.endOf(at('2026-12-30'), 5);
    // 30 and 31 December, then Friday 1 January 2027 counted as a working day, 4 and 5 January
    expect(before).toEqual({ endsAt: new Date(endOfDay('2027-01-05')), fallbackYears: [2027] });

    const program = await createProgram(t, { quota: 2 });
    const a = await firstApproved(t, program);
    const province = await bearer('province_reviewer');
    await t
      .http()
      .post(`/api/v1/aid/applications/${a.application.id}/review`)
      .set('Authorization', province)
      .send({ decision: 'approve' });
    const pub = await t
      .http()
      .post('/api/v1/aid/publicities')
      .set('Authorization', province)
      .send({ programId: program.id, startsOn: '2026-12-30', workingDays: 5 });
    expect(pub.status).toBe(201);
    expect(pub.body).toMatchObject({ endsAt: endOfDay('2027-01-05'), weekdayFallbackYears: [2027] });

    t.clock.advance(3600_000);
    const entered = await put(2027, Y2027);
    expect(entered.status).toBe(200);
    // the cache is dropped on the edit: the same count now skips 元旦
    expect(await days.endOf(at('2026-12-30'), 5)).toEqual({
      endsAt: new Date(endOfDay('2027-01-06')),
      fallbackYears: [],
    });
    // the publicity was counted before 2027 existed: it still says so
    const again = await t.http().get(`/api/v1/aid/publicities/${pub.body.id}`).set('Authorization', province);
    expect(again.body.weekdayFallbackYears).toEqual([2027]);
  });
});

describe('holiday calendar endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const setClock = (iso: string) => t.clock.advance(Date.parse(iso) - t.clock.now().getTime());
  const bearer = async (username: string) => `Bearer ${(await t.login(username)).accessToken}`;
  const put = async (year: number | string, body: unknown, username = 'program_admin') =>
    t
      .http()
      .put(`/api/v1/calendars/${year}`)
      .set('Authorization', await bearer(username))
      .send(body as object);

  it('ships 2025 and 2026 from the State Council notices', async () => {
    const res = await t
      .http()
      .get('/api/v1/calendars')
      .set('Authorization', await bearer('program_admin'));
    expect(res.status).toBe(200);
    const years = res.body as HolidayCalendarResponse[];
    expect(years.map((y) => y.year)).toEqual([2026, 2025]);
    expect(years[0].holidays.find((h) => h.name === '国庆节')).toEqual({
      name: '国庆节',
      from: '2026-10-01',
      to: '2026-10-07',
    });
    expect(years[0].workdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(years[1]).toMatchObject({ notice: '国办发明电〔2024〕12号', updatedBy: null });
  });

  it('is the programme admin’s: other staff and workers get 403', async () => {
    for (const username of ['province_reviewer', 'sysadmin']) {
      expect(
        (
          await t
            .http()
            .get('/api/v1/calendars')
            .set('Authorization', await bearer(username))
        ).status,
      ).toBe(403);
      expect((await put(2027, Y2027, username)).status).toBe(403);
    }
    const w = await hardshipWorker(t, { archive: false });
    expect((await t.http().put('/api/v1/calendars/2027').set('Authorization', w.auth).send(Y2027)).status).toBe(403);
    expect((await t.http().get('/api/v1/calendars/status')).status).toBe(401);
  });

  it('answers 400 per field: dates outside the year, overlaps, duplicates, weekdays as 调休, bad shapes', async () => {
    const outside = await put(2027, {
      holidays: [
        { name: '元旦', from: '2026-12-31', to: '2027-01-02' },
        { name: '春节', from: '2027-02-05', to: '2027-02-13' },
        { name: '除夕', from: '2027-02-13', to: '2027-02-13' },
        { name: '春节', from: '2027-05-01', to: '2027-04-30' },
      ],
      workdays: ['2027-02-14', '2027-02-14', '2028-01-02', '2027-02-10', '2027-09-26', '2027-02-31'],
    });
    expect(outside.status).toBe(400);
    expect(outside.body).toMatchObject({ statusCode: 400, error: 'VALIDATION_FAILED' });
    expect(outside.body.details).toEqual(
      expect.arrayContaining([
        { field: 'holidays[0].from', message: '日期应在 2027 年内（跨年的假日按所在年份分别录入）' },
        { field: 'holidays[3].to', message: '放假结束日期不能早于开始日期' },
        { field: 'holidays[3].name', message: '“春节”已录入' },
        { field: 'holidays[2].from', message: '与“春节”的放假日期（2027-02-05 至 2027-02-13）重叠' },
        { field: 'workdays[1]', message: '2027-02-14 重复录入' },
        { field: 'workdays[2]', message: '日期应在 2027 年内（跨年的假日按所在年份分别录入）' },
        { field: 'workdays[3]', message: '2027-02-10 不是周六或周日，本来就要上班' },
        { field: 'workdays[5]', message: '不是有效的日期' },
      ]),
    );
    expect(outside.body.details).toHaveLength(8);
    // Saturday 6 February is a day of the Spring Festival holiday
    const inHoliday = await put(2027, {
      holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-13' }],
      workdays: ['2027-02-06'],
    });
    expect(inHoliday.body.details).toEqual([{ field: 'workdays[0]', message: '2027-02-06 在“春节”放假期间内' }]);

    const shapes = await put(2027, {
      notice: 12,
      holidays: [{ name: '', from: '2027/01/01', to: null }],
      workdays: '2027-01-02',
    });
    expect(shapes.status).toBe(400);
    expect(shapes.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'holidays[0].from',
      'holidays[0].name',
      'holidays[0].to',
      'notice',
      'workdays',
    ]);
    expect(shapes.body.details.find((d: { field: string }) => d.field === 'holidays[0].name').message).toBe(
      '请填写节日名称',
    );
    expect((await put(2027, null)).status).toBe(400);
    expect((await put(2027, { holidays: [], workdays: [] })).body.details).toEqual([
      { field: 'holidays', message: '请至少录入一个节日的放假安排' },
    ]);
    expect((await put('abc', Y2027)).body.details).toEqual([{ field: 'year', message: '年度必须是整数' }]);
    expect((await put(1999, Y2027)).body.details).toEqual([{ field: 'year', message: '年度应在 2000–2100 之间' }]);
    const none = await t
      .http()
      .get('/api/v1/calendars')
      .set('Authorization', await bearer('program_admin'));
    expect(none.body.map((y: HolidayCalendarResponse) => y.year)).toEqual([2026, 2025]);
  });

  it('warns from 1 December (Asia/Shanghai) while next year is missing; entering it is audited, correcting it too', async () => {
    const status = async () =>
      (
        await t
          .http()
          .get('/api/v1/calendars/status')
          .set('Authorization', await bearer('program_admin'))
      ).body;
    // 30 November 23:30 in Beijing is still November
    setClock('2026-11-30T15:30:00Z');
    expect(await status()).toEqual({
      today: '2026-11-30',
      years: [2025, 2026],
      nextYear: 2027,
      nextYearMissing: false,
    });
    // 1 December 00:30 in Beijing (still 30 November in UTC)
    setClock('2026-11-30T16:30:00Z');
    expect(await status()).toMatchObject({ today: '2026-12-01', nextYear: 2027, nextYearMissing: true });

    const created = await put(2027, { ...Y2027, holidays: [...Y2027.holidays].reverse() });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      year: 2027,
      notice: '国办发明电〔2026〕9号',
      holidays: Y2027.holidays,
      workdays: Y2027.workdays,
      updatedBy: '项目管理员',
    });
    expect(await status()).toMatchObject({ years: [2025, 2026, 2027], nextYearMissing: false });

    const corrected = await put(2027, { ...Y2027, workdays: ['2027-02-14', '2027-09-26'] });
    expect(corrected.status).toBe(200);
    const read = await t
      .http()
      .get('/api/v1/calendars/2027')
      .set('Authorization', await bearer('program_admin'));
    expect(read.body.workdays).toEqual(['2027-02-14', '2027-09-26']);
    expect(
      (
        await t
          .http()
          .get('/api/v1/calendars/2031')
          .set('Authorization', await bearer('program_admin'))
      ).status,
    ).toBe(404);

    const audit = await t
      .http()
      .get('/api/v1/audit-logs?targetType=holiday_calendar&pageSize=10')
      .set('Authorization', await bearer('auditor'));
    expect(
      audit.body.items.map((e: { action: string; targetId: string; actorName: string }) => [
        e.action,
        e.targetId,
        e.actorName,
      ]),
    ).toEqual([
      ['holiday_calendar.update', '2027', 'program_admin'],
      ['holiday_calendar.create', '2027', 'program_admin'],
    ]);
  });

  it('two admins entering the same new year at once: one creates, the other replaces or is told to refresh; never a 500', async () => {
    const auth = await bearer('program_admin');
    const send = () =>
      t
        .http()
        .put('/api/v1/calendars/2030')
        .set('Authorization', auth)
        .send({ ...Y2027, holidays: [{ name: '元旦', from: '2030-01-01', to: '2030-01-01' }], workdays: [] });
    const results = await Promise.all([send(), send(), send()]);
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(results.some((r) => r.status === 200)).toBe(true);
    const rows = await t.db.query('SELECT COUNT(*) AS n FROM holiday_calendar WHERE year = 2030');
    expect(Number(rows[0].n)).toBe(1);
  });
});
