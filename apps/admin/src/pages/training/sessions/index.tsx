import type { TrainerSessionResponse } from '@steadywork/shared';
import { Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../../locales';
import { SessionStatusTag, sessionTime } from '../labels';
import { exportMySessions, mySessions } from '../service';
import { ExportButton } from '../../../components/ExportButton';

const columns: TableColumnsType<TrainerSessionResponse> = [
  {
    title: t('training.sessionTime'),
    key: 'time',
    width: 220,
    render: (_, s) => sessionTime(s),
  },
  {
    title: t('training.course'),
    dataIndex: 'courseTitle',
    render: (title: string, s) => (
      <Link to={`/training/courses/${s.courseId}`}>
        {title} · {t('training.sessionSeq', { n: s.seq })}
      </Link>
    ),
  },
  { title: t('training.venue'), dataIndex: 'venue', ellipsis: true },
  {
    title: t('training.enrolled'),
    dataIndex: 'enrolled',
    width: 80,
    align: 'right',
  },
  {
    title: t('training.sessionStatus'),
    dataIndex: 'status',
    width: 100,
    render: (_, s) => <SessionStatusTag status={s.status} endsAt={s.endsAt} />,
  },
  {
    title: t('common.actions'),
    key: 'actions',
    width: 100,
    render: (_, s) => (
      <Link to={`/training/sessions/${s.id}`} data-testid={`session-link-${s.id}`}>
        {t('training.sessionOpen')}
      </Link>
    ),
  },
];

/** 我的课次: the sessions of the courses the user teaches, yesterday to two weeks ahead. */
export default function MySessionsPage() {
  const [sessions, setSessions] = useState<TrainerSessionResponse[] | null>(null);

  useEffect(() => {
    let live = true;
    mySessions().then(
      (list) => live && setSessions(list),
      () => live && setSessions([]),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <Card
      title={t('training.mySessionsTitle')}
      extra={<ExportButton fileName={t('training.mySessionsExportFileName')} load={exportMySessions} />}
    >
      <Typography.Paragraph type="secondary">{t('training.mySessionsHint')}</Typography.Paragraph>
      <Table<TrainerSessionResponse>
        size="middle"
        rowKey="id"
        loading={sessions === null}
        pagination={false}
        dataSource={sessions ?? []}
        columns={columns}
        onRow={(s) => ({ 'data-testid': `my-session-${s.id}` }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.noSessions')} /> }}
      />
    </Card>
  );
}
