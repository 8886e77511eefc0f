import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  ARCHIVE_STATUS_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  WORKER_TAG_LABELS,
  WORKER_WRITE_ROLES,
  type ArchiveStatus,
  type EmploymentStatus,
  type WorkerResponse,
  type WorkerTag,
} from '@steadywork/shared';
import { Button, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { ListPage, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { text, type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { WorkerFormModal } from '../components/WorkerFormModal';
import { ArchiveStatusTag, WorkerTags, sexLabel, valueEnumOf } from '../labels';
import { exportWorkers, listWorkers, type WorkerFilters } from '../service';

/** The search form's values as the API's filters. */
function filtersOf(params: TableParams): WorkerFilters {
  return {
    regionCode: regionOf(params.region),
    tag: (params.tag as WorkerTag | undefined) || undefined,
    employmentStatus: (params.employmentStatus as EmploymentStatus | undefined) || undefined,
    archiveStatus: (params.archiveStatus as ArchiveStatus | undefined) || undefined,
    keyword: text(params.keyword),
  };
}

/** 职工名单: the workers in the user's data scope, masked, filtered and paged by the API. */
export default function WorkerListPage() {
  const actionRef = useRef<ActionType>();
  const navigate = useNavigate();
  const canWrite = useHasRole(...WORKER_WRITE_ROLES);
  const [creating, setCreating] = useState(false);
  const region = useRegionFilter<WorkerResponse>(t('workers.region'));

  const columns: ProColumns<WorkerResponse>[] = [
    {
      title: t('workers.keyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('workers.keywordPlaceholder'), allowClear: true },
    },
    region,
    {
      title: t('workers.name'),
      dataIndex: 'name',
      search: false,
      width: 80,
      render: (_, w) => <Link to={`/workers/${w.id}`}>{w.name}</Link>,
    },
    {
      title: t('workers.idNumber'),
      dataIndex: 'idNumberMasked',
      search: false,
      width: 170,
      render: (_, w) => <span data-testid="worker-id-masked">{w.idNumberMasked}</span>,
    },
    { title: t('workers.phone'), dataIndex: 'phoneMasked', search: false, width: 120 },
    { title: t('workers.sex'), dataIndex: 'sex', search: false, width: 56, render: (_, w) => sexLabel(w.sex) },
    { title: t('workers.region'), dataIndex: 'regionName', search: false, ellipsis: true },
    {
      title: t('workers.employmentStatus'),
      dataIndex: 'employmentStatus',
      valueType: 'select',
      valueEnum: valueEnumOf(EMPLOYMENT_STATUS_LABELS),
      width: 100,
      ellipsis: true,
    },
    {
      title: t('workers.tags'),
      dataIndex: 'tag',
      valueType: 'select',
      valueEnum: valueEnumOf(WORKER_TAG_LABELS),
      width: 160,
      render: (_, w) => <WorkerTags tags={w.tags} />,
    },
    {
      title: t('workers.archiveStatus'),
      dataIndex: 'archiveStatus',
      valueType: 'select',
      valueEnum: valueEnumOf(ARCHIVE_STATUS_LABELS),
      width: 90,
      render: (_, w) => <ArchiveStatusTag status={w.archiveStatus} />,
    },
    {
      title: t('workers.lastFollowUpAt'),
      dataIndex: 'lastFollowUpAt',
      search: false,
      width: 100,
      render: (_, w) =>
        w.lastFollowUpAt ? (
          formatTime(w.lastFollowUpAt, 'YYYY-MM-DD')
        ) : (
          <Typography.Text type="secondary">{t('workers.never')}</Typography.Text>
        ),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 64,
      fixed: 'right',
      render: (_, w) => [
        <Link key="detail" to={`/workers/${w.id}`}>
          {t('workers.detail')}
        </Link>,
      ],
    },
  ];

  return (
    <>
      <ListPage<WorkerResponse, WorkerFilters>
        headerTitle={t('workers.title')}
        actionRef={actionRef}
        columns={columns}
        filters={filtersOf}
        load={listWorkers}
        exportFile={{ fileName: t('workers.exportFileName'), load: exportWorkers }}
        actions={
          canWrite
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  {t('workers.create')}
                </Button>,
                <Button key="import" icon={<ImportOutlined />} onClick={() => navigate('/workers/import')}>
                  {t('workers.import')}
                </Button>,
              ]
            : []
        }
      />
      {creating && (
        <WorkerFormModal
          worker={null}
          open
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            void actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
