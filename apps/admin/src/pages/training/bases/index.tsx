import { PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  TRAINING_BASE_APPLY_ROLES,
  TRAINING_BASE_KIND_LABELS,
  TRAINING_BASE_STATUS_LABELS,
  type TrainingBaseResponse,
  type TrainingBaseStatus,
} from '@steadywork/shared';
import { Button } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { ListPage, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { valueEnumOf } from '../../../utils/options';
import { BaseFormModal } from '../components/BaseFormModal';
import { BaseStatusTag, yearOptions } from '../labels';
import { exportBases, listBases, type BaseFilters } from '../service';

function filtersOf(params: TableParams): BaseFilters {
  return {
    status: (params.status as TrainingBaseStatus | undefined) || undefined,
    year: Number(params.year) || undefined,
    regionCode: regionOf(params.region),
  };
}

/** 培训基地: applications to be a training base and the accredited ones, in the user's scope. */
export default function BaseListPage() {
  const actionRef = useRef<ActionType>();
  const region = useRegionFilter<TrainingBaseResponse>(t('training.region'));
  const canApply = useHasRole(...TRAINING_BASE_APPLY_ROLES);
  const [applying, setApplying] = useState(false);

  const columns: ProColumns<TrainingBaseResponse>[] = [
    {
      title: t('training.baseStatus'),
      dataIndex: 'status',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(TRAINING_BASE_STATUS_LABELS),
    },
    {
      title: t('training.accreditedYear'),
      dataIndex: 'year',
      hideInTable: true,
      valueType: 'select',
      fieldProps: { options: yearOptions(), allowClear: true },
    },
    region,
    {
      title: t('training.baseName'),
      dataIndex: 'name',
      search: false,
      width: 220,
      ellipsis: true,
      render: (_, b) => <Link to={`/training/bases/${b.id}`}>{b.name}</Link>,
    },
    {
      title: t('training.baseKind'),
      dataIndex: 'kind',
      search: false,
      width: 130,
      render: (_, b) => TRAINING_BASE_KIND_LABELS[b.kind],
    },
    { title: t('training.region'), dataIndex: 'regionName', search: false, width: 160, ellipsis: true },
    { title: t('training.contactName'), dataIndex: 'contactName', search: false, width: 90 },
    { title: t('training.contactPhone'), dataIndex: 'contactPhone', search: false, width: 130 },
    {
      title: t('training.baseStatus'),
      dataIndex: 'statusTag',
      search: false,
      width: 90,
      render: (_, b) => <BaseStatusTag status={b.status} />,
    },
    {
      title: t('training.accreditedYear'),
      dataIndex: 'accreditedYear',
      search: false,
      width: 90,
      render: (_, b) => (b.accreditedYear ? t('training.yearValue', { year: b.accreditedYear }) : t('common.empty')),
    },
    {
      title: t('training.appliedAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, b) => formatTime(b.createdAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, b) => [
        <Link key="view" to={`/training/bases/${b.id}`}>
          {t('training.view')}
        </Link>,
      ],
    },
  ];

  return (
    <>
      <ListPage<TrainingBaseResponse, BaseFilters>
        headerTitle={t('training.basesTitle')}
        actionRef={actionRef}
        columns={columns}
        actions={
          canApply
            ? [
                <Button key="apply" type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
                  {t('training.baseApply')}
                </Button>,
              ]
            : []
        }
        filters={filtersOf}
        load={listBases}
        exportFile={{ fileName: t('training.basesExportFileName'), load: exportBases }}
      />
      {applying && (
        <BaseFormModal
          base={null}
          onClose={() => setApplying(false)}
          onSaved={() => {
            setApplying(false);
            void actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
