import { FundOutlined } from '@ant-design/icons';
import {
  AID_FINAL_REVIEW_ROLES,
  AID_FINANCE_ROLES,
  AID_FIRST_REVIEW_ROLES,
  AID_TYPE_LABELS,
  AidType,
  type AidDashboard,
  type Role,
} from '@steadywork/shared';
import { Card, Col, Empty, Progress, Row, Spin, Statistic, Table, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { canAccess, useAuth } from '../../access/auth-context';
import { t } from '../../locales';
import { formatYuan } from '../../utils/money';
import { currentYear } from '../aid/labels';
import { aidDashboard } from '../aid/service';

type Region = AidDashboard['byRegion'][number];

const percentOf = (part: number, whole: number) => (whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0);

const AID_TYPES = Object.values(AidType);

/** A figure that opens its list when the user may open it. */
function Figure(props: { title: string; value: number | string; to: string; access: readonly Role[]; testId: string }) {
  const { me } = useAuth();
  const statistic = (
    <Statistic
      title={props.title}
      value={props.value}
      valueRender={(node) => <span data-testid={props.testId}>{node}</span>}
    />
  );
  return me && canAccess(props.access, me.roles) ? <Link to={props.to}>{statistic}</Link> : statistic;
}

/** 221工程 年度进度: awards against quota per type, money paid, outcomes against the target, the queues, per city. */
export function AidDashboardCard() {
  const year = currentYear();
  const [dashboard, setDashboard] = useState<AidDashboard | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    aidDashboard(year).then(
      (d) => live && setDashboard(d),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [year]);

  const title = (
    <span>
      <FundOutlined style={{ marginRight: 8 }} />
      {t('home.aidTitle')}
      <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: 'normal' }}>
        {t('home.aidYear', { year })}
      </Typography.Text>
    </span>
  );

  let body: ReactNode;
  if (failed) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.aidFailed')} />;
  } else if (!dashboard) {
    body = <Spin style={{ display: 'block', margin: '32px auto' }} data-testid="aid-dashboard-loading" />;
  } else if (!dashboard.types.some((type) => type.programId !== null)) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.aidEmpty', { year: dashboard.year })} />;
  } else {
    const d = dashboard;
    body = (
      <>
        <Row gutter={[24, 16]}>
          {d.types.map((type) => (
            <Col key={type.aidType} xs={24} md={12} xl={6} data-testid={`aid-type-${type.aidType}`}>
              <Typography.Text strong>{AID_TYPE_LABELS[type.aidType]}</Typography.Text>
              <Progress aria-label={AID_TYPE_LABELS[type.aidType]} percent={percentOf(type.awarded, type.quota)} />
              <div>
                <Typography.Text type="secondary">
                  {t('home.aidAwarded', { awarded: type.awarded, quota: type.quota })}
                </Typography.Text>
              </div>
              <Typography.Text type="secondary">
                {t('home.aidTypePaid', { amount: formatYuan(type.paidFen) })}
              </Typography.Text>
            </Col>
          ))}
          <Col xs={24} md={12} xl={6} data-testid="aid-outcomes">
            <Typography.Text strong>{t('home.aidOutcomes')}</Typography.Text>
            {d.outcomes.target !== null && (
              <Progress
                aria-label={t('home.aidOutcomes')}
                percent={percentOf(d.outcomes.count, d.outcomes.target)}
                status="active"
              />
            )}
            <Typography.Text type="secondary">
              {d.outcomes.target === null
                ? t('home.aidOutcomesNoTarget', { count: d.outcomes.count })
                : t('home.aidOutcomesOf', { count: d.outcomes.count, target: d.outcomes.target })}
            </Typography.Text>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Statistic
              title={t('home.aidPaid')}
              value={formatYuan(d.paidFen)}
              valueRender={(node) => <span data-testid="aid-paid">{node}</span>}
            />
          </Col>
        </Row>
        <Row gutter={[24, 16]} style={{ marginTop: 16 }}>
          <Col xs={8} xl={4}>
            <Figure
              title={t('home.aidPendingFirst')}
              value={d.pendingFirstReview}
              to="/aid/review/first"
              access={AID_FIRST_REVIEW_ROLES}
              testId="aid-pending-first"
            />
          </Col>
          <Col xs={8} xl={4}>
            <Figure
              title={t('home.aidPendingFinal')}
              value={d.pendingFinalReview}
              to="/aid/review/final"
              access={AID_FINAL_REVIEW_ROLES}
              testId="aid-pending-final"
            />
          </Col>
          <Col xs={8} xl={4}>
            <Figure
              title={t('home.aidAwaitingPayment')}
              value={d.awaitingPaymentCount}
              to="/aid/finance"
              access={AID_FINANCE_ROLES}
              testId="aid-awaiting-payment"
            />
          </Col>
        </Row>
        {d.byRegion.length > 0 && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('home.aidByRegion')}
            </Typography.Title>
            <Table<Region>
              size="small"
              rowKey="regionCode"
              pagination={false}
              dataSource={d.byRegion}
              data-testid="aid-by-region"
              columns={[
                { title: t('home.aidRegion'), dataIndex: 'regionName' },
                ...AID_TYPES.map((type) => ({
                  title: AID_TYPE_LABELS[type],
                  key: type,
                  align: 'right' as const,
                  render: (_: unknown, r: Region) => r.awarded[type] ?? 0,
                })),
                {
                  title: t('home.aidRegionPaid'),
                  dataIndex: 'paidFen',
                  align: 'right',
                  render: (fen: number) => formatYuan(fen),
                },
                { title: t('home.aidRegionOutcomes'), dataIndex: 'outcomes', align: 'right' },
              ]}
            />
          </>
        )}
      </>
    );
  }

  return (
    <Card title={title} data-testid="aid-dashboard-card">
      {body}
    </Card>
  );
}
