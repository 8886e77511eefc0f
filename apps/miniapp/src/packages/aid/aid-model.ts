import {
  AID_EDITABLE_STATUSES,
  AID_EVENT_LABELS,
  AidApplicationStatus,
  AidType,
  EligibilityReason,
  isValidCreditCode,
  type AidApplicationRequest,
  type AidApplicationResponse,
  type AidAttachmentRequirement,
  type FieldError,
  type MaterialsDetails,
  type MyAidProgramResponse,
  type StartupDetails,
  FIELD_RULES,
} from '@steadywork/shared';
import { formatCalendarDate, formatCalendarDateTime } from '@/i18n/format';
import { aidText } from './locales';

const e = aidText.errors;

// ---------------------------------------------------------------------------------------------
// Money: integer fen in the API, yuan on screen.

/** 2000000 → "¥20,000.00". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** What a price input shows for an amount: 350000 → "3500", 12345 → "123.45", 1250 → "12.50". */
export function fenToYuanText(fen: number): string {
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${fen < 0 ? '-' : ''}${yuan}${cents ? `.${String(cents).padStart(2, '0')}` : ''}`;
}

/** Largest amount a price input accepts (10 million yuan), far above any 221 award. */
const MAX_YUAN_DIGITS = 8;

/**
 * A price typed in yuan as integer fen, computed on the digits (no floating point): "3,500.5" →
 * 350050. Null when it is not an amount with at most two decimals.
 */
export function yuanToFen(text: string): number | null {
  const cleaned = text.replace(/[\s,，¥￥]/g, '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const whole = match[1].replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_YUAN_DIGITS) return null;
  return Number(whole) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

// ---------------------------------------------------------------------------------------------
// Dates: the API sends ISO UTC; the worker reads Asia/Shanghai, which is UTC+8 all year (no DST
// since 1991), so a fixed offset is exact and needs no time-zone data on the phone.

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE_ONLY = FIELD_RULES.date.pattern;

interface WallClock {
  date: string;
  time: string;
  seconds: number;
}

function shanghai(iso: string): WallClock | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    seconds: d.getUTCSeconds(),
  };
}

/** "2026-11-23T08:05:00Z" → "2026-11-23 16:05" (Asia/Shanghai). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const wall = shanghai(iso);
  return wall ? formatCalendarDateTime(wall.date, wall.time) : iso;
}

/** A calendar date: "YYYY-MM-DD" as it is, an ISO date-time as its date in Asia/Shanghai. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (DATE_ONLY.test(value)) return formatCalendarDate(value);
  const wall = shanghai(value);
  return wall ? formatCalendarDate(wall.date) : value;
}

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A period as people say it: whole days when it starts at midnight and ends at midnight (an
 * exclusive end: the day before) or at 23:59; otherwise with the times.
 */
export function formatPeriod(startsAt: string, endsAt: string): string {
  const start = shanghai(startsAt);
  const end = shanghai(endsAt);
  if (!start || !end) return fillTemplate(aidText.period, { from: startsAt, until: endsAt });
  const startText =
    start.time === '00:00' ? formatCalendarDate(start.date) : formatCalendarDateTime(start.date, start.time);
  let endText = formatCalendarDateTime(end.date, end.time);
  if (end.time === '00:00' && end.seconds === 0) endText = formatCalendarDate(previousDay(end.date));
  else if (end.time === '23:59') endText = formatCalendarDate(end.date);
  return fillTemplate(aidText.period, { from: startText, until: endText });
}

// ---------------------------------------------------------------------------------------------
// Programmes and eligibility.

export function quotaLeft(program: Pick<MyAidProgramResponse, 'quota' | 'awarded'>): number {
  return Math.max(0, program.quota - program.awarded);
}

/**
 * What a programme card offers: the worker's open application, registration first, the apply
 * button, or the button disabled with the reasons.
 */
export type ProgramAction = 'view' | 'register' | 'apply' | 'blocked';

export interface ProgramView {
  action: ProgramAction;
  /** Why the worker cannot apply, in the worker's language (the API's messages follow Accept-Language). */
  reasons: string[];
}

export function programView(program: MyAidProgramResponse): ProgramView {
  const reasons = program.eligibility.reasons.map(
    ({ code, message }) => message || (aidText.reasons as Record<string, string | undefined>)[code] || code,
  );
  if (program.myApplicationId != null) return { action: 'view', reasons };
  if (program.eligibility.reasons.some((r) => r.code === EligibilityReason.NOT_REGISTERED)) {
    return { action: 'register', reasons };
  }
  if (!program.eligibility.eligible) return { action: 'blocked', reasons };
  return { action: 'apply', reasons: [] };
}

// ---------------------------------------------------------------------------------------------
// The application form.

export interface MaterialRow {
  /** Stable key of the row on screen (rows are added and removed). */
  rowId: string;
  name: string;
  /** Text as typed. */
  quantity: string;
  /** Yuan, as typed. */
  unitPrice: string;
}

export interface AttachmentItem {
  /** The requirement it satisfies ("other" for extras). */
  key: string;
  fileId: string;
  name: string;
}

/** What the form holds: text as typed; both types' fields (only the programme's type is sent). */
export interface AidForm {
  businessName: string;
  creditCode: string;
  businessPlan: string;
  expectedJobs: string;
  items: MaterialRow[];
  purpose: string;
  statement: string;
  attachments: AttachmentItem[];
}

/** Key of extra attachments beyond the programme's requirements. */
export const OTHER_ATTACHMENT_KEY = 'other';

/** The API's limits (AidApplicationDto), checked before sending. */
export const LIMITS = {
  businessName: 128,
  businessPlan: 10_000,
  expectedJobs: 10_000,
  items: 50,
  itemName: 64,
  quantity: 1_000_000,
  /** 1,000,000 yuan. */
  unitPriceFen: 100_000_000,
  purpose: 2000,
  statement: 2000,
  fileBytes: 10 * 1024 * 1024,
} as const;

let rowSeq = 0;

export function newMaterialRow(values: Partial<Omit<MaterialRow, 'rowId'>> = {}): MaterialRow {
  rowSeq += 1;
  return { rowId: `row-${rowSeq}`, name: '', quantity: '', unitPrice: '', ...values };
}

export function emptyForm(): AidForm {
  return {
    businessName: '',
    creditCode: '',
    businessPlan: '',
    expectedJobs: '',
    items: [newMaterialRow()],
    purpose: '',
    statement: '',
    attachments: [],
  };
}

/** The form to edit a saved application. */
export function formFromApplication(app: AidApplicationResponse): AidForm {
  const items = (app.materials?.items ?? []).map((item) =>
    newMaterialRow({
      name: item.name,
      quantity: String(item.quantity),
      unitPrice: fenToYuanText(item.unitPriceFen),
    }),
  );
  return {
    businessName: app.startup?.businessName ?? '',
    creditCode: app.startup?.creditCode ?? '',
    businessPlan: app.startup?.businessPlan ?? '',
    expectedJobs: app.startup?.expectedJobs != null ? String(app.startup.expectedJobs) : '',
    items: items.length ? items : [newMaterialRow()],
    purpose: app.materials?.purpose ?? '',
    statement: app.statement ?? '',
    attachments: app.attachments.map((a) => ({ key: a.key, fileId: a.id, name: a.name })),
  };
}

/**
 * Per-field messages. Keys: the form's field names; `items` (the list as a whole);
 * `items.<row>.name|quantity|unitPrice`; `attachments.<requirement key>`.
 */
export type FieldErrors = Record<string, string>;

/** "保存草稿" checks what is typed; "提交" also that nothing required is missing. */
export type ValidationMode = 'draft' | 'submit';

export function normalizeCreditCode(text: string): string {
  return text.replace(/\s/g, '').toUpperCase();
}

export function parsePositiveInt(text: string, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= max ? n : null;
}

function isBlankRow(row: MaterialRow): boolean {
  return !row.name.trim() && !row.quantity.trim() && !row.unitPrice.trim();
}

/** A row's amount in fen, when its quantity and price are valid. */
export function rowSubtotalFen(row: MaterialRow): number | null {
  const quantity = parsePositiveInt(row.quantity, LIMITS.quantity);
  const price = yuanToFen(row.unitPrice);
  return quantity != null && price != null && price > 0 && price <= LIMITS.unitPriceFen ? quantity * price : null;
}

/** The running total of the rows whose quantity and price are valid. */
export function materialsTotalFen(items: readonly MaterialRow[]): number {
  return items.reduce((sum, row) => sum + (rowSubtotalFen(row) ?? 0), 0);
}

export function creditCodeProblem(text: string): string | undefined {
  const code = normalizeCreditCode(text);
  if (!code) return undefined;
  if (code.length !== 18) return e.creditCodeLength;
  return isValidCreditCode(code) ? undefined : e.creditCodeInvalid;
}

/** Fills `{name}` placeholders of a catalogue string. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export function validateForm(
  form: AidForm,
  aidType: AidType,
  requirements: readonly AidAttachmentRequirement[],
  mode: ValidationMode,
): FieldErrors {
  const errors: FieldErrors = {};
  const submit = mode === 'submit';

  if (aidType === AidType.STARTUP_SUBSIDY) {
    const name = form.businessName.trim();
    if (!name && submit) errors.businessName = e.businessNameRequired;
    else if (name.length > LIMITS.businessName) errors.businessName = e.businessNameTooLong;

    const creditProblem = creditCodeProblem(form.creditCode);
    const plan = form.businessPlan.trim();
    if (creditProblem) errors.creditCode = creditProblem;
    if (plan.length > LIMITS.businessPlan) errors.businessPlan = e.businessPlanTooLong;
    if (submit && !normalizeCreditCode(form.creditCode) && !plan) {
      errors.creditCode = e.creditOrPlanRequired;
      errors.businessPlan = e.creditOrPlanRequired;
    }

    const jobs = form.expectedJobs.trim();
    if (!jobs) {
      if (submit) errors.expectedJobs = e.expectedJobsRequired;
    } else if (parsePositiveInt(jobs, LIMITS.expectedJobs) == null) errors.expectedJobs = e.expectedJobsInvalid;
  } else {
    const rows = form.items.map((row, index) => ({ row, index })).filter(({ row }) => !isBlankRow(row));
    if (!rows.length && submit) errors.items = e.itemsRequired;
    if (rows.length > LIMITS.items) errors.items = e.itemsTooMany;
    for (const { row, index } of rows) {
      const name = row.name.trim();
      if (!name) errors[`items.${index}.name`] = e.itemNameRequired;
      else if (name.length > LIMITS.itemName) errors[`items.${index}.name`] = e.itemNameTooLong;
      if (!row.quantity.trim()) errors[`items.${index}.quantity`] = e.quantityRequired;
      else if (parsePositiveInt(row.quantity, LIMITS.quantity) == null)
        errors[`items.${index}.quantity`] = e.quantityInvalid;
      const price = yuanToFen(row.unitPrice);
      if (!row.unitPrice.trim()) errors[`items.${index}.unitPrice`] = e.unitPriceRequired;
      else if (price == null || price <= 0) errors[`items.${index}.unitPrice`] = e.unitPriceInvalid;
      else if (price > LIMITS.unitPriceFen) errors[`items.${index}.unitPrice`] = e.unitPriceTooHigh;
    }
    const purpose = form.purpose.trim();
    if (!purpose && submit) errors.purpose = e.purposeRequired;
    else if (purpose.length > LIMITS.purpose) errors.purpose = e.purposeTooLong;
  }

  // The statement is the worker's own words and may be left empty (the API does not require it).
  if (form.statement.trim().length > LIMITS.statement) errors.statement = e.statementTooLong;

  if (submit) {
    for (const req of requirements) {
      if (!form.attachments.some((a) => a.key === req.key)) {
        errors[`attachments.${req.key}`] = fillTemplate(e.attachmentRequired, { label: req.label });
      }
    }
  }
  return errors;
}

/**
 * A draft may be saved before the expected number of jobs is known, so the draft's startup
 * details may leave it out (the shared `StartupDetails` requires it; a submitted one has it).
 */
export type StartupDraft = Omit<StartupDetails, 'expectedJobs'> & { expectedJobs?: number };

export interface AidApplicationDraftRequest extends Omit<AidApplicationRequest, 'startup'> {
  startup?: StartupDraft | null;
}

/** The POST/PUT body of a form that passed `validateForm` (only the programme's type is sent). */
export function toRequest(form: AidForm, programId: number, aidType: AidType): AidApplicationDraftRequest {
  const body: AidApplicationDraftRequest = {
    programId,
    startup: null,
    materials: null,
    statement: form.statement.trim(),
    attachments: form.attachments.map(({ key, fileId }) => ({ key, fileId })),
  };
  if (aidType === AidType.STARTUP_SUBSIDY) {
    const creditCode = normalizeCreditCode(form.creditCode);
    const plan = form.businessPlan.trim();
    const jobs = parsePositiveInt(form.expectedJobs, LIMITS.expectedJobs);
    const typed = form.businessName.trim() || creditCode || plan || jobs != null;
    if (typed) {
      const startup: StartupDraft = {
        businessName: form.businessName.trim(),
        creditCode: creditCode || null,
        businessPlan: plan || null,
      };
      if (jobs != null) startup.expectedJobs = jobs;
      body.startup = startup;
    }
  } else {
    const items = form.items
      .filter((row) => !isBlankRow(row))
      .map((row) => ({
        name: row.name.trim(),
        quantity: parsePositiveInt(row.quantity, LIMITS.quantity) ?? 0,
        unitPriceFen: yuanToFen(row.unitPrice) ?? 0,
      }));
    const purpose = form.purpose.trim();
    const materials: MaterialsDetails | null = items.length || purpose ? { items, purpose } : null;
    body.materials = materials;
  }
  return body;
}

/**
 * The API's field errors (`startup.creditCode`, `materials.items[2].unitPriceFen`,
 * `attachments[0].fileId`, `attachments.licence`) on the form's fields; the rest, which no field
 * shows, apart. `sent` is the attachment list of the request that failed (to name a row's key);
 * `shownKeys` the requirement keys the form shows.
 */
export function mapServerErrors(
  details: readonly FieldError[],
  sent: readonly { key: string }[] = [],
  shownKeys: readonly string[] = [],
): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  const put = (key: string, message: string) => {
    fields[key] ??= message;
  };
  for (const { field, message } of details) {
    const path = field.replace(/^(startup|materials)\./, '');
    const item = /^items\[(\d+)\](?:\.(\w+))?/.exec(path);
    const attachment = /^attachments(?:\[(\d+)\]|\.([\w-]+)|\[([^\]\d][^\]]*)\])?/.exec(path);
    if (['businessName', 'creditCode', 'businessPlan', 'expectedJobs', 'purpose', 'statement'].includes(path)) {
      put(path, message);
    } else if (item) {
      const sub = item[2] === 'unitPriceFen' ? 'unitPrice' : item[2];
      put(sub && ['name', 'quantity', 'unitPrice'].includes(sub) ? `items.${item[1]}.${sub}` : 'items', message);
    } else if (path === 'items') {
      put('items', message);
    } else if (attachment) {
      const key = attachment[1] != null ? sent[Number(attachment[1])]?.key : (attachment[2] ?? attachment[3]);
      if (key && (shownKeys.includes(key) || key === OTHER_ATTACHMENT_KEY)) put(`attachments.${key}`, message);
      else other.push(message);
    } else {
      other.push(message);
    }
  }
  return { fields, other };
}

/** The attachment requirements the form shows: the programme's, then "other" for extras. */
export function attachmentGroups(
  requirements: readonly AidAttachmentRequirement[],
  otherLabel: string,
): AidAttachmentRequirement[] {
  const groups = requirements.filter((r) => r.key !== OTHER_ATTACHMENT_KEY);
  return [...groups, { key: OTHER_ATTACHMENT_KEY, label: otherLabel }];
}

/** Which group shows an attachment: its requirement, or "other" when the programme no longer lists it. */
export function groupOf(attachment: { key: string }, requirements: readonly AidAttachmentRequirement[]): string {
  return requirements.some((r) => r.key === attachment.key) ? attachment.key : OTHER_ATTACHMENT_KEY;
}

/** A fresh Idempotency-Key (UUID v4 shape); crypto.randomUUID is not on every WeChat client. */
export function newIdempotencyKey(random: () => number = Math.random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// The worker's applications.

export interface TimelineEntry {
  id: number;
  title: string;
  time: string;
  actor: string;
  comment: string | null;
}

/** The API names the worker themself "本人" (AidEventResponse.actorName): said in the worker's language. */
const WORKER_SELF = '本人';

function actorName(name: string | null): string {
  if (name === null) return aidText.common.system;
  return name === WORKER_SELF ? aidText.common.self : name;
}

/** Every step of an application, newest first. */
export function timeline(app: Pick<AidApplicationResponse, 'events'>): TimelineEntry[] {
  return [...app.events]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
    .map((event) => ({
      id: event.id,
      title: AID_EVENT_LABELS[event.type] ?? event.type,
      time: formatDateTime(event.createdAt),
      actor: actorName(event.actorName),
      comment: event.comment?.trim() ? event.comment.trim() : null,
    }));
}

const WITHDRAWABLE: readonly AidApplicationStatus[] = [
  AidApplicationStatus.DRAFT,
  AidApplicationStatus.RETURNED,
  AidApplicationStatus.SUBMITTED,
];

export interface ApplicationActions {
  /** A draft: 继续编辑. */
  edit: boolean;
  /** Returned for amendment: 修改后重新提交. */
  resubmit: boolean;
  /** Until the first review has decided (the API's rule). */
  withdraw: boolean;
}

export function applicationActions(app: Pick<AidApplicationResponse, 'status'>): ApplicationActions {
  return {
    edit: app.status === AidApplicationStatus.DRAFT,
    resubmit: app.status === AidApplicationStatus.RETURNED,
    withdraw: WITHDRAWABLE.includes(app.status),
  };
}

export function isEditable(status: AidApplicationStatus): boolean {
  return AID_EDITABLE_STATUSES.includes(status);
}

export type StatusTone = 'default' | 'primary' | 'success' | 'warning' | 'danger';

export function statusTone(status: AidApplicationStatus): StatusTone {
  switch (status) {
    case AidApplicationStatus.DRAFT:
    case AidApplicationStatus.WITHDRAWN:
      return 'default';
    case AidApplicationStatus.SUBMITTED:
    case AidApplicationStatus.FIRST_APPROVED:
      return 'primary';
    case AidApplicationStatus.RETURNED:
    case AidApplicationStatus.PUBLICIZING:
      return 'warning';
    case AidApplicationStatus.APPROVED:
    case AidApplicationStatus.CONFIRMED:
    case AidApplicationStatus.PAID:
      return 'success';
    case AidApplicationStatus.REJECTED:
    case AidApplicationStatus.REVOKED:
      return 'danger';
  }
}
