import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { FOLLOW_UP_INTERVAL_DAYS, WORKER_WRITE_ROLES, type OverdueFollowUpResponse } from '@steadywork/shared';
import { Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { ListPage, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { formatTime } from '../../../services/time';
import { FollowUpFormModal } from '../components/FollowUpFormModal';
import { ArchiveStatusTag, employmentLabel } from '../labels';
import { exportOverdue, listOverdue } from '../service';

/** 逾期回访: workers whose monthly follow-up is past due, most overdue first (the API's order). */
export default function OverdueFollowUpsPage() {
  const actionRef = useRef<ActionType>();
  const canWrite = useHasRole(...WORKER_WRITE_ROLES);
  const region = useRegionFilter<OverdueFollowUpResponse>(t('workers.region'));
  const [recording, setRecording] = useState<OverdueFollowUpResponse | null>(null);

  const columns: ProColumns<OverdueFollowUpResponse>[] = [
    region,
    {
      title: t('workers.name'),
      dataIndex: ['worker', 'name'],
      search: false,
      width: 80,
      render: (_, row) => <Link to={`/workers/${row.worker.id}`}>{row.worker.name}</Link>,
    },
    { title: t('workers.phone'), dataIndex: ['worker', 'phoneMasked'], search: false, width: 120 },
    { title: t('workers.region'), dataIndex: ['worker', 'regionName'], search: false, ellipsis: true },
    {
      title: t('workers.employmentStatus'),
      dataIndex: ['worker', 'employmentStatus'],
      search: false,
      width: 100,
      ellipsis: true,
      render: (_, row) => employmentLabel(row.worker.employmentStatus),
    },
    {
      title: t('workers.archiveStatus'),
      dataIndex: ['worker', 'archiveStatus'],
      search: false,
      width: 90,
      render: (_, row) => <ArchiveStatusTag status={row.worker.archiveStatus} />,
    },
    {
      title: t('workers.lastFollowUpAt'),
      dataIndex: ['worker', 'lastFollowUpAt'],
      search: false,
      width: 100,
      render: (_, row) =>
        row.worker.lastFollowUpAt ? (
          formatTime(row.worker.lastFollowUpAt, 'YYYY-MM-DD')
        ) : (
          <Typography.Text type="secondary">{t('workers.never')}</Typography.Text>
        ),
    },
    {
      title: t('workers.dueAt'),
      dataIndex: 'dueAt',
      search: false,
      width: 100,
      render: (_, row) => formatTime(row.dueAt, 'YYYY-MM-DD'),
    },
    {
      title: t('workers.daysOverdue'),
      dataIndex: 'daysOverdue',
      search: false,
      width: 90,
      render: (_, row) => (
        <Typography.Text type="danger">{t('workers.daysOverdueValue', { n: row.daysOverdue })}</Typography.Text>
      ),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 90,
      fixed: 'right',
      hideInTable: !canWrite,
      render: (_, row) => [
        <a key="follow-up" onClick={() => setRecording(row)}>
          {t('workers.followUpRecord')}
        </a>,
      ],
    },
  ];

  return (
    <>
      <ListPage<OverdueFollowUpResponse, { regionCode?: string }>
        headerTitle={t('workers.overdueTitle')}
        tooltip={t('home.overdueHint', { days: FOLLOW_UP_INTERVAL_DAYS })}
        rowKey={(row) => row.worker.id}
        actionRef={actionRef}
        columns={columns}
        search={{ labelWidth: 'auto' }}
        filters={(params) => ({ regionCode: regionOf(params.region) })}
        load={listOverdue}
        exportFile={{ fileName: t('workers.overdueExportFileName'), load: exportOverdue }}
      />
      {recording && (
        <FollowUpFormModal
          worker={recording.worker}
          onClose={() => setRecording(null)}
          onSaved={() => {
            setRecording(null);
            void actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
