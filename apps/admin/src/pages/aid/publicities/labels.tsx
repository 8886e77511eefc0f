import type { PublicityResponse } from '@steadywork/shared';
import { Tag } from 'antd';
import { t } from '../../../locales';

/** 公示中 until it ends; 已到期 once past its end but not closed; 已结束 once closed. */
export function PublicityStateTag({ publicity }: { publicity: Pick<PublicityResponse, 'active' | 'closedAt'> }) {
  if (publicity.closedAt) return <Tag>{t('aid.publicityClosed')}</Tag>;
  if (publicity.active) return <Tag color="purple">{t('aid.publicityActive')}</Tag>;
  return <Tag color="orange">{t('aid.publicityEnded')}</Tag>;
}
