import * as fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import Ajv from 'ajv';
import type { JobPostingResponse } from '@steadywork/shared';
import type { Response } from 'supertest';
import { checkHandlerResults, GENERATED_FILE, renderResponseSchemas } from '../scripts/openapi-schemas';
import { hardshipWorker } from './factories/aid.factory';
import { postingRequest } from './factories/jobs.factory';
import { DEMO_PASSWORD, startTestApp, TestApp } from './helpers/test-app';

/** The OpenAPI document is the contract: every success answer declared, and real answers fit it. */

type Json = { [key: string]: unknown };
interface Operation {
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function operations(doc: Document): { name: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ name: `${m.toUpperCase()} ${path}`, op: item[m] })),
  );
}

/** A success answer with a schema, a binary file, or — said so — no body. */
function declaresSuccess(op: Operation): boolean {
  return Object.entries(op.responses ?? {}).some(([status, response]) => {
    if (!/^2\d\d$/.test(status)) return false;
    const content = Object.entries(response.content ?? {});
    if (!content.length) return !!response.description; // @ApiNoContent; Nest's default has ''
    return content.every(([mime, media]) => {
      const schema = media.schema;
      if (!schema) return false;
      if (mime === 'application/json') return Object.keys(schema).length > 0;
      return schema.type === 'string' && schema.format === 'binary';
    });
  });
}

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  return found;
}

/**
 * OpenAPI 3.0 → JSON Schema (draft-07) for ajv: `nullable` admits null, refs point into
 * `definitions`, and an object admits no property its type does not declare (strict: the
 * interface in libs/shared must name every field the API sends).
 */
function toJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (!value || typeof value !== 'object') return value;
  const { nullable, ...rest } = value as Json;
  const out: Json = {};
  for (const [key, v] of Object.entries(rest)) {
    if (key === '$ref') out.$ref = (v as string).replace('#/components/schemas/', '#/definitions/');
    else if (key === 'properties' || key === 'definitions')
      out[key] = Object.fromEntries(Object.entries(v as Json).map(([k, s]) => [k, toJsonSchema(s)]));
    else out[key] = toJsonSchema(v);
  }
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined)
    out.additionalProperties = false;
  if (!nullable) return out;
  if (typeof out.type === 'string' && !out.enum) return { ...out, type: [out.type, 'null'] };
  return { anyOf: [{ type: 'null' }, out] };
}

describe('OpenAPI: the generated response schemas', () => {
  it('are what libs/shared gives now (run npm run openapi:schemas after changing a shared type)', () => {
    expect(fs.readFileSync(GENERATED_FILE, 'utf8')).toBe(renderResponseSchemas());
  });

  it('are what each handler declares: @ApiResult says what its TypeScript return type says', () => {
    expect(checkHandlerResults()).toEqual([]);
  });
});

