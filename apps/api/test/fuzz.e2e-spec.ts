import { getMetadataStorage } from 'class-validator';
import { randomUUID } from 'node:crypto';
import type { Test } from 'supertest';
import { hardshipWorker } from './factories/aid.factory';
import {
  DEMO_ACCOUNT_OF_ROLE,
  inBatches,
  Json,
  OpenApiDocument,
  openApiDocument,
  Parameter,
  tableCounter,
  walkOperations,
  WalkedOperation,
} from './helpers/openapi-walk';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * Hostile input over every operation of the OpenAPI document (docs/security.md): each write, and
 * each GET that takes query parameters, gets malformed bodies, one broken field at a time and
 * impossible path ids, as an account that may call it. Expected: a 4xx (never a 5xx), a 400 names
 * the field that was broken, and no table gains or loses a row. A new endpoint is in the document,
 * so it is fuzzed without anyone adding it here.
 */

const HUGE = 'x'.repeat(10_000);
const INJECTIONS = ["' OR 1=1 --", '<script>alert(1)</script>'];
const BAD_IDS = ['0', '-1', '99999999999999999999', 'abc'];
/** An id no record has: a well-formed path that reaches the body's validation, then finds nothing. */
const NO_SUCH_ID = '999999';

/**
 * Requests below that are not hostile for the operation: each answers 2xx by design. They are
 * still sent and must not answer 5xx; they are excused from "4xx" and from "no row written".
 */
const BY_DESIGN: { operation: string; cases: RegExp; why: string }[] = [
  {
    operation: 'POST /api/v1/auth/logout',
    cases: /^refreshToken: injection/,
    why: 'logging out an unknown refresh token is a no-op (204): the answer says nothing of which tokens exist',
  },
  {
    operation: 'PUT /api/v1/warning/thresholds',
    cases: /^empty body$/,
    why: 'every threshold may be left empty (none): a body without thresholds clears them, as the form does',
  },
];

type Kind = 'string' | 'enum' | 'formatted' | 'number' | 'boolean' | 'array' | 'object' | 'unknown';

interface Field {
  name: string;
  kind: Kind;
  nullable: boolean;
  conditional: boolean;
  record: boolean;
}

interface Case {
  name: string;
  /** The body field or query parameter this case breaks: a 400 must name it. */
  field?: string;
  /** Whether a 400 must name `field` (false where the value may be valid for it, e.g. text in a text field). */
  mustName?: boolean;
  path: string;
  query?: string;
  body?: { json: unknown } | { raw: string } | { multipartText: string };
}

interface Outcome {
  operation: string;
  account: string;
  case: string;
  status: number;
  problem?: string;
}

interface DtoFacts {
  /** Fields that take null ("clear this"): @Nullable(). */
  nullable: Set<string>;
  /** Fields validated only when another field says so (e.g. a region only for a transfer to a region). */
  conditional: Set<string>;
  /** Free-form maps (@IsObject()): their values are checked by the service, after the whole body is valid. */
  records: Set<string>;
}

/** What the request DTOs' own validation metadata says of their fields, by class name (inherited rules included). */
function dtoFacts(): Map<string, DtoFacts> {
  const storage = getMetadataStorage();
  const classes = (storage as unknown as { validationMetadatas: Map<new () => object, unknown> }).validationMetadatas;
  const out = new Map<string, DtoFacts>();
  for (const cls of classes.keys()) {
    const facts: DtoFacts = { nullable: new Set(), conditional: new Set(), records: new Set() };
    for (const meta of storage.getTargetValidationMetadatas(cls, '', true, false)) {
      if (meta.type === 'conditionalValidation') {
        const condition = meta.constraints[0] as (o: object, v: unknown) => boolean;
        if (!condition({}, undefined) && !condition({}, null)) facts.nullable.add(meta.propertyName);
        if (!condition({}, 'text')) facts.conditional.add(meta.propertyName);
      }
      if (meta.name === 'isObject') facts.records.add(meta.propertyName);
    }
    out.set(cls.name, facts);
  }
  return out;
}

function kindOf(schema: Json): Kind {
  if (schema.$ref || schema.allOf) return 'object';
  if (schema.enum) return 'enum';
  switch (schema.type) {
    case 'string':
      return schema.format && schema.format !== 'binary' ? 'formatted' : 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'array';
    default:
      return 'unknown';
  }
}

const wrongValueFor: Record<Kind, unknown> = {
  string: 12345,
  enum: 'NOT_A_VALUE',
  formatted: 12345,
  number: 'abc',
  boolean: 'abc',
  array: 'abc',
  object: 'abc',
  unknown: true,
};

function bodyFields(doc: OpenApiDocument, op: WalkedOperation['op'], dtos: Map<string, DtoFacts>): Field[] {
  const schema = op.requestBody?.content['application/json']?.schema;
  if (!schema) return [];
  const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : null;
  const resolved = ref ? doc.components.schemas[ref] : schema;
  const facts = ref ? dtos.get(ref) : undefined;
  return Object.entries((resolved.properties ?? {}) as Record<string, Json>).map(([name, s]) => ({
    name,
    kind: kindOf(s),
    nullable: s.nullable === true || !!facts?.nullable.has(name),
    conditional: !!facts?.conditional.has(name),
    record: !!facts?.records.has(name),
  }));
}

