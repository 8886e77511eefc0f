import {
  CENTER_SERVICE_LABELS,
  CenterService,
  DisputeType,
  REQUESTABLE_SERVICES,
  SERVICE_REQUEST_STATUS_LABELS,
  ServiceRequestStatus,
  type CenterQuery,
  type CenterResponse,
  type FieldError,
  type ServiceRequestInput,
  type ServiceRequestResponse,
  FIELD_RULES,
} from '@steadywork/shared';
import { centersText } from './locales';
import type { LatLng, ListOrigin } from '@/services/location';

const e = centersText.errors;

/** Fills `{name}` placeholders of a catalogue string. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

// ---------------------------------------------------------------------------------------------
// Distance, stars and services.

/** 350 → "350 m", 1234 → "1.2 km", 125400 → "125 km" in the current language; '' when unknown. */
export function formatDistance(meters: number | null | undefined): string {
  if (meters == null || !Number.isFinite(meters) || meters < 0) return '';
  const rounded = Math.round(meters);
  const units = centersText.units;
  if (rounded < 1000) return fillTemplate(units.meters, { n: rounded });
  const km = meters / 1000;
  if (km < 100) return fillTemplate(units.kilometers, { n: (Math.round(km * 10) / 10).toFixed(1) });
  return fillTemplate(units.kilometers, { n: Math.round(km) });
}

/** 3 → "★★★☆☆"; null (never rated) → ''. */
export function starsText(stars: number | null | undefined): string {
  if (stars == null || !Number.isFinite(stars)) return '';
  const n = Math.max(0, Math.min(5, Math.round(stars)));
  return `${'★'.repeat(n)}${'☆'.repeat(5 - n)}`;
}

/** 4.25 → "4.3"; null → null. */
export function formatRating(rating: number | null | undefined): string | null {
  if (rating == null || !Number.isFinite(rating)) return null;
  return (Math.round(rating * 10) / 10).toFixed(1);
}

export function serviceLabel(service: CenterService): string {
  return CENTER_SERVICE_LABELS[service] ?? service;
}

/** The filter chips: the requestable services first, then the stations' amenities. */
export const FILTER_SERVICES: readonly CenterService[] = [
  ...REQUESTABLE_SERVICES,
  ...Object.values(CenterService).filter((s) => !REQUESTABLE_SERVICES.includes(s)),
];

export function isRequestable(service: CenterService): boolean {
  return REQUESTABLE_SERVICES.includes(service);
}

/** A center's services split into what a worker can ask for and what is just there to use. */
export function splitServices(services: readonly CenterService[]): {
  requestable: CenterService[];
  amenities: CenterService[];
} {
  const order = (list: CenterService[]) => list.sort((a, b) => FILTER_SERVICES.indexOf(a) - FILTER_SERVICES.indexOf(b));
  return {
    requestable: order(services.filter(isRequestable)),
    amenities: order(services.filter((s) => !isRequestable(s))),
  };
}

// ---------------------------------------------------------------------------------------------
// Where the list starts from: the worker's location, else their registered region.

export type { LatLng, ListOrigin };

export const CENTERS_PAGE_SIZE = 20;

/** The query of one page of GET /centers. */
export function buildCenterQuery(
  origin: ListOrigin,
  service: CenterService | null,
  page: number,
  options: { withRegion?: boolean } = {},
): CenterQuery {
  const query: CenterQuery = { page, pageSize: CENTERS_PAGE_SIZE };
  if (service) query.service = service;
  if (origin.kind === 'location') {
    // Six decimals are about 10 cm: enough, and the URL stays short.
    query.lat = Math.round(origin.location.latitude * 1e6) / 1e6;
    query.lng = Math.round(origin.location.longitude * 1e6) / 1e6;
  } else if (origin.kind === 'region' && options.withRegion !== false) {
    query.regionCode = origin.regionCode;
  }
  return query;
}

/**
 * How near a center's region is to the worker's (6-digit codes: 2 province, 4 city, 6 county):
 * 3 the same county, 2 the same city, 1 the same province, 0 elsewhere.
 */
export function regionAffinity(workerRegion: string, centerRegion: string): number {
  if (!workerRegion || !centerRegion) return 0;
  if (workerRegion === centerRegion) return 3;
  if (workerRegion.slice(0, 4) === centerRegion.slice(0, 4)) return 2;
  if (workerRegion.slice(0, 2) === centerRegion.slice(0, 2)) return 1;
  return 0;
}

/** The worker's own county first, then their city, then the province; the API's order within each. */
export function sortByRegion<T extends Pick<CenterResponse, 'regionCode'>>(
  centers: readonly T[],
  regionCode: string,
): T[] {
  return centers
    .map((center, index) => ({ center, index, affinity: regionAffinity(regionCode, center.regionCode) }))
    .sort((a, b) => b.affinity - a.affinity || a.index - b.index)
    .map(({ center }) => center);
}

