import {
  ArchiveStatus,
  EmploymentStatus,
  FOLLOW_UP_INTERVAL_DAYS,
  parseResidentId,
  TrainingSessionStatus,
  WorkerTag,
  type Page,
  type WorkerResponse,
} from '@steadywork/shared';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createApp } from '../src/app.factory';
import { APP_CONFIG, AppConfig, loadConfig } from '../src/config/app-config';
import { PersonalDataCipher } from '../src/crypto/personal-data.cipher';
import { DEMO_PROVINCE_ACTION } from '../src/seed/province/demo-province.service';
import { workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';

/** A Monday, 14:00 in Xining: the afternoon, when the small seed's morning class is over. */
const AFTERNOON = '2026-12-07T06:00:00Z';
/** 23:30 in Xining: the class in progress runs past midnight. */
const LATE_NIGHT = '2026-12-07T15:30:00Z';
const DAY = 86_400_000;

const counts = async (t: TestApp) => {
  const tables = [
    'worker',
    'worker_tag',
    'hardship_archive',
    'archive_event',
    'follow_up',
    'training_course',
    'training_session',
    'training_enrolment',
    'training_attendance',
    'training_completion',
    'online_learning_record',
    'aid_application',
    'aid_application_event',
    'employment_outcome',
    'service_request',
    'worker_account',
    'employer',
    'job_posting',
    'job_application',
    'job_subscription',
    'job_event',
    'job_event_signup',
    'gig_job',
    'gig_worker',
    'job_caseworker',
  ];
  const out: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await t.db.query(`SELECT COUNT(*) AS n FROM ${table}`);
    out[table] = Number(row.n);
  }
  return out;
};

/** The trainer's sessions that can be opened now (from the sessions list the trainer's app shows). */
async function sessionsInProgress(t: TestApp) {
  const res = await t
    .http()
    .get('/api/v1/training/sessions/mine')
    .set('Authorization', await t.bearer('trainer'));
  expect(res.status).toBe(200);
  const now = t.clock.now().getTime();
  return (res.body as { id: number; startsAt: string; endsAt: string; status: string }[]).filter(
    (s) => Date.parse(s.startsAt) <= now && now < Date.parse(s.endsAt) && s.status !== TrainingSessionStatus.CLOSED,
  );
}

