import type { ProColumns } from '@ant-design/pro-components';
import {
  CENTER_SERVICE_LABELS,
  DISPUTE_TYPE_LABELS,
  Role,
  SERVICE_REQUEST_STATUS_LABELS,
  ServiceRequestStatus,
  type CenterResponse,
  type CenterService,
  type ServiceRequestResponse,
} from '@steadywork/shared';
import { useEffect, useState, type HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { ListPage } from '../../../components/kit';
import { t } from '../../../locales';
import { type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { valueEnumOf } from '../../../utils/options';
import { RequestStatusTag, requestableOptions } from '../labels';
import { exportServiceRequests, listCentersQuietly, listServiceRequests, type ServiceRequestFilters } from '../service';

/** The search form's values as the API's filters. */
function filtersOf(params: TableParams): ServiceRequestFilters {
  return {
    centerId: Number(params.centerId) || undefined,
    status: (params.status as ServiceRequestStatus | undefined) || undefined,
    serviceType: (params.serviceType as CenterService | undefined) || undefined,
    // Off means every request, not "only those on time".
    overdue: params.overdue === true || params.overdue === 'true' ? true : undefined,
  };
}

const STATUSES = Object.values(ServiceRequestStatus) as ServiceRequestStatus[];

/** The overdue filter and the others a link may open the list with (`?overdue=true`, `?centerId=5`). */
function initialFiltersOf(search: URLSearchParams) {
  const status = search.get('status') as ServiceRequestStatus | null;
  return {
    overdue: search.get('overdue') === 'true' || search.get('overdue') === '1',
    centerId: Number(search.get('centerId')) || undefined,
    status: status && STATUSES.includes(status) ? status : undefined,
  };
}

const overdueRow = { style: { background: '#fff1f0' }, 'data-overdue': 'true' } as HTMLAttributes<HTMLElement>;

/** 服务请求: a center's staff work their center's queue; the read roles see every request in their scope. */
export default function ServiceRequestsPage() {
  const [search] = useSearchParams();
  const isCenterStaff = useHasRole(Role.CENTER_STAFF);
  const [initial] = useState(() => initialFiltersOf(search));
  const [centers, setCenters] = useState<CenterResponse[]>([]);

  useEffect(() => {
    // Staff work at one center: no center to choose.
    if (isCenterStaff) return;
    let live = true;
    void listCentersQuietly().then((list) => live && setCenters(list));
    return () => {
      live = false;
    };
  }, [isCenterStaff]);

  const columns: ProColumns<ServiceRequestResponse>[] = [
    ...(isCenterStaff
      ? []
      : [
          {
            title: t('centers.center'),
            dataIndex: 'centerId',
            hideInTable: true,
            valueType: 'select',
            initialValue: initial.centerId,
            fieldProps: {
              options: centers.map((c) => ({ label: c.name, value: c.id })),
              allowClear: true,
              showSearch: true,
              optionFilterProp: 'label',
            },
          } satisfies ProColumns<ServiceRequestResponse>,
        ]),
    {
      title: t('centers.status'),
      dataIndex: 'status',
      hideInTable: true,
      valueType: 'select',
      initialValue: initial.status,
      valueEnum: valueEnumOf(SERVICE_REQUEST_STATUS_LABELS),
    },
    {
      title: t('centers.serviceType'),
      dataIndex: 'serviceType',
      hideInTable: true,
      valueType: 'select',
      fieldProps: { options: requestableOptions, allowClear: true },
    },
    {
      title: t('centers.overdueOnly'),
      dataIndex: 'overdue',
      hideInTable: true,
      valueType: 'switch',
      initialValue: initial.overdue,
    },
    {
      title: t('centers.workerName'),
      dataIndex: 'workerName',
      search: false,
      width: 100,
      render: (_, r) => (
        <Link to={`/service-requests/${r.id}`} data-testid="request-link">
          {r.workerName}
        </Link>
      ),
    },
    { title: t('centers.workerPhone'), dataIndex: 'workerPhone', search: false, width: 130 },
    ...(isCenterStaff
      ? []
      : [
          {
            title: t('centers.center'),
            dataIndex: 'centerName',
            search: false,
            width: 180,
            ellipsis: true,
          } satisfies ProColumns<ServiceRequestResponse>,
        ]),
    {
      title: t('centers.serviceType'),
      dataIndex: 'serviceTypeLabel',
      search: false,
      width: 100,
      render: (_, r) => CENTER_SERVICE_LABELS[r.serviceType],
    },
    {
      title: t('centers.disputeType'),
      dataIndex: 'disputeType',
      search: false,
      width: 120,
      render: (_, r) => (r.disputeType ? DISPUTE_TYPE_LABELS[r.disputeType] : t('common.empty')),
    },
    {
      title: t('centers.status'),
      dataIndex: 'statusTag',
      search: false,
      width: 180,
      render: (_, r) => <RequestStatusTag status={r.status} overdue={r.overdue} />,
    },
    {
      title: t('centers.createdAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, r) => formatTime(r.createdAt),
    },
    {
      title: t('centers.acceptDueAt'),
      dataIndex: 'acceptDueAt',
      search: false,
      width: 150,
      render: (_, r) => formatTime(r.acceptDueAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_, r) => [
        <Link key="open" to={`/service-requests/${r.id}`}>
          {isCenterStaff && (r.status === ServiceRequestStatus.PENDING || r.status === ServiceRequestStatus.ACCEPTED)
            ? t('centers.handle')
            : t('centers.view')}
        </Link>,
      ],
    },
  ];

  return (
    <ListPage<ServiceRequestResponse, ServiceRequestFilters>
      headerTitle={isCenterStaff ? t('centers.myRequestsTitle') : t('centers.requestsTitle')}
      columns={columns}
      onRow={(r) => (r.overdue ? overdueRow : {})}
      filters={filtersOf}
      load={listServiceRequests}
      exportFile={{ fileName: t('centers.requestExportFileName'), load: exportServiceRequests }}
    />
  );
}
