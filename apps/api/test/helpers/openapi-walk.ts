import type { TestApp } from './test-app';

/** The parts of the OpenAPI document the fuzz and scope suites walk. */

export type Json = { [key: string]: unknown };
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Json;
}
export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Json }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
}
export interface WalkedOperation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  op: Operation;
  /** Staff roles the route requires (from its @Roles metadata, which the 403 answer states), or null. */
  roles: string[] | null;
}

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The document the running app serves (built in-process, as production builds it). */
export async function openApiDocument(t: TestApp): Promise<OpenApiDocument> {
  const res = await t.http().get('/api/docs/openapi.json');
  if (res.status !== 200) throw new Error(`openapi.json: ${res.status}`);
  return res.body as OpenApiDocument;
}

export function walkOperations(doc: OpenApiDocument): WalkedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => {
      const op = item[method];
      const rule = /^Requires one of: (.+)$/.exec(op.responses['403']?.description ?? '');
      return { method, path, op, roles: rule ? rule[1].split(', ') : null };
    }),
  );
}

/** The demo account holding each staff role (apps/api/src/seed/demo-seed.service.ts). */
export const DEMO_ACCOUNT_OF_ROLE: Record<string, string> = {
  SYSADMIN: 'sysadmin',
  SECADMIN: 'secadmin',
  AUDITOR: 'auditor',
  PROVINCE_REVIEWER: 'province_reviewer',
  FINANCE: 'finance',
  TRAINING_ADMIN: 'training_admin',
  PROGRAM_ADMIN: 'program_admin',
  REVIEWER: 'chengdong_reviewer',
  CENTER_STAFF: 'center_staff',
  TRAINER: 'trainer',
  HR: 'hr_demo',
};

/** Counts of the rows of every table, in one query. */
export async function tableCounter(t: TestApp): Promise<() => Promise<Record<string, number>>> {
  const rows: { name: string }[] =
    t.dbType === 'sqlite'
      ? await t.db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      : await t.db.query(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'",
        );
  const names = rows.map((r) => r.name).sort();
  const q = t.dbType === 'sqlite' ? (n: string) => `"${n}"` : (n: string) => `\`${n}\``;
  const sql = names.map((n) => `SELECT '${n}' AS name, COUNT(*) AS n FROM ${q(n)}`).join(' UNION ALL ');
  return async () => {
    const counts: { name: string; n: number | string }[] = await t.db.query(sql);
    return Object.fromEntries(counts.map((c) => [c.name, Number(c.n)]));
  };
}

/** Runs the tasks `width` at a time, answers their results in order. */
export async function inBatches<T>(tasks: (() => Promise<T>)[], width = 8): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await tasks[i]();
      }
    }),
  );
  return out;
}
