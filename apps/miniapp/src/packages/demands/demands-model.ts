import { DEMAND_CATEGORY_LABELS, DemandCategory, type DemandInput, type FieldError } from '@steadywork/shared';
import { demandsText } from './locales';

const e = demandsText.errors;

export const DEMAND_LIMITS = {
  description: 2000,
  employer: 128,
  attachments: 9,
  comment: 500,
  fileBytes: 10 * 1024 * 1024,
};

export const CATEGORIES = Object.values(DemandCategory) as DemandCategory[];

/** The category chips; each label is read when shown, so it follows the current language. */
export const categoryOptions = CATEGORIES.map((value) => ({
  value,
  get label() {
    return DEMAND_CATEGORY_LABELS[value];
  },
}));

export type DemandField = 'category' | 'employerName' | 'description' | 'attachments';

export interface DemandForm {
  category: DemandCategory | '';
  /** An employer of the registry the worker picked, or null: the name as typed. */
  employerId: number | null;
  employerName: string;
  description: string;
  attachments: { fileId: string; name: string }[];
}

export const emptyDemandForm = (): DemandForm => ({
  category: '',
  employerId: null,
  employerName: '',
  description: '',
  attachments: [],
});

/** The form's own checks, the API's rules said before sending. */
export function validateDemandForm(form: DemandForm): Partial<Record<DemandField, string>> {
  const errors: Partial<Record<DemandField, string>> = {};
  if (!form.category) errors.category = e.categoryRequired;
  if (!form.description.trim()) errors.description = e.descriptionRequired;
  else if (form.description.trim().length > DEMAND_LIMITS.description) errors.description = e.descriptionTooLong;
  if (form.employerName.trim().length > DEMAND_LIMITS.employer) errors.employerName = e.employerTooLong;
  return errors;
}

export function toDemandInput(form: DemandForm): DemandInput {
  const employerName = form.employerName.trim();
  return {
    category: form.category as DemandCategory,
    ...(form.employerId ? { employerId: form.employerId } : employerName ? { employerName } : {}),
    description: form.description.trim(),
    attachments: form.attachments.map((a) => a.fileId),
  };
}

const FIELDS: readonly DemandField[] = ['category', 'employerName', 'description', 'attachments'];

/** The API's 400 details beside the form's fields (`employerId` shows under the employer). */
export function mapServerErrors(details: readonly FieldError[]): {
  fields: Partial<Record<DemandField, string>>;
  other: string[];
} {
  const fields: Partial<Record<DemandField, string>> = {};
  const other: string[] = [];
  for (const { field, message } of details) {
    const key = (field === 'employerId' ? 'employerName' : field.replace(/\[\d+\]/g, '')) as DemandField;
    if (FIELDS.includes(key)) fields[key] ??= message;
    else other.push(message);
  }
  return { fields, other };
}

/** A v4 UUID for the Idempotency-Key of one form. */
export function newIdempotencyKey(random: () => number = Math.random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

function shanghaiParts(ms: number): { date: string; time: string } {
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

/** "2026-11-23T08:05:00Z" → "2026-11-23 16:05" (Asia/Shanghai). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const { date, time } = shanghaiParts(ms);
  return `${date} ${time}`;
}

export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
