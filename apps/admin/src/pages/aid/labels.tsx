import {
  AID_STATUS_LABELS,
  AID_TYPE_LABELS,
  AidApplicationStatus,
  type AidProgramResponse,
  type AidType,
} from '@steadywork/shared';
import { Tag } from 'antd';
import { t } from '../../locales';
import { shanghaiNow } from '../../services/time';
import { optionsOf } from '../../utils/options';

export const aidTypeOptions = optionsOf(AID_TYPE_LABELS);
export const aidStatusOptions = optionsOf(AID_STATUS_LABELS);

const STATUS_COLORS: Record<AidApplicationStatus, string> = {
  [AidApplicationStatus.DRAFT]: 'default',
  [AidApplicationStatus.SUBMITTED]: 'blue',
  [AidApplicationStatus.RETURNED]: 'orange',
  [AidApplicationStatus.FIRST_APPROVED]: 'cyan',
  [AidApplicationStatus.APPROVED]: 'geekblue',
  [AidApplicationStatus.PUBLICIZING]: 'purple',
  [AidApplicationStatus.CONFIRMED]: 'gold',
  [AidApplicationStatus.PAID]: 'green',
  [AidApplicationStatus.REJECTED]: 'red',
  [AidApplicationStatus.REVOKED]: 'red',
  [AidApplicationStatus.WITHDRAWN]: 'default',
};

export function AidStatusTag({ status }: { status: AidApplicationStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="aid-status">
      {AID_STATUS_LABELS[status]}
    </Tag>
  );
}

export const aidTypeLabel = (type: AidType) => AID_TYPE_LABELS[type];

/** The programme year in Shanghai: the console's "current year". */
export function currentYear(): number {
  return Number(shanghaiNow('YYYY'));
}

/** Years to pick from: next year back to six years ago. */
export function yearOptions(): { label: string; value: number }[] {
  const now = currentYear();
  return Array.from({ length: 8 }, (_, i) => now + 1 - i).map((year) => ({
    label: t('aid.yearValue', { year }),
    value: year,
  }));
}

/** "2026年 创业补助 · 2026年“221”工程创业补助" is long: the year and the type say enough. */
export function programLabel(program: Pick<AidProgramResponse, 'year' | 'aidType'>): string {
  return `${t('aid.yearValue', { year: program.year })} ${AID_TYPE_LABELS[program.aidType]}`;
}

export function programOptions(programs: readonly AidProgramResponse[]): { label: string; value: number }[] {
  return [...programs]
    .sort((a, b) => b.year - a.year || a.aidType.localeCompare(b.aidType))
    .map((p) => ({ label: programLabel(p), value: p.id }));
}
