import { FieldTimeOutlined, PhoneOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import {
  DEMAND_CATEGORY_LABELS,
  DEMAND_SETTINGS_ROLES,
  DEMAND_SOURCE_LABELS,
  DEMAND_STATUS_LABELS,
  DemandCategory,
  DemandStatus,
  type DemandResponse,
} from '@steadywork/shared';
import { Button } from 'antd';
import { useRef, useState, type HTMLAttributes } from 'react';
import type { ActionType } from '@ant-design/pro-components';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { ListPage, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { valueEnumOf } from '../../../utils/options';
import { HotlineModal } from '../components/HotlineModal';
import { SettingsModal } from '../components/SettingsModal';
import { DemandStatusTag } from '../labels';
import { exportDemands, listDemands, type DemandFilters } from '../service';

const STATUSES = Object.values(DemandStatus) as DemandStatus[];
const CATEGORIES = Object.values(DemandCategory) as DemandCategory[];

/** The search form's values as the API's filters. */
function filtersOf(params: TableParams): DemandFilters {
  return {
    status: (params.status as DemandStatus | undefined) || undefined,
    category: (params.category as DemandCategory | undefined) || undefined,
    regionCode: regionOf(params.region),
    // Off means every demand, not "only those on time".
    late: params.late === true || params.late === 'true' ? true : undefined,
    keyword: (params.keyword as string | undefined)?.trim() || undefined,
  };
}

/** The filters a link may open the list with (`?late=true` from the home). */
function initialFiltersOf(search: URLSearchParams) {
  const status = search.get('status') as DemandStatus | null;
  const category = search.get('category') as DemandCategory | null;
  return {
    late: search.get('late') === 'true' || search.get('late') === '1',
    status: status && STATUSES.includes(status) ? status : undefined,
    category: category && CATEGORIES.includes(category) ? category : undefined,
  };
}

const lateRow = { style: { background: '#fff1f0' }, 'data-late': 'true' } as HTMLAttributes<HTMLElement>;

/** 职工诉求: the demands in the user's scope, late ones in red; 登记热线来电 for a call. */
export default function DemandsPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [initial] = useState(() => initialFiltersOf(search));
  const [recording, setRecording] = useState(false);
  const [setting, setSetting] = useState(false);
  const setsDeadline = useHasRole(...DEMAND_SETTINGS_ROLES);
  const actionRef = useRef<ActionType>();
  const regionFilter = useRegionFilter<DemandResponse>(t('demands.region'));

  const columns: ProColumns<DemandResponse>[] = [
    {
      title: t('demands.status'),
      dataIndex: 'status',
      hideInTable: true,
      valueType: 'select',
      initialValue: initial.status,
      valueEnum: valueEnumOf(DEMAND_STATUS_LABELS),
    },
    {
      title: t('demands.category'),
      dataIndex: 'category',
      hideInTable: true,
      valueType: 'select',
      initialValue: initial.category,
      valueEnum: valueEnumOf(DEMAND_CATEGORY_LABELS),
    },
    regionFilter,
    {
      title: t('demands.lateOnly'),
      dataIndex: 'late',
      hideInTable: true,
      valueType: 'switch',
      initialValue: initial.late,
    },
    { title: t('demands.workerName'), dataIndex: 'keyword', hideInTable: true },
    { title: t('demands.id'), dataIndex: 'id', search: false, width: 70 },
    {
      title: t('demands.workerName'),
      dataIndex: 'workerName',
      search: false,
      width: 100,
      render: (_, d) => (
        <Link to={`/demands/${d.id}`} data-testid="demand-link">
          {d.workerName}
        </Link>
      ),
    },
    { title: t('demands.workerPhone'), dataIndex: 'workerPhone', search: false, width: 130 },
    {
      title: t('demands.category'),
      dataIndex: 'categoryLabel',
      search: false,
      width: 150,
      render: (_, d) => DEMAND_CATEGORY_LABELS[d.category],
    },
    { title: t('demands.employer'), dataIndex: 'employerName', search: false, width: 180, ellipsis: true },
    { title: t('demands.region'), dataIndex: 'regionName', search: false, width: 200, ellipsis: true },
    {
      title: t('demands.source'),
      dataIndex: 'source',
      search: false,
      width: 100,
      render: (_, d) => DEMAND_SOURCE_LABELS[d.source],
    },
    {
      title: t('demands.status'),
      dataIndex: 'statusTag',
      search: false,
      width: 140,
      render: (_, d) => <DemandStatusTag status={d.status} late={d.late} escalated={d.escalated} />,
    },
    {
      title: t('demands.createdAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, d) => formatTime(d.createdAt),
    },
    { title: t('demands.dueAt'), dataIndex: 'dueAt', search: false, width: 150, render: (_, d) => formatTime(d.dueAt) },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_, d) => [
        <Link key="open" to={`/demands/${d.id}`}>
          {d.status === DemandStatus.CLOSED ? t('demands.view') : t('demands.handle')}
        </Link>,
      ],
    },
  ];

  return (
    <>
      <ListPage<DemandResponse, DemandFilters>
        headerTitle={t('demands.listTitle')}
        columns={columns}
        actionRef={actionRef}
        onRow={(d) => (d.late ? lateRow : {})}
        filters={filtersOf}
        load={listDemands}
        exportFile={{ fileName: t('demands.exportFileName'), load: exportDemands }}
        actions={[
          ...(setsDeadline
            ? [
                <Button
                  key="settings"
                  icon={<FieldTimeOutlined />}
                  onClick={() => setSetting(true)}
                  data-testid="demand-settings"
                >
                  {t('demands.settingsTitle')}
                </Button>,
              ]
            : []),
          <Button key="call" icon={<PhoneOutlined />} onClick={() => setRecording(true)} data-testid="record-call">
            {t('demands.recordCall')}
          </Button>,
        ]}
      />
      {setting && <SettingsModal onClose={() => setSetting(false)} />}
      {recording && (
        <HotlineModal
          onClose={() => setRecording(false)}
          onSaved={(d) => {
            setRecording(false);
            navigate(`/demands/${d.id}`);
          }}
        />
      )}
    </>
  );
}
