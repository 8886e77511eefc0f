import { TeamOutlined } from '@ant-design/icons';
import type { MyPersonRow, Page } from '@steadywork/shared';
import { Card, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../locales';
import { formatTime } from '../../services/time';
import { listMyPeople } from '../jobs/gig-service';

/** 我负责的职工 on the staff member's home: the first of their people, longest without a follow-up first. */
export function MyPeopleCard() {
  const [page, setPage] = useState<Page<MyPersonRow> | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    listMyPeople({ page: 1, pageSize: 5 }).then(
      (p) => live && setPage(p),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  if (failed || (page && page.total === 0)) return null;
  return (
    <Card
      data-testid="my-people-card"
      loading={!page}
      title={
        <span>
          <TeamOutlined style={{ marginRight: 8 }} />
          {t('jobsGig.homeTitle')}
          {page ? `（${page.total}）` : ''}
        </span>
      }
      extra={<Link to="/jobs/my-people">{t('jobsGig.homeView')}</Link>}
    >
      {page && (
        <List<MyPersonRow>
          size="small"
          dataSource={page.items}
          renderItem={(p) => (
            <List.Item key={p.workerId}>
              <Space>
                <Link to={`/workers/${p.workerId}`}>{p.name}</Link>
                <Typography.Text type="secondary">{p.regionName}</Typography.Text>
              </Space>
              <Space>
                {p.lastFollowUpAt ? (
                  <span>
                    {t('jobsGig.lastFollowUp')} {formatTime(p.lastFollowUpAt, 'YYYY-MM-DD')}
                  </span>
                ) : (
                  <Tag color="orange">{t('jobsGig.neverFollowedUp')}</Tag>
                )}
                {p.openApplications > 0 && <Tag color="blue">{t('jobsGig.homeOpen', { n: p.openApplications })}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
