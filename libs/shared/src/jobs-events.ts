import { localizedLabels } from './i18n/labels';
/**
 * Recruitment events (招聘活动), cross-province placement (对口援青) and public-welfare posts
 * (公益性岗位): the parts of the jobs module beyond the posting → hire line (SPEC §7).
 */

/** The kinds of recruitment event the union runs (seed 000 二(一), seed 001). */
export enum JobEventKind {
  /** 工会就业创业服务月 */
  SERVICE_MONTH = 'SERVICE_MONTH',
  /** 阳光就业行动 */
  SUNSHINE = 'SUNSHINE',
  /** 网上招聘会 */
  ONLINE_FAIR = 'ONLINE_FAIR',
  /** 专场招聘会 (劳务协作、对口援青…) */
  JOB_FAIR = 'JOB_FAIR',
}

export const JOB_EVENT_KIND_LABELS: Record<JobEventKind, string> = localizedLabels('JOB_EVENT_KIND_LABELS', {
  [JobEventKind.SERVICE_MONTH]: '工会就业创业服务月',
  [JobEventKind.SUNSHINE]: '阳光就业行动',
  [JobEventKind.ONLINE_FAIR]: '网上招聘会',
  [JobEventKind.JOB_FAIR]: '专场招聘会',
});

/** Staff draft an event and publish it; workers see published events only. */
export enum JobEventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  /** Not stored: a published event whose last day has passed. */
  ENDED = 'ENDED',
}

export const JOB_EVENT_STATUS_LABELS: Record<JobEventStatus, string> = localizedLabels('JOB_EVENT_STATUS_LABELS', {
  [JobEventStatus.DRAFT]: '草稿',
  [JobEventStatus.PUBLISHED]: '已发布',
  [JobEventStatus.ENDED]: '已结束',
});

export interface JobEventRequest {
  kind: JobEventKind;
  title: string;
  /** First and last day (Asia/Shanghai), inclusive. */
  startsOn: string;
  endsOn: string;
  /** True: held online (`onlineUrl` required); false: at `venue`. */
  online: boolean;
  venue?: string | null;
  onlineUrl?: string | null;
  description?: string | null;
  /** Participating employers (any in the registry). */
  employerIds: number[];
  /** Postings shown at the event: approved (open) ones only; their employers participate too. */
  postingIds: number[];
}

/** The figures of an event, counted from its records. */
export interface JobEventFigures {
  employers: number;
  postings: number;
  signups: number;
  attended: number;
  /** Interviews recorded at the event (a sign-up may have had several). */
  interviews: number;
  /** Applications to the event's postings hired with a start date within the event's period. */
  hires: number;
}

export interface JobEventEmployer {
  id: number;
  name: string;
  regionName: string;
  partnerUnionName: string | null;
}

export interface JobEventPosting {
  id: number;
  title: string;
  employerName: string;
  regionName: string;
  wageMinFen: number;
  wageMaxFen: number;
  headcount: number;
  partnerUnionName: string | null;
}

export interface JobEventResponse {
  id: number;
  kind: JobEventKind;
  title: string;
  /** The organiser's region (their scope): the event is shown to workers living in it. */
  regionCode: string;
  regionName: string;
  startsOn: string;
  endsOn: string;
  online: boolean;
  venue: string | null;
  onlineUrl: string | null;
  description: string | null;
  status: JobEventStatus;
  employers: JobEventEmployer[];
  postings: JobEventPosting[];
  figures: JobEventFigures;
  createdBy: string;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An event as a worker sees it, with their own sign-up. */
export interface MyJobEvent extends Omit<JobEventResponse, 'figures' | 'createdBy'> {
  signedUp: boolean;
  signedUpAt: string | null;
  attended: boolean;
}

export interface JobEventSignupResponse {
  id: number;
  eventId: number;
  workerId: number;
  workerName: string;
  idNumberMasked: string;
  phoneMasked: string;
  regionCode: string;
  regionName: string;
  attended: boolean;
  /** How many interviews the worker had at the event. */
  interviews: number;
  note: string | null;
  recordedBy: string | null;
  createdAt: string;
}

export interface JobEventSignupRecordRequest {
  attended: boolean;
  interviews: number;
  note?: string | null;
}

/** A partner union of 对口援青 (the six provinces and cities that assist Qinghai). */
export interface PartnerUnionResponse {
  id: number;
  code: string;
  name: string;
  province: string;
  /** The Qinghai prefecture the partner assists. */
  pairedRegionCode: string;
  pairedRegionName: string;
}

/** Kinds of posting: the market's, or a public-welfare post (公益性岗位) only staff fill. */
export enum JobPostingKind {
  MARKET = 'MARKET',
  PUBLIC_WELFARE = 'PUBLIC_WELFARE',
}

export const JOB_POSTING_KIND_LABELS: Record<JobPostingKind, string> = localizedLabels('JOB_POSTING_KIND_LABELS', {
  [JobPostingKind.MARKET]: '市场岗位',
  [JobPostingKind.PUBLIC_WELFARE]: '公益性岗位',
});

/** Staff place a worker the market did not place on a public-welfare post. */
export interface PublicWelfareAssignRequest {
  workerId: number;
  startsOn: string;
  note?: string;
}

/** The 对口援青 figures of one partner union for the year. */
export interface PartnerUnionFigures {
  partnerUnionId: number;
  name: string;
  openPostings: number;
  /** Applications and referrals to its employers' postings made in the year (workers sent). */
  sent: number;
  hires: number;
}
