import { parseResidentId, residentIdCheckChar, RESIDENT_ID_PROBLEM_MESSAGES } from './resident-id';

describe('resident ID number (GB 11643, ISO 7064 MOD 11-2)', () => {
  it('accepts the standard’s worked example and derives birth date and sex', () => {
    // GB 11643-1999 appendix example
    expect(parseResidentId('11010519491231002X')).toEqual({
      valid: true,
      birthDate: '1949-12-31',
      sex: 'F',
      regionCode: '110105',
    });
  });

  it('computes the check character, including X for 10', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(parseResidentId(' 11010519491231002x ').valid).toBe(true);
  });

  it('reads the sex from the 17th digit: odd is male', () => {
    const first17 = '63010219900101001';
    const id = first17 + residentIdCheckChar(first17);
    expect(parseResidentId(id)).toMatchObject({ valid: true, sex: 'M', birthDate: '1990-01-01', regionCode: '630102' });
  });

  it('refuses a wrong check digit', () => {
    expect(parseResidentId('110105194912310021')).toEqual({ valid: false, problem: 'checkDigit' });
  });

  it.each([
    ['11010519491231002', 'length'],
    ['1101051949123100211', 'length'],
    ['11010519491231A02X', 'format'],
    ['110105194902300021', 'birthDate'],
    ['110105189912310021', 'birthDate'],
  ])('refuses %s (%s)', (id, problem) => {
    expect(parseResidentId(id)).toMatchObject({ valid: false, problem });
  });

  it('refuses a birth date in the future', () => {
    const first17 = '63010220990101001';
    expect(parseResidentId(first17 + residentIdCheckChar(first17), new Date('2026-11-23')).problem).toBe('birthDate');
  });

  it('has a Chinese message for every problem', () => {
    for (const message of Object.values(RESIDENT_ID_PROBLEM_MESSAGES)) expect(message).toMatch(/身份证/);
  });
});