describe('demo province (DEMO_PROVINCE=true)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_PROVINCE: 'true' }, { now: AFTERNOON });
  }, 180_000);
  afterAll(() => t?.close());

  it('holds about 3,000 workers in every county, each with a valid ID number of their county and birth date', async () => {
    const cipher = t.app.get(PersonalDataCipher);
    const rows: {
      id: number;
      name: string;
      ethnicity: string;
      id_number_enc: string;
      id_number_hash: string;
      id_number_masked: string;
      id_last4: string;
      phone_enc: string;
      phone_hash: string;
      phone_masked: string;
      birth_date: string;
      sex: string;
      region_code: string;
    }[] = await t.db.query(
      'SELECT id, name, ethnicity, id_number_enc, id_number_hash, id_number_masked, id_last4, phone_enc, phone_hash, phone_masked, birth_date, sex, region_code FROM worker',
    );
    expect(rows.length).toBeGreaterThanOrEqual(2900);
    expect(rows.length).toBeLessThanOrEqual(3100);
    const [{ n: counties }] = await t.db.query("SELECT COUNT(*) AS n FROM region WHERE level = 'county'");
    expect(new Set(rows.map((r) => r.region_code)).size).toBe(Number(counties));
    const today = t.clock.now();
    for (const r of rows) {
      // as the registration form takes them
      expect(r.name).toMatch(/^[\u4e00-\u9fa5·]{2,8}$/);
      expect(['汉族', '藏族', '回族', '土族', '撒拉族', '蒙古族']).toContain(r.ethnicity);
      const id = cipher.decrypt(r.id_number_enc);
      const info = parseResidentId(id, today);
      expect({ id, ...info }).toEqual({
        id,
        valid: true,
        regionCode: r.region_code,
        birthDate: r.birth_date,
        sex: r.sex,
      });
      expect(r.id_number_hash).toBe(cipher.lookupHash('id', id));
      expect(r.id_number_masked).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
      expect(r.id_last4).toBe(id.slice(-4));
      const phone = cipher.decrypt(r.phone_enc);
      expect(phone).toMatch(/^1[3-9]\d{9}$/);
      expect(r.phone_hash).toBe(cipher.lookupHash('phone', phone));
      expect(r.phone_masked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    }
    expect(new Set(rows.map((r) => r.id_number_hash)).size).toBe(rows.length);
  });

  it('shows 城东区 its workers: the list total matches, search by ID last 4 finds, reveal returns the number', async () => {
    const auth = await t.bearer('chengdong_reviewer');
    const list = await t.http().get('/api/v1/workers?pageSize=5').set('Authorization', auth);
    expect(list.status).toBe(200);
    const page = list.body as Page<WorkerResponse>;
    const [{ n }] = await t.db.query("SELECT COUNT(*) AS n FROM worker WHERE region_code = '630102'");
    expect(page.total).toBe(Number(n));
    expect(page.total).toBeGreaterThan(100);
    expect(page.items.every((w) => w.regionCode === '630102')).toBe(true);

    const someone = page.items[0];
    const last4 = someone.idNumberMasked.slice(-4);
    const found = await t.http().get(`/api/v1/workers?keyword=${last4}`).set('Authorization', auth);
    expect(found.status).toBe(200);
    expect((found.body as Page<WorkerResponse>).items.map((w) => w.id)).toContain(someone.id);

    const reveal = await t.http().post(`/api/v1/workers/${someone.id}/reveal`).set('Authorization', auth).send({});
    expect(reveal.status).toBe(200);
    expect(reveal.body.idNumber.slice(-4)).toBe(last4);
    expect(parseResidentId(reveal.body.idNumber, t.clock.now()).regionCode).toBe('630102');
    expect(reveal.body.phone.slice(-4)).toBe(someone.phoneMasked.slice(-4));
  });

  it('gives a share of the workers hardship archives, kept in step with their status and tag', async () => {
    const [{ n: archives }] = await t.db.query('SELECT COUNT(*) AS n FROM hardship_archive');
    const [{ n: workers }] = await t.db.query('SELECT COUNT(*) AS n FROM worker');
    expect(Number(archives)).toBeGreaterThan(Number(workers) * 0.1);
    expect(Number(archives)).toBeLessThan(Number(workers) * 0.4);
    const mismatched = await t.db.query(
      `SELECT a.id FROM hardship_archive a JOIN worker w ON w.id = a.worker_id
       WHERE a.status <> w.archive_status OR a.region_code <> w.region_code
          OR (a.status = 'ACTIVE') <> EXISTS (SELECT 1 FROM worker_tag t WHERE t.worker_id = w.id AND t.tag = :tag)`.replace(
        ':tag',
        `'${WorkerTag.HARDSHIP}'`,
      ),
    );
    expect(mismatched).toEqual([]);
    const orphans = await t.db.query(
      "SELECT w.id FROM worker w WHERE w.archive_status <> 'NONE' AND NOT EXISTS (SELECT 1 FROM hardship_archive a WHERE a.worker_id = w.id)",
    );
    expect(orphans).toEqual([]);
    const [{ n: closed }] = await t.db.query("SELECT COUNT(*) AS n FROM hardship_archive WHERE status = 'CLOSED'");
    expect(Number(closed)).toBeGreaterThan(0);
    // every archive has its opening in the timeline, a closed one its closing too
    const [{ n: opened }] = await t.db.query("SELECT COUNT(*) AS n FROM archive_event WHERE type = 'OPENED'");
    const [{ n: closings }] = await t.db.query("SELECT COUNT(*) AS n FROM archive_event WHERE type = 'CLOSED'");
    expect(Number(opened)).toBe(Number(archives));
    expect(Number(closings)).toBe(Number(closed));
  });

  it('follows workers up, a few overdue: the overdue list agrees with the follow-up rule', async () => {
    const auth = await t.bearer('chengdong_reviewer');
    const res = await t.http().get('/api/v1/follow-ups/overdue?pageSize=100').set('Authorization', auth);
    expect(res.status).toBe(200);
    const cutoff = t.clock.now().getTime() - FOLLOW_UP_INTERVAL_DAYS * DAY;
    const rows: {
      id: number;
      employment_status: string;
      archive_status: string;
      last: string | Date | null;
      created: string | Date;
    }[] = await t.db.query(
      `SELECT w.id, w.employment_status, w.archive_status, w.last_follow_up_at AS last, w.created_at AS created
         FROM worker w WHERE w.region_code = '630102'`,
    );
    const time = (v: string | Date) =>
      v instanceof Date ? v.getTime() : Date.parse(`${String(v).replace(' ', 'T')}Z`);
    const expected = rows.filter(
      (w) =>
        (w.employment_status === EmploymentStatus.UNEMPLOYED || w.archive_status === ArchiveStatus.ACTIVE) &&
        time(w.last ?? w.created) < cutoff,
    );
    expect(res.body.total).toBe(expected.length);
    expect(res.body.total).toBeGreaterThan(0);
    // and most of those who must be followed up have been, within the interval
    const due = rows.filter(
      (w) => w.employment_status === EmploymentStatus.UNEMPLOYED || w.archive_status === ArchiveStatus.ACTIVE,
    );
    expect(expected.length).toBeLessThan(due.length / 2);
    // each worker's last follow-up is the latest of their follow-ups
    const stale = await t.db.query(
      `SELECT w.id FROM worker w WHERE w.last_follow_up_at IS NOT NULL
       AND w.last_follow_up_at <> (SELECT MAX(f.followed_at) FROM follow_up f WHERE f.worker_id = w.id)`,
    );
    expect(stale).toEqual([]);
  });

  it("holds this year's 221 applications in every status, within the quotas, one award and one outcome per worker", async () => {
    const year = 2026;
    const byStatus: { program_id: number; status: string; n: unknown }[] = await t.db.query(
      'SELECT program_id, status, COUNT(*) AS n FROM aid_application WHERE year = ? GROUP BY program_id, status',
      [year],
    );
    const programs: { id: number; quota: number; awarded: number }[] = await t.db.query(
      'SELECT id, quota, awarded FROM aid_program WHERE year = ?',
      [year],
    );
    expect(programs).toHaveLength(2);
    const count = (programId: number, statuses: string[]) =>
      byStatus
        .filter((r) => r.program_id === programId && statuses.includes(r.status))
        .reduce((s, r) => s + Number(r.n), 0);
    for (const p of programs) {
      for (const status of [
        'DRAFT',
        'SUBMITTED',
        'RETURNED',
        'FIRST_APPROVED',
        'APPROVED',
        'PUBLICIZING',
        'CONFIRMED',
        'PAID',
        'REJECTED',
      ]) {
        expect({ program: p.id, status, n: count(p.id, [status]) > 0 }).toEqual({ program: p.id, status, n: true });
      }
      // 16 of the 20 places taken, the rest of the 40 applications on their way or ended
      const expected = {
        DRAFT: 4,
        SUBMITTED: 9,
        RETURNED: 3,
        FIRST_APPROVED: 4,
        APPROVED: 2,
        PUBLICIZING: 3,
        CONFIRMED: 3,
        PAID: 8,
        REJECTED: 3,
        WITHDRAWN: 1,
      };
      expect(Object.fromEntries(Object.keys(expected).map((status) => [status, count(p.id, [status])]))).toEqual(
        expected,
      );
      const awarded = count(p.id, ['APPROVED', 'PUBLICIZING', 'CONFIRMED', 'PAID']);
      expect(Number(p.awarded)).toBe(awarded);
      expect(awarded).toBeLessThanOrEqual(Number(p.quota));
    }
    // one award per worker per year, one open application per programme, one outcome per worker per year
    expect(
      await t.db.query(
        'SELECT worker_id FROM aid_application WHERE award_key IS NOT NULL GROUP BY worker_id, year HAVING COUNT(*) > 1',
      ),
    ).toEqual([]);
    expect(
      await t.db.query('SELECT worker_id FROM employment_outcome GROUP BY worker_id, year HAVING COUNT(*) > 1'),
    ).toEqual([]);
    const [{ n: outcomes }] = await t.db.query('SELECT COUNT(*) AS n FROM employment_outcome WHERE year = ?', [year]);
    expect(Number(outcomes)).toBeGreaterThan(0);
    // every applicant had an active archive, claimed their record and is of working age; awards carry the tag
    const wrong = await t.db.query(
      `SELECT a.id FROM aid_application a JOIN worker w ON w.id = a.worker_id
       WHERE w.archive_status <> 'ACTIVE' OR w.account_id IS NULL OR a.region_code <> w.region_code
          OR (a.award_key IS NOT NULL) <> EXISTS (SELECT 1 FROM worker_tag t WHERE t.worker_id = w.id AND t.tag = 'AID_RECIPIENT')`,
    );
    expect(wrong).toEqual([]);
    // payments: the award's amount, a voucher, paid after the publicity closed
    const paid: {
      paid_amount_fen: number;
      amount_fen: number;
      voucher_no: string | null;
      paid_at: unknown;
      closed_at: unknown;
    }[] = await t.db.query(
      `SELECT a.paid_amount_fen, p.amount_fen, a.voucher_no, a.paid_at, u.closed_at FROM aid_application a
         JOIN aid_program p ON p.id = a.program_id JOIN aid_publicity u ON u.id = a.publicity_id WHERE a.status = 'PAID'`,
    );
    expect(paid.length).toBeGreaterThan(0);
    for (const r of paid) {
      expect(Number(r.paid_amount_fen)).toBe(Number(r.amount_fen));
      expect(r.voucher_no).toMatch(/^QHZGH-2026-\d{4}$/);
    }
    // each application's timeline ends in its status
    const lastEvents: { status: string; to_status: string }[] = await t.db.query(
      `SELECT a.status, e.to_status FROM aid_application a JOIN aid_application_event e ON e.application_id = a.id
       WHERE e.id = (SELECT MAX(x.id) FROM aid_application_event x WHERE x.application_id = a.id)`,
    );
    const [{ n: apps }] = await t.db.query('SELECT COUNT(*) AS n FROM aid_application');
    expect(lastEvents).toHaveLength(Number(apps));
    expect(lastEvents.filter((r) => r.status !== r.to_status)).toEqual([]);
    // the steps happened in order, this year, before now; payments after their publicity closed
    const events: { application_id: number; created_at: string | Date }[] = await t.db.query(
      'SELECT application_id, created_at FROM aid_application_event ORDER BY application_id, id',
    );
    const time = (v: string | Date) =>
      v instanceof Date ? v.getTime() : Date.parse(`${String(v).replace(' ', 'T')}Z`);
    const yearStart = Date.parse('2026-01-01T00:00:00+08:00');
    for (const [i, e] of events.entries()) {
      expect(time(e.created_at)).toBeGreaterThanOrEqual(yearStart);
      expect(time(e.created_at)).toBeLessThanOrEqual(t.clock.now().getTime());
      const before = events[i - 1];
      if (before?.application_id === e.application_id)
        expect(time(e.created_at)).toBeGreaterThanOrEqual(time(before.created_at));
    }
    for (const r of paid)
      expect(time(r.paid_at as string | Date)).toBeGreaterThan(time(r.closed_at as string | Date) - DAY);
  });

  it("shows 城东区's reviewer figures that agree with the lists they count, none of them zero", async () => {
    const auth = await t.bearer('chengdong_reviewer');
    const dash = await t.http().get('/api/v1/aid/dashboard').set('Authorization', auth);
    expect(dash.status).toBe(200);
    const list = async (status: string) => {
      const res = await t
        .http()
        .get(`/api/v1/aid/applications?status=${status}&pageSize=100`)
        .set('Authorization', auth);
      expect(res.status).toBe(200);
      return res.body as Page<{ id: number; status: string; regionCode: string }>;
    };
    const submitted = await list('SUBMITTED');
    expect(submitted.total).toBeGreaterThan(0);
    expect(submitted.items.every((a) => a.regionCode === '630102' && a.status === 'SUBMITTED')).toBe(true);
    expect(dash.body.pendingFirstReview).toBe(submitted.total);
    const paid = await list('PAID');
    expect(paid.total).toBeGreaterThan(0);
    expect(dash.body.paidFen).toBe(paid.total * 2_000_000);
    let awarded = 0;
    for (const s of ['APPROVED', 'PUBLICIZING', 'CONFIRMED', 'PAID']) awarded += (await list(s)).total;
    expect(dash.body.types.reduce((sum: number, x: { awarded: number }) => sum + x.awarded, 0)).toBe(awarded);
    expect(awarded).toBeGreaterThan(0);
    expect(dash.body.awaitingPaymentCount).toBe((await list('CONFIRMED')).total);
    const outcomes = await t.http().get('/api/v1/outcomes?pageSize=1').set('Authorization', auth);
    expect(outcomes.status).toBe(200);
    expect(dash.body.outcomes.count).toBe(outcomes.body.total);

    // the province's view of a programme: its stats agree with its lists
    const province = await t.bearer('province_reviewer');
    for (const programId of dash.body.types.map((x: { programId: number }) => x.programId)) {
      const stats = await t.http().get(`/api/v1/aid/programs/${programId}/stats`).set('Authorization', province);
      expect(stats.status).toBe(200);
      for (const [status, n] of Object.entries(stats.body.byStatus as Record<string, number>)) {
        const res = await t
          .http()
          .get(`/api/v1/aid/applications?programId=${programId}&status=${status}&pageSize=1`)
          .set('Authorization', province);
        expect({ status, total: res.body.total }).toEqual({ status, total: n });
      }
      expect(stats.body.paidCount).toBe(stats.body.byStatus.PAID);
    }
  });

  it('holds past, running and coming courses: completions earned by attendance, figures that agree with the lists', async () => {
    const courses: { id: number; completed_at: unknown; starts_on: string; ends_on: string }[] = await t.db.query(
      'SELECT id, completed_at, starts_on, ends_on FROM training_course',
    );
    const today = '2026-12-07';
    expect(courses.some((c) => c.completed_at !== null)).toBe(true);
    expect(courses.some((c) => c.completed_at === null && c.starts_on < today && c.ends_on > today)).toBe(true);
    expect(courses.some((c) => c.starts_on > today)).toBe(true);
    // a completion only for attendance at or above the threshold, counted from the marks
    const completions: { attended: number; held: number; marks: unknown; threshold: number }[] = await t.db.query(
      `SELECT c.attended, c.held, k.completion_threshold AS threshold,
         (SELECT COUNT(*) FROM training_attendance a WHERE a.course_id = c.course_id AND a.worker_id = c.worker_id
            AND a.status IN ('PRESENT', 'LATE')) AS marks
       FROM training_completion c JOIN training_course k ON k.id = c.course_id`,
    );
    expect(completions.length).toBeGreaterThan(0);
    for (const c of completions) {
      expect(Number(c.marks)).toBe(Number(c.attended));
      expect(Number(c.attended) * 100).toBeGreaterThanOrEqual(Number(c.threshold) * Number(c.held));
    }
    // enrolment counters match the enrolments
    const counters = await t.db.query(
      `SELECT c.id FROM training_course c WHERE c.enrolled <>
         (SELECT COUNT(*) FROM training_enrolment e WHERE e.course_id = c.id AND e.status = 'ENROLLED')`,
    );
    expect(counters).toEqual([]);

    for (const username of ['training_admin', 'chengdong_reviewer']) {
      const auth = await t.bearer(username);
      const dash = await t.http().get('/api/v1/training/dashboard').set('Authorization', auth);
      expect(dash.status).toBe(200);
      const listed = await t.http().get('/api/v1/training/completions?year=2026&pageSize=1').set('Authorization', auth);
      expect(listed.status).toBe(200);
      expect({ username, completions: dash.body.completions }).toEqual({ username, completions: listed.body.total });
      expect(dash.body.completions).toBeGreaterThan(0);
      expect(dash.body.onlineLearning).toBeGreaterThan(0);
    }
  });

  it('holds service requests at the demo centers, some overdue and some rated, as the center dashboard counts them', async () => {
    const auth = await t.bearer('province_reviewer');
    const dash = await t.http().get('/api/v1/centers/dashboard').set('Authorization', auth);
    expect(dash.status).toBe(200);
    const list = await t.http().get('/api/v1/service-requests?pageSize=1').set('Authorization', auth);
    expect(list.status).toBe(200);
    const counted = (dash.body.requestsByService as { count: number }[]).reduce((sum, r) => sum + r.count, 0);
    expect(counted).toBe(list.body.total);
    expect(list.body.total).toBeGreaterThan(0);
    expect(dash.body.overdueRequests).toBeGreaterThan(0);
    expect(dash.body.averageRating).not.toBeNull();
    const overdue = await t.http().get('/api/v1/service-requests?overdue=true&pageSize=1').set('Authorization', auth);
    expect(overdue.status).toBe(200);
    expect(overdue.body.total).toBe(dash.body.overdueRequests);
    const staff = await t
      .http()
      .get('/api/v1/service-requests?pageSize=1')
      .set('Authorization', await t.bearer('center_staff'));
    expect(staff.status).toBe(200);
    expect(staff.body.total).toBeGreaterThan(0);
    // every requester claimed their record in the mini-program; only closed requests are rated
    const wrong = await t.db.query(
      `SELECT r.id FROM service_request r JOIN worker w ON w.id = r.worker_id
       WHERE w.account_id IS NULL OR (r.rating IS NOT NULL AND r.status <> 'CLOSED')`,
    );
    expect(wrong).toEqual([]);
  });

  it('holds a class of the demo trainer in progress: the trainer opens check-in, a new worker enrols and checks in', async () => {
    const sessions = await sessionsInProgress(t);
    expect(sessions).toHaveLength(1);
    const session = sessions[0];
    // a little before now to a few hours after
    expect(t.clock.now().getTime() - Date.parse(session.startsAt)).toBeLessThanOrEqual(40 * 60_000);
    expect(Date.parse(session.endsAt) - t.clock.now().getTime()).toBeGreaterThanOrEqual(2 * 3_600_000);
    const trainer = await t.bearer('trainer');
    const open = await t
      .http()
      .post(`/api/v1/training/sessions/${session.id}/open`)
      .set('Authorization', trainer)
      .send({});
    expect(open.status).toBe(200);
    const qr = await t.http().get(`/api/v1/training/sessions/${session.id}/qr`).set('Authorization', trainer);
    expect(qr.status).toBe(200);

    // a new user registers in the H5, enrols and checks in
    const auth = await t.workerBearer('demo-newcomer');
    const reg = await t.register(auth, { ...workerProfile({ regionCode: '630102' }), consent: true });
    expect(reg.status).toBe(200);
    const [{ course_id: courseId }] = await t.db.query('SELECT course_id FROM training_session WHERE id = ?', [
      session.id,
    ]);
    const enrolled = await t
      .http()
      .post(`/api/v1/training/courses/${courseId}/enrolments`)
      .set('Authorization', auth)
      .send({});
    expect(enrolled.status).toBe(201);
    expect(enrolled.body.status).toBe('ENROLLED');
    const checkIn = await t
      .http()
      .post('/api/v1/training/check-ins')
      .set('Authorization', auth)
      .send({ token: qr.body.token });
    expect(checkIn.status).toBe(201);
    expect(checkIn.body).toMatchObject({ sessionId: session.id, method: 'QR' });
  });

  it('holds employers and their postings in every status, referrals up to hires that count once, as the lists show them', async () => {
    const county = await t.bearer('chengdong_reviewer');
    const queue = await t.http().get('/api/v1/jobs/postings?status=PENDING&pageSize=100').set('Authorization', county);
    expect(queue.status).toBe(200);
    expect(queue.body.items.some((p: { employerName: string }) => p.employerName === '青海高原建设有限公司')).toBe(
      true,
    );
    const byStatus: { status: string; expired: number; n: number }[] = await t.db.query(
      'SELECT status, CASE WHEN valid_until < ? THEN 1 ELSE 0 END AS expired, COUNT(*) AS n FROM job_posting GROUP BY status, CASE WHEN valid_until < ? THEN 1 ELSE 0 END',
      // the afternoon in Xining is the same date as in UTC
      [AFTERNOON.slice(0, 10), AFTERNOON.slice(0, 10)],
    );
    const has = (status: string, expired = 0) =>
      byStatus.some((r) => r.status === status && Number(r.expired) === expired && Number(r.n) > 0);
    expect([has('OPEN'), has('OPEN', 1), has('PENDING'), has('RETURNED'), has('CLOSED')]).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    // the welder job of hr_demo's company is open in 城东区, and a 城东区 welder sees it with its reasons
    const [welder] = await t.db.query(
      `SELECT w.id, w.account_id FROM worker w WHERE w.region_code = '630102' AND w.employment_status <> 'EMPLOYED'
         AND w.skills LIKE '%"焊工"%' ORDER BY w.id LIMIT 1`,
    );
    const matches = await t
      .http()
      .get(`/api/v1/jobs/postings?status=OPEN&keyword=${encodeURIComponent('电焊工')}&pageSize=100`)
      .set('Authorization', county);
    const job = matches.body.items.find((p: { employerName: string; regionCode: string }) => p.regionCode === '630102');
    expect(job).toBeDefined();
    const ranked = await t
      .http()
      .get(`/api/v1/jobs/postings/${job.id}/matches?pageSize=100`)
      .set('Authorization', county);
    const found = ranked.body.items.find((m: { workerId: number }) => m.workerId === Number(welder.id));
    expect(found.reasons.slice(0, 2)).toEqual(['同区县', '技能匹配：焊工']);
    // referrals are in the applicants' scope; each hire is one outcome
    const hires: { outcome_id: number | null; worker_id: number }[] = await t.db.query(
      "SELECT outcome_id, worker_id FROM job_application WHERE status = 'HIRED'",
    );
    expect(hires.length).toBeGreaterThan(0);
    expect(hires.filter((h) => h.outcome_id === null)).toEqual([]);
    const theirs = await t.http().get('/api/v1/jobs/applications?pageSize=100').set('Authorization', county);
    expect(theirs.body.items.every((a: { regionCode: string }) => a.regionCode === '630102')).toBe(true);
  });

  it('holds recruitment events with sign-ups, 对口援青 postings and a public-welfare post, counted on the home', async () => {
    const city = await t.bearer('xining_reviewer');
    const events = await t.http().get('/api/v1/jobs/events?pageSize=100').set('Authorization', city);
    expect(events.status).toBe(200);
    const month = events.body.items.find((e: { kind: string }) => e.kind === 'SERVICE_MONTH');
    expect(month).toMatchObject({ status: 'PUBLISHED', regionCode: '630100' });
    expect(month.figures.postings).toBeGreaterThan(0);
    expect(month.figures.signups).toBeGreaterThan(0);
    expect(month.figures.attended).toBeLessThanOrEqual(month.figures.signups);
    // the province's online fair shows the partner unions' postings, marked
    const fair = (
      await t
        .http()
        .get('/api/v1/jobs/events?kind=ONLINE_FAIR')
        .set('Authorization', await t.bearer('province_reviewer'))
    ).body.items[0];
    expect(fair.online).toBe(true);
    expect(fair.postings.length).toBeGreaterThan(0);
    expect(fair.postings.every((p: { partnerUnionName: string | null }) => p.partnerUnionName)).toBe(true);
    const home = (
      await t
        .http()
        .get('/api/v1/jobs/dashboard')
        .set('Authorization', await t.bearer('province_reviewer'))
    ).body;
    expect(home.partnerSent).toBeGreaterThan(0);
    expect(home.partnerHires).toBeGreaterThan(0);
    expect(home.publicWelfareOpen).toBe(1);
    expect(home.publicWelfareHires).toBe(1);
    expect(home.byPartnerUnion.find((u: { name: string }) => u.name === '北京市总工会').sent).toBeGreaterThan(0);
    // every hire of them is one outcome
    const hires: { outcome_id: number | null }[] = await t.db.query(
      "SELECT outcome_id FROM job_application WHERE status = 'HIRED' AND source = 'ASSIGNED'",
    );
    expect(hires).toHaveLength(1);
    expect(hires[0].outcome_id).not.toBeNull();
  });

  it('holds gigs near the workers in 零工模式 and the one-to-one people of 城东区’s staff', async () => {
    const county = await t.bearer('chengdong_reviewer');
    const gigs = await t.http().get('/api/v1/jobs/gigs?status=OPEN&pageSize=100').set('Authorization', county);
    expect(gigs.status).toBe(200);
    expect(gigs.body.total).toBeGreaterThan(0);
    for (const g of gigs.body.items) expect(g.regionCode).toBe('630102');
    const withMatches = [];
    for (const g of gigs.body.items) {
      const matches = await t.http().get(`/api/v1/jobs/gigs/${g.id}/matches`).set('Authorization', county);
      if (matches.body.total > 0) withMatches.push(g.id);
    }
    expect(withMatches.length).toBeGreaterThan(0);
    for (const username of ['center_staff', 'chengdong_reviewer']) {
      const mine = await t
        .http()
        .get('/api/v1/jobs/one-to-one/mine?pageSize=100')
        .set('Authorization', await t.bearer(username));
      expect(mine.status).toBe(200);
      expect(mine.body.total).toBeGreaterThanOrEqual(5);
      for (const p of mine.body.items) expect(p.regionCode).toBe('630102');
    }
    const haidong = await t
      .http()
      .get('/api/v1/jobs/one-to-one/mine')
      .set('Authorization', await t.bearer('haidong_reviewer'));
    expect(haidong.body.total).toBe(0);
  });

  it('is generated once per database: a second start adds nothing', async () => {
    const before = await counts(t);
    const dbUrl =
      t.dbType === 'mysql' ? String((t.db.options as { url?: string }).url) : `sqlite:${t.db.options.database}`;
    const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadywork-files-'));
    const again = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        DB_URL: dbUrl,
        FILE_STORAGE_DIR: filesDir,
        LOG_LEVEL: 'silent',
        DEMO_PROVINCE: 'true',
        // the first instance's clock: both run at the same instant
        CLOCK_OFFSET_MS: String(t.app.get<AppConfig>(APP_CONFIG).clockOffsetMs),
      }),
    );
    try {
      await again.init();
      expect(await counts(t)).toEqual(before);
      const [{ n }] = await t.db.query(`SELECT COUNT(*) AS n FROM audit_log WHERE action = '${DEMO_PROVINCE_ACTION}'`);
      expect(Number(n)).toBe(1);
    } finally {
      await again.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('demo province started at 23:30 in Xining', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_PROVINCE: 'true' }, { now: LATE_NIGHT });
  }, 180_000);
  afterAll(() => t?.close());

  it('holds a class in progress that runs past midnight, its dates spanning both days', async () => {
    const sessions = await sessionsInProgress(t);
    expect(sessions).toHaveLength(1);
    const session = sessions[0];
    expect(session.startsAt).toBe('2026-12-07T15:00:00.000Z'); // 23:00
    expect(session.endsAt).toBe('2026-12-07T18:00:00.000Z'); // 02:00 on the 8th
    const [course] = await t.db.query(
      'SELECT c.starts_on, c.ends_on, c.year, c.enrolled, c.capacity FROM training_course c JOIN training_session s ON s.course_id = c.id WHERE s.id = ?',
      [session.id],
    );
    expect(course).toMatchObject({ starts_on: '2026-12-07', ends_on: '2026-12-08', year: 2026 });
    expect(Number(course.enrolled)).toBeGreaterThan(0);
    expect(Number(course.enrolled)).toBeLessThan(Number(course.capacity));
    const open = await t
      .http()
      .post(`/api/v1/training/sessions/${session.id}/open`)
      .set('Authorization', await t.bearer('trainer'))
      .send({});
    expect(open.status).toBe(200);
  });
});

