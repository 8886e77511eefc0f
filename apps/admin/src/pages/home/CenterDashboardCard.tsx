import { ShopOutlined } from '@ant-design/icons';
import {
  CENTER_SERVICE_LABELS,
  SERVICE_REQUEST_STATUS_LABELS,
  ServiceRequestStatus,
  type CenterDashboard,
  type CenterService,
} from '@steadywork/shared';
import { Card, Col, Empty, Progress, Row, Spin, Statistic, Table, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../locales';
import { Stars } from '../centers/labels';
import { centerDashboard } from '../centers/service';

export const OVERDUE_REQUESTS_PATH = '/service-requests?overdue=true';

const STATUSES = Object.values(ServiceRequestStatus) as ServiceRequestStatus[];

interface ServiceRow {
  serviceType: CenterService;
  counts: Partial<Record<ServiceRequestStatus, number>>;
  total: number;
}

/** The dashboard's (service, status, count) triples as one row per service, in the order they first appear. */
function byService(rows: CenterDashboard['requestsByService']): ServiceRow[] {
  const map = new Map<CenterService, ServiceRow>();
  for (const row of rows) {
    const entry = map.get(row.serviceType) ?? { serviceType: row.serviceType, counts: {}, total: 0 };
    entry.counts[row.status] = (entry.counts[row.status] ?? 0) + row.count;
    entry.total += row.count;
    map.set(row.serviceType, entry);
  }
  return [...map.values()];
}

const percentOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** 帮扶中心: centers by stars, service requests by service and status, the overdue ones, ratings and this month's services. */
export function CenterDashboardCard() {
  const [dashboard, setDashboard] = useState<CenterDashboard | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    centerDashboard().then(
      (d) => live && setDashboard(d),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const title = (
    <span>
      <ShopOutlined style={{ marginRight: 8 }} />
      {t('home.centersTitle')}
    </span>
  );

  let body: ReactNode;
  if (failed) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.centersFailed')} />;
  } else if (!dashboard) {
    body = <Spin style={{ display: 'block', margin: '32px auto' }} data-testid="center-dashboard-loading" />;
  } else if (!dashboard.centersByStars.some((s) => s.count > 0) && !dashboard.requestsByService.length) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.centersEmpty')} />;
  } else {
    const d = dashboard;
    const centers = d.centersByStars.reduce((sum, s) => sum + s.count, 0);
    // Five stars first, the unrated last.
    const stars = [...d.centersByStars].sort((a, b) => (b.stars ?? 0) - (a.stars ?? 0));
    const services = byService(d.requestsByService);
    body = (
      <>
        <Row gutter={[24, 16]}>
          <Col xs={12} xl={6}>
            <Link to={OVERDUE_REQUESTS_PATH} data-testid="center-overdue-link">
              <Statistic
                title={t('home.centersOverdue')}
                value={d.overdueRequests}
                valueStyle={d.overdueRequests ? { color: '#cf1322' } : undefined}
                valueRender={(node) => <span data-testid="center-overdue">{node}</span>}
              />
            </Link>
          </Col>
          <Col xs={12} xl={6}>
            <Statistic
              title={t('home.centersAverageRating')}
              value={d.averageRating === null ? t('common.empty') : d.averageRating.toFixed(1)}
              valueRender={(node) => <span data-testid="center-average-rating">{node}</span>}
            />
          </Col>
          <Col xs={12} xl={6}>
            <Statistic
              title={t('home.centersServicesThisMonth')}
              value={d.servicesThisMonth}
              valueRender={(node) => <span data-testid="center-services-month">{node}</span>}
            />
          </Col>
          <Col xs={12} xl={6}>
            <Statistic
              title={t('home.centersByStars')}
              value={t('home.centersTotal', { n: centers })}
              valueRender={(node) => <span data-testid="center-count">{node}</span>}
            />
          </Col>
        </Row>
        <Row gutter={[24, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} xl={8}>
            <Typography.Title level={5}>{t('home.centersByStars')}</Typography.Title>
            <div data-testid="center-stars-levels">
              {stars.map((s) => (
                <div
                  key={s.stars ?? 'unrated'}
                  data-testid={`center-stars-${s.stars ?? 'unrated'}`}
                  style={{ display: 'flex', alignItems: 'center', gap: 8 }}
                >
                  <span style={{ width: 96, flex: 'none' }}>
                    <Stars stars={s.stars} />
                  </span>
                  <Progress
                    aria-label={s.stars === null ? t('centers.unrated') : t('centers.starsValue', { n: s.stars })}
                    percent={percentOf(s.count, centers)}
                    showInfo={false}
                    size="small"
                    style={{ flex: 1 }}
                  />
                  <span style={{ width: 48, textAlign: 'right' }}>{t('home.centersCount', { n: s.count })}</span>
                </div>
              ))}
            </div>
          </Col>
          <Col xs={24} xl={16}>
            <Typography.Title level={5}>{t('home.centersByService')}</Typography.Title>
            <Table<ServiceRow>
              size="small"
              rowKey="serviceType"
              pagination={false}
              dataSource={services}
              data-testid="center-requests-by-service"
              locale={{ emptyText: t('home.centersNoRequests') }}
              columns={[
                {
                  title: t('home.centersService'),
                  dataIndex: 'serviceType',
                  render: (s: CenterService) => CENTER_SERVICE_LABELS[s],
                },
                ...STATUSES.map((status) => ({
                  title: SERVICE_REQUEST_STATUS_LABELS[status],
                  key: status,
                  align: 'right' as const,
                  render: (_: unknown, r: ServiceRow) => r.counts[status] ?? 0,
                })),
                { title: t('home.centersRequestTotal'), dataIndex: 'total', align: 'right' },
              ]}
            />
          </Col>
        </Row>
      </>
    );
  }

  return (
    <Card title={title} data-testid="center-dashboard-card">
      {body}
    </Card>
  );
}