/** The note above the list saying how it is ordered. */
export function originNote(origin: ListOrigin, widened: boolean): string {
  const m = centersText.list;
  switch (origin.kind) {
    case 'location':
      return m.byDistance;
    case 'region':
      return fillTemplate(widened ? m.byRegionWidened : m.byRegion, { region: origin.regionName || origin.regionCode });
    case 'none':
      return m.noOrigin;
  }
}

export { mergePage } from '@/components/kit/merge-page';

// ---------------------------------------------------------------------------------------------
// The map (WeChat): one marker per center.

export interface CenterMarker {
  id: number;
  latitude: number;
  longitude: number;
  title: string;
  iconPath: string;
  width: number;
  height: number;
  callout: {
    content: string;
    color: string;
    fontSize: number;
    anchorX: number;
    anchorY: number;
    borderRadius: number;
    borderWidth: number;
    borderColor: string;
    bgColor: string;
    padding: number;
    display: 'BYCLICK' | 'ALWAYS';
    textAlign: 'left' | 'right' | 'center';
  };
}

export function centerMarkers(
  centers: readonly Pick<CenterResponse, 'id' | 'name' | 'latitude' | 'longitude' | 'distanceMeters'>[],
  iconPath: string,
): CenterMarker[] {
  return centers
    .filter((c) => Number.isFinite(c.latitude) && Number.isFinite(c.longitude))
    .map((c) => {
      const distance = formatDistance(c.distanceMeters);
      return {
        id: c.id,
        latitude: c.latitude,
        longitude: c.longitude,
        title: c.name,
        iconPath,
        width: 32,
        height: 40,
        callout: {
          content: distance ? `${c.name} · ${distance}` : c.name,
          color: '#333333',
          fontSize: 13,
          anchorX: 0,
          anchorY: 0,
          borderRadius: 6,
          borderWidth: 1,
          borderColor: '#c8161d',
          bgColor: '#ffffff',
          padding: 8,
          display: 'BYCLICK',
          textAlign: 'center',
        },
      };
    });
}

/** Where the map opens: the worker, else the first center, else Xining. */
export function mapCenter(origin: ListOrigin, centers: readonly LatLng[]): LatLng {
  if (origin.kind === 'location') return origin.location;
  const first = centers.find((c) => Number.isFinite(c.latitude) && Number.isFinite(c.longitude));
  return first ? { latitude: first.latitude, longitude: first.longitude } : { latitude: 36.6171, longitude: 101.7782 };
}

/** A web map's marker page (no SDK; Amap's URI API, GCJ-02) for directions in a browser without WeChat. */
export function webMapUrl(center: Pick<CenterResponse, 'latitude' | 'longitude' | 'name' | 'address'>): string {
  const name = encodeURIComponent(center.address ? `${center.name}（${center.address}）` : center.name);
  return `https://uri.amap.com/marker?position=${center.longitude},${center.latitude}&name=${name}&src=steadywork&coordinate=gaode&callnative=1`;
}

// ---------------------------------------------------------------------------------------------
// Dates: the API sends ISO UTC; the worker reads Asia/Shanghai, which is UTC+8 all year.

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

/** "YYYY-MM-DD" as it is; an ISO date-time as its date in Asia/Shanghai. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (FIELD_RULES.date.pattern.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : shanghaiParts(ms).date;
}

/** Today's date in Asia/Shanghai, plus `days`. */
export function shanghaiDate(now: Date, days = 0): string {
  return shanghaiParts(now.getTime() + days * 24 * 60 * 60 * 1000).date;
}

