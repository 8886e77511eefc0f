import {
  GigPayKind,
  JobEventKind,
  type GigJobRequest,
  type JobEventRequest,
  type JobPostingRequest,
} from '@steadywork/shared';
import type { TestApp } from '../helpers/test-app';

const DAY = 86_400_000;
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** A welder's posting of hr_demo's company in 城东区, valid for 30 days from the app's clock. */
export function postingRequest(t: TestApp, overrides: Partial<JobPostingRequest> = {}): JobPostingRequest {
  return {
    title: '电焊工',
    occupation: '焊工',
    regionCode: '630102',
    address: '西宁市城东区八一东路 12 号',
    latitude: 36.6121,
    longitude: 101.8157,
    headcount: 5,
    wageMinFen: 450_000,
    wageMaxFen: 650_000,
    skills: ['焊工'],
    education: null,
    ageMin: 18,
    ageMax: 55,
    contactName: '王经理',
    contactPhone: '0971-6123456',
    description: '钢结构厂房焊接，持证上岗，包吃住。',
    validUntil: shanghaiDay(new Date(t.clock.now().getTime() + 30 * DAY)),
    ...overrides,
  };
}

/** A two-day welding gig in 城东区 from tomorrow, paid ¥300 a day. */
export function gigRequest(t: TestApp, overrides: Partial<GigJobRequest> = {}): GigJobRequest {
  return {
    title: '厂房钢架补焊',
    kinds: ['焊工'],
    startsOn: shanghaiDay(new Date(t.clock.now().getTime() + DAY)),
    days: 2,
    hoursPerDay: 8,
    payKind: GigPayKind.DAY,
    payFen: 30_000,
    pieceUnit: null,
    headcount: 2,
    regionCode: '630102',
    address: '西宁市城东区八一东路 12 号',
    latitude: 36.6121,
    longitude: 101.8157,
    contactName: '王经理',
    contactPhone: '0971-6123456',
    description: '自带焊工证，管午饭',
    ...overrides,
  };
}

/** A 服务月 job fair from today for 20 days at a venue, with no employers or postings yet. */
export function eventRequest(t: TestApp, overrides: Partial<JobEventRequest> = {}): JobEventRequest {
  return {
    kind: JobEventKind.SERVICE_MONTH,
    title: '2026 年工会就业创业服务月·西宁专场',
    startsOn: shanghaiDay(t.clock.now()),
    endsOn: shanghaiDay(new Date(t.clock.now().getTime() + 20 * DAY)),
    online: false,
    venue: '西宁市城东区职工服务中心一楼大厅',
    onlineUrl: null,
    description: '现场招聘、职业指导、政策咨询',
    employerIds: [],
    postingIds: [],
    ...overrides,
  };
}
