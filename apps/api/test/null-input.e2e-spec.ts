import { EmploymentStatus, ErrorCode, TrainingCourseType, type TrainingCourseRequest } from '@steadywork/shared';
import { getMetadataStorage } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { AidApplicationDto, AidProgramDto, StartupDto } from '../src/aid/dto/aid.dto';
import { JobPostingDto } from '../src/jobs/jobs.dto';
import { SecurityPolicyDto } from '../src/security/dto/security-policy.dto';
import { CreateStaffUserDto, UpdateStaffUserDto } from '../src/staff/dto/staff-user.dto';
import { EnrolmentDto, TrainingCourseDto } from '../src/training/training.dto';
import { MyProfileDto, UpdateWorkerDto } from '../src/workers/dto/worker-profile.dto';
import { createProgram, hardshipWorker } from './factories/aid.factory';
import { workerProfile } from './factories/worker.factory';
import { postingRequest } from './factories/jobs.factory';
import { startTestApp, TestApp } from './helpers/test-app';

const DAY = 24 * 60 * 60_000;
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 60 * 60_000).toISOString().slice(0, 10);

/**
 * The fields a DTO lets a request leave out, read from the DTO itself (the condition @Optional()
 * and @Nullable() register), and whether `null` is allowed for each.
 */
function optionalFields(dto: new () => object): { field: string; nullable: boolean }[] {
  const seen = new Map<string, boolean>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    if (meta.type !== 'conditionalValidation' || seen.has(meta.propertyName)) continue;
    const condition = meta.constraints[0] as (object: object, value: unknown) => boolean;
    if (condition({}, undefined)) continue; // not about absence (e.g. "validate unless empty")
    seen.set(meta.propertyName, !condition({}, null));
  }
  return [...seen].map(([field, nullable]) => ({ field, nullable }));
}

function courseBody(t: TestApp): TrainingCourseRequest {
  const startsAt = new Date(t.clock.now().getTime() + DAY);
  const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
  return {
    title: '家政服务员技能培训',
    type: TrainingCourseType.SKILLS,
    organiser: '青海省工会干部学校',
    regionCode: '630102',
    venue: '西宁市城东区八一路 12 号',
    latitude: 36.6225,
    longitude: 101.7801,
    capacity: 30,
    startsOn: shanghaiDay(startsAt),
    endsOn: shanghaiDay(endsAt),
    sessions: [{ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }],
  };
}

