import { AlertOutlined } from '@ant-design/icons';
import type { WarningAlertsResponse } from '@steadywork/shared';
import { Card, Empty, List, Spin, Tag } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../locales';
import { warningAlerts } from '../warning/service';

export const WARNING_PATH = '/rights/warning';

/** 本月预警 on the province (and city) home: the regions that crossed a threshold this month. */
export function WarningAlertsCard() {
  const [data, setData] = useState<WarningAlertsResponse | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    warningAlerts().then(
      (d) => live && setData(d),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const monthLink = data ? `${WARNING_PATH}?year=${data.year}&month=${data.month}` : WARNING_PATH;
  let body: ReactNode;
  if (failed) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('warning.homeFailed')} />;
  else if (!data) body = <Spin style={{ display: 'block', margin: '32px auto' }} />;
  else if (!data.regions.length)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('warning.homeNone')} />;
  else
    body = (
      <List
        size="small"
        dataSource={data.regions}
        data-testid="warning-alert-list"
        renderItem={(r) => (
          <List.Item key={r.regionCode}>
            <Link to={monthLink} data-testid="warning-alert-region">
              {r.regionName}
            </Link>
            <span>
              {r.alerts.map((a) => (
                <Tag key={a.label} color="red" style={{ marginBottom: 4 }}>
                  {t('warning.alertValue', { label: a.label, value: a.value, threshold: a.threshold })}
                </Tag>
              ))}
            </span>
          </List.Item>
        )}
      />
    );

  return (
    <Card
      title={
        <span>
          <AlertOutlined style={{ marginRight: 8, color: data?.regions.length ? '#cf1322' : undefined }} />
          {t('warning.homeTitle')}
        </span>
      }
      extra={<Link to={monthLink}>{t('warning.homeMore')}</Link>}
      data-testid="warning-alerts-card"
    >
      {body}
    </Card>
  );
}