describe('OpenAPI: the document', () => {
  let t: TestApp;
  let doc: Document;
  let ajv: Ajv.Ajv;
  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.http().get('/api/docs/openapi.json');
    expect(res.status).toBe(200);
    doc = res.body as Document;
    ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore', schemaId: 'auto' });
    ajv.addSchema({ $id: 'components', definitions: toJsonSchema(doc.components.schemas) as Json }, 'components');
  });
  afterAll(() => t.close());

  it('declares the success answer of every operation', () => {
    const all = operations(doc);
    expect(all.length).toBeGreaterThan(180);
    const undeclared = all.filter(({ op }) => !declaresSuccess(op)).map(({ name }) => name);
    expect(undeclared).toEqual([]);
  });

  it('resolves every $ref to a schema in components', () => {
    const missing = [...new Set(refsIn(doc))]
      .filter((ref) => !(ref.startsWith('#/components/schemas/') && ref.slice(21) in doc.components.schemas))
      .sort();
    expect(missing).toEqual([]);
  });

  it('answers 204 with no body, and files as binary', () => {
    for (const { name, op } of operations(doc)) {
      if (op.responses['204']) expect([name, op.responses['204'].content]).toEqual([name, undefined]);
    }
    const template = doc.paths['/api/v1/workers/import-template'].get.responses['200'].content!;
    expect(Object.keys(template)).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
  });

  /** A validator of the JSON answer the document declares for this operation and status. */
  function validatorFor(method: string, path: string, status: number) {
    const op = doc.paths[path]?.[method];
    if (!op) throw new Error(`no operation ${method.toUpperCase()} ${path} in the document`);
    const schema = op.responses[String(status)]?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`${method.toUpperCase()} ${path} declares no JSON ${status}`);
    const text = JSON.stringify(schema).replaceAll('#/components/schemas/', 'components#/components/schemas/');
    return ajv.compile(toJsonSchema(JSON.parse(text)) as Json);
  }

  /** The answer fits the schema the document declares for this operation and status. */
  function expectContract(res: Response, method: string, path: string) {
    const validate = validatorFor(method, path, res.status);
    const name = `${method.toUpperCase()} ${path} ${res.status}`;
    expect([name, validate(res.body) ? [] : validate.errors]).toEqual([name, []]);
  }

  it('checks for real: a wrong type, a missing or an undeclared field fails', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ username: 'sysadmin', password: DEMO_PASSWORD });
    const validate = validatorFor('post', '/api/v1/auth/login', 200);
    expect(validate(login.body)).toBe(true);
    expect(validate({ ...login.body, expiresIn: '900' })).toBe(false);
    expect(validate({ accessToken: 'a', refreshToken: 'r' })).toBe(false);
    expect(validate({ ...login.body, role: 'SYSADMIN' })).toBe(false);
    const list = validatorFor('get', '/api/v1/workers', 200);
    expect(list({ items: [{ id: 1 }], total: 1, page: 1, pageSize: 20 })).toBe(false);
  });

  it('real answers fit their declared schemas: login, health, me, workers, jobs', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ username: 'sysadmin', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    expectContract(login, 'post', '/api/v1/auth/login');
    const sysadmin = `Bearer ${login.body.accessToken}`;

    expectContract(await t.http().get('/api/v1/health'), 'get', '/api/v1/health');
    expectContract(await t.http().get('/api/v1/health').set('Authorization', sysadmin), 'get', '/api/v1/health');
    expectContract(await t.http().get('/api/v1/auth/me').set('Authorization', sysadmin), 'get', '/api/v1/auth/me');

    const worker = await hardshipWorker(t);
    expectContract(await t.http().get('/api/v1/auth/me').set('Authorization', worker.auth), 'get', '/api/v1/auth/me');
    expectContract(
      await t.http().get('/api/v1/me/profile').set('Authorization', worker.auth),
      'get',
      '/api/v1/me/profile',
    );

    const reviewer = await t.bearer('province_reviewer');
    const list = await t.http().get('/api/v1/workers').set('Authorization', reviewer);
    expect(list.body.total).toBeGreaterThan(0);
    expectContract(list, 'get', '/api/v1/workers');
    const one = await t.http().get(`/api/v1/workers/${worker.workerId}`).set('Authorization', reviewer);
    expect(one.status).toBe(200);
    expectContract(one, 'get', '/api/v1/workers/{id}');
    const archive = await t.http().get(`/api/v1/workers/${worker.workerId}/archive`).set('Authorization', reviewer);
    expectContract(archive, 'get', '/api/v1/workers/{id}/archive');

    // an open posting the worker is recommended
    const hr = await t.bearer('hr_demo');
    const body = postingRequest(t);
    const draft = await t
      .http()
      .post('/api/v1/jobs/postings')
      .set('Authorization', hr)
      .set('Idempotency-Key', randomUUID())
      .send(body);
    expect(draft.status).toBe(201);
    expectContract(draft, 'post', '/api/v1/jobs/postings');
    const id = (draft.body as JobPostingResponse).id;
    expect((await t.http().post(`/api/v1/jobs/postings/${id}/submit`).set('Authorization', hr)).status).toBe(200);
    const approved = await t
      .http()
      .post(`/api/v1/jobs/postings/${id}/approve`)
      .set('Authorization', await t.bearer('chengdong_reviewer'));
    expect(approved.status).toBe(200);
    expectContract(approved, 'post', '/api/v1/jobs/postings/{id}/approve');

    const recommended = await t.http().get('/api/v1/me/jobs/recommended').set('Authorization', worker.auth);
    expect(recommended.body.items.map((j: { id: number }) => j.id)).toContain(id);
    expectContract(recommended, 'get', '/api/v1/me/jobs/recommended');
  });

  it('every GET answers, to each demo account, what its schema says (ids from the list above it)', async () => {
    const accounts = ['sysadmin', 'secadmin', 'auditor', 'province_reviewer', 'finance', 'training_admin'];
    accounts.push('program_admin', 'chengdong_reviewer', 'center_staff', 'trainer', 'hr_demo');
    const bearers = [...(await Promise.all(accounts.map((a) => t.bearer(a)))), (await hardshipWorker(t)).auth];
    // lists first: a path with one parameter takes the id of the first item its parent lists
    const paths = Object.keys(doc.paths)
      .filter((p) => doc.paths[p].get && (p.match(/\{/g) ?? []).length <= 1)
      .sort((a, b) => Number(a.includes('{')) - Number(b.includes('{')));
    const lists = new Map<string, unknown>();
    const failures: unknown[] = [];
    const checked = { plain: 0, withId: 0 };
    for (const path of paths) {
      const json = doc.paths[path].get.responses['200']?.content?.['application/json'];
      if (!json) continue; // a file
      const validate = validatorFor('get', path, 200);
      for (const [i, bearer] of bearers.entries()) {
        let url = path;
        if (path.includes('{')) {
          const parent = path.slice(0, path.indexOf('/{'));
          const listed = lists.get(`${i} ${parent}`) as { items?: { id?: unknown }[] } | { id?: unknown }[] | undefined;
          const id = (Array.isArray(listed) ? listed : listed?.items)?.[0]?.id;
          if (id === undefined) continue;
          url = path.replace(/\{[^}]+\}/, String(id));
        }
        const res = await t.http().get(url).set('Authorization', bearer);
        if (res.status !== 200) continue;
        if (!path.includes('{')) lists.set(`${i} ${path}`, res.body);
        checked[path.includes('{') ? 'withId' : 'plain'] += 1;
        if (!validate(res.body)) failures.push({ url, account: accounts[i] ?? 'worker', errors: validate.errors });
      }
    }
    expect(failures).toEqual([]);
    expect(checked.plain).toBeGreaterThan(200);
    expect(checked.withId).toBeGreaterThan(50);
  });
});
