import { ClockCircleOutlined } from '@ant-design/icons';
import { FOLLOW_UP_INTERVAL_DAYS } from '@steadywork/shared';
import { Card, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../locales';
import { countOverdue } from '../workers/service';

export const OVERDUE_PATH = '/workers/follow-ups/overdue';

/** 逾期回访: how many workers in the user's scope wait for their monthly follow-up. */
export function OverdueCard() {
  const [count, setCount] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    countOverdue().then(
      (n) => live && setCount(n),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <Card
      data-testid="overdue-card"
      extra={<Link to={OVERDUE_PATH}>{t('home.overdueView')}</Link>}
      title={
        <span>
          <ClockCircleOutlined style={{ marginRight: 8 }} />
          {t('home.overdue')}
        </span>
      }
    >
      <Link to={OVERDUE_PATH}>
        <Statistic
          value={failed ? t('common.empty') : (count ?? 0)}
          loading={count === null && !failed}
          suffix={failed ? undefined : t('home.overdueUnit')}
          valueStyle={count ? { color: '#cf1322' } : undefined}
          valueRender={(node) => <span data-testid="overdue-count">{node}</span>}
        />
      </Link>
      <Typography.Text type="secondary">{t('home.overdueHint', { days: FOLLOW_UP_INTERVAL_DAYS })}</Typography.Text>
    </Card>
  );
}
