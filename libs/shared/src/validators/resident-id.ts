/**
 * Resident identity number (居民身份证号码), GB 11643-1999: 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd = male), and a check character by ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'length' | 'format' | 'birthDate' | 'checkDigit';

export interface ResidentIdInfo {
  valid: boolean;
  problem?: ResidentIdProblem;
  /** YYYY-MM-DD */
  birthDate?: string;
  sex?: 'M' | 'F';
  regionCode?: string;
}

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export function parseResidentId(input: string, today: Date = new Date()): ResidentIdInfo {
  const id = (input ?? '').trim().toUpperCase();
  if (id.length !== 18) return { valid: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(id)) return { valid: false, problem: 'format' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  const isRealDate = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
  if (!isRealDate || y < 1900 || birth.getTime() > today.getTime()) {
    return { valid: false, problem: 'birthDate' };
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) {
    return { valid: false, problem: 'checkDigit' };
  }
  return {
    valid: true,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? 'M' : 'F',
    regionCode: id.slice(0, 6),
  };
}

export function isValidResidentId(input: string): boolean {
  return parseResidentId(input).valid;
}

export const RESIDENT_ID_PROBLEM_MESSAGES: Record<ResidentIdProblem, string> = {
  length: '身份证号码应为18位',
  format: '身份证号码格式不正确（前17位为数字，末位为数字或X）',
  birthDate: '身份证号码中的出生日期不正确',
  checkDigit: '身份证号码有误，请对照身份证逐位核对',
};
