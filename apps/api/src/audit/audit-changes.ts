import { maskPhone, maskResidentId } from '@steadywork/shared';

/**
 * Personal data never enters the audit log in clear: a field of these names is recorded in its
 * masked form (a value already masked stays as it is). Ciphertexts and lookup hashes are left out.
 */
const MASKED_FIELDS: Record<string, (value: string) => string | null> = {
  idNumber: (v) => (v.includes('*') ? v : maskResidentId(v)),
  phone: (v) => (v.includes('*') ? v : maskPhone(v)),
  contactPhone: (v) => (v.includes('*') ? v : maskPhone(v)),
  mobile: (v) => (v.includes('*') ? v : maskPhone(v)),
};
const LEFT_OUT = /(Enc|Hash)$|^password/;

export interface AuditChanges {
  /** The changed fields' old values (only those that changed). */
  before: Record<string, unknown>;
  /** The same fields' new values. */
  after: Record<string, unknown>;
}

function normalise(field: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  const mask = MASKED_FIELDS[field];
  if (mask && typeof value === 'string') return mask(value);
  return value;
}

/** Equal values; a decimal column read back as text (MySQL) equals the number written. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'string') return b.trim() !== '' && Number(b) === a;
  if (typeof a === 'string' && typeof b === 'number') return same(b, a);
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The one way an audited change says what it changed: of two views of the record (before and
 * after, the same fields), the fields whose values differ, each with its old and new value,
 * personal data masked. `after` may hold only the fields a request sent.
 */
export function auditChanges(before: object, after: object): AuditChanges {
  const changes: AuditChanges = { before: {}, after: {} };
  const old = before as Record<string, unknown>;
  for (const [field, value] of Object.entries(after as Record<string, unknown>)) {
    if (value === undefined || LEFT_OUT.test(field)) continue;
    const was = normalise(field, old[field]);
    const now = normalise(field, value);
    if (same(was, now)) continue;
    changes.before[field] = was;
    changes.after[field] = now;
  }
  return changes;
}
