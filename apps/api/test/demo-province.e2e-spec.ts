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
import { loadConfig } from '../src/config/app-config';
import { PersonalDataCipher } from '../src/crypto/personal-data.cipher';
import { DEMO_PROVINCE_ACTION } from '../src/seed/province/demo-province.service';
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
      'SELECT id, id_number_enc, id_number_hash, id_number_masked, id_last4, phone_enc, phone_hash, phone_masked, birth_date, sex, region_code FROM worker',
    );
    expect(rows.length).toBeGreaterThanOrEqual(2900);
    expect(rows.length).toBeLessThanOrEqual(3100);
    const [{ n: counties }] = await t.db.query("SELECT COUNT(*) AS n FROM region WHERE level = 'county'");
    expect(new Set(rows.map((r) => r.region_code)).size).toBe(Number(counties));
    const today = t.clock.now();
    for (const r of rows) {
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

  it('holds a class of the demo trainer in progress: the trainer can open check-in', async () => {
    const sessions = await sessionsInProgress(t);
    expect(sessions.length).toBeGreaterThanOrEqual(1);
    const open = await t
      .http()
      .post(`/api/v1/training/sessions/${sessions[0].id}/open`)
      .set('Authorization', await t.bearer('trainer'))
      .send({});
    expect(open.status).toBeGreaterThanOrEqual(200);
    expect(open.status).toBeLessThan(300);
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
        // the same instant as the first instance's clock
        CLOCK_OFFSET_MS: String(t.clock.now().getTime() - Date.now()),
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
