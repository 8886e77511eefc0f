import { EmploymentStatus, residentIdCheckChar, type WorkerProfileInput } from '@steadywork/shared';

let seq = 0;

/** A valid resident ID number in a region, unique within the test process (birth date and sequence vary). */
export function residentId(regionCode = '630102'): string {
  seq += 1;
  const birth = new Date(Date.UTC(1960, 0, 1) + (seq % 12_000) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  const first17 = `${regionCode}${birth}${String(Math.floor(seq / 12_000) % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export function phoneNumber(): string {
  seq += 1;
  return `139${String(seq % 100_000_000).padStart(8, '0')}`;
}

export function workerProfile(overrides: Partial<WorkerProfileInput> = {}): WorkerProfileInput {
  return {
    name: '李梅',
    idNumber: residentId(overrides.regionCode ?? '630102'),
    phone: phoneNumber(),
    regionCode: '630102',
    ethnicity: '藏族',
    employmentStatus: EmploymentStatus.UNEMPLOYED,
    skills: ['家政服务'],
    ...overrides,
  };
}
