import { WarningOutlined } from '@ant-design/icons';
import type { LayoffSummary } from '@steadywork/shared';
import { Card, Col, List, Row, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../locales';
import { LayoffFlags } from '../layoffs/labels';
import { layoffSummary } from '../layoffs/service';

const red = (n: number) => (n ? { color: '#cf1322' } : undefined);

/** 经济性裁员 on the county home: open filings, the late items in red, the flagged filings to open. */
export function LayoffCard() {
  const [summary, setSummary] = useState<LayoffSummary | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    layoffSummary().then(
      (s) => live && setSummary(s),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  if (failed) return null;
  return (
    <Card
      data-testid="layoff-card"
      loading={!summary}
      title={
        <span>
          <WarningOutlined style={{ marginRight: 8 }} />
          {t('layoffs.homeTitle')}
        </span>
      }
      extra={<Link to="/layoffs">{t('layoffs.homeView')}</Link>}
    >
      {summary && (
        <>
          <Row gutter={16}>
            <Col span={4}>
              <Statistic title={t('layoffs.homeOpen')} value={summary.open} />
            </Col>
            <Col span={4}>
              <Statistic
                title={t('layoffs.homeNoticeShort')}
                value={summary.noticeShort}
                valueStyle={red(summary.noticeShort)}
              />
            </Col>
            <Col span={4}>
              <Statistic
                title={t('layoffs.homeOverdue')}
                value={summary.overdueUnsettled}
                valueStyle={red(summary.overdueUnsettled)}
              />
            </Col>
            <Col span={4}>
              <Statistic
                title={t('layoffs.homeLateTransfers')}
                value={summary.lateTransfers}
                valueStyle={red(summary.lateTransfers)}
              />
            </Col>
            <Col span={4}>
              <Statistic title={t('layoffs.homeAffected')} value={summary.affectedWorkers} />
            </Col>
            <Col span={4}>
              <Statistic title={t('layoffs.homeUnsettled')} value={summary.unsettledWorkers} />
            </Col>
          </Row>
          {summary.flagged.length > 0 && (
            <List
              size="small"
              style={{ marginTop: 16 }}
              dataSource={summary.flagged}
              renderItem={(f) => (
                <List.Item key={f.id}>
                  <Link to={`/layoffs/${f.id}`}>{f.employerName}</Link>
                  <Typography.Text type="secondary" style={{ margin: '0 12px' }}>
                    {f.plannedDate}
                  </Typography.Text>
                  <LayoffFlags filing={f} />
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </Card>
  );
}
