import { DEMAND_STATUS_LABELS, DemandStatus } from '@steadywork/shared';
import { Space, Tag } from 'antd';
import { t } from '../../locales';

const COLORS: Record<DemandStatus, string> = {
  [DemandStatus.SUBMITTED]: 'orange',
  [DemandStatus.ACCEPTED]: 'blue',
  [DemandStatus.TRANSFERRED]: 'purple',
  [DemandStatus.CLOSED]: 'green',
};

/** A demand's status, with 超时 (and escalated) when it is open past its deadline. */
export function DemandStatusTag({
  status,
  late,
  escalated,
}: {
  status: DemandStatus;
  late: boolean;
  escalated: boolean;
}) {
  return (
    <Space size={4} wrap>
      <Tag color={COLORS[status]}>{DEMAND_STATUS_LABELS[status]}</Tag>
      {late && (
        <Tag color="red" data-testid="demand-late" title={escalated ? t('demands.escalated') : undefined}>
          {t('demands.late')}
        </Tag>
      )}
    </Space>
  );
}