/** A well-formed value for a path parameter that names no record (or a valid key where the parameter is one). */
function pathValue(p: Parameter): string {
  const schema = p.schema ?? {};
  if (Array.isArray(schema.enum)) return String(schema.enum[0]);
  if (p.name === 'year') return '2027';
  if (p.name === 'cityCode') return '630100';
  if (schema.type === 'number' || schema.type === 'integer') return NO_SUCH_ID;
  return 'no-such-record';
}

function fillPath(path: string, params: Parameter[], override: Record<string, string> = {}): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const p = params.find((x) => x.name === name) ?? { name, in: 'path' as const };
    return encodeURIComponent(override[name] ?? pathValue(p));
  });
}

function casesFor(doc: OpenApiDocument, w: WalkedOperation, dtos: Map<string, DtoFacts>): Case[] {
  const params = w.op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const path = fillPath(w.path, params);
  const cases: Case[] = [];
  const isWrite = w.method !== 'get';
  const content = w.op.requestBody?.content ?? {};
  const multipart = !!content['multipart/form-data'];

  if (isWrite && w.op.requestBody) {
    cases.push({ name: 'empty body', path });
    cases.push({ name: 'array body', path, body: { json: [1, 2] } });
    cases.push({ name: 'string body', path, body: { raw: '"text"' } });
    cases.push({ name: 'broken JSON', path, body: { raw: '{"a":' } });
    if (multipart) cases.push({ name: 'multipart text instead of a file', path, body: { multipartText: 'file' } });
    for (const f of bodyFields(doc, w.op, dtos)) {
      const put = (name: string, value: unknown, mustName: boolean) =>
        cases.push({
          name: `${f.name}: ${name}`,
          field: f.name,
          mustName: mustName && !f.conditional,
          path,
          body: { json: { [f.name]: value } },
        });
      if (!f.nullable) put('null', null, true);
      put('10k characters', HUGE, true);
      put(`wrong type (${JSON.stringify(wrongValueFor[f.kind])})`, wrongValueFor[f.kind], f.kind !== 'unknown');
      put('nested object', { a: { b: 1 } }, !f.record);
      for (const text of INJECTIONS) put(`injection ${text}`, text, !['string', 'unknown'].includes(f.kind));
    }
  }

  for (const q of queryParams) {
    const kind = kindOf(q.schema ?? {});
    const put = (name: string, query: string, mustName: boolean) =>
      cases.push({ name: `?${q.name}: ${name}`, field: q.name, mustName, path, query });
    const e = encodeURIComponent;
    put('10k characters', `${q.name}=${HUGE}`, kind !== 'string' && kind !== 'unknown');
    if (['number', 'boolean', 'enum'].includes(kind)) put('wrong type', `${q.name}=abc`, true);
    put('nested object', `${e(q.name)}[a]=1`, true);
    if (kind !== 'array') put('repeated', `${q.name}=1&${q.name}=2`, true);
    for (const text of INJECTIONS) put(`injection ${text}`, `${q.name}=${e(text)}`, kind !== 'string');
  }

  for (const p of pathParams) {
    for (const id of BAD_IDS) {
      cases.push({
        name: `{${p.name}} = ${id}`,
        path: fillPath(w.path, params, { [p.name]: id }),
        ...(isWrite && w.op.requestBody && !multipart ? { body: { json: {} } } : {}),
      });
    }
  }
  return cases;
}

const byDesign = (w: WalkedOperation, c: Case) =>
  BY_DESIGN.some((b) => b.operation === `${w.method.toUpperCase()} ${w.path}` && b.cases.test(c.name));