/** A date and time picked in Beijing time as the ISO instant the API takes; null when no date. */
export function preferredTimeIso(date: string, time: string): string | null {
  if (!FIELD_RULES.date.pattern.test(date)) return null;
  const hhmm = /^\d{2}:\d{2}$/.test(time) ? time : DEFAULT_PREFERRED_TIME;
  const ms = Date.parse(`${date}T${hhmm}:00+08:00`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The time a date picked without a time stands for (the start of office hours). */
export const DEFAULT_PREFERRED_TIME = '09:00';

// ---------------------------------------------------------------------------------------------
// The service request form.

export interface RequestAttachment {
  fileId: string;
  name: string;
}

/** What the form holds, as typed or picked. */
export interface RequestForm {
  serviceType: CenterService | '';
  disputeType: DisputeType | '';
  description: string;
  /** YYYY-MM-DD, Beijing time; '' when none. */
  date: string;
  /** HH:mm; '' when none. */
  time: string;
  attachments: RequestAttachment[];
}

export const REQUEST_LIMITS = {
  description: 2000,
  comment: 500,
  attachments: 9,
  fileBytes: 10 * 1024 * 1024,
} as const;

export const DISPUTE_TYPES: readonly DisputeType[] = [
  DisputeType.WAGES_OWED,
  DisputeType.CONTRACT,
  DisputeType.INJURY,
  DisputeType.DISMISSAL,
  DisputeType.OTHER,
];

/** A new form: the service preselected when asked for (and offered) or when the center offers only one. */
export function emptyRequestForm(offered: readonly CenterService[], wanted?: string | null): RequestForm {
  const requestable = offered.filter(isRequestable);
  const preset = requestable.find((s) => s === wanted) ?? (requestable.length === 1 ? requestable[0] : '');
  return { serviceType: preset, disputeType: '', description: '', date: '', time: '', attachments: [] };
}

export function needsDisputeType(service: CenterService | ''): boolean {
  return service === CenterService.LEGAL_AID;
}

/**
 * Per-field messages, keyed by the form's fields: serviceType, disputeType, description,
 * preferredTime, attachments.
 */
export type FieldErrors = Partial<Record<RequestField, string>>;
export type RequestField = 'serviceType' | 'disputeType' | 'description' | 'preferredTime' | 'attachments';

export function validateRequestForm(form: RequestForm, offered: readonly CenterService[], now: Date): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.serviceType) errors.serviceType = e.serviceTypeRequired;
  else if (!offered.includes(form.serviceType) || !isRequestable(form.serviceType))
    errors.serviceType = e.serviceTypeNotOffered;

  if (needsDisputeType(form.serviceType) && !form.disputeType) errors.disputeType = e.disputeTypeRequired;

  const description = form.description.trim();
  if (!description) errors.description = e.descriptionRequired;
  else if (description.length > REQUEST_LIMITS.description) errors.description = e.descriptionTooLong;

  if (form.time && !form.date) errors.preferredTime = e.dateRequired;
  else if (form.date) {
    const iso = preferredTimeIso(form.date, form.time);
    if (iso && Date.parse(iso) < now.getTime()) errors.preferredTime = e.timeInPast;
  }

  if (form.attachments.length > REQUEST_LIMITS.attachments)
    errors.attachments = fillTemplate(e.tooManyFiles, { max: REQUEST_LIMITS.attachments });
  return errors;
}

/** The body of POST /service-requests: trimmed text, the dispute type only for legal aid. */
export function toServiceRequestInput(form: RequestForm, centerId: number): ServiceRequestInput {
  const body: ServiceRequestInput = {
    centerId,
    serviceType: form.serviceType as CenterService,
    description: form.description.trim(),
    attachments: form.attachments.map((a) => a.fileId),
  };
  const preferredTime = preferredTimeIso(form.date, form.time);
  if (preferredTime) body.preferredTime = preferredTime;
  if (needsDisputeType(form.serviceType) && form.disputeType) body.disputeType = form.disputeType;
  return body;
}

const FORM_FIELDS: readonly RequestField[] = ['serviceType', 'disputeType', 'description', 'preferredTime'];

/** A 400's `details` beside the fields they name; the rest (e.g. centerId) as messages to show. */
export function mapServerErrors(details: readonly FieldError[]): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const { field, message } of details) {
    const key = field.replace(/\[\d+\]|\.\d+/g, '');
    if ((FORM_FIELDS as readonly string[]).includes(key)) fields[key as RequestField] ??= message;
    else if (key === 'attachments') fields.attachments ??= message;
    else other.push(message);
  }
  return { fields, other };
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
// The worker's requests.

export type StatusTone = 'default' | 'primary' | 'success' | 'warning' | 'danger';

export interface RequestView {
  label: string;
  tone: StatusTone;
  /** Still waiting past the acceptance deadline. */
  overdue: boolean;
  /** cancel: only while it waits to be accepted. */
  canCancel: boolean;
  /** rating: closed and not rated yet. */
  canRate: boolean;
  /** The worker's rating, once given. */
  rated: boolean;
}

const TONES: Record<ServiceRequestStatus, StatusTone> = {
  [ServiceRequestStatus.PENDING]: 'warning',
  [ServiceRequestStatus.ACCEPTED]: 'primary',
  [ServiceRequestStatus.CLOSED]: 'success',
  [ServiceRequestStatus.CANCELLED]: 'default',
};

export function requestView(req: Pick<ServiceRequestResponse, 'status' | 'overdue' | 'rating'>): RequestView {
  const pending = req.status === ServiceRequestStatus.PENDING;
  const closed = req.status === ServiceRequestStatus.CLOSED;
  return {
    label: SERVICE_REQUEST_STATUS_LABELS[req.status] ?? req.status,
    tone: TONES[req.status] ?? 'default',
    overdue: pending && req.overdue,
    canCancel: pending,
    canRate: closed && req.rating == null,
    rated: req.rating != null,
  };
}

/** Newest first. */
export function sortRequests<T extends Pick<ServiceRequestResponse, 'id' | 'createdAt'>>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
}

/** Service records oldest first, as they happened. */
export function sortRecords<T extends { id: number; servedOn: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => a.servedOn.localeCompare(b.servedOn) || a.id - b.id);
}

/** The rating form's problems: a score is required, the comment is short. */
export function validateRating(rating: number, comment: string): { rating?: string; comment?: string } {
  const errors: { rating?: string; comment?: string } = {};
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) errors.rating = e.ratingRequired;
  if (comment.trim().length > REQUEST_LIMITS.comment) errors.comment = e.commentTooLong;
  return errors;
}
