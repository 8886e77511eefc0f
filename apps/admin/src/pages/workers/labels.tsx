import {
  ARCHIVE_STATUS_LABELS,
  ArchiveStatus,
  EDUCATION_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  ETHNICITIES,
  Education,
  EmploymentStatus,
  FOLLOW_UP_METHOD_LABELS,
  FollowUpMethod,
  HARDSHIP_LEVEL_LABELS,
  HardshipLevel,
  SYSTEM_TAGS,
  WORKER_TAG_LABELS,
  WorkerTag,
} from '@steadywork/shared';
import { Space, Tag } from 'antd';
import { t, type MessageKey } from '../../locales';
import { fenOfYuan, yuanOfFen } from '../../utils/money';
import { optionsOf, valueEnumOf } from '../../utils/options';

const options = optionsOf;

export const employmentOptions = options(EMPLOYMENT_STATUS_LABELS);
export const educationOptions = options(EDUCATION_LABELS);
export const tagOptions = options(WORKER_TAG_LABELS);
/** 困难职工 follows the hardship archive, 221帮扶对象 the award, 返困风险 the follow-ups: staff set every other tag. */
export const assignableTagOptions = tagOptions.filter((o) => !SYSTEM_TAGS.includes(o.value as WorkerTag));
export const archiveStatusOptions = options(ARCHIVE_STATUS_LABELS);
export const levelOptions = options(HARDSHIP_LEVEL_LABELS);
export const followUpMethodOptions = options(FOLLOW_UP_METHOD_LABELS);
export const ethnicityOptions = ETHNICITIES.map((e) => ({ label: e, value: e }));

export { valueEnumOf };

const ARCHIVE_COLORS: Record<ArchiveStatus, string> = {
  [ArchiveStatus.NONE]: 'default',
  [ArchiveStatus.ACTIVE]: 'red',
  [ArchiveStatus.CLOSED]: 'green',
};

export function ArchiveStatusTag({ status }: { status: ArchiveStatus }) {
  return <Tag color={ARCHIVE_COLORS[status]}>{ARCHIVE_STATUS_LABELS[status]}</Tag>;
}

const TAG_COLORS: Partial<Record<WorkerTag, string>> = {
  [WorkerTag.HARDSHIP]: 'volcano',
  [WorkerTag.RELAPSE_RISK]: 'red',
};

export function WorkerTags({ tags }: { tags: readonly WorkerTag[] }) {
  if (!tags.length) return <>{t('common.empty')}</>;
  return (
    <Space size={[0, 4]} wrap>
      {tags.map((tag) => (
        <Tag key={tag} color={TAG_COLORS[tag]}>
          {WORKER_TAG_LABELS[tag]}
        </Tag>
      ))}
    </Space>
  );
}

export const sexLabel = (sex: 'M' | 'F') => t(sex === 'M' ? 'workers.male' : 'workers.female');

export const employmentLabel = (s: EmploymentStatus) => EMPLOYMENT_STATUS_LABELS[s];
export const educationLabel = (e: Education | null) => (e ? EDUCATION_LABELS[e] : t('common.empty'));
export const levelLabel = (l: HardshipLevel) => HARDSHIP_LEVEL_LABELS[l];
export const methodLabel = (m: FollowUpMethod) => FOLLOW_UP_METHOD_LABELS[m];

export { fenOfYuan, yuanOfFen };

/** An audit action code in words; an unknown one as it is. */
export function auditActionLabel(action: string): string {
  const key = `auditActions.${action.replace(/\./g, '_')}` as MessageKey;
  const label = t(key);
  return label === key ? action : label;
}
