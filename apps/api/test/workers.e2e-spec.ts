import { ArchiveStatus, EmploymentStatus, ErrorCode, HardshipLevel, WorkerTag } from '@steadywork/shared';
import type { LogSmsSender } from '../src/notifications/sms';
import { SmsSender } from '../src/notifications/sms';
import { phoneNumber, workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';

/** The code in the last SMS the development provider kept for this phone. */
function lastCode(t: TestApp, phone: string): string {
  const text = (t.app.get(SmsSender) as LogSmsSender).lastTo(phone)?.text ?? '';
  const code = /验证码为 (\d{6})/.exec(text)?.[1];
  if (!code) throw new Error(`no code sent to ${phone}`);
  return code;
}

function smsCount(t: TestApp, phone: string): number {
  return (t.app.get(SmsSender) as LogSmsSender).outbox.filter((m) => m.phone === phone).length;
}

describe('workers: real-name registration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a worker registers in the mini-program: ID checked, birth date and sex derived, numbers masked', async () => {
    const auth = await t.workerBearer('reg-1');
    const profile = {
      ...workerProfile({ idNumber: '11010519491231002X', regionCode: '630102' }),
      consent: true,
      tags: [WorkerTag.VETERAN],
    };
    const res = await t.register(auth, profile);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: '李梅',
      idNumberMasked: '110105********002X',
      birthDate: '1949-12-31',
      sex: 'F',
      regionName: '青海省 / 西宁市 / 城东区',
      tags: [WorkerTag.VETERAN],
      claimed: true,
      source: 'SELF',
      consentAt: expect.any(String),
    });
    expect(res.body.phoneMasked).toMatch(/^139\*{4}\d{4}$/);
    expect(JSON.stringify(res.body)).not.toContain(profile.phone);
    const again = await t.http().get('/api/v1/me/profile').set('Authorization', auth);
    expect(again.body.id).toBe(res.body.id);
  });

  it('the worker’s account names them by their registered name, masked, once they have registered', async () => {
    const auth = await t.workerBearer('reg-me');
    const before = await t.http().get('/api/v1/auth/me').set('Authorization', auth);
    expect(before.body).toMatchObject({ type: 'worker', nameMasked: null });
    const reg = await t.register(auth, { ...workerProfile({ name: '卓玛央金', regionCode: '630102' }), consent: true });
    expect(reg.status).toBe(200);
    const after = await t.http().get('/api/v1/auth/me').set('Authorization', auth);
    expect(after.body).toMatchObject({ type: 'worker', nameMasked: '卓**金' });
  });

  it('edits the own record without re-entering the ID number or phone, which then stay as registered', async () => {
    const auth = await t.workerBearer('reg-edit');
    const profile = workerProfile();
    const first = await t.register(auth, { ...profile, consent: true });
    expect(first.status).toBe(200);
    const { idNumber: _id, phone: _phone, ...rest } = profile;
    const edit = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .send({ ...rest, employer: '新单位', consent: true });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({
      id: first.body.id,
      employer: '新单位',
      idNumberMasked: first.body.idNumberMasked,
      phoneMasked: first.body.phoneMasked,
    });
    const otherId = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .send({ ...rest, idNumber: '11010519491231002X', consent: true });
    expect(otherId.status).toBe(400);
    expect(otherId.body.details[0].field).toBe('idNumber');
  });

  it('needs the ID number and phone to register', async () => {
    const { idNumber: _id, phone: _phone, ...rest } = workerProfile();
    const res = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', await t.workerBearer('reg-missing'))
      .send({ ...rest, consent: true });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['idNumber', 'phone']);
  });

  it('refuses a wrong check digit with 400 naming the field', async () => {
    const auth = await t.workerBearer('reg-2');
    const res = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .send({ ...workerProfile({ idNumber: '110105194912310021' }), consent: true });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'idNumber', message: '身份证号码有误，请对照身份证逐位核对' }]);
    expect((await t.http().get('/api/v1/me/profile').set('Authorization', auth)).status).toBe(204);
  });

  it('requires consent to the privacy notice before anything is saved', async () => {
    const auth = await t.workerBearer('reg-3');
    const res = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .send({ ...workerProfile(), consent: false });
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toMatchObject({ field: 'consent' });
  });

  it('names every bad field at once', async () => {
    const auth = await t.workerBearer('reg-4');
    const res = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .send({ name: '', idNumber: '123', phone: '555', regionCode: 'x', employmentStatus: 'RICH', consent: true });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'employmentStatus',
      'idNumber',
      'name',
      'phone',
      'regionCode',
    ]);
  });

  it('refuses a second record with the same ID number (409), also from staff', async () => {
    const profile = workerProfile();
    const first = await t
      .http()
      .post('/api/v1/workers')
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send(profile);
    expect(first.status).toBe(201);
    const second = await t
      .http()
      .post('/api/v1/workers')
      .set('Authorization', await t.bearer('xining_reviewer'))
      .send({ ...profile, name: '王五' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      error: ErrorCode.CONFLICT,
      details: [{ field: 'idNumber', message: '该身份证号码已登记' }],
    });
  });

  it('a double submission creates one record', async () => {
    const profile = workerProfile();
    const auth = await t.bearer('chengdong_reviewer');
    const results = await Promise.all(
      [1, 2, 3].map(() => t.http().post('/api/v1/workers').set('Authorization', auth).send(profile)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it('claim: a worker registered by staff claims the record with the SMS code sent to the phone on file', async () => {
    const profile = workerProfile({ name: '赵大山' });
    const staffCreated = await t
      .http()
      .post('/api/v1/workers')
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send(profile);
    expect(staffCreated.body.claimed).toBe(false);

    const auth = await t.workerBearer('claim-1');
    const asked = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .send({ ...profile, employer: '城东物业', consent: true });
    expect(asked.status).toBe(202);
    const code = lastCode(t, profile.phone);
    const claim = await t.http().post('/api/v1/me/profile/confirm').set('Authorization', auth).send({ code });
    expect(claim.status).toBe(200);
    expect(claim.body).toMatchObject({
      id: staffCreated.body.id,
      claimed: true,
      employer: '城东物业',
      source: 'STAFF',
    });
    const byId = await t
      .http()
      .get(`/api/v1/workers?keyword=${profile.idNumber.slice(-4)}`)
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    expect(byId.body.items.filter((w: { name: string }) => w.name === '赵大山')).toHaveLength(1);
  });

  it('stores no plaintext ID or phone number in the database', async () => {
    const profile = workerProfile();
    await t
      .http()
      .post('/api/v1/workers')
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send(profile);
    const rows: Record<string, unknown>[] = await t.db.query('SELECT * FROM worker');
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(profile.idNumber);
    expect(dump).not.toContain(profile.phone);
    expect(dump).not.toContain(profile.idNumber.slice(6, 14));
  });

  it('reveals the full numbers to staff in scope, and audits each read', async () => {
    const profile = workerProfile();
    const auth = await t.bearer('chengdong_reviewer');
    const created = await t.http().post('/api/v1/workers').set('Authorization', auth).send(profile);
    const reveal = await t.http().post(`/api/v1/workers/${created.body.id}/reveal`).set('Authorization', auth);
    expect(reveal.status).toBe(200);
    expect(reveal.body).toEqual({ idNumber: profile.idNumber, phone: profile.phone });
    const log = await t
      .http()
      .get(`/api/v1/audit-logs?action=worker.reveal&targetId=${created.body.id}`)
      .set('Authorization', await t.bearer('auditor'));
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({
      actorName: 'chengdong_reviewer',
      actorLabel: '城东区总工会初审（市县初审）',
      targetType: 'worker',
    });
  });

  it('names who changed a record as a person reads it: the worker themselves, or staff by name and role', async () => {
    const auth = await t.workerBearer('audit-self-edit');
    const profile = { ...workerProfile({ regionCode: '630102' }), consent: true };
    expect((await t.register(auth, profile)).status).toBe(200);
    const me = await t.http().get('/api/v1/me/profile').set('Authorization', auth);
    const edited = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .send({ ...profile, employmentIntention: '焊工' });
    expect(edited.status).toBe(200);
    const trail = await t
      .http()
      .get(`/api/v1/workers/${me.body.id}/audit`)
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    const labels = trail.body.items.map((a: { actorLabel: string }) => a.actorLabel);
    expect(labels).toContain('职工本人（小程序）');
    expect(JSON.stringify(trail.body.items.map((a: { actorLabel: string }) => a.actorLabel))).not.toMatch(/worker:/);
  });
});

describe('workers: data scope', () => {
  let t: TestApp;
  let chengdongWorker: number;
  let haidongWorker: number;
  beforeAll(async () => {
    t = await startTestApp();
    chengdongWorker = (
      await t
        .http()
        .post('/api/v1/workers')
        .set('Authorization', await t.bearer('chengdong_reviewer'))
        .send(workerProfile({ regionCode: '630102' }))
    ).body.id;
    haidongWorker = (
      await t
        .http()
        .post('/api/v1/workers')
        .set('Authorization', await t.bearer('haidong_reviewer'))
        .send(workerProfile({ regionCode: '630202' }))
    ).body.id;
  });
  afterAll(() => t.close());

  it('a county reviewer lists only its county; the city sees its counties; the province sees all', async () => {
    const ids = async (u: string) =>
      (
        await t
          .http()
          .get('/api/v1/workers')
          .set('Authorization', await t.bearer(u))
      ).body.items.map((w: { id: number }) => w.id);
    expect(await ids('chengdong_reviewer')).toEqual([chengdongWorker]);
    expect(await ids('haidong_reviewer')).toEqual([haidongWorker]);
    expect(await ids('xining_reviewer')).toEqual([chengdongWorker]);
    expect((await ids('province_reviewer')).sort()).toEqual([chengdongWorker, haidongWorker].sort());
  });

  it('outside the scope a worker does not exist: 404 to read, change, reveal', async () => {
    const auth = await t.bearer('chengdong_reviewer');
    expect((await t.http().get(`/api/v1/workers/${haidongWorker}`).set('Authorization', auth)).status).toBe(404);
    expect(
      (await t.http().patch(`/api/v1/workers/${haidongWorker}`).set('Authorization', auth).send({ employer: 'x' }))
        .status,
    ).toBe(404);
    expect((await t.http().post(`/api/v1/workers/${haidongWorker}/reveal`).set('Authorization', auth)).status).toBe(
      404,
    );
    expect((await t.http().get(`/api/v1/workers/${haidongWorker}/archive`).set('Authorization', auth)).status).toBe(
      404,
    );
  });

  it('cannot register a worker into another county', async () => {
    const res = await t
      .http()
      .post('/api/v1/workers')
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send(workerProfile({ regionCode: '630202' }));
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('regionCode');
  });

  it('the system admin and the auditor see no worker data (separation of duties)', async () => {
    for (const u of ['sysadmin', 'auditor', 'secadmin']) {
      expect(
        (
          await t
            .http()
            .get('/api/v1/workers')
            .set('Authorization', await t.bearer(u))
        ).status,
      ).toBe(403);
    }
  });
});

describe('workers: hardship archive and follow-ups', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const assessment = {
    level: HardshipLevel.DEEP,
    household: {
      members: 4,
      monthlyIncomePerCapitaFen: 45_000,
      zeroEmployment: true,
      lowIncome: true,
      disability: false,
    },
    cause: '主要劳动力失业，子女上学',
  };
  const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);

  it('opens, re-assesses, closes (脱困) and reopens (返困), keeping the whole history', async () => {
    const auth = await t.bearer('chengdong_reviewer');
    const w = (await t.http().post('/api/v1/workers').set('Authorization', auth).send(workerProfile())).body;
    const upload = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', JPEG, '低保证明.jpg');
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ name: '低保证明.jpg', mime: 'image/jpeg' });
    const badRef = await t
      .http()
      .post(`/api/v1/workers/${w.id}/archive`)
      .set('Authorization', auth)
      .send({ ...assessment, attachments: ['0b6b1f7e-8a4e-4c1e-9d1a-000000000000'] });
    expect(badRef.status).toBe(400);
    expect(badRef.body.details[0]).toMatchObject({ field: 'attachments[0]', message: '附件不存在，请重新上传' });
    const open = await t
      .http()
      .post(`/api/v1/workers/${w.id}/archive`)
      .set('Authorization', auth)
      .send({ ...assessment, attachments: [upload.body.id] });
    expect(open.status).toBe(201);
    expect(open.body.attachmentFiles).toEqual([expect.objectContaining({ id: upload.body.id, name: '低保证明.jpg' })]);
    const download = await t
      .http()
      .get(`/api/v1/files/${upload.body.id}`)
      .set('Authorization', await t.bearer('xining_reviewer'));
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(open.body).toMatchObject({
      status: ArchiveStatus.ACTIVE,
      level: HardshipLevel.DEEP,
      household: { monthlyIncomePerCapitaFen: 45_000 },
    });
    const worker = await t.http().get(`/api/v1/workers/${w.id}`).set('Authorization', auth);
    expect(worker.body).toMatchObject({ archiveStatus: ArchiveStatus.ACTIVE, tags: [WorkerTag.HARDSHIP] });

    expect(
      (await t.http().post(`/api/v1/workers/${w.id}/archive`).set('Authorization', auth).send(assessment)).status,
    ).toBe(409);
    await t
      .http()
      .post(`/api/v1/workers/${w.id}/archive/reassess`)
      .set('Authorization', auth)
      .send({ ...assessment, level: HardshipLevel.RELATIVE });
    const noReason = await t.http().post(`/api/v1/workers/${w.id}/archive/close`).set('Authorization', auth).send({});
    expect(noReason.status).toBe(400);
    const closed = await t
      .http()
      .post(`/api/v1/workers/${w.id}/archive/close`)
      .set('Authorization', auth)
      .send({ reason: '实现稳定就业' });
    expect(closed.body).toMatchObject({ status: ArchiveStatus.CLOSED, closeReason: '实现稳定就业' });
    expect((await t.http().get(`/api/v1/workers/${w.id}`).set('Authorization', auth)).body.tags).toEqual([]);
    const reopened = await t
      .http()
      .post(`/api/v1/workers/${w.id}/archive/reopen`)
      .set('Authorization', auth)
      .send({ ...assessment, level: HardshipLevel.ACCIDENTAL, reason: '家人重病' });
    expect(reopened.body.status).toBe(ArchiveStatus.ACTIVE);
    expect(reopened.body.events.map((e: { type: string }) => e.type)).toEqual([
      'OPENED',
      'REASSESSED',
      'CLOSED',
      'REOPENED',
    ]);
    expect(reopened.body.events[3]).toMatchObject({ reason: '家人重病', actorName: '城东区总工会初审' });

    const trail = await t.http().get(`/api/v1/workers/${w.id}/audit`).set('Authorization', auth);
    expect(trail.body.items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['worker.create', 'archive.open', 'archive.reassess', 'archive.close', 'archive.reopen']),
    );
  });

  it('flags workers not followed up for a month, and a follow-up clears the flag', async () => {
    const auth = await t.bearer('chengdong_reviewer');
    const unemployed = (
      await t
        .http()
        .post('/api/v1/workers')
        .set('Authorization', auth)
        .send(workerProfile({ employmentStatus: EmploymentStatus.UNEMPLOYED }))
    ).body;
    const employed = (
      await t
        .http()
        .post('/api/v1/workers')
        .set('Authorization', auth)
        .send(workerProfile({ employmentStatus: EmploymentStatus.EMPLOYED }))
    ).body;
    const overdueIds = async () =>
      (await t.http().get('/api/v1/follow-ups/overdue?pageSize=100').set('Authorization', auth)).body.items.map(
        (o: { worker: { id: number } }) => o.worker.id,
      );
    expect(await overdueIds()).not.toContain(unemployed.id);

    t.clock.advance(31 * 86_400_000);
    const ids = await overdueIds();
    expect(ids).toContain(unemployed.id);
    expect(ids).not.toContain(employed.id);
    expect(
      (
        await t
          .http()
          .get('/api/v1/follow-ups/overdue')
          .set('Authorization', await t.bearer('haidong_reviewer'))
      ).body.total,
    ).toBe(0);

    const follow = await t.http().post(`/api/v1/workers/${unemployed.id}/follow-ups`).set('Authorization', auth).send({
      method: 'PHONE',
      followedAt: t.clock.now().toISOString(),
      notes: '已推荐家政岗位',
      employmentStatus: EmploymentStatus.UNEMPLOYED,
    });
    expect(follow.status).toBe(201);
    expect(await overdueIds()).not.toContain(unemployed.id);
    const list = await t.http().get(`/api/v1/workers/${unemployed.id}/follow-ups`).set('Authorization', auth);
    expect(list.body[0]).toMatchObject({ method: 'PHONE', notes: '已推荐家政岗位', staffName: '城东区总工会初审' });
  });
});

