import { IdcardOutlined } from '@ant-design/icons';
import type { JobsDashboard } from '@steadywork/shared';
import { Card, Col, Row, Statistic, Table } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../locales';
import { jobsDashboard } from '../jobs/events/service';

/**
 * 就业服务 on the union home: the year's postings open, referrals and hires, the hires that counted
 * toward the year's outcomes, 对口援青 and 公益性岗位 counted apart — per region one level down and
 * per partner union.
 */
export function JobsDashboardCard() {
  const [d, setD] = useState<JobsDashboard | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    jobsDashboard().then(
      (answer) => live && setD(answer),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  if (failed) return null;
  const cells: [string, number][] = d
    ? [
        [t('jobEvents.homeOpen'), d.openPostings],
        [t('jobEvents.homePending'), d.pendingPostings],
        [t('jobEvents.homeReferrals'), d.referrals],
        [t('jobEvents.homeHires'), d.hires],
        [t('jobEvents.homeCounted'), d.hiresCounted],
        [t('jobEvents.homePartnerSent'), d.partnerSent],
        [t('jobEvents.homePartnerHires'), d.partnerHires],
        [t('jobEvents.homeWelfare'), d.publicWelfareHires],
      ]
    : [];
  return (
    <Card
      data-testid="jobs-card"
      loading={!d}
      title={
        <span>
          <IdcardOutlined style={{ marginRight: 8 }} />
          {t('jobEvents.homeTitle', { year: d?.year ?? '' })}
        </span>
      }
      extra={<Link to="/jobs/review">{t('jobEvents.homeView')}</Link>}
    >
      {d && (
        <>
          <Row gutter={[16, 16]}>
            {cells.map(([title, value]) => (
              <Col key={title} xs={12} sm={6} xl={3}>
                <Statistic title={title} value={value} />
              </Col>
            ))}
          </Row>
          <Row gutter={16} style={{ marginTop: 16 }}>
            {d.byRegion.length > 0 && (
              <Col xs={24} xl={14}>
                <Table
                  rowKey="regionCode"
                  size="small"
                  pagination={false}
                  dataSource={d.byRegion}
                  columns={[
                    { title: t('jobEvents.homeRegion'), dataIndex: 'regionName' },
                    { title: t('jobEvents.homeOpen'), dataIndex: 'openPostings', align: 'right' },
                    { title: t('jobEvents.homeReferrals'), dataIndex: 'referrals', align: 'right' },
                    { title: t('jobEvents.homeHires'), dataIndex: 'hires', align: 'right' },
                    { title: t('jobEvents.homeCounted'), dataIndex: 'hiresCounted', align: 'right' },
                    { title: t('jobEvents.homePartnerSent'), dataIndex: 'partnerSent', align: 'right' },
                    { title: t('jobEvents.homeWelfare'), dataIndex: 'publicWelfareHires', align: 'right' },
                  ]}
                />
              </Col>
            )}
            <Col xs={24} xl={10}>
              <Table
                rowKey="partnerUnionId"
                size="small"
                pagination={false}
                dataSource={d.byPartnerUnion}
                columns={[
                  { title: t('jobEvents.homePartner'), dataIndex: 'name' },
                  { title: t('jobEvents.homePartnerOpen'), dataIndex: 'openPostings', align: 'right' },
                  { title: t('jobEvents.homePartnerSent'), dataIndex: 'sent', align: 'right' },
                  { title: t('jobEvents.homePartnerHires'), dataIndex: 'hires', align: 'right' },
                ]}
              />
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
