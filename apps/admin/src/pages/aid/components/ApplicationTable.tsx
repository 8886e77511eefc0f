import { CheckOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import {
  AID_STATUS_LABELS,
  AID_TYPE_LABELS,
  type AidApplicationResponse,
  type AidApplicationStatus,
  type AidProgramResponse,
  type AidType,
} from '@steadywork/shared';
import { Button } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ListPage, namedCheckbox, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { text, type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { formatYuan } from '../../../utils/money';
import { valueEnumOf } from '../../../utils/options';
import { AidStatusTag, programLabel, programOptions, yearOptions } from '../labels';
import { exportApplications, listApplications, listProgramsQuietly, type ApplicationFilters } from '../service';
import { BatchApproveModal } from './BatchApproveModal';

interface Props {
  title: string;
  /** A queue: the statuses the list is fixed to. Without them the user filters by status. */
  statuses?: AidApplicationStatus[];
  /** The programme year the list is fixed to (the finance page's year picker). */
  year?: number;
  /** 批量通过 (the first-review queue). */
  batchApprove?: boolean;
  /** The row link's text: 审核 in a queue, 查看 elsewhere. */
  actionLabel: string;
  /** More toolbar buttons, before the export. */
  toolBar?: ReactNode[];
}

/** The search form's values as the API's filters. */
function filtersOf(params: TableParams, fixed: Pick<Props, 'statuses' | 'year'>): ApplicationFilters {
  const status = Array.isArray(params.status) ? (params.status as AidApplicationStatus[]) : [];
  const programId = Number(params.programId) || undefined;
  return {
    programId,
    year: fixed.year ?? (Number(params.year) || undefined),
    aidType: (params.aidType as AidType | undefined) || undefined,
    status: fixed.statuses ?? (status.length ? status : undefined),
    regionCode: regionOf(params.region),
    keyword: text(params.keyword),
  };
}

/** The applications in the user's data scope: a review queue, the finance lists or every application. */
export function ApplicationTable({ title, statuses, year, batchApprove, actionLabel, toolBar = [] }: Props) {
  const actionRef = useRef<ActionType>();
  const region = useRegionFilter<AidApplicationResponse>(t('aid.region'));
  const [programs, setPrograms] = useState<AidProgramResponse[]>([]);
  const [selected, setSelected] = useState<AidApplicationResponse[]>([]);
  const [approving, setApproving] = useState(false);

  useEffect(() => {
    let live = true;
    void listProgramsQuietly().then((list) => live && setPrograms(list));
    return () => {
      live = false;
    };
  }, []);

  const columns: ProColumns<AidApplicationResponse>[] = [
    {
      title: t('aid.keyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('aid.keywordPlaceholder'), allowClear: true },
    },
    ...(year === undefined
      ? [
          {
            title: t('aid.year'),
            dataIndex: 'year',
            hideInTable: true,
            valueType: 'select',
            fieldProps: { options: yearOptions(), allowClear: true },
          } satisfies ProColumns<AidApplicationResponse>,
        ]
      : []),
    {
      title: t('aid.program'),
      dataIndex: 'programId',
      hideInTable: true,
      valueType: 'select',
      fieldProps: { options: programOptions(programs), allowClear: true, showSearch: true },
    },
    {
      title: t('aid.aidType'),
      dataIndex: 'aidType',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(AID_TYPE_LABELS),
    },
    region,
    ...(statuses
      ? []
      : [
          {
            title: t('aid.status'),
            dataIndex: 'status',
            hideInTable: true,
            valueType: 'select',
            valueEnum: valueEnumOf(AID_STATUS_LABELS),
            fieldProps: { mode: 'multiple', maxTagCount: 'responsive' },
          } satisfies ProColumns<AidApplicationResponse>,
        ]),
    {
      title: t('aid.workerName'),
      dataIndex: 'workerName',
      search: false,
      width: 90,
      render: (_, row) => <Link to={`/aid/applications/${row.id}`}>{row.workerName}</Link>,
    },
    { title: t('aid.idNumber'), dataIndex: 'idNumberMasked', search: false, width: 170 },
    { title: t('aid.region'), dataIndex: 'regionName', search: false, ellipsis: true },
    {
      title: t('aid.program'),
      dataIndex: 'programName',
      search: false,
      width: 150,
      render: (_, row) => programLabel(row),
    },
    {
      title: t('aid.amount'),
      dataIndex: 'amountFen',
      search: false,
      width: 120,
      align: 'right',
      render: (_, row) => formatYuan(row.amountFen),
    },
    {
      title: t('aid.status'),
      dataIndex: 'statusTag',
      search: false,
      width: 130,
      render: (_, row) => <AidStatusTag status={row.status} />,
    },
    {
      title: t('aid.submittedAt'),
      dataIndex: 'submittedAt',
      search: false,
      width: 150,
      render: (_, row) => formatTime(row.submittedAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_, row) => [
        <Link key="open" to={`/aid/applications/${row.id}`}>
          {actionLabel}
        </Link>,
      ],
    },
  ];

  return (
    <>
      <ListPage<AidApplicationResponse, ApplicationFilters>
        headerTitle={title}
        actionRef={actionRef}
        columns={columns}
        params={{ fixedYear: year }}
        rowSelection={
          batchApprove
            ? {
                selectedRowKeys: selected.map((row) => row.id),
                preserveSelectedRowKeys: true,
                onChange: (_, rows) => setSelected(rows.filter(Boolean)),
                // each row's box is named by its worker
                getCheckboxProps: (row) => namedCheckbox(row.workerName),
              }
            : false
        }
        actions={[
          ...(batchApprove
            ? [
                <Button
                  key="batch"
                  type="primary"
                  icon={<CheckOutlined />}
                  disabled={!selected.length}
                  onClick={() => setApproving(true)}
                >
                  {selected.length ? t('aid.batchApproveCount', { n: selected.length }) : t('aid.batchApprove')}
                </Button>,
              ]
            : []),
          ...toolBar,
        ]}
        filters={(params) => filtersOf(params, { statuses, year })}
        load={listApplications}
        exportFile={{ fileName: t('aid.exportFileName'), load: exportApplications }}
      />
      {approving && (
        <BatchApproveModal
          applications={selected}
          onClose={(changed) => {
            setApproving(false);
            if (!changed) return;
            setSelected([]);
            void actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
