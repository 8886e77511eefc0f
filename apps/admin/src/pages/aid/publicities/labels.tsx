import type { PublicityResponse } from '@steadywork/shared';
import { Tag } from 'antd';
import { t } from '../../../locales';

/** 公示中 until it ends; 已到期 once past its end but not closed; 已结束 once closed. */
export function PublicityStateTag({ publicity }: { publicity: Pick<PublicityResponse, 'active' | 'closedAt'> }) {
  const [color, text] = publicity.closedAt
    ? [undefined, t('aid.publicityClosed')]
    : publicity.active
      ? ['purple', t('aid.publicityActive')]
      : ['orange', t('aid.publicityEnded')];
  return (
    <Tag color={color} data-testid="publicity-state">
      {text}
    </Tag>
  );
}