describe('DEMO_PROVINCE setting', () => {
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: 'x'.repeat(40),
    DATA_ENCRYPTION_KEY: 'ab'.repeat(32),
    WECHAT_APPID: 'wx1',
    WECHAT_SECRET: 'secret',
    // registrations wait for an SMS code: production needs a gateway (nothing listens here)
    SMS_PROVIDER: 'tencent',
    TENCENT_SMS_SECRET_ID: 'sms-id',
    TENCENT_SMS_SECRET_KEY: 'sms-key',
    TENCENT_SMS_SDK_APP_ID: '1400000000',
    TENCENT_SMS_SIGN_NAME: '稳就业',
    TENCENT_SMS_TEMPLATE_ID: '100001',
    TENCENT_SMS_ENDPOINT: 'http://127.0.0.1:9',
  };

  it('is off unless set, and refused in production or when not a boolean', () => {
    const development = { NODE_ENV: 'development' };
    expect(loadConfig(development).demoProvince).toBe(false);
    expect(loadConfig({ ...development, DEMO_PROVINCE: 'true' }).demoProvince).toBe(true);
    expect(loadConfig({ ...development, DEMO_PROVINCE: 'true', SEED_DEMO: 'false' }).demoProvince).toBe(false);
    expect(() => loadConfig({ ...production, DEMO_PROVINCE: 'true' })).toThrow(/DEMO_PROVINCE/);
    expect(loadConfig({ ...production, DEMO_PROVINCE: 'false' }).demoProvince).toBe(false);
    expect(() => loadConfig({ ...development, DEMO_PROVINCE: 'yes' })).toThrow(/DEMO_PROVINCE/);
  });
});