describe('workers: claiming a staff-registered record needs the SMS code', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function staffRegistered(overrides = {}) {
    const profile = workerProfile({ employmentStatus: EmploymentStatus.UNEMPLOYED, ...overrides });
    const res = await t
      .http()
      .post('/api/v1/workers')
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send(profile);
    expect(res.status).toBe(201);
    return { profile, id: res.body.id as number };
  }

  async function register(openid: string, body: object) {
    const auth = await t.workerBearer(openid);
    const res = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .send({ ...body, consent: true });
    return { auth, res };
  }

  const confirm = (auth: string, code: string) =>
    t.http().post('/api/v1/me/profile/confirm').set('Authorization', auth).send({ code });

  async function staffView(id: number) {
    return (
      await t
        .http()
        .get(`/api/v1/workers/${id}`)
        .set('Authorization', await t.bearer('chengdong_reviewer'))
    ).body;
  }

  it('a new WeChat account with the ID and phone on file gets no record and changes nothing until the code', async () => {
    const { profile, id } = await staffRegistered();
    const { auth, res } = await register('taker-1', { ...profile, employmentStatus: EmploymentStatus.EMPLOYED });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({
      verification: 'SMS_CODE_SENT',
      phoneMasked: `${profile.phone.slice(0, 3)}****${profile.phone.slice(-4)}`,
      expiresAt: expect.any(String),
      resendAfter: expect.any(String),
    });
    expect((await t.http().get('/api/v1/me/profile').set('Authorization', auth)).status).toBe(204);
    expect(await staffView(id)).toMatchObject({ claimed: false, employmentStatus: EmploymentStatus.UNEMPLOYED });
    // the form waiting for the code keeps no plaintext ID or phone number, nor the code
    const kept = JSON.stringify(await t.db.query('SELECT * FROM worker_claim'));
    expect(kept).not.toContain(profile.idNumber);
    expect(kept).not.toContain(profile.phone);
    expect(kept).not.toContain(lastCode(t, profile.phone));
    // a guessed code does not do it
    const guess = await confirm(auth, '000000' === lastCode(t, profile.phone) ? '111111' : '000000');
    expect(guess.status).toBe(400);
    expect(guess.body.details[0].field).toBe('code');
    expect(await staffView(id)).toMatchObject({ claimed: false, employmentStatus: EmploymentStatus.UNEMPLOYED });
    // the code sent to the phone on file does
    const ok = await confirm(auth, lastCode(t, profile.phone));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id, claimed: true, employmentStatus: EmploymentStatus.EMPLOYED });
    // a repeated confirm (double tap) answers the same record
    const again = await confirm(auth, lastCode(t, profile.phone));
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(id);
  });

  it('five wrong codes lock the claim (tries sent at once count too); the right code is then refused', async () => {
    const { profile, id } = await staffRegistered();
    const { auth, res } = await register('taker-2', profile);
    expect(res.status).toBe(202);
    const right = lastCode(t, profile.phone);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    const tries = await Promise.all(Array.from({ length: 7 }, () => confirm(auth, wrong)));
    expect(tries.map((r) => r.status).sort()).toEqual([400, 400, 400, 400, 429, 429, 429]);
    const late = await confirm(auth, right);
    expect(late.status).toBe(429);
    expect(await staffView(id)).toMatchObject({ claimed: false });
    // sending the form again while locked does not start over, nor does another ID on file
    expect((await register('taker-2', profile)).res.status).toBe(429);
    const another = await staffRegistered();
    expect((await register('taker-2', another.profile)).res.status).toBe(429);
  });

  it('after 20 wrong codes in a day on one record, from any accounts, it takes no new code (same answer, no SMS)', async () => {
    const { profile, id } = await staffRegistered();
    for (let i = 0; i < 4; i++) {
      const { auth } = await register(`guesser-${i}-${id}`, profile);
      const wrong = String((Number(lastCode(t, profile.phone)) + 1) % 1_000_000).padStart(6, '0');
      for (let k = 0; k < 5; k++) await confirm(auth, wrong);
    }
    const before = smsCount(t, profile.phone);
    const { auth, res } = await register(`guesser-late-${id}`, profile);
    expect(res.status).toBe(202);
    expect(smsCount(t, profile.phone)).toBe(before);
    expect((await confirm(auth, lastCode(t, profile.phone))).status).toBe(400);
    expect(await staffView(id)).toMatchObject({ claimed: false });
  });

  it('the right code sent twice at once claims once and answers both with the record', async () => {
    const { profile, id } = await staffRegistered();
    const { auth } = await register('taker-twice', profile);
    const code = lastCode(t, profile.phone);
    const both = await Promise.all([confirm(auth, code), confirm(auth, code)]);
    expect(both.map((r) => [r.status, r.body.id])).toEqual([
      [200, id],
      [200, id],
    ]);
    const audits = await t.db.query(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'worker.claim' AND target_id = ?",
      [String(id)],
    );
    expect(Number(audits[0].n)).toBe(1);
  });

  it('the answer is the same for every ID on file: right phone, another phone, a record already claimed', async () => {
    const phone = phoneNumber();
    const right = await staffRegistered({ phone });
    const other = await staffRegistered();
    const taken = await staffRegistered({ phone });
    const first = await register('taken-owner', taken.profile);
    expect((await confirm(first.auth, lastCode(t, phone))).status).toBe(200);
    const sentBefore = smsCount(t, phone);

    const answers = [
      await register('probe-right', right.profile),
      await register('probe-other', { ...other.profile, phone }),
      await register('probe-taken', taken.profile),
    ].map(({ res }) => ({ status: res.status, body: { ...res.body, expiresAt: '-', resendAfter: '-' } }));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0].status).toBe(202);
    // only the record that may be claimed got a code
    expect(smsCount(t, phone)).toBe(sentBefore + 1);
    expect(JSON.stringify(answers)).not.toMatch(/不一致|其他微信/);
  });

  it('a new code after a minute, and the old one stops working; a code expires after 10 minutes', async () => {
    const { profile, id } = await staffRegistered();
    const { auth } = await register('taker-3', profile);
    const firstCode = lastCode(t, profile.phone);
    const tooSoon = await t.http().post('/api/v1/me/profile/code').set('Authorization', auth);
    expect(tooSoon.status).toBe(429);
    t.clock.advance(61_000);
    const resent = await t.http().post('/api/v1/me/profile/code').set('Authorization', auth);
    expect(resent.status).toBe(202);
    const secondCode = lastCode(t, profile.phone);
    if (secondCode !== firstCode) expect((await confirm(auth, firstCode)).status).toBe(400);
    t.clock.advance(10 * 60_000 + 1000);
    const expired = await confirm(auth, secondCode);
    expect(expired.status).toBe(400);
    expect(expired.body.details).toEqual([{ field: 'code', message: '验证码已失效，请重新获取' }]);
    expect(await staffView(id)).toMatchObject({ claimed: false });
  });
});

