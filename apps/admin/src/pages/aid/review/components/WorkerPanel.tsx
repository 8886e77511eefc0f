import { AID_EVENT_LABELS, ArchiveStatus, WORKER_READ_ROLES, type AidReviewContext } from '@steadywork/shared';
import { Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useHasRole } from '../../../../access/auth-context';
import { EventTimeline } from '../../../../components/kit';
import { t } from '../../../../locales';
import { formatTime } from '../../../../services/time';
import { yuanOfFen } from '../../../../utils/money';
import { ArchiveStatusTag, WorkerTags, employmentLabel, levelLabel, sexLabel } from '../../../workers/labels';
import { AidStatusTag, programLabel } from '../../labels';

type History = AidReviewContext['history'][number];

/** The applicant (masked), their hardship archive and their other applications. */
export function WorkerPanel({ context }: { context: AidReviewContext }) {
  const { worker, archive, history, application } = context;
  const seesWorkers = useHasRole(...WORKER_READ_ROLES);
  const others = history.filter((h) => h.id !== application.id);
  const household = archive?.household;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('aid.worker')}
        size="small"
        data-testid="worker-card"
        extra={seesWorkers && <Link to={`/workers/${worker.id}`}>{t('aid.workerDetail')}</Link>}
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('workers.name')}>{worker.name}</Descriptions.Item>
          <Descriptions.Item label={t('workers.idNumber')}>
            <span data-testid="worker-id-masked">{worker.idNumberMasked}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('workers.phone')}>{worker.phoneMasked}</Descriptions.Item>
          <Descriptions.Item label={t('workers.sex')}>
            {[sexLabel(worker.sex), worker.birthDate].join('　')}
          </Descriptions.Item>
          <Descriptions.Item label={t('workers.region')}>{worker.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('workers.employmentStatus')}>
            {employmentLabel(worker.employmentStatus)}
          </Descriptions.Item>
          <Descriptions.Item label={t('workers.tags')}>
            <WorkerTags tags={worker.tags} />
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('aid.archive')} size="small" data-testid="archive-summary">
        {archive && archive.status !== ArchiveStatus.NONE && household ? (
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('workers.archiveStatus')}>
              <ArchiveStatusTag status={archive.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('workers.level')}>{levelLabel(archive.level)}</Descriptions.Item>
            <Descriptions.Item label={t('workers.members')}>
              {t('workers.membersUnit', { n: household.members })}
            </Descriptions.Item>
            <Descriptions.Item label={t('workers.incomeShown')}>
              {t('workers.incomeYuan', { amount: yuanOfFen(household.monthlyIncomePerCapitaFen) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('workers.household')}>
              <Space size={[0, 4]} wrap>
                {household.zeroEmployment && <Tag>{t('workers.zeroEmployment')}</Tag>}
                {household.lowIncome && <Tag>{t('workers.lowIncome')}</Tag>}
                {household.disability && <Tag>{t('workers.disability')}</Tag>}
                {!household.zeroEmployment && !household.lowIncome && !household.disability && t('common.empty')}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('workers.cause')}>{archive.cause}</Descriptions.Item>
            <Descriptions.Item label={t('workers.openedAt')}>
              {formatTime(archive.openedAt, 'YYYY-MM-DD')}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('aid.noArchive')} />
        )}
      </Card>

      <Card title={t('aid.history')} size="small">
        {others.length ? (
          <Table<History>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={others}
            data-testid="history"
            columns={[
              {
                title: t('aid.program'),
                key: 'program',
                render: (_, h) => <Link to={`/aid/applications/${h.id}`}>{programLabel(h)}</Link>,
              },
              { title: t('aid.status'), key: 'status', render: (_, h) => <AidStatusTag status={h.status} /> },
              {
                title: t('aid.createdAt'),
                key: 'createdAt',
                render: (_, h) => formatTime(h.createdAt, 'YYYY-MM-DD'),
              },
            ]}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('aid.noHistory')} />
        )}
      </Card>
    </Space>
  );
}

/** The application's timeline, newest first: each step with who, when and their comment. */
export function ApplicationTimeline({ events }: { events: AidReviewContext['application']['events'] }) {
  return (
    <EventTimeline
      testId="application-events"
      eventTestId="application-event"
      events={events}
      title={(event) => AID_EVENT_LABELS[event.type]}
      details={(event) => (
        <>
          <div>
            <Typography.Text type="secondary">
              {t('aid.actor', { name: event.actorName ?? t('aid.system') })}
            </Typography.Text>
          </div>
          {event.comment && (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {t('aid.comment', { comment: event.comment })}
            </Typography.Paragraph>
          )}
        </>
      )}
    />
  );
}
