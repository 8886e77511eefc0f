import { CenterService, DemandCategory, EmployerSize, OrganizationType, Role } from '@steadywork/shared';
import { Organization } from '../src/organization/organization.entity';
import { randomUUID } from 'node:crypto';
import { createProgram, hardshipWorker, submittedApplication, upload } from './factories/aid.factory';
import { eventRequest, gigRequest, postingRequest } from './factories/jobs.factory';
import { createStaff } from './factories/staff.factory';
import { inBatches, openApiDocument, OpenApiDocument, walkOperations } from './helpers/openapi-walk';
import { startTestApp, TestApp } from './helpers/test-app';
import { binary, sheetRows } from './helpers/xlsx';

/**
 * Data scope over the whole OpenAPI document (docs/security.md). One record of each kind of
 * personal or case data is made in 城东区 (630102); then outsiders — staff of 城中区 (630103),
 * a worker who does not own it, HR of another company, a trainer not on the course — ask for each
 * `GET …/{id}` that returns such data, and for every list. Each `{id}` path must be in RECORDS
 * (or in NOT_PERSONAL, with the reason): a new one fails the first test until it is added.
 *
 * The rule for the answer: 404, as for a record that does not exist. 403 only where the outsider
 * may not call the route at all — a staff role the route does not list, a worker on a staff route,
 * staff on a worker's own (`/me/…`) route.
 */

/** Paths with an `{id}` (or other key) that return no personal or case data, and why. */
const NOT_PERSONAL: Record<string, string> = {
  '/api/v1/scheduler/jobs/{name}/runs': 'scheduled job runs: system bookkeeping',
  '/api/v1/calendars/{year}': 'public holiday calendar',
  '/api/v1/admin/users/{id}':
    'staff accounts: for system and security admins only (scope.e2e-spec covers a county admin)',
  '/api/v1/aid/programs/{id}': 'a province-wide aid programme',
  '/api/v1/aid/programs/{id}/stats': 'counts per region of a programme',
  '/api/v1/aid/publicities/{id}': 'a public notice (公示): published by design',
  '/api/v1/aid/publicities/{id}/export': 'a public notice (公示): published by design',
  '/api/v1/centers/{id}': 'the public directory of service centers',
  '/api/v1/centers/{id}/photos/{fileId}': 'photos of a center in the public directory',
  '/api/v1/centers/{id}/evaluations': 'star ratings of a center (an organisation, not a person)',
  '/api/v1/centers/{id}/subsidies': 'subsidies paid to a center (an organisation)',
  '/api/v1/training/courses/{id}': 'a course open to every worker',
  '/api/v1/training/completions/verify/{code}': 'public certificate check (the holder shows the code)',
  '/api/v1/training/bases/{id}': 'an accredited training base (an organisation)',
  '/api/v1/training/targets/{year}': 'the province’s yearly targets',
  '/api/v1/jobs/employers/{id}': 'a registered company',
  '/api/v1/jobs/postings/{id}': 'a job posting, public once open',
  '/api/v1/jobs/gigs/{id}': 'a gig, open to the workers near it like a posting',
  '/api/v1/reports/{id}':
    'a union’s monthly report: figures by region, no person (reports.e2e-spec: a city sees only its own)',
  '/api/v1/reports/{id}/docx': 'the monthly report as Word: figures by region, no person',
  '/api/v1/reports/{id}/xlsx': 'the monthly report’s tables: figures by region, no person',
  '/api/v1/me/jobs/events/{id}':
    'a published recruitment event, open to the workers of its region; the answer holds only the caller’s own sign-up',
};

/** A marker in every record's free text: a list that shows the record shows the marker. */
/** An id no record has (ids are small numbers in a fresh database; file ids are UUIDs). */
const NO_SUCH_ID = '999999';

const MARK = `越界检查${randomUUID().slice(0, 6)}`;
const WORKER_NAME = '边界测试员';

interface Ids {
  worker: number;
  file: string;
  importJob: number;
  application: number;
  serviceRequest: number;
  course: number;
  session: number;
  posting: number;
  jobApplication: number;
  demand: number;
  layoff: number;
  event: number;
  gig: number;
}

