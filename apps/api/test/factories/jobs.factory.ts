import type { JobPostingRequest } from '@steadywork/shared';
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
