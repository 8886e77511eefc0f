export interface PasswordPolicy {
  minLength: number;
  /** How many of the four classes (lower, upper, digit, symbol) are required. */
  minClasses: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, minClasses: 3 };

export function passwordClassCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

/** Returns a Chinese message when the password breaks the policy, or null. */
export function checkPassword(password: string, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): string | null {
  if (typeof password !== 'string' || password.length < policy.minLength) {
    return `密码至少 ${policy.minLength} 位`;
  }
  if (password.length > 128) return '密码不能超过 128 位';
  if (passwordClassCount(password) < policy.minClasses) {
    return `密码须包含大写字母、小写字母、数字、符号中的至少 ${policy.minClasses} 类`;
  }
  return null;
}