/** Each `{id}` GET of personal or case data → the record it is asked for. */
const RECORDS: Record<string, (ids: Ids) => string | number> = {
  '/api/v1/files/{id}': (r) => r.file,
  '/api/v1/workers/imports/{id}': (r) => r.importJob,
  '/api/v1/workers/{id}': (r) => r.worker,
  '/api/v1/workers/{id}/audit': (r) => r.worker,
  '/api/v1/workers/{id}/archive': (r) => r.worker,
  '/api/v1/workers/{id}/follow-ups': (r) => r.worker,
  '/api/v1/aid/applications/{id}': (r) => r.application,
  '/api/v1/aid/applications/{id}/review-context': (r) => r.application,
  '/api/v1/service-requests/{id}': (r) => r.serviceRequest,
  '/api/v1/training/courses/{id}/enrolments': (r) => r.course,
  '/api/v1/training/sessions/{id}/qr': (r) => r.session,
  '/api/v1/training/sessions/{id}/roster': (r) => r.session,
  '/api/v1/jobs/postings/{id}/matches': (r) => r.posting,
  '/api/v1/jobs/postings/{id}/matches/export': (r) => r.posting,
  '/api/v1/jobs/applications/{id}': (r) => r.jobApplication,
  '/api/v1/me/demands/{id}': (r) => r.demand,
  '/api/v1/demands/{id}': (r) => r.demand,
  '/api/v1/demands/{id}/reveal': (r) => r.demand,
  '/api/v1/layoffs/{id}': (r) => r.layoff,
  '/api/v1/layoffs/{id}/workers': (r) => r.layoff,
  '/api/v1/jobs/events/{id}': (r) => r.event,
  '/api/v1/jobs/events/{id}/signups': (r) => r.event,
  '/api/v1/jobs/events/{id}/signups/export': (r) => r.event,
  '/api/v1/jobs/gigs/{id}/matches': (r) => r.gig,
  '/api/v1/jobs/one-to-one/{workerId}': (r) => r.worker,
};

interface Outsider {
  name: string;
  auth: string;
  /** Staff roles held, or 'WORKER'. */
  roles: string[];
}

