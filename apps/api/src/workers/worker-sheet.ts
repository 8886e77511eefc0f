import {
  EDUCATION_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  HARDSHIP_LEVEL_LABELS,
  WORKER_TAG_LABELS,
  WorkerResponse,
  ARCHIVE_STATUS_LABELS,
} from '@steadywork/shared';
import { SheetColumn, shanghaiTime } from '../common/xlsx';

/** The worker spreadsheet's columns, shared by the template, the import and the export. */
export const SHEET_COLUMNS = [
  { key: 'name', header: '姓名*', width: 10 },
  { key: 'idNumber', header: '身份证号码*', width: 22 },
  { key: 'phone', header: '手机号码*', width: 14 },
  { key: 'region', header: '所在县（区）*', width: 16 },
  { key: 'ethnicity', header: '民族', width: 8 },
  { key: 'employer', header: '工作单位', width: 20 },
  { key: 'employmentStatus', header: '就业状态*', width: 12 },
  { key: 'education', header: '文化程度', width: 10 },
  { key: 'skills', header: '技能（逗号分隔）', width: 16 },
  { key: 'employmentIntention', header: '就业意向', width: 16 },
  { key: 'trainingNeeds', header: '培训需求', width: 16 },
  { key: 'tags', header: '人员标签（逗号分隔）', width: 20 },
  { key: 'level', header: '困难程度', width: 10 },
  { key: 'members', header: '家庭人口', width: 8 },
  { key: 'income', header: '家庭月人均收入（元）', width: 12 },
  { key: 'zeroEmployment', header: '零就业家庭（是/否）', width: 10 },
  { key: 'lowIncome', header: '低保家庭（是/否）', width: 10 },
  { key: 'disability', header: '家庭成员残疾（是/否）', width: 10 },
  { key: 'cause', header: '致困原因', width: 24 },
] as const;

export type SheetKey = (typeof SHEET_COLUMNS)[number]['key'];

export const FIELD_OF_KEY: Partial<Record<string, SheetKey>> = {
  name: 'name',
  idNumber: 'idNumber',
  phone: 'phone',
  regionCode: 'region',
  ethnicity: 'ethnicity',
  employer: 'employer',
  employmentStatus: 'employmentStatus',
  education: 'education',
  skills: 'skills',
  employmentIntention: 'employmentIntention',
  trainingNeeds: 'trainingNeeds',
  tags: 'tags',
};

export function headerOf(field: string): string {
  const key = FIELD_OF_KEY[field] ?? field;
  return SHEET_COLUMNS.find((c) => c.key === key)?.header.replace('*', '') ?? field;
}

/** Label → enum value (accepts the value itself too). */
export function fromLabel<E extends string>(labels: Record<E, string>, text: string): E | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const entries = Object.entries(labels) as [E, string][];
  return entries.find(([value, label]) => value === t || label === t || label.startsWith(`${t}（`))?.[0];
}

export const LABELS = {
  employment: EMPLOYMENT_STATUS_LABELS,
  education: EDUCATION_LABELS,
  tag: WORKER_TAG_LABELS,
  level: HARDSHIP_LEVEL_LABELS,
};

/** The export's columns: masked numbers only. */
export const EXPORT_COLUMNS: SheetColumn<WorkerResponse>[] = [
  { header: '编号', width: 8, value: (w) => String(w.id) },
  { header: '姓名', width: 10, value: (w) => w.name },
  { header: '身份证号码', width: 22, value: (w) => w.idNumberMasked },
  { header: '手机号码', width: 14, value: (w) => w.phoneMasked },
  { header: '性别', width: 6, value: (w) => (w.sex === 'M' ? '男' : '女') },
  { header: '出生日期', width: 12, value: (w) => w.birthDate },
  { header: '所在地区', width: 24, value: (w) => w.regionName },
  { header: '民族', width: 8, value: (w) => w.ethnicity ?? '' },
  { header: '工作单位', width: 20, value: (w) => w.employer ?? '' },
  { header: '就业状态', width: 12, value: (w) => EMPLOYMENT_STATUS_LABELS[w.employmentStatus] },
  { header: '人员标签', width: 24, value: (w) => w.tags.map((t) => WORKER_TAG_LABELS[t]).join('，') },
  { header: '建档状态', width: 10, value: (w) => ARCHIVE_STATUS_LABELS[w.archiveStatus] },
  { header: '最近回访', width: 18, value: (w) => shanghaiTime(w.lastFollowUpAt) },
  { header: '登记时间', width: 18, value: (w) => shanghaiTime(w.createdAt) },
];
