import { LAYOFF_STATUS_LABELS, LayoffStatus, type LayoffFilingResponse } from '@steadywork/shared';
import { Space, Tag } from 'antd';
import { t } from '../../locales';

const STATUS_COLORS: Record<LayoffStatus, string> = {
  [LayoffStatus.IN_PROGRESS]: 'processing',
  [LayoffStatus.REPORTED]: 'warning',
  [LayoffStatus.SETTLED]: 'success',
};

export function LayoffStatusTag({ status }: { status: LayoffStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{LAYOFF_STATUS_LABELS[status]}</Tag>;
}

/** The filing's red flags, in red, wherever the filing is shown (never silently passed). */
export function LayoffFlags({ filing }: { filing: Pick<LayoffFilingResponse, 'flags'> }) {
  const { flags } = filing;
  const tags = [
    flags.noticeShort && t('layoffs.flagNoticeShort', { days: flags.noticeShortDays }),
    flags.overdueUnsettled && t('layoffs.flagOverdue'),
    flags.lateTransfers > 0 && t('layoffs.flagLateTransfers', { n: flags.lateTransfers }),
  ].filter((x): x is string => !!x);
  if (!tags.length) return null;
  return (
    <Space size={4} wrap data-testid="layoff-flags">
      {tags.map((text) => (
        <Tag key={text} color="red">
          {text}
        </Tag>
      ))}
    </Space>
  );
}

export const isFlagged = (f: Pick<LayoffFilingResponse, 'flags'>) =>
  f.flags.noticeShort || f.flags.overdueUnsettled || f.flags.lateTransfers > 0;

/** ¥ with the cents, from fen. */
export const yuanOf = (fen: number | null) => (fen === null ? '-' : (fen / 100).toFixed(2));
