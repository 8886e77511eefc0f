import { AttendanceStatus } from '@steadywork/shared';
import { countsFor } from './attendance.service';
import { maskName } from '@steadywork/shared';
import { meetsThreshold, verificationCode } from './completions.service';
import { parseCsv } from './online-learning.service';

describe('training rules', () => {
  it('completes at exactly the threshold and not one session below, in whole numbers', () => {
    expect(meetsThreshold(4, 5, 80)).toBe(true);
    expect(meetsThreshold(3, 5, 80)).toBe(false);
    expect(meetsThreshold(7, 9, 80)).toBe(false); // 77.8%
    expect(meetsThreshold(8, 10, 80)).toBe(true);
    expect(meetsThreshold(0, 0, 80)).toBe(false);
  });

  it('does not count a session that ended before the worker took their place, unless they attended it', () => {
    const session = { endsAt: new Date('2026-06-01T04:00:00Z') };
    const before = { enrolledAt: new Date('2026-05-30T00:00:00Z'), createdAt: new Date('2026-05-30T00:00:00Z') };
    const after = { enrolledAt: new Date('2026-06-02T00:00:00Z'), createdAt: new Date('2026-05-30T00:00:00Z') };
    expect(countsFor(session, before, null)).toBe(true);
    expect(countsFor(session, after, null)).toBe(false);
    expect(countsFor(session, after, { status: AttendanceStatus.ABSENT })).toBe(false);
    expect(countsFor(session, after, { status: AttendanceStatus.LATE })).toBe(true);
  });

  it('masks names and makes readable verification codes', () => {
    expect(maskName('李梅')).toBe('李*');
    expect(maskName('卓玛才让')).toBe('卓**让');
    expect(maskName('王')).toBe('王');
    expect(verificationCode()).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
  });

  it('reads CSV with quotes, doubled quotes and CRLF', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '', '3'],
    ]);
  });
});