describe('fuzz: hostile input over every operation of the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  const accounts = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    doc = await openApiDocument(t);
    for (const username of Object.values(DEMO_ACCOUNT_OF_ROLE)) accounts.set(username, await t.bearer(username));
    accounts.set('worker', (await hardshipWorker(t)).auth);
  });
  afterAll(() => t.close());

  function send(w: WalkedOperation, c: Case, auth: string | null): Test {
    const url = c.query ? `${c.path}?${c.query}` : c.path;
    let req = t.http()[w.method](url);
    if (auth) req = req.set('Authorization', auth);
    if ((w.op.parameters ?? []).some((p) => p.in === 'header' && p.name === 'Idempotency-Key'))
      req = req.set('Idempotency-Key', randomUUID());
    const body = c.body;
    if (!body) return req;
    if ('raw' in body) return req.set('Content-Type', 'application/json').send(body.raw);
    if ('multipartText' in body) return req.field(body.multipartText, 'not a file');
    return req.send(body.json as object);
  }

  function judge(
    w: WalkedOperation,
    c: Case,
    status: number,
    resBody: { details?: { field: string }[] },
  ): string | undefined {
    if (status >= 500) return `${status}`;
    if (byDesign(w, c)) return undefined;
    if (w.method !== 'get' && (status < 400 || status >= 500)) return `${status}: a write took hostile input`;
    if (status === 400 && c.field && c.mustName) {
      const named = (resBody.details ?? []).some(
        (d) => d.field === c.field || d.field.startsWith(`${c.field}.`) || d.field.startsWith(`${c.field}[`),
      );
      if (!named) return `400 without details naming ${c.field}: ${JSON.stringify(resBody)}`;
    }
    if (w.method === 'get' && c.field && c.mustName && status < 400) return `${status}: took ${c.name}`;
    return undefined;
  }

  it('a yes/no filter takes true or false only: anything else is a 400 naming it, not "no"', async () => {
    const reviewer = accounts.get('province_reviewer')!;
    for (const [path, field] of [
      ['/api/v1/demands', 'late'],
      ['/api/v1/service-requests', 'overdue'],
      ['/api/v1/training/courses/open', 'domesticService'],
    ]) {
      const bad = await t.http().get(`${path}?${field}=abc`).set('Authorization', reviewer);
      expect([path, bad.status, bad.body.details?.[0]?.field]).toEqual([path, 400, field]);
      for (const ok of ['true', 'false', '']) {
        const res = await t.http().get(`${path}?${field}=${ok}`).set('Authorization', reviewer);
        expect([path, ok, res.status]).toEqual([path, ok, 200]);
      }
    }
  });

  it('answers 4xx, never 5xx, names the broken field and writes no row', async () => {
    const dtos = dtoFacts();
    const counts = await tableCounter(t);
    const targets = walkOperations(doc).filter(
      (w) => w.method !== 'get' || (w.op.parameters ?? []).some((p) => p.in === 'query' || p.in === 'path'),
    );
    const outcomes: Outcome[] = [];
    const written: string[] = [];
    const started = Date.now();
    /** Sends one case and records its outcome. */
    const attempt = async (w: WalkedOperation, c: Case, account: string, auth: string | null) => {
      const res = await send(w, c, auth);
      const operation = `${w.method.toUpperCase()} ${w.path}`;
      outcomes.push({
        operation,
        account,
        case: c.name,
        status: res.status,
        problem: judge(w, c, res.status, res.body),
      });
      return res;
    };

    for (const w of targets) {
      const operation = `${w.method.toUpperCase()} ${w.path}`;
      const cases = casesFor(doc, w, dtos);
      if (!cases.length) continue; // nothing to break: no body, no parameter
      const before = await counts();

      // who may call it: the route's roles, else whichever demo account (or the worker) it does not refuse
      let callers: [string, string | null][];
      if (w.roles) {
        callers = [...new Set(w.roles.map((r) => DEMO_ACCOUNT_OF_ROLE[r]).filter(Boolean))].map((u) => [
          u,
          accounts.get(u)!,
        ]);
      } else {
        const probes = await inBatches(
          [...accounts].map(([name, auth]) => async () => {
            const res = await attempt(w, cases[0], name, auth);
            return [name, auth, res.status] as const;
          }),
        );
        callers = probes.filter(([, , s]) => s !== 401 && s !== 403).map(([n, a]) => [n, a]);
        if (!callers.length) callers = [['anonymous', null]];
      }

      // every case as the first caller; the malformed bodies and ids as each other one too
      const tasks = callers.flatMap(([name, auth], i) =>
        cases.filter((c) => (i === 0 || !c.field) && !byDesign(w, c)).map((c) => () => attempt(w, c, name, auth)),
      );
      await inBatches(tasks, 8);

      const after = await counts();
      // the by-design requests last, outside the count
      await inBatches(
        callers.flatMap(([name, auth]) =>
          cases.filter((c) => byDesign(w, c)).map((c) => () => attempt(w, c, name, auth)),
        ),
      );
      // A write must leave every table as it was. Not checked: the rate limiter's own ledger (counting
      // attempts is its job), and GETs (an export of personal data is audited, as it should be).
      const changed =
        w.method === 'get' ? [] : Object.keys(after).filter((n) => n !== 'rate_limit' && after[n] !== before[n]);
      if (changed.length)
        written.push(`${operation}: ${changed.map((n) => `${n} ${before[n]} → ${after[n]}`).join(', ')}`);
    }

    const problems = outcomes
      .filter((o) => o.problem)
      .map((o) => `${o.operation} as ${o.account}, ${o.case}: ${o.problem}`);
    const fivexx = outcomes.filter((o) => o.status >= 500).length;
    // The figures docs/security.md quotes (`FUZZ_REPORT=1` prints them).
    if (process.env.FUZZ_REPORT)
      process.stdout.write(
        `fuzz: ${targets.length} operations (${targets.filter((w) => w.method !== 'get').length} writes), ` +
          `${outcomes.length} requests, ${fivexx} × 5xx, ` +
          `${written.length} operations wrote rows, ${problems.length} problems, ${Math.round((Date.now() - started) / 1000)} s\n`,
      );
    if (process.env.FUZZ_REPORT) process.stdout.write(`${written.join('\n')}\n`);
    expect(problems).toEqual([]);
    expect(written).toEqual([]);
    expect(targets.length).toBeGreaterThan(150);
    expect(outcomes.length).toBeGreaterThan(3000);
  }, 300_000);
});