describe('null in a request body', () => {
  let t: TestApp;
  let sysadmin: string;
  let orgId: number;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    sysadmin = await t.bearer('sysadmin');
    const orgs = await t.http().get('/api/v1/organizations').set('Authorization', sysadmin);
    orgId = orgs.body.find((o: { regionCode: string }) => o.regionCode === '630103').id;
  });
  afterAll(() => t.close());

  const staffBody = () => ({
    username: `null_check_${++seq}`,
    password: 'Strong#Pass1',
    displayName: '城中区初审',
    phone: '13912345678',
    organizationId: orgId,
  });

  async function createUser(): Promise<number> {
    const res = await t.http().post('/api/v1/admin/users').set('Authorization', sysadmin).send(staffBody());
    expect(res.status).toBe(201);
    return res.body.id as number;
  }

  const account = async (id: number) =>
    (await t.db.query('SELECT display_name, phone FROM staff_user WHERE id = ?', [id]))[0] as Record<string, unknown>;

  it('refuses "displayName": null on an account edit with 400 naming the field, and changes nothing', async () => {
    const id = await createUser();
    const before = await account(id);
    const res = await t
      .http()
      .patch(`/api/v1/admin/users/${id}`)
      .set('Authorization', sysadmin)
      .send({ displayName: null, phone: '13987654321' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: ErrorCode.VALIDATION_FAILED,
      details: [{ field: 'displayName', message: '姓名不能为空' }],
    });
    expect(await account(id)).toEqual(before);
  });

  it('clears a nullable field with null: an account phone set to null is removed', async () => {
    const id = await createUser();
    const res = await t.http().patch(`/api/v1/admin/users/${id}`).set('Authorization', sysadmin).send({ phone: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, displayName: '城中区初审', phoneMasked: null });
    expect(await account(id)).toEqual({
      display_name: '城中区初审',
      phone: null,
    });
  });

  it('refuses "workerId": null on an enrolment with 400 naming the field, and enrols nobody', async () => {
    const admin = await t.bearer('training_admin');
    const course = await t.http().post('/api/v1/training/courses').set('Authorization', admin).send(courseBody(t));
    expect(course.status).toBe(201);
    const res = await t
      .http()
      .post(`/api/v1/training/courses/${course.body.id}/enrolments`)
      .set('Authorization', admin)
      .send({ workerId: null });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: ErrorCode.VALIDATION_FAILED,
      details: [{ field: 'workerId', message: '职工不能为空' }],
    });
    const list = await t
      .http()
      .get(`/api/v1/training/courses/${course.body.id}/enrolments`)
      .set('Authorization', admin);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([]);
    const count = await t.db.query('SELECT COUNT(*) AS n FROM training_enrolment WHERE course_id = ?', [
      course.body.id,
    ]);
    expect(Number(count[0].n)).toBe(0);
  });

  it('answers every optional field sent as null with 400 (or success where null clears), never 5xx', async () => {
    const trainingAdmin = await t.bearer('training_admin');
    const course = await t
      .http()
      .post('/api/v1/training/courses')
      .set('Authorization', trainingAdmin)
      .send(courseBody(t));
    const worker = await hardshipWorker(t, { archive: false });
    const reviewer = await t.bearer('chengdong_reviewer');
    const profileWorker = await t.workerBearer(`null-${randomUUID().slice(0, 8)}`);
    const profile = { ...workerProfile(), consent: true };
    expect((await t.register(profileWorker, profile)).status).toBe(200);
    const userId = await createUser();
    const secadmin = await t.bearer('secadmin');
    const policy = (await t.http().get('/api/v1/security/policy').set('Authorization', secadmin)).body;
    const program = await createProgram(t);
    // A draft application by a new applicant each time (one application per worker and programme).
    const draft = async (b: Record<string, unknown>) =>
      t
        .http()
        .post('/api/v1/aid/applications')
        .set('Authorization', (await hardshipWorker(t)).auth)
        .send(b);
    const draftBody = () => ({
      programId: program.id,
      startup: { businessName: '高原牦牛肉干加工坊', creditCode: '91630100MA7XK5G234', expectedJobs: 3 },
      statement: '下岗后想自己创业，需要启动资金',
    });
    let year = 2070;

    const endpoints: {
      name: string;
      dto: new () => object;
      send: (body: Record<string, unknown>) => Promise<{ status: number; body: { details?: unknown } }>;
      body: () => Record<string, unknown>;
      /** The nested object the DTO describes, when not the body itself. */
      at?: string;
    }[] = [
      {
        name: 'POST /admin/users',
        dto: CreateStaffUserDto,
        send: (b) => t.http().post('/api/v1/admin/users').set('Authorization', sysadmin).send(b),
        body: staffBody,
      },
      {
        name: 'PATCH /admin/users/:id',
        dto: UpdateStaffUserDto,
        send: (b) => t.http().patch(`/api/v1/admin/users/${userId}`).set('Authorization', sysadmin).send(b),
        body: () => ({}),
      },
      {
        name: 'POST /training/courses',
        dto: TrainingCourseDto,
        send: (b) => t.http().post('/api/v1/training/courses').set('Authorization', trainingAdmin).send(b),
        body: () => ({ ...courseBody(t) }),
      },
      {
        name: 'POST /training/courses/:id/enrolments',
        dto: EnrolmentDto,
        send: (b) =>
          t
            .http()
            .post(`/api/v1/training/courses/${course.body.id}/enrolments`)
            .set('Authorization', trainingAdmin)
            .send(b),
        body: () => ({ workerId: worker.workerId }),
      },
      {
        name: 'PATCH /workers/:id',
        dto: UpdateWorkerDto,
        send: (b) => t.http().patch(`/api/v1/workers/${worker.workerId}`).set('Authorization', reviewer).send(b),
        body: () => ({}),
      },
      {
        name: 'PUT /me/profile',
        dto: MyProfileDto,
        send: (b) => t.http().put('/api/v1/me/profile').set('Authorization', profileWorker).send(b),
        body: () => ({ ...profile, employmentStatus: EmploymentStatus.EMPLOYED }),
      },
      {
        name: 'POST /jobs/postings',
        dto: JobPostingDto,
        send: async (b) =>
          t
            .http()
            .post('/api/v1/jobs/postings')
            .set('Authorization', await t.bearer('hr_demo'))
            .set('Idempotency-Key', randomUUID())
            .send(b),
        body: () => ({ ...postingRequest(t) }),
      },
      {
        name: 'POST /aid/programs',
        dto: AidProgramDto,
        send: async (b) =>
          t
            .http()
            .post('/api/v1/aid/programs')
            .set('Authorization', await t.bearer('program_admin'))
            .send(b),
        body: () => ({
          year: year++,
          aidType: 'STARTUP_SUBSIDY',
          applyFrom: '2020-01-01',
          applyUntil: '2099-12-31',
        }),
      },
      {
        name: 'PUT /security/policy',
        dto: SecurityPolicyDto,
        send: (b) => t.http().put('/api/v1/security/policy').set('Authorization', secadmin).send(b),
        body: () => ({ ...policy }),
      },
      { name: 'POST /aid/applications', dto: AidApplicationDto, send: draft, body: draftBody },
      { name: 'POST /aid/applications', dto: StartupDto, send: draft, body: draftBody, at: 'startup' },
    ];

    const outcomes: string[] = [];
    const wrong: string[] = [];
    for (const endpoint of endpoints) {
      // The untouched body is accepted: a refusal below is the null's doing.
      const plain = await endpoint.send(endpoint.body());
      const accepted = plain.status < 300 ? 'accepted' : `${plain.status} ${JSON.stringify(plain.body)}`;
      expect({ endpoint: endpoint.name, accepted }).toEqual({ endpoint: endpoint.name, accepted: 'accepted' });
      const fields = optionalFields(endpoint.dto);
      expect({ endpoint: endpoint.name, fields: fields.length > 0 }).toEqual({ endpoint: endpoint.name, fields: true });
      for (const { field: name, nullable } of fields) {
        const body = endpoint.body();
        const { at } = endpoint;
        if (at) body[at] = { ...(body[at] as object), [name]: null };
        else body[name] = null;
        const field = at ? `${at}.${name}` : name;
        const res = await endpoint.send(body);
        const what = `${endpoint.name} ${field}: null → ${res.status}`;
        outcomes.push(what);
        const named = JSON.stringify(res.body.details ?? []).includes(`"field":"${field}"`);
        if (res.status >= 500) wrong.push(`${what} ${JSON.stringify(res.body)}`);
        else if (!nullable && (res.status !== 400 || !named)) wrong.push(`${what} ${JSON.stringify(res.body)}`);
        else if (nullable && res.status >= 300) wrong.push(`${what} (nullable) ${JSON.stringify(res.body)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(40);
  });
});
