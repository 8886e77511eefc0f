import { PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  LAYOFF_FILE_ROLES,
  LAYOFF_STATUS_LABELS,
  LAYOFF_STEP_LABELS,
  type LayoffFilingResponse,
  type LayoffStatus,
} from '@steadywork/shared';
import { Button, Space } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { ListPage, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { text, type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { valueEnumOf } from '../../../utils/options';
import { FilingFormModal } from '../components/FilingFormModal';
import { LayoffFlags, LayoffStatusTag } from '../labels';
import { exportLayoffs, listLayoffs, type LayoffFilters } from '../service';

function filtersOf(params: TableParams): LayoffFilters {
  return {
    regionCode: regionOf(params.region),
    keyword: text(params.keyword),
    status: (params.status as LayoffStatus | undefined) || undefined,
    flagged: params.flagged === 'true' ? true : undefined,
  };
}

/** 经济性裁员: HR their company's filings, union staff their region's, each with its red flags. */
export default function LayoffListPage() {
  const actionRef = useRef<ActionType>();
  const navigate = useNavigate();
  const region = useRegionFilter<LayoffFilingResponse>(t('layoffs.region'));
  const canFile = useHasRole(...LAYOFF_FILE_ROLES);
  const [creating, setCreating] = useState(false);

  const columns: ProColumns<LayoffFilingResponse>[] = [
    {
      title: t('layoffs.keyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { allowClear: true },
    },
    region,
    {
      title: t('layoffs.status'),
      dataIndex: 'status',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(LAYOFF_STATUS_LABELS),
    },
    {
      title: t('layoffs.flagged'),
      dataIndex: 'flagged',
      hideInTable: true,
      valueType: 'select',
      valueEnum: { true: { text: t('layoffs.flaggedOnly') } },
    },
    {
      title: t('layoffs.employer'),
      dataIndex: 'employerName',
      search: false,
      width: 220,
      render: (_, f) => <Link to={`/layoffs/${f.id}`}>{f.employerName}</Link>,
    },
    { title: t('layoffs.region'), dataIndex: 'regionName', search: false, width: 120 },
    {
      title: t('layoffs.layoffCount'),
      dataIndex: 'layoffCount',
      search: false,
      width: 110,
      render: (_, f) => `${f.layoffCount} / ${f.totalWorkforce}`,
    },
    {
      title: t('layoffs.statutory'),
      dataIndex: 'statutory',
      search: false,
      width: 100,
      render: (_, f) => (f.statutory ? t('common.yes') : t('common.no')),
    },
    { title: t('layoffs.noticeDateShort'), dataIndex: 'noticeDate', search: false, width: 110 },
    { title: t('layoffs.plannedDate'), dataIndex: 'plannedDate', search: false, width: 110 },
    {
      title: t('layoffs.flagged'),
      key: 'flags',
      search: false,
      width: 240,
      render: (_, f) => <LayoffFlags filing={f} />,
    },
    {
      title: t('layoffs.status'),
      key: 'statusTag',
      search: false,
      width: 150,
      render: (_, f) => (
        <Space direction="vertical" size={0}>
          <LayoffStatusTag status={f.status} />
          {f.nextStep && <span>{LAYOFF_STEP_LABELS[f.nextStep]}</span>}
        </Space>
      ),
    },
    {
      title: t('layoffs.workersSettled'),
      key: 'workers',
      search: false,
      width: 110,
      render: (_, f) => `${f.settledWorkers} / ${f.workers}`,
    },
    {
      title: t('layoffs.filedAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, f) => formatTime(f.createdAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, f) => [
        <Link key="view" to={`/layoffs/${f.id}`}>
          {t('common.view')}
        </Link>,
      ],
    },
  ];

  return (
    <>
      <ListPage<LayoffFilingResponse, LayoffFilters>
        headerTitle={t('layoffs.listTitle')}
        actionRef={actionRef}
        columns={columns}
        filters={filtersOf}
        load={listLayoffs}
        exportFile={{ fileName: t('layoffs.exportFileName'), load: exportLayoffs }}
        rowClassName={(f) =>
          f.flags.noticeShort || f.flags.overdueUnsettled || f.flags.lateTransfers ? 'layoff-flagged' : ''
        }
        actions={
          canFile
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  {t('layoffs.create')}
                </Button>,
              ]
            : []
        }
      />
      {creating && (
        <FilingFormModal
          onClose={() => setCreating(false)}
          onSaved={(filing) => {
            setCreating(false);
            navigate(`/layoffs/${filing.id}`);
          }}
        />
      )}
    </>
  );
}
