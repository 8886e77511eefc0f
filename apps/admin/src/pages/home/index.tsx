import {
  AID_READ_ROLES,
  CALENDAR_ADMIN_ROLES,
  CENTER_READ_ROLES,
  DEMAND_STAFF_ROLES,
  JOB_STAFF_ROLES,
  LAYOFF_UNION_ROLES,
  OrganizationType,
  ROLE_LABELS,
  TRAINING_READ_ROLES,
  WARNING_READ_ROLES,
  WORKER_READ_ROLES,
} from '@steadywork/shared';
import { Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { canAccess, useAuth } from '../../access/auth-context';
import { t } from '../../locales';
import { menuPagesFor } from '../../routes';
import { AidDashboardCard } from './AidDashboardCard';
import { CalendarNotice } from './CalendarNotice';
import { CenterDashboardCard } from './CenterDashboardCard';
import { DemandSummaryCard } from './DemandSummaryCard';
import { LayoffCard } from './LayoffCard';
import { JobsDashboardCard } from './JobsDashboardCard';
import { MyPeopleCard } from './MyPeopleCard';
import { HOME_MODULES } from './modules';
import { OverdueCard } from './OverdueCard';
import { TrainingDashboardCard } from './TrainingDashboardCard';
import { WarningAlertsCard } from './WarningAlertsCard';

export default function HomePage() {
  const { me } = useAuth();
  if (!me) return null;
  const modules = HOME_MODULES.filter((m) => canAccess(m.roles, me.roles));
  const shortcuts = menuPagesFor(me.roles).filter((item) => item.path !== '/');
  const seesWorkers = canAccess(WORKER_READ_ROLES, me.roles);
  const seesAid = canAccess(AID_READ_ROLES, me.roles);
  const seesCenters = canAccess(CENTER_READ_ROLES, me.roles);
  const seesTraining = canAccess(TRAINING_READ_ROLES, me.roles);
  const keepsCalendar = canAccess(CALENDAR_ADMIN_ROLES, me.roles);
  const handlesDemands = canAccess(DEMAND_STAFF_ROLES, me.roles);
  const seesLayoffs = canAccess(LAYOFF_UNION_ROLES, me.roles);
  const seesJobs = canAccess(JOB_STAFF_ROLES, me.roles);
  // the province's and the cities' unions watch the regions below them (a county has none)
  const watchesRegions =
    canAccess(WARNING_READ_ROLES, me.roles) &&
    [OrganizationType.PROVINCIAL_FEDERATION, OrganizationType.CITY_FEDERATION].includes(me.organization.type);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: me.displayName })}
        </Typography.Title>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('home.roles')}>
            <span data-testid="home-roles">
              {me.roles.map((role) => (
                <Tag key={role} color="red">
                  {ROLE_LABELS[role]}
                </Tag>
              ))}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('home.organization')}>{me.organization.name}</Descriptions.Item>
        </Descriptions>
      </Card>

      {keepsCalendar && <CalendarNotice />}

      {seesJobs && <MyPeopleCard />}

      {seesWorkers && (
        <Row gutter={[16, 16]}>
          <Col xs={24} sm={12} xl={6}>
            <OverdueCard />
          </Col>
        </Row>
      )}

      {watchesRegions && <WarningAlertsCard />}

      {seesAid && <AidDashboardCard />}

      {handlesDemands && <DemandSummaryCard />}

      {seesCenters && <CenterDashboardCard />}

      {seesTraining && <TrainingDashboardCard />}

      {seesJobs && <JobsDashboardCard />}

      {seesLayoffs && <LayoffCard />}

      {shortcuts.length > 0 && (
        <Card title={t('home.shortcuts')}>
          <Space wrap>
            {shortcuts.map((item) => (
              <Link key={item.path} to={item.path ?? '/'}>
                <Tag icon={item.icon} style={{ padding: '4px 12px', fontSize: 14 }}>
                  {item.name}
                </Tag>
              </Link>
            ))}
          </Space>
        </Card>
      )}

      <Card title={t('home.modules')}>
        {modules.length ? (
          <Row gutter={[16, 16]}>
            {modules.map((m) => (
              <Col key={m.key} xs={24} sm={12} xl={6}>
                <Card
                  type="inner"
                  title={m.path ? <Link to={m.path}>{t(m.title)}</Link> : t(m.title)}
                  extra={
                    m.path ? (
                      <Link to={m.path}>
                        <Button type="link" size="small" style={{ padding: 0 }}>
                          {t('home.enter')}
                        </Button>
                      </Link>
                    ) : (
                      <Tag>{t('home.comingSoon')}</Tag>
                    )
                  }
                  data-module={m.key}
                >
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    {t(m.description)}
                  </Typography.Paragraph>
                </Card>
              </Col>
            ))}
          </Row>
        ) : (
          <Empty description={t('home.noModules')} />
        )}
      </Card>
    </Space>
  );
}
