import {
  addDays,
  congressPasses,
  daysBetween,
  earliestLawfulDate,
  isStatutoryLayoff,
  isTransferLate,
  isWorkerSettled,
  noticeShortfallDays,
} from './layoffs';

describe('economic layoff rules', () => {
  it('is statutory at 20 or more at once, or under 20 but at least 10% of the workforce', () => {
    expect(isStatutoryLayoff(200, 25)).toBe(true);
    expect(isStatutoryLayoff(10_000, 20)).toBe(true);
    expect(isStatutoryLayoff(10_000, 19)).toBe(false);
    expect(isStatutoryLayoff(100, 10)).toBe(true);
    expect(isStatutoryLayoff(100, 9)).toBe(false);
    expect(isStatutoryLayoff(95, 10)).toBe(true);
    expect(isStatutoryLayoff(101, 10)).toBe(false);
    expect(isStatutoryLayoff(0, 5)).toBe(false);
    expect(isStatutoryLayoff(50, 0)).toBe(false);
  });

  it('the earliest lawful date is 30 calendar days after the notice, across months and leap years', () => {
    expect(earliestLawfulDate('2026-12-01')).toBe('2026-12-31');
    expect(earliestLawfulDate('2026-12-15')).toBe('2027-01-14');
    expect(earliestLawfulDate('2028-02-01')).toBe('2028-03-02');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysBetween('2026-12-01', '2026-12-11')).toBe(10);
  });

  it('counts the days a notice falls short', () => {
    expect(noticeShortfallDays('2026-12-01', '2026-12-11')).toBe(20);
    expect(noticeShortfallDays('2026-12-01', '2026-12-31')).toBe(0);
    expect(noticeShortfallDays('2026-12-01', '2027-02-01')).toBe(0);
  });

  it('the congress passes with a majority of those present', () => {
    expect(congressPasses(50, 40)).toBe(true);
    expect(congressPasses(50, 26)).toBe(true);
    expect(congressPasses(50, 25)).toBe(false);
    expect(congressPasses(50, 20)).toBe(false);
    expect(congressPasses(0, 0)).toBe(false);
  });

  it('a worker is settled only when compensation is recorded and paid and nothing is owed', () => {
    const done = {
      compensationOwedFen: 3_000_000,
      compensationPaidFen: 3_000_000,
      wageArrearsFen: 0,
      unpaidInsuranceMonths: 0,
      certificateIssuedOn: '2026-12-11',
      transferredOn: '2026-12-20',
    };
    expect(isWorkerSettled(done)).toBe(true);
    expect(isWorkerSettled({ ...done, compensationOwedFen: null, compensationPaidFen: 0 })).toBe(false);
    expect(isWorkerSettled({ ...done, compensationPaidFen: 2_999_999 })).toBe(false);
    expect(isWorkerSettled({ ...done, wageArrearsFen: 1 })).toBe(false);
    expect(isWorkerSettled({ ...done, unpaidInsuranceMonths: 2 })).toBe(false);
    expect(isWorkerSettled({ ...done, certificateIssuedOn: null })).toBe(false);
    expect(isWorkerSettled({ ...done, transferredOn: null })).toBe(false);
  });

  it('the file and insurance transfer is late after 15 days', () => {
    expect(isTransferLate('2026-12-11', '2026-12-26', '2027-01-30')).toBe(false);
    expect(isTransferLate('2026-12-11', '2026-12-27', '2026-12-27')).toBe(true);
    expect(isTransferLate('2026-12-11', null, '2026-12-26')).toBe(false);
    expect(isTransferLate('2026-12-11', null, '2026-12-27')).toBe(true);
  });
});
