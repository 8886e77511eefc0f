import {
  JOB_APPLICATION_STATUS_LABELS,
  JobApplicationStatus,
  type JobPostingResponse,
  FIELD_RULES,
} from '@steadywork/shared';
import { fillTemplate, jobsText } from './locales';

export const JOBS_PAGE_SIZE = 20;

/** Whole yuan with thousands separators: 250000 fen → "2,500". */
function yuan(fen: number): string {
  return String(Math.round(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A posting's wage range, given in fen a month: "¥2,500–4,000/month" in the current language (one figure when both agree). */
export function wageText(posting: Pick<JobPostingResponse, 'wageMinFen' | 'wageMaxFen'>): string {
  const { wageMinFen: min, wageMaxFen: max } = posting;
  const units = jobsText.units;
  return min === max
    ? fillTemplate(units.wage, { wage: yuan(min) })
    : fillTemplate(units.wageRange, { min: yuan(min), max: yuan(max) });
}

/** The reasons a posting fits the worker, as one line: "same county · skills match: welder". */
export function reasonsText(reasons: readonly string[]): string {
  return reasons.join(' · ');
}

export function applicationStatusLabel(status: JobApplicationStatus): string {
  return JOB_APPLICATION_STATUS_LABELS[status] ?? status;
}

/** The worker may still withdraw before a decision. */
export function canWithdraw(status: JobApplicationStatus): boolean {
  return [JobApplicationStatus.APPLIED, JobApplicationStatus.INVITED, JobApplicationStatus.ACCEPTED].includes(status);
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-23T08:05:00Z" → "2026-11-23 16:05" (Asia/Shanghai). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}`;
}

/** "YYYY-MM-DD" as it is; an ISO date-time as its date in Asia/Shanghai. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (FIELD_RULES.date.pattern.test(value)) return value;
  return formatDateTime(value).slice(0, 10);
}

export function ageRangeText(posting: Pick<JobPostingResponse, 'ageMin' | 'ageMax'>): string | null {
  const { ageMin, ageMax } = posting;
  if (ageMin == null && ageMax == null) return null;
  const units = jobsText.units;
  if (ageMin != null && ageMax != null) return fillTemplate(units.ageRange, { min: ageMin, max: ageMax });
  return ageMin != null
    ? fillTemplate(units.ageFrom, { min: ageMin })
    : fillTemplate(units.ageUpTo, { max: ageMax ?? '' });
}