describe('data scope sweep: outsiders get nothing of a record of another county, person or company', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let ids: Ids;
  let ownerAuth: string;
  const outsiders: Outsider[] = [];
  const figures = { idRequests: 0, listRequests: 0, leaks: 0 };

  beforeAll(async () => {
    t = await startTestApp();
    doc = await openApiDocument(t);
    const county = await t.bearer('chengdong_reviewer');
    const send = async (method: 'get' | 'post' | 'put', url: string, auth: string, body?: object, status = 201) => {
      const req = t.http()[method](url).set('Authorization', auth).set('Idempotency-Key', randomUUID());
      const res = await (body ? req.send(body) : req);
      if (res.status !== status) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };

    // the records, in 城东区: a worker with archive and follow-up, an upload, an aid application,
    // a service request, an enrolment on the demo course, a job application, a demand, a layoff filing
    const program = await createProgram(t);
    const owner = await hardshipWorker(t, { name: WORKER_NAME });
    ownerAuth = owner.auth;
    const { application } = await submittedApplication(t, program, owner);
    await send('post', `/api/v1/workers/${owner.workerId}/follow-ups`, county, {
      method: 'PHONE',
      followedAt: t.clock.now().toISOString(),
      notes: `${MARK} 电话回访`,
      employmentStatus: 'UNEMPLOYED',
    });
    const file = await upload(t, owner.auth);
    const centers = await send('get', '/api/v1/centers?regionCode=630102', owner.auth, undefined, 200);
    const request = await send('post', '/api/v1/service-requests', owner.auth, {
      centerId: centers.items[0].id,
      serviceType: CenterService.JOB_REFERRAL,
      description: `${MARK} 想找一份保洁工作`,
    });
    const courses = await send(
      'get',
      '/api/v1/training/courses?regionCode=630102',
      await t.bearer('training_admin'),
      undefined,
      200,
    );
    const course = courses.items[0];
    await send('post', `/api/v1/training/courses/${course.id}/enrolments`, owner.auth, {});
    const courseDetail = await send('get', `/api/v1/training/courses/${course.id}`, owner.auth, undefined, 200);
    const hr = await t.bearer('hr_demo');
    const posting = await send('post', '/api/v1/jobs/postings', hr, postingRequest(t));
    await send('post', `/api/v1/jobs/postings/${posting.id}/submit`, hr, undefined, 200);
    await send('post', `/api/v1/jobs/postings/${posting.id}/approve`, county, undefined, 200);
    const jobApplication = await send('post', `/api/v1/jobs/postings/${posting.id}/apply`, owner.auth);
    const demand = await send('post', '/api/v1/me/demands', owner.auth, {
      category: DemandCategory.WAGES_OWED,
      employerName: '西宁某建筑劳务公司',
      description: `${MARK} 工地老板拖欠三个月工资`,
    });
    const layoff = await send('post', '/api/v1/layoffs', hr, {
      totalWorkforce: 200,
      layoffCount: 25,
      reasons: `${MARK} 生产经营发生严重困难`,
      plannedDate: new Date(t.clock.now().getTime() + 40 * 86_400_000).toISOString().slice(0, 10),
      noticeDate: new Date(t.clock.now().getTime()).toISOString().slice(0, 10),
    });
    // a recruitment event of 城东区 the worker signed up for; a gig near the worker in 零工模式
    const event = await send('post', '/api/v1/jobs/events', county, eventRequest(t, { title: '城东区春风行动专场' }));
    await send('post', `/api/v1/jobs/events/${event.id}/publish`, county, undefined, 200);
    await send('post', `/api/v1/me/jobs/events/${event.id}/signup`, owner.auth);
    const gig = await send('post', '/api/v1/jobs/gigs', county, gigRequest(t, { description: `${MARK} 管午饭` }));
    await send(
      'put',
      '/api/v1/me/jobs/gig-mode',
      owner.auth,
      { available: true, kinds: ['焊工'], regionCode: '630102' },
      200,
    );
    // the worker's responsible staff member (one-to-one service): a colleague of the county
    const options = await send(
      'get',
      `/api/v1/jobs/one-to-one/options?workerId=${owner.workerId}`,
      county,
      undefined,
      200,
    );
    await send('put', `/api/v1/jobs/one-to-one/${owner.workerId}`, county, { staffId: options[0].id }, 200);
    const template = await t
      .http()
      .get('/api/v1/workers/import-template')
      .set('Authorization', county)
      .buffer()
      .parse(binary);
    const importJob = await t
      .http()
      .post('/api/v1/workers/imports')
      .set('Authorization', county)
      .attach('file', template.body as Buffer, '职工.xlsx');
    if (importJob.status !== 201) throw new Error(`import: ${importJob.status} ${JSON.stringify(importJob.body)}`);
    ids = {
      worker: owner.workerId,
      file,
      importJob: importJob.body.id,
      application: application.id,
      serviceRequest: request.id,
      course: course.id,
      session: courseDetail.sessions[0].id,
      posting: posting.id,
      jobApplication: jobApplication.id,
      demand: demand.id,
      layoff: layoff.id,
      event: event.id,
      gig: gig.id,
    };

    // the outsiders
    const staff = async (name: string, regionCode: string, role: Role, organizationId?: number) => {
      const s = await createStaff(t, { regionCode, roles: [role], organizationId });
      outsiders.push({ name, auth: `Bearer ${(await t.login(s.username, s.password)).accessToken}`, roles: [role] });
    };
    await staff('reviewer of 城中区', '630103', Role.REVIEWER);
    await staff('center staff of 城中区', '630103', Role.CENTER_STAFF);
    // another company, registered in the directory, with an HR account of its own
    const company = await t.db.getRepository(Organization).save({
      name: '城中区另一家企业有限公司',
      type: OrganizationType.ENTERPRISE,
      regionCode: '630103',
      parentId: null,
      createdAt: t.clock.now(),
    });
    await send('post', '/api/v1/jobs/employers', await t.bearer('province_reviewer'), {
      name: company.name,
      creditCode: '91630102MA7500002U',
      regionCode: '630103',
      industry: '制造业',
      size: EmployerSize.SMALL,
      organizationId: company.id,
    });
    await staff('HR of another company', '630103', Role.HR, company.id);
    await staff('trainer not on the course', '630102', Role.TRAINER);
    outsiders.push({ name: 'another worker', auth: (await hardshipWorker(t)).auth, roles: ['WORKER'] });
  }, 120_000);
  afterAll(() => t.close());

  const idPaths = () =>
    walkOperations(doc)
      .filter((w) => w.method === 'get' && w.path.includes('{'))
      .map((w) => w.path);

  it('knows every {id} path of the document: personal data (RECORDS) or not (NOT_PERSONAL, with the reason)', () => {
    const unknown = idPaths().filter((p) => !(p in RECORDS) && !(p in NOT_PERSONAL));
    expect(unknown).toEqual([]);
    const gone = [...Object.keys(RECORDS), ...Object.keys(NOT_PERSONAL)].filter((p) => !idPaths().includes(p));
    expect(gone).toEqual([]);
  });

  it('the records are real: their owner or their county gets each of them', async () => {
    const county = await t.bearer('chengdong_reviewer');
    const insiders: Record<string, string> = {
      '/api/v1/me/demands/{id}': ownerAuth,
      '/api/v1/files/{id}': ownerAuth,
      '/api/v1/training/courses/{id}/enrolments': await t.bearer('training_admin'),
      '/api/v1/training/sessions/{id}/qr': await t.bearer('trainer'),
      '/api/v1/training/sessions/{id}/roster': await t.bearer('trainer'),
      '/api/v1/aid/applications/{id}': ownerAuth,
      '/api/v1/layoffs/{id}': await t.bearer('hr_demo'),
      '/api/v1/layoffs/{id}/workers': await t.bearer('hr_demo'),
    };
    const wrong: string[] = [];
    for (const [path, id] of Object.entries(RECORDS)) {
      const url = path.replace(/\{[^}]+\}/, String(id(ids)));
      const res = await t
        .http()
        .get(url)
        .set('Authorization', insiders[path] ?? county);
      // 409: a class's QR code is shown only while the class is open; the record is there
      if (res.status !== 200 && res.status !== 409) wrong.push(`${url}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 404 to every outsider for every {id} path of personal data (403 where the route is not theirs)', async () => {
    const wrong: string[] = [];
    const tasks = Object.entries(RECORDS).flatMap(([path, id]) =>
      outsiders.map((o) => async () => {
        const url = path.replace(/\{[^}]+\}/, String(id(ids)));
        const res = await t.http().get(url).set('Authorization', o.auth);
        figures.idRequests += 1;
        if (res.status === 404) return;
        if (res.status === 403) {
          // not theirs at all: the same 403 for an id that does not exist, so it says nothing of the record
          const none = await t
            .http()
            .get(path.replace(/\{[^}]+\}/, NO_SUCH_ID))
            .set('Authorization', o.auth);
          figures.idRequests += 1;
          if (none.status === 403) return;
          wrong.push(`${o.name} ${url}: 403, but ${none.status} for a record that does not exist`);
          return;
        }
        if (res.status === 200) figures.leaks += 1;
        wrong.push(`${o.name} ${url}: ${res.status} (expected 404)`);
      }),
    );
    await inBatches(tasks, 6);
    expect(wrong).toEqual([]);
  });

  it('an export refused at its first page answers the refusal, not a 200 with a broken file', async () => {
    // HR whose organisation is no registered company: every jobs list refuses it
    const hr = await createStaff(t, { regionCode: '630104', roles: [Role.HR] });
    const auth = `Bearer ${(await t.login(hr.username, hr.password)).accessToken}`;
    for (const path of ['/api/v1/jobs/postings/export', '/api/v1/jobs/applications/export']) {
      const res = await t.http().get(path).set('Authorization', auth);
      expect([path, res.status, res.body.message]).toEqual([
        path,
        403,
        '账号所在企业尚未登记到企业名录，请联系当地工会',
      ]);
    }
  });

  it('no list answers an outsider any of the records', async () => {
    const lists = walkOperations(doc).filter((w) => w.method === 'get' && !w.path.includes('{'));
    const needles = [MARK, WORKER_NAME];
    const wrong: string[] = [];
    const tasks = lists.flatMap((w) =>
      outsiders.map((o) => async () => {
        const url = `${w.path}?pageSize=100`;
        const res = await t.http().get(url).set('Authorization', o.auth).buffer().parse(binary);
        figures.listRequests += 1;
        if (res.status >= 500) wrong.push(`${o.name} ${w.path}: ${res.status}`);
        if (res.status !== 200) return;
        const type = String(res.headers['content-type'] ?? '');
        const body = res.body as Buffer;
        let text: string;
        try {
          text = type.includes('spreadsheetml') ? JSON.stringify(await sheetRows(body)) : body.toString('utf8');
        } catch (e) {
          wrong.push(`${o.name} ${w.path}: a broken ${type} file (${(e as Error).message})`);
          return;
        }
        const found = needles.filter((n) => text.includes(n));
        if (found.length) {
          figures.leaks += 1;
          wrong.push(`${o.name} ${w.path}: shows ${found.join(', ')}`);
        }
      }),
    );
    await inBatches(tasks, 6);
    expect(wrong).toEqual([]);
    // the needles are findable: the county's own lists show them
    const county = await t
      .http()
      .get('/api/v1/demands?pageSize=100')
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    expect(JSON.stringify(county.body)).toContain(MARK);
    if (process.env.SCOPE_REPORT)
      process.stdout.write(
        `scope sweep: ${Object.keys(RECORDS).length} {id} paths × ${outsiders.length} outsiders, ${lists.length} lists; ` +
          `${figures.idRequests} + ${figures.listRequests} requests, ${figures.leaks} leaks\n`,
      );
  });
});
