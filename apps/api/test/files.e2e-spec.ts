import {
  CenterKind,
  CenterService,
  HardshipLevel,
  OutcomeSource,
  OutcomeType,
  TrainingBaseKind,
  type CenterResponse,
} from '@steadywork/shared';
import { randomUUID } from 'node:crypto';
import { FileLinksAndClaims1764500000000 } from '../src/database/migrations/1764500000000-file-links-and-claims';
import { FilesService, UNATTACHED_FILE_TTL_MS } from '../src/files/files.service';
import { createProgram, hardshipWorker, submittedApplication } from './factories/aid.factory';
import { workerProfile } from './factories/worker.factory';
import { startTestApp, TestApp } from './helpers/test-app';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n');

const assessment = {
  level: HardshipLevel.RELATIVE,
  household: {
    members: 3,
    monthlyIncomePerCapitaFen: 80_000,
    zeroEmployment: true,
    lowIncome: false,
    disability: false,
  },
  cause: '下岗失业，家庭无稳定收入',
};

describe('file uploads (evidence)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function upload(auth: string, bytes = PNG, name = 'a.png'): Promise<string> {
    const res = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', bytes, name);
    if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  }

  /** The status of GET /files/:id for each account (a username, or a worker's Authorization header). */
  async function readers(id: string, who: string[]): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const w of who) {
      const auth = w.startsWith('Bearer ') ? w : await t.bearer(w);
      out[w.startsWith('Bearer ') ? 'worker' : w] = (
        await t.http().get(`/api/v1/files/${id}`).set('Authorization', auth)
      ).status;
    }
    return out;
  }

  async function staffWorker(username = 'chengdong_reviewer', regionCode = '630102'): Promise<number> {
    const res = await t
      .http()
      .post('/api/v1/workers')
      .set('Authorization', await t.bearer(username))
      .send(workerProfile({ regionCode }));
    if (res.status !== 201) throw new Error(`worker: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as number;
  }

  it('accepts PNG and PDF by their content, whatever the name says', async () => {
    const auth = await t.workerBearer('uploader');
    const png = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', PNG, 'photo.pdf');
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({ mime: 'image/png', size: PNG.length });
    const pdf = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', PDF, '营业执照.pdf');
    expect(pdf.body).toMatchObject({ mime: 'application/pdf', name: '营业执照.pdf' });
  });

  it('refuses other content, even named .jpg, and files over 10 MB (413)', async () => {
    const auth = await t.workerBearer('uploader');
    const html = await t
      .http()
      .post('/api/v1/files')
      .set('Authorization', auth)
      .attach('file', Buffer.from('<html><script>alert(1)</script>'), 'x.jpg');
    expect(html.status).toBe(400);
    expect(html.body.details).toEqual([{ field: 'file', message: '只能上传 JPG、PNG 图片或 PDF 文件' }]);
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await t.http().post('/api/v1/files').set('Authorization', auth).attach('file', big, 'big.png');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toMatchObject({ statusCode: 413, error: 'PAYLOAD_TOO_LARGE', message: expect.any(String) });
  });

  it('an upload not yet attached is read by its uploader only: other workers and every staff account get 404', async () => {
    const owner = await t.workerBearer('owner');
    const id = await upload(owner);
    expect(
      await readers(id, [owner, 'province_reviewer', 'chengdong_reviewer', 'haidong_reviewer', 'hr_demo', 'trainer']),
    ).toEqual({
      worker: 200,
      province_reviewer: 404,
      chengdong_reviewer: 404,
      haidong_reviewer: 404,
      hr_demo: 404,
      trainer: 404,
    });
    expect(await readers(id, [await t.workerBearer('stranger')])).toEqual({ worker: 404 });
    expect((await t.http().get('/api/v1/files/not-a-uuid').set('Authorization', owner)).status).toBe(400);
    const staffUpload = await upload(await t.bearer('chengdong_reviewer'));
    expect(await readers(staffUpload, ['chengdong_reviewer', 'xining_reviewer', 'province_reviewer'])).toEqual({
      chengdong_reviewer: 200,
      xining_reviewer: 404,
      province_reviewer: 404,
    });
  });

  it('an archive attachment is read by worker readers whose scope holds the worker; other regions and roles get 404', async () => {
    const reviewer = await t.bearer('chengdong_reviewer');
    const workerId = await staffWorker();
    const fileId = await upload(reviewer);
    const open = await t
      .http()
      .post(`/api/v1/workers/${workerId}/archive`)
      .set('Authorization', reviewer)
      .send({ ...assessment, attachments: [fileId] });
    expect(open.status).toBe(201);
    expect(
      await readers(fileId, [
        'chengdong_reviewer',
        'xining_reviewer',
        'province_reviewer',
        'haidong_reviewer',
        'hr_demo',
        'trainer',
        'center_staff',
        'sysadmin',
        'finance',
        await t.workerBearer('stranger'),
      ]),
    ).toEqual({
      chengdong_reviewer: 200,
      xining_reviewer: 200,
      province_reviewer: 200,
      // the county's center staff read the county's workers and their archives
      center_staff: 200,
      haidong_reviewer: 404,
      hr_demo: 404,
      trainer: 404,
      sysadmin: 404,
      finance: 404,
      worker: 404,
    });
    // re-assessing with the same attachment keeps it (it already belongs to this archive)
    const again = await t
      .http()
      .post(`/api/v1/workers/${workerId}/archive/reassess`)
      .set('Authorization', reviewer)
      .send({ ...assessment, attachments: [fileId] });
    expect(again.status).toBe(200);
  });

  it('only the uploader attaches a file, and only once: someone else’s upload or a file of another record is refused like a missing one', async () => {
    const reviewer = await t.bearer('chengdong_reviewer');
    const city = await t.bearer('xining_reviewer');
    const workerA = await staffWorker();
    const workerB = await staffWorker();
    const workersUpload = await upload(await t.workerBearer('someone'));
    const reviewersUpload = await upload(reviewer);
    const missing = randomUUID();
    for (const [auth, file] of [
      [reviewer, workersUpload],
      [city, reviewersUpload],
      [reviewer, missing],
    ]) {
      const res = await t
        .http()
        .post(`/api/v1/workers/${workerA}/archive`)
        .set('Authorization', auth)
        .send({ ...assessment, attachments: [file] });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'attachments[0]', message: '附件不存在，请重新上传' }]);
    }
    // another region's reviewer: the worker does not exist for them
    const haidong = await t.bearer('haidong_reviewer');
    const haidongUpload = await upload(haidong);
    expect(
      (
        await t
          .http()
          .post(`/api/v1/workers/${workerA}/archive`)
          .set('Authorization', haidong)
          .send({ ...assessment, attachments: [haidongUpload] })
      ).status,
    ).toBe(404);
    // a file attached to one archive cannot be attached to another, even by its uploader
    expect(
      (
        await t
          .http()
          .post(`/api/v1/workers/${workerA}/archive`)
          .set('Authorization', reviewer)
          .send({ ...assessment, attachments: [reviewersUpload] })
      ).status,
    ).toBe(201);
    const elsewhere = await t
      .http()
      .post(`/api/v1/workers/${workerB}/archive`)
      .set('Authorization', reviewer)
      .send({ ...assessment, attachments: [reviewersUpload] });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.details).toEqual([{ field: 'attachments[0]', message: '附件不存在，请重新上传' }]);
    expect(await readers(workersUpload, ['chengdong_reviewer'])).toEqual({ chengdong_reviewer: 404 });
  });

  it('two records sent at the same time with one upload: one gets it, the other is refused', async () => {
    const reviewer = await t.bearer('chengdong_reviewer');
    const [a, b] = [await staffWorker(), await staffWorker()];
    const fileId = await upload(reviewer);
    const results = await Promise.all(
      [a, b].map((id) =>
        t
          .http()
          .post(`/api/v1/workers/${id}/archive`)
          .set('Authorization', reviewer)
          .send({ ...assessment, attachments: [fileId] }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
    const linked = await t.db.query('SELECT attached_type, attached_id FROM stored_file WHERE id = ?', [fileId]);
    const archives = await t.db.query('SELECT id FROM hardship_archive WHERE worker_id IN (?, ?)', [a, b]);
    expect(linked[0].attached_type).toBe('hardship_archive');
    expect(archives.map((r: { id: unknown }) => Number(r.id))).toEqual([Number(linked[0].attached_id)]);
  });

  it('a worker’s upload cannot become a center photo; a center’s photo is public through the center only', async () => {
    const reviewer = await t.bearer('chengdong_reviewer');
    const worker = await t.workerBearer('photo-worker');
    const all = await t.http().get('/api/v1/centers?pageSize=100').set('Authorization', worker);
    const center = (all.body.items as CenterResponse[]).find((c) => c.regionCode === '630102')!;
    const body = {
      name: center.name,
      kind: center.kind,
      regionCode: center.regionCode,
      address: center.address,
      latitude: center.latitude,
      longitude: center.longitude,
      openingHours: center.openingHours,
      phone: center.phone,
      services: center.services,
      description: center.description,
      ...(center.organizationId ? { organizationId: center.organizationId } : {}),
    };
    const workersFile = await upload(worker);
    const hijack = await t
      .http()
      .put(`/api/v1/centers/${center.id}`)
      .set('Authorization', reviewer)
      .send({ ...body, photos: [workersFile] });
    expect(hijack.status).toBe(400);
    expect(hijack.body.details).toEqual([{ field: 'photos[0]', message: '附件不存在，请重新上传' }]);
    const other = await t.workerBearer('photo-other');
    expect(
      (await t.http().get(`/api/v1/centers/${center.id}/photos/${workersFile}`).set('Authorization', other)).status,
    ).toBe(404);

    const photo = await upload(reviewer, PNG, 'hall.png');
    const put = await t
      .http()
      .put(`/api/v1/centers/${center.id}`)
      .set('Authorization', reviewer)
      .send({ ...body, photos: [photo] });
    expect(put.status).toBe(200);
    expect(
      (await t.http().get(`/api/v1/centers/${center.id}/photos/${photo}`).set('Authorization', other)).status,
    ).toBe(200);
    expect(await readers(photo, ['chengdong_reviewer', 'program_admin', 'haidong_reviewer', 'hr_demo', other])).toEqual(
      { chengdong_reviewer: 200, program_admin: 200, haidong_reviewer: 404, hr_demo: 404, worker: 404 },
    );
    // another center cannot show it
    const haidongCenter = (all.body.items as CenterResponse[]).find((c) => c.regionCode !== '630102')!;
    expect(
      (await t.http().get(`/api/v1/centers/${haidongCenter.id}/photos/${photo}`).set('Authorization', other)).status,
    ).toBe(404);
    // a new center takes only its registrar's own uploads too
    const created = await t
      .http()
      .post('/api/v1/centers')
      .set('Authorization', reviewer)
      .send({
        ...body,
        name: '城东区新建服务站',
        kind: CenterKind.SERVICE_CENTER,
        services: [CenterService.JOB_REGISTRATION],
        photos: [photo],
      });
    expect(created.status).toBe(400);
  });

  it('221 application attachments: the applicant and aid staff in scope read them; other workers, regions and roles get 404', async () => {
    const program = await createProgram(t);
    const { worker, application } = await submittedApplication(t, program);
    const fileId = application.attachments[0].id;
    expect(
      await readers(fileId, [
        worker.auth,
        'chengdong_reviewer',
        'province_reviewer',
        'finance',
        'haidong_reviewer',
        'hr_demo',
        'trainer',
        'center_staff',
      ]),
    ).toEqual({
      worker: 200,
      chengdong_reviewer: 200,
      province_reviewer: 200,
      finance: 200,
      haidong_reviewer: 404,
      hr_demo: 404,
      trainer: 404,
      center_staff: 404,
    });
    const other = await hardshipWorker(t);
    expect(await readers(fileId, [other.auth])).toEqual({ worker: 404 });
    // the other worker cannot put it in their own application either
    const program2 = await createProgram(t);
    const stolen = await t
      .http()
      .post('/api/v1/aid/applications')
      .set('Authorization', other.auth)
      .set('Idempotency-Key', randomUUID())
      .send({ programId: program2.id, attachments: [{ key: 'id_card', fileId }] });
    expect(stolen.status).toBe(400);
    expect(stolen.body.details).toEqual([{ field: 'attachments[0]', message: '附件不存在，请重新上传' }]);
  });

  it('service request attachments: the worker and the center in scope; other workers and regions get 404', async () => {
    const w = await hardshipWorker(t, { archive: false });
    const all = await t.http().get('/api/v1/centers?pageSize=100').set('Authorization', w.auth);
    const center = (all.body.items as CenterResponse[]).find((c) => c.name === '西宁市城东区困难职工帮扶中心')!;
    const fileId = await upload(w.auth);
    const req = await t
      .http()
      .post('/api/v1/service-requests')
      .set('Authorization', w.auth)
      .set('Idempotency-Key', randomUUID())
      .send({
        centerId: center.id,
        serviceType: CenterService.JOB_REFERRAL,
        description: '想找一份保洁工作',
        attachments: [fileId],
      });
    expect(req.status).toBe(201);
    const other = await hardshipWorker(t, { archive: false });
    expect(
      await readers(fileId, [w.auth, 'center_staff', 'chengdong_reviewer', 'haidong_reviewer', 'hr_demo', 'trainer']),
    ).toEqual({
      worker: 200,
      center_staff: 200,
      chengdong_reviewer: 200,
      haidong_reviewer: 404,
      hr_demo: 404,
      trainer: 404,
    });
    expect(await readers(fileId, [other.auth])).toEqual({ worker: 404 });
  });

  it('training base, star evaluation and outcome evidence: readers of the record in its region only', async () => {
    const center = await t.bearer('center_staff');
    const file = await upload(center);
    const criterion = { description: '教室 2 间共 160 平方米', evidence: [file] };
    const base = await t
      .http()
      .post('/api/v1/training/bases')
      .set('Authorization', center)
      .send({
        name: '城东区职工技能培训基地（附件）',
        kind: TrainingBaseKind.SUPPORT_CENTER,
        regionCode: '630102',
        address: '西宁市城东区八一路 12 号',
        contactName: '王老师',
        contactPhone: '0971-8123456',
        criteria: { site: criterion, facilities: criterion, teachers: criterion, training: criterion },
      });
    expect(base.status).toBe(201);
    const worker = await t.workerBearer('evidence-worker');
    expect(
      await readers(file, [
        'center_staff',
        'training_admin',
        'chengdong_reviewer',
        'haidong_reviewer',
        'hr_demo',
        worker,
      ]),
    ).toEqual({
      center_staff: 200,
      training_admin: 200,
      chengdong_reviewer: 200,
      haidong_reviewer: 404,
      hr_demo: 404,
      worker: 404,
    });

    const rater = await t.bearer('province_reviewer');
    const checklist = (await t.http().get('/api/v1/centers/star-checklist').set('Authorization', rater)).body as {
      criteria: { key: string }[];
    };
    const all = await t.http().get('/api/v1/centers?pageSize=100').set('Authorization', worker);
    const chengdong = (all.body.items as CenterResponse[]).find((c) => c.regionCode === '630102')!;
    const evidence = await upload(rater);
    const evaluation = await t
      .http()
      .post(`/api/v1/centers/${chengdong.id}/evaluations`)
      .set('Authorization', rater)
      .send({
        year: 2026,
        scores: Object.fromEntries(checklist.criteria.map((c) => [c.key, 80])),
        evaluatedOn: '2026-03-01',
        evidence: [evidence],
      });
    expect(evaluation.status).toBe(201);
    expect(
      await readers(evidence, ['province_reviewer', 'chengdong_reviewer', 'haidong_reviewer', 'hr_demo', worker]),
    ).toEqual({ province_reviewer: 200, chengdong_reviewer: 200, haidong_reviewer: 404, hr_demo: 404, worker: 404 });

    const reviewer = await t.bearer('chengdong_reviewer');
    const workerId = await staffWorker();
    const licence = await upload(reviewer);
    const outcome = await t
      .http()
      .post('/api/v1/outcomes')
      .set('Authorization', reviewer)
      .send({
        workerId,
        type: OutcomeType.SELF_EMPLOYED,
        source: OutcomeSource.REFERRAL,
        businessName: '高原牦牛肉干加工坊',
        creditCode: '91630100MA7XK5G234',
        achievedOn: '2026-01-05',
        evidence: [licence],
      });
    expect(outcome.status).toBe(201);
    expect(
      await readers(licence, [
        'chengdong_reviewer',
        'province_reviewer',
        'finance',
        'haidong_reviewer',
        'hr_demo',
        'trainer',
      ]),
    ).toEqual({
      chengdong_reviewer: 200,
      province_reviewer: 200,
      finance: 200,
      haidong_reviewer: 404,
      hr_demo: 404,
      trainer: 404,
    });
  });

  it('links files that records named before the link was kept (the migration runs again safely)', async () => {
    const reviewer = await t.bearer('chengdong_reviewer');
    const workerId = await staffWorker();
    const fileId = await upload(reviewer);
    await t
      .http()
      .post(`/api/v1/workers/${workerId}/archive`)
      .set('Authorization', reviewer)
      .send({ ...assessment, attachments: [fileId] });
    await t.db.query(
      'UPDATE stored_file SET attached_type = NULL, attached_id = NULL, attached_at = NULL WHERE id = ?',
      [fileId],
    );
    expect(await readers(fileId, ['xining_reviewer'])).toEqual({ xining_reviewer: 404 });
    const runner = t.db.createQueryRunner();
    try {
      await new FileLinksAndClaims1764500000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await readers(fileId, ['xining_reviewer'])).toEqual({ xining_reviewer: 200 });
  });

  it('the entities and the migrations describe the same tables (columns, nullability, indexes)', async () => {
    const runner = t.db.createQueryRunner();
    try {
      for (const table of ['stored_file', 'worker_claim']) {
        const meta = t.db.getMetadata(table);
        const actual = (await runner.getTable(table))!;
        const fromEntity = meta.columns.map((c) => `${c.databaseName}${c.isNullable ? '?' : ''}`).sort();
        const fromDb = actual.columns.map((c) => `${c.name}${c.isNullable ? '?' : ''}`).sort();
        expect(fromDb).toEqual(fromEntity);
        const entityIndexes = meta.indices.map((i) => i.name).sort();
        const dbIndexes = actual.indices
          .map((i) => i.name)
          .filter((n) => n && !/^PRIMARY$/.test(n))
          .sort();
        expect(dbIndexes).toEqual(entityIndexes);
      }
    } finally {
      await runner.release();
    }
  });

  // last: it moves the clock a day on
  it('an upload never attached expires after a day: unreadable, not attachable, then removed', async () => {
    const reviewer = await t.bearer('chengdong_reviewer');
    const owner = await t.workerBearer('expiring');
    const id = await upload(owner);
    const staffFile = await upload(reviewer);
    const workerId = await staffWorker();
    t.clock.advance(UNATTACHED_FILE_TTL_MS + 1000);
    expect(await readers(id, [owner])).toEqual({ worker: 404 });
    const late = await t
      .http()
      .post(`/api/v1/workers/${workerId}/archive`)
      .set('Authorization', reviewer)
      .send({ ...assessment, attachments: [staffFile] });
    expect(late.status).toBe(400);
    const removed = await t.app.get(FilesService).removeExpired();
    expect(removed).toBeGreaterThanOrEqual(2);
    const left = await t.db.query('SELECT id FROM stored_file WHERE id IN (?, ?)', [id, staffFile]);
    expect(left).toEqual([]);
    // attached files stay
    const kept = await t.db.query('SELECT COUNT(*) AS n FROM stored_file WHERE attached_type IS NOT NULL');
    expect(Number(kept[0].n)).toBeGreaterThan(0);
  });
});
