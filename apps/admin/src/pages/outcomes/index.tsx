import { PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  OUTCOME_SOURCE_LABELS,
  OUTCOME_TYPE_LABELS,
  OUTCOME_WRITE_ROLES,
  OutcomeType,
  type OutcomeResponse,
  type OutcomeSource,
} from '@steadywork/shared';
import { Button, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useHasRole } from '../../access/auth-context';
import { AttachmentLink } from '../../components/Attachments';
import { ListPage, regionOf, useRegionFilter } from '../../components/kit';
import { t } from '../../locales';
import { text, type TableParams } from '../../services/table';
import { formatTime } from '../../services/time';
import { valueEnumOf } from '../../utils/options';
import { currentYear, yearOptions } from '../aid/labels';
import { OutcomeFormModal } from './components/OutcomeFormModal';
import { exportOutcomes, listOutcomes, type OutcomeFilters } from './service';

function filtersOf(params: TableParams): OutcomeFilters {
  return {
    year: Number(params.year) || undefined,
    regionCode: regionOf(params.region),
    source: (params.source as OutcomeSource | undefined) || undefined,
    keyword: text(params.keyword),
  };
}

/** 就业成果: the "100" — workers verified as employed or self-employed, once per worker per year. */
export default function OutcomesPage() {
  const actionRef = useRef<ActionType>();
  const canWrite = useHasRole(...OUTCOME_WRITE_ROLES);
  const region = useRegionFilter<OutcomeResponse>(t('outcomes.region'));
  const [creating, setCreating] = useState(false);

  const columns: ProColumns<OutcomeResponse>[] = [
    {
      title: t('outcomes.year'),
      dataIndex: 'year',
      valueType: 'select',
      initialValue: currentYear(),
      fieldProps: { options: yearOptions(), allowClear: true },
      width: 80,
      render: (_, row) => row.year,
    },
    {
      title: t('outcomes.keyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('outcomes.keywordPlaceholder'), allowClear: true },
    },
    region,
    { title: t('outcomes.workerName'), dataIndex: 'workerName', search: false, width: 90 },
    { title: t('outcomes.idNumber'), dataIndex: 'idNumberMasked', search: false, width: 170 },
    { title: t('outcomes.region'), dataIndex: 'regionName', search: false, ellipsis: true },
    {
      title: t('outcomes.type'),
      dataIndex: 'type',
      search: false,
      width: 100,
      render: (_, row) => (
        <Tag color={row.type === OutcomeType.EMPLOYED ? 'blue' : 'green'}>{OUTCOME_TYPE_LABELS[row.type]}</Tag>
      ),
    },
    {
      title: t('outcomes.source'),
      dataIndex: 'source',
      valueType: 'select',
      valueEnum: valueEnumOf(OUTCOME_SOURCE_LABELS),
      width: 120,
      render: (_, row) =>
        row.applicationId ? (
          <Link to={`/aid/applications/${row.applicationId}`}>{OUTCOME_SOURCE_LABELS[row.source]}</Link>
        ) : (
          OUTCOME_SOURCE_LABELS[row.source]
        ),
    },
    {
      title: t('outcomes.detail'),
      dataIndex: 'employer',
      search: false,
      ellipsis: true,
      render: (_, row) =>
        row.type === OutcomeType.EMPLOYED
          ? (row.employer ?? t('common.empty'))
          : `${row.businessName ?? ''}${row.creditCode ? `（${row.creditCode}）` : ''}` || t('common.empty'),
    },
    { title: t('outcomes.achievedOn'), dataIndex: 'achievedOn', search: false, width: 110 },
    {
      title: t('outcomes.evidence'),
      dataIndex: 'evidence',
      search: false,
      width: 160,
      render: (_, row) =>
        row.evidence.length ? (
          <Space direction="vertical" size={0}>
            {row.evidence.map((file) => (
              <AttachmentLink key={file.id} file={file} />
            ))}
          </Space>
        ) : (
          t('common.empty')
        ),
    },
    { title: t('outcomes.verifiedBy'), dataIndex: 'verifiedBy', search: false, width: 100 },
    {
      title: t('outcomes.createdAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, row) => formatTime(row.createdAt),
    },
  ];

  return (
    <>
      <ListPage<OutcomeResponse, OutcomeFilters>
        headerTitle={t('outcomes.title')}
        actionRef={actionRef}
        columns={columns}
        filters={filtersOf}
        load={listOutcomes}
        exportFile={{ fileName: t('outcomes.exportFileName'), load: exportOutcomes }}
        actions={
          canWrite
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  {t('outcomes.create')}
                </Button>,
              ]
            : []
        }
      />
      {creating && (
        <OutcomeFormModal
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
