import { ReadOutlined } from '@ant-design/icons';
import {
  TRAINING_ATTENDANCE_ROLES,
  type CourseAttendanceRate,
  type CourseToday,
  type TrainingDashboard,
  type TrainingRegionFigures,
} from '@steadywork/shared';
import { Card, Col, Empty, List, Progress, Row, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useHasRole } from '../../access/auth-context';
import { t } from '../../locales';
import { formatTime } from '../../services/time';
import { currentYear, percentLabel, SessionStatusTag } from '../training/labels';
import { trainingDashboard } from '../training/service';

// Whole percent, rounded down (integer arithmetic: 87 of 300 is 29%, not 28.999…).
const percentOf = (part: number, whole: number) => (whole > 0 ? Math.min(100, Math.floor((part * 100) / whole)) : 0);

const number = (n: number) => n.toLocaleString('zh-CN');

/** One of the 151 figures against its year's target, as a bar; with no target, the count and 目标未设置. */
function Target(props: { title: string; count: number; target: number | null; testId: string }) {
  return (
    <div data-testid={props.testId}>
      <Typography.Text strong>{props.title}</Typography.Text>
      <div>
        <Typography.Text style={{ fontSize: 20 }} data-testid={`${props.testId}-count`}>
          {props.target === null
            ? t('home.trainingNoTarget', { count: number(props.count) })
            : t('home.trainingOf', { count: number(props.count), target: number(props.target) })}
        </Typography.Text>
      </div>
      {props.target !== null && (
        <Progress aria-label={props.title} percent={percentOf(props.count, props.target)} size="small" />
      )}
    </div>
  );
}

/** 151行动 年度进度: bases, completions (家政 among them) and online learning against the year's targets; attendance; today's classes. */
export function TrainingDashboardCard() {
  const year = currentYear();
  const runsAttendance = useHasRole(...TRAINING_ATTENDANCE_ROLES);
  const [dashboard, setDashboard] = useState<TrainingDashboard | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    trainingDashboard(year).then(
      (d) => live && setDashboard(d),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [year]);

  const title = (
    <span>
      <ReadOutlined style={{ marginRight: 8 }} />
      {t('home.trainingTitle')}
      <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: 'normal' }}>
        {t('home.trainingYear', { year: dashboard?.year ?? year })}
      </Typography.Text>
    </span>
  );

  let body: ReactNode;
  if (failed) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.trainingFailed')} />;
  } else if (!dashboard) {
    body = <Spin style={{ display: 'block', margin: '32px auto' }} data-testid="training-dashboard-loading" />;
  } else {
    const d = dashboard;
    body = (
      <>
        <Row gutter={[24, 16]}>
          <Col xs={24} md={12} xl={6}>
            <Target
              title={t('home.trainingBases')}
              count={d.accreditedBases}
              target={d.targets?.bases ?? null}
              testId="training-bases"
            />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Target
              title={t('home.trainingCompletions')}
              count={d.completions}
              target={d.targets?.completions ?? null}
              testId="training-completions"
            />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Target
              title={t('home.trainingDomestic')}
              count={d.domesticServiceCompletions}
              target={d.targets?.domesticServiceCompletions ?? null}
              testId="training-domestic"
            />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Target
              title={t('home.trainingOnline')}
              count={d.onlineLearning}
              target={d.targets?.onlineLearning ?? null}
              testId="training-online"
            />
          </Col>
        </Row>
        <Row gutter={[24, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} xl={14}>
            <Typography.Title level={5}>{t('home.trainingAttendance')}</Typography.Title>
            <Table<CourseAttendanceRate>
              size="small"
              rowKey="courseId"
              pagination={{ pageSize: 5, hideOnSinglePage: true }}
              dataSource={d.attendanceByCourse}
              data-testid="training-attendance"
              locale={{ emptyText: t('home.trainingNoAttendance') }}
              columns={[
                {
                  title: t('home.trainingCourse'),
                  dataIndex: 'title',
                  ellipsis: true,
                  render: (title: string, c) => <Link to={`/training/courses/${c.courseId}`}>{title}</Link>,
                },
                { title: t('home.trainingSessionsHeld'), dataIndex: 'sessionsHeld', width: 80, align: 'right' },
                {
                  title: t('home.trainingRate'),
                  dataIndex: 'ratePercent',
                  width: 180,
                  render: (rate: number | null, c) =>
                    rate === null ? (
                      percentLabel(null)
                    ) : (
                      <Progress
                        aria-label={`${c.title} ${t('home.trainingRate')}`}
                        percent={rate}
                        size="small"
                        format={() => percentLabel(rate)}
                      />
                    ),
                },
              ]}
            />
          </Col>
          <Col xs={24} xl={10}>
            <Typography.Title level={5}>{t('home.trainingToday')}</Typography.Title>
            <List<CourseToday>
              size="small"
              data-testid="training-today"
              dataSource={d.coursesToday}
              locale={{ emptyText: t('home.trainingNoToday') }}
              renderItem={(c) => (
                <List.Item data-testid={`training-today-${c.sessionId}`} extra={<SessionStatusTag status={c.status} />}>
                  <Space direction="vertical" size={0}>
                    <Link to={runsAttendance ? `/training/sessions/${c.sessionId}` : `/training/courses/${c.courseId}`}>
                      {c.title}
                    </Link>
                    <Typography.Text type="secondary">
                      {[
                        `${formatTime(c.startsAt, 'HH:mm')}–${formatTime(c.endsAt, 'HH:mm')}`,
                        c.venue,
                        t('training.people', { n: c.enrolled }),
                      ].join(' · ')}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Col>
        </Row>
        {d.byRegion.length > 0 && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('home.trainingByRegion')}
            </Typography.Title>
            <Table<TrainingRegionFigures>
              size="small"
              rowKey="regionCode"
              pagination={false}
              dataSource={d.byRegion}
              data-testid="training-by-region"
              columns={[
                { title: t('home.trainingRegion'), dataIndex: 'regionName' },
                { title: t('home.trainingBases'), dataIndex: 'accreditedBases', align: 'right' },
                { title: t('home.trainingCompletions'), dataIndex: 'completions', align: 'right' },
                { title: t('home.trainingDomestic'), dataIndex: 'domesticServiceCompletions', align: 'right' },
                { title: t('home.trainingOnline'), dataIndex: 'onlineLearning', align: 'right' },
              ]}
            />
          </>
        )}
      </>
    );
  }

  return (
    <Card title={title} data-testid="training-dashboard-card">
      {body}
    </Card>
  );
}
