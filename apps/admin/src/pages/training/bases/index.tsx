import { PlusOutlined } from '@ant-design/icons';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
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
import { useAuth, useHasRole } from '../../../access/auth-context';
import { RegionCascader } from '../../../components/RegionCascader';
import { t } from '../../../locales';
import { useRegionTree } from '../../../services/regions';
import { pageOf, toTableResult, type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { valueEnumOf } from '../../../utils/options';
import { BaseFormModal } from '../components/BaseFormModal';
import { BaseStatusTag, yearOptions } from '../labels';
import { listBases, type BaseFilters } from '../service';

function filtersOf(params: TableParams): BaseFilters {
  const region = Array.isArray(params.region) ? (params.region as string[]) : [];
  return {
    status: (params.status as TrainingBaseStatus | undefined) || undefined,
    year: Number(params.year) || undefined,
    regionCode: region[region.length - 1],
  };
}

/** 培训基地: applications to be a training base and the accredited ones, in the user's scope. */
export default function BaseListPage() {
  const actionRef = useRef<ActionType>();
  const { me } = useAuth();
  const tree = useRegionTree(me?.organization.regionCode);
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
    {
      title: t('training.region'),
      dataIndex: 'region',
      hideInTable: true,
      renderFormItem: () => <RegionCascader tree={tree} anyLevel placeholder={t('training.region')} />,
    },
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
      <ProTable<TrainingBaseResponse>
        headerTitle={t('training.basesTitle')}
        rowKey="id"
        actionRef={actionRef}
        scroll={{ x: 1200 }}
        columns={columns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false }}
        toolBarRender={() =>
          canApply
            ? [
                <Button key="apply" type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
                  {t('training.baseApply')}
                </Button>,
              ]
            : []
        }
        request={(params) => toTableResult(listBases({ ...pageOf(params), ...filtersOf(params) }))}
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
