import {
  EDUCATION_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  ETHNICITIES,
  RegionLevel,
  SELF_DECLARED_TAGS,
  isValidMobile,
  parseResidentId,
  type Education,
  type EmploymentStatus,
  type FieldError,
  type MyProfileRequest,
  type RegionNode,
  type WorkerResponse,
  type WorkerTag,
  FIELD_RULES,
} from '@steadywork/shared';
import { getLanguage } from '@/i18n';
import { workerText } from './locales';
import { ETHNICITY_NAMES } from './locales/ethnicities';

const m = workerText;

/** What the registration form holds: text as typed, choices as codes ('' = not chosen). */
export interface ProfileForm {
  name: string;
  idNumber: string;
  phone: string;
  ethnicity: string;
  regionCode: string;
  /** What the region field shows: "Xining Chengdong", or the server's full name when editing. */
  regionLabel: string;
  employer: string;
  unionMember: boolean;
  employmentStatus: EmploymentStatus | '';
  education: Education | '';
  /** Comma-separated, as typed. */
  skills: string;
  employmentIntention: string;
  trainingNeeds: string;
  tags: WorkerTag[];
}

export type FormField = Exclude<keyof ProfileForm, 'regionLabel'>;
export type FieldErrors = Partial<Record<FormField, string>>;

const FORM_FIELDS: readonly FormField[] = [
  'name',
  'idNumber',
  'phone',
  'ethnicity',
  'regionCode',
  'employer',
  'unionMember',
  'employmentStatus',
  'education',
  'skills',
  'employmentIntention',
  'trainingNeeds',
  'tags',
];

export const EMPTY_FORM: ProfileForm = {
  name: '',
  idNumber: '',
  phone: '',
  ethnicity: '',
  regionCode: '',
  regionLabel: '',
  employer: '',
  unionMember: false,
  employmentStatus: '',
  education: '',
  skills: '',
  employmentIntention: '',
  trainingNeeds: '',
  tags: [],
};

/**
 * The form to edit a registered profile. Only the masked ID number and phone are known: the ID
 * number cannot change and is not sent; the phone is sent only when the worker types a new one.
 */
export function formFromProfile(profile: WorkerResponse): ProfileForm {
  return {
    name: profile.name,
    idNumber: '',
    phone: '',
    ethnicity: profile.ethnicity ?? '',
    regionCode: profile.regionCode,
    regionLabel: profile.regionName,
    employer: profile.employer ?? '',
    unionMember: profile.unionMember,
    employmentStatus: profile.employmentStatus,
    education: profile.education ?? '',
    skills: profile.skills.join(m.skillsSeparator),
    employmentIntention: profile.employmentIntention ?? '',
    trainingNeeds: profile.trainingNeeds ?? '',
    tags: profile.tags.filter((tag) => SELF_DECLARED_TAGS.includes(tag)),
  };
}

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** Options whose labels are read when shown, so they follow the current language. */
function labelled<V extends string>(values: readonly V[], label: (value: V) => string): Option<V>[] {
  return values.map((value) => ({
    value,
    get label() {
      return label(value);
    },
  }));
}

/** An ethnic group's name in the current language; the stored (Chinese) name when there is none. */
export function ethnicityLabel(name: string): string {
  return ETHNICITY_NAMES[getLanguage()]?.[name] ?? name;
}

export const EMPLOYMENT_STATUS_OPTIONS = labelled(
  Object.keys(EMPLOYMENT_STATUS_LABELS) as EmploymentStatus[],
  (value) => EMPLOYMENT_STATUS_LABELS[value],
);
export const EDUCATION_OPTIONS = labelled(
  Object.keys(EDUCATION_LABELS) as Education[],
  (value) => EDUCATION_LABELS[value],
);
export const ETHNICITY_OPTIONS: Option[] = labelled(ETHNICITIES, ethnicityLabel);

