/**
 * Field rules in one place: the API's DTOs (through `@Rule()` in apps/api/src/common/validation.ts)
 * and the forms of both front ends read the same pattern, length and default message, so changing
 * a rule here changes it everywhere. A form may word its message differently (it names the field
 * on screen); the pattern and the lengths are never written a second time.
 */
/** @internal A rule the DTOs and forms apply; never part of a request or an answer. */
export interface FieldRule {
  readonly pattern: RegExp;
  /** What follows the field's name when the pattern does not match (「联系电话」+「格式不正确」). */
  readonly message: string;
  readonly maxLength?: number;
}

export const FIELD_RULES = {
  /** A calendar date as the API exchanges it. */
  date: { pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式应为 YYYY-MM-DD' },
  /** A contact number: mobile, landline with area code and extension, or a hotline. */
  contactPhone: { pattern: /^[0-9+\-() ]{5,32}$/, message: '格式不正确', maxLength: 32 },
  /** A person's name as written on an ID card (Chinese, Latin letters, the middle dot). */
  personName: { pattern: /^[\u4e00-\u9fa5·A-Za-z\s]+$/, message: '只能包含汉字、字母和·', maxLength: 64 },
  /** A 6-digit administrative division code (county level unless the field says otherwise). */
  regionCode: { pattern: /^\d{6}$/, message: '应为 6 位行政区划代码' },
  /** A short machine key the staff define (aid attachment kinds, star-checklist criteria). */
  key: { pattern: /^[a-z][a-z0-9_]{0,31}$/, message: '只能是小写字母、数字和下划线', maxLength: 32 },
  /** A staff account's login name. */
  username: { pattern: /^[A-Za-z][A-Za-z0-9_.-]*$/, message: '须以字母开头，只含字母、数字、_ . -', maxLength: 64 },
  /** The 6 digits of an SMS code or a class's check-in code. */
  sixDigits: { pattern: /^\d{6}$/, message: '应为 6 位数字' },
} as const satisfies Record<string, FieldRule>;

/** The message a form or DTO shows for a field that breaks its rule: 「联系电话格式不正确」. */
export function ruleMessage(rule: FieldRule, label: string): string {
  return `${label}${rule.message}`;
}

/** Lengths of free text, by what the text is. */
export const TEXT_LIMITS = {
  name: 64,
  title: 128,
  address: 255,
  reason: 255,
  note: 500,
  description: 2000,
} as const;
