import { SafetyCertificateOutlined } from '@ant-design/icons';
import { DEMAND_CATEGORY_LABELS, DemandCategory, type DemandSummary } from '@steadywork/shared';
import { Card, Col, Empty, Row, Spin, Statistic, Tag } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../locales';
import { demandSummary } from '../demands/service';

export const LATE_DEMANDS_PATH = '/demands?late=true';

/** 职工诉求 on the home: open, late (own scope) and escalated from the unions below, by category. */
export function DemandSummaryCard() {
  const [summary, setSummary] = useState<DemandSummary | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    demandSummary().then(
      (s) => live && setSummary(s),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  let body: ReactNode;
  if (failed) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('demands.homeFailed')} />;
  else if (!summary) body = <Spin style={{ display: 'block', margin: '32px auto' }} />;
  else {
    const red = (n: number) => (n ? { color: '#cf1322' } : undefined);
    body = (
      <>
        <Row gutter={[24, 16]}>
          <Col xs={8}>
            <Statistic
              title={t('demands.homeOpen')}
              value={summary.open}
              valueRender={(node) => <span data-testid="demand-open">{node}</span>}
            />
          </Col>
          <Col xs={8}>
            <Link to={LATE_DEMANDS_PATH} data-testid="demand-late-link">
              <Statistic
                title={t('demands.homeLate')}
                value={summary.late}
                valueStyle={red(summary.late)}
                valueRender={(node) => <span data-testid="demand-late-count">{node}</span>}
              />
            </Link>
          </Col>
          <Col xs={8}>
            <Link to={LATE_DEMANDS_PATH}>
              <Statistic
                title={t('demands.homeEscalated')}
                value={summary.escalatedToUs}
                valueStyle={red(summary.escalatedToUs)}
                valueRender={(node) => <span data-testid="demand-escalated-count">{node}</span>}
              />
            </Link>
          </Col>
        </Row>
        <div style={{ marginTop: 16 }} data-testid="demand-by-category">
          {(Object.values(DemandCategory) as DemandCategory[]).map((c) => (
            <Tag key={c} style={{ marginBottom: 8 }}>
              {DEMAND_CATEGORY_LABELS[c]} {summary.byCategory[c] ?? 0}
            </Tag>
          ))}
        </div>
      </>
    );
  }

  return (
    <Card
      title={
        <span>
          <SafetyCertificateOutlined style={{ marginRight: 8 }} />
          {t('demands.homeTitle')}
        </span>
      }
      data-testid="demand-summary-card"
    >
      {body}
    </Card>
  );
}