/** Skills typed as "electrician，welder、forklift": split on Chinese or Latin commas, semicolons and the enumeration comma. */
export function parseSkills(text: string): string[] {
  const skills = text
    .split(/[,，、;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(skills)];
}

export function normalizeIdNumber(text: string): string {
  return text.trim().toUpperCase();
}

/** Whether a full ID number is the one shown masked as `630102********081X`. */
export function matchesMasked(idNumber: string, masked: string): boolean {
  const id = normalizeIdNumber(idNumber);
  if (id.length !== masked.length) return false;
  return [...masked].every((ch, i) => ch === '*' || ch.toUpperCase() === id[i]);
}

/**
 * The ID number's problem to show while typing: nothing until 18 characters are typed (or the
 * field lost focus), then the shared validator's problem in the current language.
 */
export function liveIdProblem(idNumber: string, blurred: boolean): string | undefined {
  const id = normalizeIdNumber(idNumber);
  if (!id || (id.length < 18 && !blurred)) return undefined;
  const { problem } = parseResidentId(id);
  return problem ? m.errors.idProblems[problem] : undefined;
}

const NAME_PATTERN = /^[\u4e00-\u9fa5·A-Za-z\s]+$/;

/** The server's rules (MyProfileDto and WorkersService.saveMine), checked before sending. */
export function validateForm(form: ProfileForm, registered?: WorkerResponse | null): FieldErrors {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = m.errors.nameRequired;
  else if (name.length > 64) errors.name = m.errors.nameTooLong;
  else if (!NAME_PATTERN.test(name)) errors.name = m.errors.nameFormat;

  const id = normalizeIdNumber(form.idNumber);
  const idProblem = parseResidentId(id).problem;
  if (!id) {
    if (!registered) errors.idNumber = m.errors.idRequired;
  } else if (idProblem) errors.idNumber = m.errors.idProblems[idProblem];
  else if (registered && !matchesMasked(id, registered.idNumberMasked)) errors.idNumber = m.errors.idLocked;

  const phone = form.phone.trim();
  if (!phone) {
    if (!registered) errors.phone = m.errors.phoneRequired;
  } else if (!isValidMobile(phone)) errors.phone = m.errors.phoneInvalid;

  if (!FIELD_RULES.regionCode.pattern.test(form.regionCode)) errors.regionCode = m.errors.regionRequired;
  if (!form.employmentStatus) errors.employmentStatus = m.errors.statusRequired;
  if (form.employer.trim().length > 128) errors.employer = m.errors.employerTooLong;

  const skills = parseSkills(form.skills);
  if (skills.length > 20) errors.skills = m.errors.skillsTooMany;
  else if (skills.some((s) => s.length > 32)) errors.skills = m.errors.skillTooLong;

  if (form.employmentIntention.trim().length > 255) errors.employmentIntention = m.errors.employmentIntentionTooLong;
  if (form.trainingNeeds.trim().length > 255) errors.trainingNeeds = m.errors.trainingNeedsTooLong;
  if (form.tags.some((tag) => !SELF_DECLARED_TAGS.includes(tag))) errors.tags = m.errors.tagNotAllowed;
  return errors;
}

/** The PUT /me/profile body of a valid form; the worker ticked the privacy notice. */
export function toRequest(form: ProfileForm): MyProfileRequest {
  const body: MyProfileRequest = {
    name: form.name.trim(),
    regionCode: form.regionCode,
    consent: true,
    employmentStatus: form.employmentStatus as EmploymentStatus,
    unionMember: form.unionMember,
    employer: form.employer.trim(),
    skills: parseSkills(form.skills),
    employmentIntention: form.employmentIntention.trim(),
    trainingNeeds: form.trainingNeeds.trim(),
    tags: SELF_DECLARED_TAGS.filter((tag) => form.tags.includes(tag)),
  };
  // Left out when editing: the ID number cannot change, an empty phone keeps the registered one.
  if (form.idNumber.trim()) body.idNumber = normalizeIdNumber(form.idNumber);
  if (form.phone.trim()) body.phone = form.phone.trim();
  if (form.ethnicity) body.ethnicity = form.ethnicity;
  if (form.education) body.education = form.education;
  return body;
}

/**
 * The server's field errors on the form's fields (`skills[2]` → skills); the rest, which
 * no field shows, are returned apart.
 */
export function mapServerErrors(details: readonly FieldError[]): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const { field, message } of details) {
    const key = field.split(/[.[]/)[0] as FormField;
    if (FORM_FIELDS.includes(key)) fields[key] ??= message;
    else other.push(message);
  }
  return { fields, other };
}

/** Cascader options: the province's cities, each with its counties (the only selectable leaves). */
export interface RegionOption {
  value: string;
  text: string;
  children?: RegionOption[];
}

export function regionOptions(root: RegionNode): RegionOption[] {
  return (root.children ?? [])
    .map((city) => ({
      value: city.code,
      text: city.name,
      children: (city.children ?? [])
        .filter((county) => county.level === RegionLevel.COUNTY)
        .map((county) => ({ value: county.code, text: county.name })),
    }))
    .filter((city) => city.children.length > 0);
}

/** The [city, county] path of a county code, or [] when it is not in the options. */
export function regionPath(options: readonly RegionOption[], countyCode: string): string[] {
  if (!countyCode) return [];
  const city = options.find((c) => c.children?.some((county) => county.value === countyCode));
  return city ? [city.value, countyCode] : [];
}

/** Fills `{name}` placeholders of a catalogue string. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
