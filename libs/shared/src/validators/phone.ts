/** Mainland China mobile number: 11 digits starting 1[3-9]. */
export function isValidMobile(input: string): boolean {
  return /^1[3-9]\d{9}$/.test((input ?? '').trim());
}