describe('workers: with REGISTRATION_PHONE_CHECK=claims (a deployment without an SMS gateway yet)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REGISTRATION_PHONE_CHECK: 'claims' });
  });
  afterAll(() => t.close());

  it('a new ID number registers in one call; one on file still waits for the code', async () => {
    const auth = await t.workerBearer('fresh-1');
    const res = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', auth)
      .send({ ...workerProfile(), consent: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ claimed: true, source: 'SELF' });
    const onFile = workerProfile();
    const staff = await t
      .http()
      .post('/api/v1/workers')
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send(onFile);
    expect(staff.status).toBe(201);
    const claim = await t
      .http()
      .put('/api/v1/me/profile')
      .set('Authorization', await t.workerBearer('fresh-2'))
      .send({ ...onFile, consent: true });
    expect(claim.status).toBe(202);
  });
});

describe('workers: by default (REGISTRATION_PHONE_CHECK=every) the answer never tells whether an ID is on file', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('an ID on file and a new one answer alike before the code; each finishes with its code', async () => {
    const phone = phoneNumber();
    const onFile = workerProfile({ phone });
    const created = await t
      .http()
      .post('/api/v1/workers')
      .set('Authorization', await t.bearer('chengdong_reviewer'))
      .send(onFile);
    expect(created.status).toBe(201);
    const fresh = workerProfile({ phone });
    const a = await t.workerBearer('every-on-file');
    const b = await t.workerBearer('every-new');
    const put = (auth: string, body: object) =>
      t
        .http()
        .put('/api/v1/me/profile')
        .set('Authorization', auth)
        .send({ ...body, consent: true });
    const onFileAnswer = await put(a, onFile);
    const onFileCode = lastCode(t, phone);
    const newAnswer = await put(b, fresh);
    const newCode = lastCode(t, phone);
    const shape = (r: { status: number; body: object; headers: Record<string, string> }) => ({
      status: r.status,
      body: { ...r.body, expiresAt: '-', resendAfter: '-' },
      type: r.headers['content-type'],
    });
    expect(shape(newAnswer)).toEqual(shape(onFileAnswer));
    expect(onFileAnswer.status).toBe(202);
    for (const auth of [a, b]) {
      expect((await t.http().get('/api/v1/me/profile').set('Authorization', auth)).status).toBe(204);
    }
    const claimed = await t
      .http()
      .post('/api/v1/me/profile/confirm')
      .set('Authorization', a)
      .send({ code: onFileCode });
    expect(claimed.body).toMatchObject({ id: created.body.id, source: 'STAFF', claimed: true });
    const registered = await t
      .http()
      .post('/api/v1/me/profile/confirm')
      .set('Authorization', b)
      .send({ code: newCode });
    expect(registered.status).toBe(200);
    expect(registered.body).toMatchObject({ source: 'SELF', claimed: true });
    expect(registered.body.id).not.toBe(created.body.id);
  });
});
